// Option facets and the total result count of GET /v1/store/products, through the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';

let t: TestApp;
let staff: TestUser;
const tag = `facet${Date.now().toString(36)}`;

async function product(title: string, variants: Record<string, string>[]) {
  const u = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/admin/products',
    headers: staff.auth,
    payload: { title: `${title} ${u}`, tags: [tag], variants: variants.map((options, i) => ({ sku: `F-${u}-${i}`, price: 1000 + i, options })) },
  });
  expect(res.statusCode, res.body).toBe(201);
  await t.app.inject({ method: 'POST', url: `/v1/admin/products/${res.json().id}/publish`, headers: staff.auth });
}

const list = async (qs: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/v1/store/products?q=${tag}&${qs}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const counts = (body: any, name: string) => Object.fromEntries(body.facets.find((f: any) => f.name === name)?.values.map((v: any) => [v.value, v.count]) ?? []);

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
  await product('Tee', [{ size: 'M', color: 'red' }, { size: 'L', color: 'red' }, { size: 'M', color: 'blue' }]);
  await product('Hoodie', [{ size: 'L', color: 'blue' }]);
  await product('Cap', [{ color: 'red' }]);
});
afterAll(() => t?.dispose());

describe('GET /v1/store/products facets and total', () => {
  it('counts products per option value and in total, across pages', async () => {
    const all = await list('limit=1');
    expect(all.items).toHaveLength(1);
    expect(all.total).toBe(3);
    expect(counts(all, 'color')).toEqual({ red: 2, blue: 2 });
    expect(counts(all, 'size')).toEqual({ M: 1, L: 2 });
    const next = await list(`limit=1&cursor=${encodeURIComponent(all.nextCursor)}`);
    expect(next.total).toBe(3);
  });

  it('filters by option values offered by one variant; a chosen option still shows its other values', async () => {
    const red = await list('option=color:red');
    expect(red.total).toBe(2);
    expect(red.items.map((i: any) => i.title.split(' ')[0]).sort()).toEqual(['Cap', 'Tee']);
    expect(counts(red, 'color')).toEqual({ red: 2, blue: 2 });
    expect(counts(red, 'size')).toEqual({ M: 1, L: 1 });
    // L and blue exist, but only apart (Tee) or together in the Hoodie.
    const lBlue = await list('option=size:L&option=color:blue');
    expect(lBlue.items.map((i: any) => i.title.split(' ')[0])).toEqual(['Hoodie']);
    expect(lBlue.total).toBe(1);
    expect((await list('option=color:green')).total).toBe(0);
  });

  it('refuses malformed option filters with 400', async () => {
    for (const qs of ['option=nocolon', 'option=:red', `option=${'x'.repeat(41)}:a`, Array.from({ length: 11 }, (_, i) => `option=k${i}:v`).join('&')]) {
      const res = await t.app.inject({ method: 'GET', url: `/v1/store/products?${qs}` });
      expect(res.statusCode, qs).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
  });
});
