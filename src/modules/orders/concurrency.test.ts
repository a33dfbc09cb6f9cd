import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningAppWith, type TestApp, type TestUser } from '../../../test/helpers/app';
import { makeProduct, orderBody, postOrderHttp, stockOf } from '../../../test/helpers/order-fixtures';

// Real HTTP on a real port: on PostgreSQL the requests race for the same rows.
let t: TestApp, admin: TestUser, base: string;
beforeAll(async () => ({ t, users: [admin], base } = await listeningAppWith('admin')));
afterAll(() => t?.dispose());
const post = (user: TestUser, body: unknown) => postOrderHttp(base, user, body);

describe('orders under contention', () => {
  it('sells exactly 10 of 10 units to 200 simultaneous orders from 20 customers; the rest get 409', async () => {
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 10 }]);
    const customers = await Promise.all(Array.from({ length: 20 }, () => t.login('customer')));
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => post(customers[i % 20], orderBody([{ sku: p.skus[0], quantity: 1 }]))));
    const byStatus = new Map<number, number>();
    for (const r of results) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    expect(Object.fromEntries(byStatus)).toEqual({ 201: 10, 409: 190 });
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.code).toBe('insufficient_stock');
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ onHand: 10, reserved: 10, available: 0 });
    const numbers = results.filter((r) => r.status === 201).map((r) => r.body.number);
    expect(new Set(numbers).size).toBe(10);
    expect(await t.services.inventory.ledgerMismatches()).toEqual([]);
  });

  it('never deadlocks when multi-line orders name the same SKUs in opposite orders', async () => {
    const p = await makeProduct(t, admin, [{ price: 100, stock: 1000 }, { price: 100, stock: 1000 }, { price: 100, stock: 1000 }]);
    const customers = await Promise.all(Array.from({ length: 10 }, () => t.login('customer')));
    const [a, b, c] = p.skus;
    const shapes = [
      [a, b, c],
      [c, b, a],
      [b, a, c],
      [c, a, b],
    ];
    const results = await Promise.all(
      Array.from({ length: 80 }, (_, i) => post(customers[i % 10], orderBody(shapes[i % 4].map((sku, j) => ({ sku, quantity: 1 + j })))))
    );
    expect(results.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const reserved = await Promise.all(p.skus.map((s) => stockOf(t, admin, s)));
    // Each order holds 1 + 2 + 3 units spread over the three SKUs: 80 × 6 in all.
    expect(reserved.reduce((sum, r) => sum + r.reserved, 0)).toBe(480);
    // Cancel half of them at once, again from every direction.
    const cancels = await Promise.all(results.slice(0, 40).map((r) => fetch(`${base}/v1/admin/orders/${r.body.id}/cancel`, { method: 'POST', headers: admin.auth })));
    expect(cancels.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    const after = await Promise.all(p.skus.map((s) => stockOf(t, admin, s)));
    expect(after.reduce((sum, r) => sum + r.reserved, 0)).toBe(240);
    expect(await t.services.inventory.ledgerMismatches()).toEqual([]);
  });
});
