import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningAppWith, type TestApp, type TestUser } from '../../../test/helpers/app';
import { makeProduct, orderBody, stockOf } from '../../../test/helpers/order-fixtures';

// Order placement sends its last statements together (the order with its number and the stock
// reservation in one flight, then the outbox, the Idempotency-Key outcome and the confirmation):
// on PostgreSQL over real HTTP, a flash sale on a few hot SKUs must keep every invariant.
let t: TestApp, admin: TestUser, base: string;
beforeAll(async () => ({ t, users: [admin], base } = await listeningAppWith('admin')));
afterAll(() => t?.dispose());

async function post(user: TestUser, body: unknown, key: string) {
  const res = await fetch(`${base}/v1/store/orders`, { method: 'POST', headers: { ...user.auth, 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(body) });
  return { status: res.status, replayed: res.headers.get('idempotent-replayed') === 'true', body: await res.json() };
}

describe('a flash sale on hot SKUs', () => {
  it('sells exactly the stock, numbers without gaps, one outcome per Idempotency-Key, ledger in balance', async () => {
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 10 }, { price: 1200, stock: 10 }, { price: 900, stock: 10 }]);
    const customers = await Promise.all(Array.from({ length: 20 }, () => t.login('customer')));
    const sends = Array.from({ length: 90 }, (_, i) => ({ user: customers[i % 20], key: `flash-${i}`, body: orderBody([{ sku: p.skus[i % 3], quantity: 1 }], { paymentMethod: 'cod' }) }));
    const results = await Promise.all(sends.map((s) => post(s.user, s.body, s.key)));

    const statuses = new Map<number, number>();
    for (const r of results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    expect(Object.fromEntries(statuses)).toEqual({ 201: 30, 409: 60 });
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.code).toBe('insufficient_stock');
    for (const sku of p.skus) expect(await stockOf(t, admin, sku)).toMatchObject({ onHand: 10, reserved: 10, available: 0 });

    const numbers = results.filter((r) => r.status === 201).map((r) => r.body.number as number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(30);
    expect(numbers[29] - numbers[0]).toBe(29);
    expect(await t.services.inventory.ledgerMismatches()).toEqual([]);

    // Every key answers its first outcome again: the same order, or the same refusal.
    const again = await Promise.all(sends.map((s) => post(s.user, s.body, s.key)));
    again.forEach((r, i) => {
      expect(r.replayed).toBe(true);
      expect(r.status).toBe(results[i].status);
      if (r.status === 201) expect(r.body.id).toBe(results[i].body.id);
    });
    // Each placed order is whole: its line, its payment, its history.
    const one = results.find((r) => r.status === 201)!;
    const detail = await fetch(`${base}/v1/admin/orders/${one.body.id}`, { headers: admin.auth }).then((r) => r.json());
    expect(detail).toMatchObject({ number: one.body.number, status: 'pending', payment: { method: 'cod', status: 'pending' } });
    expect(detail.items).toHaveLength(1);
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual(['created']);
  }, 180_000);
});
