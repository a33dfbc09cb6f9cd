import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type TestApp, type TestUser } from '../../../test/helpers/app';
import { compareAtProblem } from './price-rules';

describe('compareAtProblem', () => {
  it('accepts none or a higher compare-at price only', () => {
    expect(compareAtProblem(1000, null)).toBeNull();
    expect(compareAtProblem(1000, undefined)).toBeNull();
    expect(compareAtProblem(1000, 1001)).toBeNull();
    expect(compareAtProblem(1000, 1000)).toMatch(/greater than the price \(1000\)/);
    expect(compareAtProblem(1000, 0)).not.toBeNull();
  });
});

let t: TestApp, admin: TestUser;
beforeAll(async () => ({ t, users: [admin] } = await appWith('admin')));
afterAll(() => t?.dispose());

const tag = Date.now().toString(36).toUpperCase();
const send = (method: 'POST' | 'PATCH', url: string, payload: object) => t.app.inject({ method, url, headers: admin.auth, payload });

describe('compare-at must exceed price (API)', () => {
  it('refuses a product whose variant compare-at price is not above its price, naming the field', async () => {
    const res = await send('POST', '/v1/admin/products', { title: 'Mug', variants: [{ sku: `MUG-${tag}-1`, price: 1500 }, { sku: `MUG-${tag}-2`, price: 1500, compareAtPrice: 1200 }] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'variants/1/compareAtPrice' }] });
    expect(res.json().detail).toMatch(/compare-at price \(1200\) must be greater than the price \(1500\)/);
    expect((await send('POST', '/v1/admin/products', { title: 'Mug', variants: [{ sku: `MUG-${tag}-3`, price: 1500, compareAtPrice: 1500 }] })).statusCode).toBe(400);
  });

  it('checks variant edits against the resulting price and compare-at price', async () => {
    const created = await send('POST', '/v1/admin/products', { title: 'Bowl', variants: [{ sku: `BOWL-${tag}`, price: 1000, compareAtPrice: 1400 }] });
    expect(created.statusCode).toBe(201);
    const p = created.json();
    const v = p.variants[0];
    const url = `/v1/admin/products/${p.id}/variants/${v.id}`;
    const raise = await send('PATCH', url, { price: 1400 });
    expect(raise.statusCode).toBe(400);
    expect(raise.json().errors[0].path).toBe('compareAtPrice');
    expect((await send('PATCH', url, { compareAtPrice: 900 })).statusCode).toBe(400);
    expect((await send('PATCH', url, { price: 1300 })).statusCode).toBe(200);
    expect((await send('PATCH', url, { price: 2000, compareAtPrice: null })).statusCode).toBe(200);
    const added = await send('POST', `/v1/admin/products/${p.id}/variants`, { sku: `BOWL-${tag}-L`, price: 3000, compareAtPrice: 2500 });
    expect(added.statusCode).toBe(400);
  });

  it('applies to the CSV import too, naming the line', async () => {
    const csv = `slug,title,sku,price,compare_at_price\ncup-${tag.toLowerCase()},Cup,CUP-${tag},900,800\n`;
    const res = await t.app.inject({ method: 'POST', url: '/v1/admin/products/import', headers: { ...admin.auth, 'content-type': 'text/csv' }, payload: csv });
    expect(res.statusCode).toBe(200);
    expect(res.json().created).toBe(0);
    expect(res.json().errors).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/compare_at_price.*greater than the price/) })]);
  });
});
