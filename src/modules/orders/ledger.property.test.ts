import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type TestApp, type TestUser } from '../../../test/helpers/app';
import { makeProduct, orderBody } from '../../../test/helpers/order-fixtures';
import { canTransition, type OrderStatus } from './status';

let t: TestApp, admin: TestUser, ann: TestUser;
beforeAll(async () => ({ t, users: [admin, ann] } = await appWith('admin', 'customer')));
afterAll(() => t?.dispose());

type Op =
  | { kind: 'adjust'; sku: number; delta: number }
  | { kind: 'count'; sku: number; onHand: number }
  | { kind: 'order'; lines: { sku: number; quantity: number }[] }
  | { kind: 'process' | 'complete' | 'cancel'; order: number }
  | { kind: 'refund'; order: number; restock: boolean };

const SKUS = 3;
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('adjust' as const), sku: fc.nat(SKUS - 1), delta: fc.integer({ min: -6, max: 10 }).filter((d) => d !== 0) }),
  fc.record({ kind: fc.constant('count' as const), sku: fc.nat(SKUS - 1), onHand: fc.nat(15) }),
  fc.record({
    kind: fc.constant('order' as const),
    lines: fc.uniqueArray(fc.record({ sku: fc.nat(SKUS - 1), quantity: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: SKUS, selector: (l) => l.sku }),
  }),
  fc.record({ kind: fc.constantFrom('process' as const, 'complete' as const, 'cancel' as const), order: fc.nat(20) }),
  fc.record({ kind: fc.constant('refund' as const), order: fc.nat(20), restock: fc.boolean() }),
);

const TARGET = { process: 'processing', complete: 'completed', cancel: 'cancelled', refund: 'refunded' } as const;

describe('inventory ledger (property)', () => {
  it('keeps every record equal to its movements and 0 ≤ reserved ≤ onHand through any sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const p = await makeProduct(t, admin, Array.from({ length: SKUS }, () => ({ price: 100, stock: 5 })));
        const model = p.skus.map(() => ({ onHand: 5, reserved: 0 }));
        const orders: { id: string; status: OrderStatus; lines: { sku: number; quantity: number }[] }[] = [];
        for (const o of ops) {
          let expected: number;
          let res;
          if (o.kind === 'adjust') {
            const m = model[o.sku];
            expected = m.onHand + o.delta < m.reserved ? 409 : 200;
            res = await t.app.inject({ method: 'POST', url: `/v1/admin/inventory/${p.skus[o.sku]}/adjustments`, headers: admin.auth, payload: { delta: o.delta, reason: 'correction' } });
            if (expected === 200) m.onHand += o.delta;
          } else if (o.kind === 'count') {
            const m = model[o.sku];
            expected = o.onHand < m.reserved ? 409 : 200;
            res = await t.app.inject({ method: 'PUT', url: `/v1/admin/inventory/${p.skus[o.sku]}`, headers: admin.auth, payload: { onHand: o.onHand } });
            if (expected === 200) m.onHand = o.onHand;
          } else if (o.kind === 'order') {
            const fits = o.lines.every((l) => model[l.sku].onHand - model[l.sku].reserved >= l.quantity);
            expected = fits ? 201 : 409;
            res = await t.app.inject({ method: 'POST', url: '/v1/store/orders', headers: ann.auth, payload: orderBody(o.lines.map((l) => ({ sku: p.skus[l.sku], quantity: l.quantity })), { paymentMethod: 'cod' }) });
            if (fits) {
              for (const l of o.lines) model[l.sku].reserved += l.quantity;
              orders.push({ id: res.json().id, status: 'pending', lines: o.lines });
            }
          } else {
            const target = orders[o.order % Math.max(orders.length, 1)];
            if (!target) continue;
            const to = TARGET[o.kind];
            expected = canTransition(target.status, to) ? 200 : 409;
            res = await t.app.inject({
              method: 'POST',
              url: `/v1/admin/orders/${target.id}/${o.kind}`,
              headers: admin.auth,
              payload: o.kind === 'refund' ? { restock: o.restock } : {},
            });
            if (expected === 200) {
              for (const l of target.lines) {
                const m = model[l.sku];
                if (to === 'cancelled') m.reserved -= l.quantity;
                if (to === 'completed') {
                  m.reserved -= l.quantity;
                  m.onHand -= l.quantity;
                }
                if (to === 'refunded' && o.kind === 'refund' && o.restock) m.onHand += l.quantity;
              }
              target.status = to;
            }
          }
          expect(res.statusCode, `${JSON.stringify(o)}: ${res.body}`).toBe(expected);
          expect(await t.services.inventory.ledgerMismatches()).toEqual([]);
          const records = await Promise.all(p.skus.map((sku) => t.services.inventory.get(sku)));
          expect(records.map((r) => ({ onHand: r.onHand, reserved: r.reserved }))).toEqual(model);
        }
      }),
      { numRuns: 12 },
    );
  });
});
