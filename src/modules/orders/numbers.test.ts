import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningAppWith, type TestApp, type TestUser } from '../../../test/helpers/app';
import { makeProduct, orderBody, postOrderHttp } from '../../../test/helpers/order-fixtures';

// Real HTTP on a real port, so that on PostgreSQL the checkouts truly run side by side.
let t: TestApp, admin: TestUser, base: string;
beforeAll(async () => ({ t, users: [admin], base } = await listeningAppWith('admin')));
afterAll(() => t?.dispose());
const post = (user: TestUser, body: unknown) => postOrderHttp(base, user, body);

const contiguous = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.every((n, i) => i === 0 || n === sorted[i - 1] + 1);
};

describe('order numbers', () => {
  it('have no gaps when checkouts fail on stock while others succeed at the same moment', async () => {
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 12 }, { price: 500, stock: 1000 }]);
    const customers = await Promise.all(Array.from({ length: 10 }, () => t.login('customer')));
    // Every third order asks for the scarce SKU with a plentiful one: it fails after its order row was written.
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        post(customers[i % 10], orderBody(i % 3 === 0 ? [{ sku: p.skus[1], quantity: 1 }, { sku: p.skus[0], quantity: 2 }] : [{ sku: p.skus[1], quantity: 1 }])),
      ),
    );
    const ok = results.filter((r) => r.status === 201);
    const failed = results.filter((r) => r.status !== 201);
    expect(failed.length).toBeGreaterThan(0);
    for (const r of failed) expect(r.body.code).toBe('insufficient_stock');
    const numbers = ok.map((r) => r.body.number as number);
    expect(new Set(numbers).size).toBe(ok.length);
    expect(contiguous(numbers)).toBe(true);

    // The next order takes the number right after the last one: the failures gave theirs back.
    const next = await post(customers[0], orderBody([{ sku: p.skus[1], quantity: 1 }]));
    expect(next.status).toBe(201);
    expect(next.body.number).toBe(Math.max(...numbers) + 1);
  });

  it('a failed checkout between two successful ones leaves no hole (#n, failure, #n+1)', async () => {
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 1 }, { price: 100, stock: 10 }]);
    const c = await t.login('customer');
    const first = await post(c, orderBody([{ sku: p.skus[1], quantity: 1 }]));
    const failed = await post(c, orderBody([{ sku: p.skus[1], quantity: 1 }, { sku: p.skus[0], quantity: 5 }]));
    const second = await post(c, orderBody([{ sku: p.skus[1], quantity: 1 }]));
    expect(failed.status).toBe(409);
    expect(second.body.number).toBe(first.body.number + 1);
    // The admin list agrees with what the checkouts answered.
    const list = await t.app.inject({ method: 'GET', url: `/v1/admin/orders?number=${second.body.number}`, headers: admin.auth });
    expect(list.json().items.map((o: any) => o.id)).toEqual([second.body.id]);
  });
});
