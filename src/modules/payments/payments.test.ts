import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { systemContext } from '../../platform/core/context';
import { signedHeaders } from '../webhooks/incoming';
import { pointsEarned, takeBack } from './points';
import { assertTransition, canTransition } from './status';

const SECRET = 'konbini-test-secret';
let t: TestApp;
let admin: TestUser;
let staff: TestUser;
let customer: TestUser;
const sys = systemContext();

beforeAll(async () => {
  t = await createTestApp({ KONBINI_WEBHOOK_SECRET: SECRET });
  [admin, staff, customer] = await Promise.all([t.login('admin'), t.login('staff'), t.login('customer')]);
});
afterAll(() => t?.dispose());

const tx = <T>(fn: (tx: any) => Promise<T>) => t.platform.db.transaction().execute(fn);
const create = (method: 'konbini' | 'cod' | 'bank_transfer' | 'points', amount: number, userId = customer.id, orderId = uuidv7()) =>
  tx((q) => t.services.payments.createForOrder(q, { orderId, userId, method, amount })).then((r) => ({ ...r, orderId }));

function notify(body: object, opts: { timestamp?: number; nonce?: string; secret?: string; headers?: Record<string, string> } = {}) {
  const raw = JSON.stringify(body);
  const headers = opts.headers ?? signedHeaders(opts.secret ?? SECRET, raw, { timestamp: opts.timestamp ?? Math.floor(t.clock.now().getTime() / 1000), nonce: opts.nonce });
  return t.app.inject({ method: 'POST', url: '/v1/payments/konbini/notify', headers: { 'content-type': 'application/json', ...headers }, payload: raw });
}

async function outbox(type: string, orderId: string) {
  const rows = await t.platform.db.selectFrom('events.outbox').select(['type', 'data']).where('type', '=', type).execute();
  return rows.filter((r: any) => (typeof r.data === 'string' ? JSON.parse(r.data) : r.data).orderId === orderId);
}

describe('pure rules', () => {
  it('payment machine: pending → paid → refunded, pending → cancelled, nothing else', () => {
    expect(canTransition('pending', 'paid')).toBe(true);
    expect(canTransition('paid', 'refunded')).toBe(true);
    expect(canTransition('pending', 'cancelled')).toBe(true);
    expect(canTransition('pending', 'refunded')).toBe(false);
    expect(canTransition('cancelled', 'paid')).toBe(false);
    expect(() => assertTransition('refunded', 'paid')).toThrow(/refunded payment cannot become paid/);
  });

  it('earns floor(total × rate) without float drift and takes back never below zero', () => {
    expect(pointsEarned(1999, 0.01)).toBe(19);
    expect(pointsEarned(100, 0.29)).toBe(29);
    expect(pointsEarned(100, 0)).toBe(0);
    expect(takeBack(50, 19)).toEqual({ delta: -19, shortfall: 0 });
    expect(takeBack(5, 19)).toEqual({ delta: -5, shortfall: 14 });
    fc.assert(fc.property(fc.nat(10_000_000), fc.integer({ min: 0, max: 1_000_000 }), (total, perMillion) => {
      const rate = perMillion / 1_000_000;
      const got = pointsEarned(total, rate);
      return got === Math.floor((total * perMillion) / 1_000_000) && got >= 0 && got <= total;
    }));
    fc.assert(fc.property(fc.nat(1_000_000), fc.nat(1_000_000), (balance, earned) => {
      const { delta, shortfall } = takeBack(balance, earned);
      return balance + delta >= 0 && -delta + shortfall === earned && shortfall >= 0;
    }));
  });
});

describe('payment providers', () => {
  it('konbini: a slip with numbers, valid settings.konbiniExpiryHours; the deadline is its expiry', async () => {
    const before = t.clock.now().getTime();
    const { summary, deadline } = await create('konbini', 2500);
    expect(summary).toMatchObject({ method: 'konbini', status: 'pending', amount: 2500, konbini: { paymentNumber: expect.stringMatching(/^\d{12}$/), confirmationNumber: expect.stringMatching(/^\d{6}$/) } });
    expect(deadline!.toISOString()).toBe(summary.konbini!.expiresAt);
    expect(deadline!.getTime() - before).toBeGreaterThanOrEqual(72 * 3600_000 - 1000);
    expect(deadline!.getTime() - before).toBeLessThanOrEqual(72 * 3600_000 + 60_000);
  });

  it('bank transfer has a deadline, cash on delivery none; points must cover everything and is paid at once', async () => {
    expect((await create('bank_transfer', 100)).deadline).toBeInstanceOf(Date);
    const cod = await create('cod', 100);
    expect(cod).toMatchObject({ deadline: null, summary: { method: 'cod', status: 'pending' } });
    await expect(create('points', 100)).rejects.toMatchObject({ code: 'insufficient_points' });
    const paid = await create('points', 0);
    expect(paid).toMatchObject({ deadline: null, summary: { method: 'points', status: 'paid', amount: 0 } });
    expect(await t.services.payments.isPaid(t.platform.db, paid.orderId)).toBe(true);
    expect(await outbox('payment.paid', paid.orderId)).toHaveLength(1);
    const map = await t.services.payments.getForOrders(t.platform.db, [cod.orderId, paid.orderId, uuidv7()]);
    expect(map.size).toBe(2);
    expect(map.get(cod.orderId)).toEqual({ method: 'cod', status: 'pending', amount: 100 });
  });

  it('capture: bank transfer and cod become paid (event + audit); konbini and points are 409', async () => {
    const bank = await create('bank_transfer', 300);
    const summary = await tx((q) => t.services.payments.capture(q, { ...sys, actor: { type: 'user', id: staff.id } }, bank.orderId));
    expect(summary.status).toBe('paid');
    expect(await outbox('payment.paid', bank.orderId)).toHaveLength(1);
    await expect(tx((q) => t.services.payments.capture(q, sys, bank.orderId))).rejects.toMatchObject({ code: 'invalid_transition' });
    const konbini = await create('konbini', 300);
    await expect(tx((q) => t.services.payments.capture(q, sys, konbini.orderId))).rejects.toMatchObject({ code: 'invalid_transition' });
    await expect(tx((q) => t.services.payments.capture(q, sys, uuidv7()))).rejects.toMatchObject({ code: 'not_found' });
    const detail = await t.app.inject({ method: 'GET', url: `/v1/admin/orders/${bank.orderId}/payment`, headers: staff.auth });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ orderId: bank.orderId, method: 'bank_transfer', status: 'paid', amount: 300, refunds: [] });
  });

  it('cancel: a pending payment is cancelled, a paid one refunded through its provider (recorded)', async () => {
    const pending = await create('cod', 400);
    await tx((q) => t.services.payments.onOrderCancelled(q, sys, { orderId: pending.orderId, userId: customer.id }));
    expect((await t.services.payments.getForOrders(t.platform.db, [pending.orderId])).get(pending.orderId)!.status).toBe('cancelled');
    const paid = await create('bank_transfer', 500);
    await tx((q) => t.services.payments.capture(q, sys, paid.orderId));
    await tx((q) => t.services.payments.onOrderCancelled(q, sys, { orderId: paid.orderId, userId: customer.id }));
    await tx((q) => t.services.payments.onOrderCancelled(q, sys, { orderId: paid.orderId, userId: customer.id })); // idempotent
    const detail = (await t.app.inject({ method: 'GET', url: `/v1/admin/orders/${paid.orderId}/payment`, headers: staff.auth })).json();
    expect(detail).toMatchObject({ status: 'refunded', refunds: [{ amount: 500, reason: 'order_cancelled', providerReference: expect.stringMatching(/^bank-refund-/) }] });
    expect(await outbox('payment.refunded', paid.orderId)).toHaveLength(1);
  });

  it('payment routes guard access: 401 without a token, 403 for customers and wrong scopes, 404 unknown', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/orders/${uuidv7()}/payment` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/orders/${uuidv7()}/payment`, headers: customer.auth })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/orders/${uuidv7()}/payment`, headers: staff.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/orders/nope/payment', headers: staff.auth })).statusCode).toBe(404);
  });
});

describe('konbini notifications', () => {
  it('a valid signed notification marks the slip paid; the same request again is a replay (409)', async () => {
    const { orderId, summary } = await create('konbini', 1800);
    const body = { orderId, paymentNumber: summary.konbini!.paymentNumber, amount: 1800 };
    const nonce = `n-${uuidv7()}`;
    const res = await notify(body, { nonce });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ orderId, status: 'paid' });
    expect(await t.services.payments.isPaid(t.platform.db, orderId)).toBe(true);
    expect(await outbox('payment.paid', orderId)).toHaveLength(1);
    const replay = await notify(body, { nonce });
    expect(replay.statusCode).toBe(409);
    expect(replay.json().code).toBe('replayed');
    // The provider resending with a fresh nonce is answered the same way and changes nothing.
    expect((await notify(body)).json()).toEqual({ orderId, status: 'paid' });
    expect(await outbox('payment.paid', orderId)).toHaveLength(1);
  });

  it('forged, unsigned and stale notifications are 401 and change nothing', async () => {
    const { orderId, summary } = await create('konbini', 900);
    const body = { orderId, paymentNumber: summary.konbini!.paymentNumber, amount: 900 };
    const forged = await notify(body, { secret: 'not-the-secret' });
    expect([forged.statusCode, forged.json().code]).toEqual([401, 'invalid_signature']);
    const unsigned = await notify(body, { headers: {} });
    expect(unsigned.statusCode).toBe(401);
    const stale = await notify(body, { timestamp: Math.floor(t.clock.now().getTime() / 1000) - 301 });
    expect(stale.statusCode).toBe(401);
    // A valid signature over a different body does not carry over to a tampered one.
    const raw = JSON.stringify({ ...body, amount: 1 });
    const headers = signedHeaders(SECRET, raw, { timestamp: Math.floor(t.clock.now().getTime() / 1000) });
    const tampered = await t.app.inject({ method: 'POST', url: '/v1/payments/konbini/notify', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });
    expect(tampered.statusCode).toBe(401);
    expect(await t.services.payments.isPaid(t.platform.db, orderId)).toBe(false);
  });

  it('a wrong amount or payment number is 422 and the payment stays pending; bad bodies are 400', async () => {
    const { orderId, summary } = await create('konbini', 1200);
    const wrongAmount = await notify({ orderId, paymentNumber: summary.konbini!.paymentNumber, amount: 1100 });
    expect([wrongAmount.statusCode, wrongAmount.json().code]).toEqual([422, 'unprocessable']);
    const wrongNumber = await notify({ orderId, paymentNumber: '000000000000', amount: 1200 });
    expect(wrongNumber.statusCode).toBe(422);
    const unknown = await notify({ orderId: uuidv7(), paymentNumber: summary.konbini!.paymentNumber, amount: 1200 });
    expect(unknown.statusCode).toBe(422);
    const notKonbini = await create('cod', 1200);
    expect((await notify({ orderId: notKonbini.orderId, paymentNumber: summary.konbini!.paymentNumber, amount: 1200 })).statusCode).toBe(422);
    const extra = await notify({ orderId, paymentNumber: summary.konbini!.paymentNumber, amount: 1200, paid: true });
    expect([extra.statusCode, extra.json().code]).toEqual([400, 'validation_failed']);
    const raw = 'not json';
    const garbage = await t.app.inject({ method: 'POST', url: '/v1/payments/konbini/notify', headers: { 'content-type': 'application/json', ...signedHeaders(SECRET, raw, { timestamp: Math.floor(t.clock.now().getTime() / 1000) }) }, payload: raw });
    expect(garbage.statusCode).toBe(400);
    expect((await t.services.payments.getForOrders(t.platform.db, [orderId])).get(orderId)!.status).toBe('pending');
  });

  it('an expired slip cannot be paid (422), a cancelled one is 409', async () => {
    const { orderId, summary } = await create('konbini', 700);
    t.clock.advance(72 * 3600_000 + 60_000);
    const late = await notify({ orderId, paymentNumber: summary.konbini!.paymentNumber, amount: 700 });
    expect(late.statusCode).toBe(422);
    expect(late.json().detail).toMatch(/expired/);
    await tx((q) => t.services.payments.onOrderCancelled(q, sys, { orderId, userId: customer.id }));
    const cancelled = await notify({ orderId, paymentNumber: summary.konbini!.paymentNumber, amount: 700 });
    expect([cancelled.statusCode, cancelled.json().code]).toEqual([409, 'invalid_transition']);
    [admin, staff, customer] = await Promise.all([t.login('admin'), t.login('staff'), t.login('customer')]);
  });

  it('without KONBINI_WEBHOOK_SECRET the endpoint is unavailable (503)', async () => {
    const other = await createTestApp();
    try {
      const raw = JSON.stringify({ orderId: uuidv7(), paymentNumber: '1', amount: 1 });
      const res = await other.app.inject({ method: 'POST', url: '/v1/payments/konbini/notify', headers: { 'content-type': 'application/json', ...signedHeaders(SECRET, raw) }, payload: raw });
      expect([res.statusCode, res.json().code]).toEqual([503, 'unavailable']);
    } finally {
      await other.dispose();
    }
  });
});

describe('points', () => {
  const points = (user: TestUser) => t.app.inject({ method: 'GET', url: '/v1/me/points', headers: user.auth });

  it('round trip: earn on completion, redeem, cancel gives back, refund takes back (shortfall recorded)', async () => {
    const user = await t.login('customer');
    expect((await points(user)).json()).toEqual({ balance: 0, entries: [], nextCursor: null });
    const first = uuidv7();
    await tx((q) => t.services.payments.onOrderCompleted(q, sys, { orderId: first, userId: user.id, total: 12_345 }));
    await tx((q) => t.services.payments.onOrderCompleted(q, sys, { orderId: first, userId: user.id, total: 12_345 })); // once per order
    expect((await points(user)).json().balance).toBe(123);

    await expect(tx((q) => t.services.payments.redeemPoints(q, { userId: user.id, orderId: uuidv7(), points: 124 }))).rejects.toMatchObject({ code: 'insufficient_points' });
    const second = uuidv7();
    await tx(async (q) => {
      await t.services.payments.redeemPoints(q, { userId: user.id, orderId: second, points: 100 });
      await t.services.payments.createForOrder(q, { orderId: second, userId: user.id, method: 'konbini', amount: 400 });
    });
    expect((await points(user)).json().balance).toBe(23);
    await tx((q) => t.services.payments.onOrderCancelled(q, sys, { orderId: second, userId: user.id }));
    await tx((q) => t.services.payments.onOrderCancelled(q, sys, { orderId: second, userId: user.id }));
    expect((await points(user)).json().balance).toBe(123);

    // Spend most of it, then refund the order that earned it: only what is left can be taken back.
    const third = uuidv7();
    await tx(async (q) => {
      await t.services.payments.redeemPoints(q, { userId: user.id, orderId: third, points: 120 });
      await t.services.payments.createForOrder(q, { orderId: third, userId: user.id, method: 'points', amount: 0 });
    });
    await tx((q) => t.services.payments.onOrderRefunded(q, sys, { orderId: first, userId: user.id }));
    const view = (await points(user)).json();
    expect(view.balance).toBe(0);
    expect(view.entries.map((e: any) => [e.reason, e.delta, e.shortfall ?? 0])).toEqual([
      ['earned_reversed', -3, 120],
      ['redeemed', -120, 0],
      ['redemption_returned', 100, 0],
      ['redeemed', -100, 0],
      ['earned', 123, 0],
    ]);
    expect(view.entries[0]).toMatchObject({ orderId: first, createdAt: expect.any(String), id: expect.any(String) });
    expect(await t.services.payments.checkLedger(t.platform.db, user.id)).toEqual({ balance: 0, ledgerSum: 0 });

    const paged = await t.app.inject({ method: 'GET', url: '/v1/me/points?limit=2', headers: user.auth });
    expect(paged.json().entries).toHaveLength(2);
    const rest = await t.app.inject({ method: 'GET', url: `/v1/me/points?limit=10&cursor=${paged.json().nextCursor}`, headers: user.auth });
    expect(rest.json().entries).toHaveLength(3);
  });

  it('points routes: 401 without a token, 403 for API keys and non-admins adjusting; adjustments are audited', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/v1/me/points' })).statusCode).toBe(401);
    const key = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: admin.auth, payload: { name: 'k', scopes: ['orders:read', 'orders:write'] } });
    expect((await t.app.inject({ method: 'GET', url: '/v1/me/points', headers: { 'x-api-key': key.json().key } })).statusCode).toBe(403);
    const url = `/v1/admin/points/${customer.id}/adjustments`;
    expect((await t.app.inject({ method: 'POST', url, payload: { delta: 10, note: 'x' } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url, headers: customer.auth, payload: { delta: 10, note: 'x' } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url, headers: staff.auth, payload: { delta: 10, note: 'x' } })).statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url, headers: admin.auth, payload: { delta: 50, note: 'Goodwill for a late delivery' } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ balance: 50, entry: { delta: 50, reason: 'adjustment', note: 'Goodwill for a late delivery' } });
    const tooMuch = await t.app.inject({ method: 'POST', url, headers: admin.auth, payload: { delta: -51, note: 'x' } });
    expect([tooMuch.statusCode, tooMuch.json().code]).toEqual([422, 'insufficient_points']);
    expect((await t.app.inject({ method: 'POST', url, headers: admin.auth, payload: { delta: 0, note: 'x' } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: `/v1/admin/points/${uuidv7()}/adjustments`, headers: admin.auth, payload: { delta: 1, note: 'x' } })).statusCode).toBe(404);
    const audit = await t.app.inject({ method: 'GET', url: `/v1/admin/audit-logs?entityId=${customer.id}&entityType=points`, headers: admin.auth });
    expect(audit.json().items[0]).toMatchObject({ action: 'points.adjusted', actor: { type: 'user', id: admin.id } });
    const view = await t.app.inject({ method: 'GET', url: `/v1/admin/points/${customer.id}`, headers: staff.auth });
    expect(view.json().balance).toBe(50);
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/points/${customer.id}`, headers: customer.auth })).statusCode).toBe(403);
  });

  it('concurrent redemptions never overdraw: 20 racing transactions of 30 points on a balance of 100', async () => {
    const userId = uuidv7();
    await t.services.payments.adjustPoints(sys, { userId, delta: 100, note: 'race' });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => tx((q) => t.services.payments.redeemPoints(q, { userId, orderId: uuidv7(), points: 30 }))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason.code === 'insufficient_points')).toBe(true);
    expect(await t.services.payments.checkLedger(t.platform.db, userId)).toEqual({ balance: 10, ledgerSum: 10 });
  });

  it('property: random redeem/earn/cancel/refund/adjust sequences keep the balance ≥ 0 and equal to the ledger', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('earn' as const), total: fc.nat(50_000) }),
      fc.record({ kind: fc.constant('redeem' as const), points: fc.integer({ min: 1, max: 300 }) }),
      fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('refund' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('adjust' as const), delta: fc.integer({ min: -200, max: 200 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const userId = uuidv7();
        const orders: string[] = [];
        const p = t.services.payments;
        for (const o of ops) {
          try {
            if (o.kind === 'earn') {
              const id = uuidv7();
              orders.push(id);
              await tx((q) => p.onOrderCompleted(q, sys, { orderId: id, userId, total: o.total }));
            } else if (o.kind === 'redeem') {
              const id = uuidv7();
              orders.push(id);
              await tx((q) => p.redeemPoints(q, { userId, orderId: id, points: o.points }));
            } else if (o.kind === 'adjust') {
              if (o.delta !== 0) await p.adjustPoints(sys, { userId, delta: o.delta, note: 'property' });
            } else if (orders.length) {
              const orderId = orders[o.pick % orders.length];
              await tx((q) => (o.kind === 'cancel' ? p.onOrderCancelled(q, sys, { orderId, userId }) : p.onOrderRefunded(q, sys, { orderId, userId })));
            }
          } catch (err) {
            if ((err as { code?: string }).code !== 'insufficient_points') throw err;
          }
          const { balance, ledgerSum } = await p.checkLedger(t.platform.db, userId);
          if (balance < 0 || balance !== ledgerSum) return false;
        }
        return true;
      }),
      { numRuns: 15 },
    );
  });
});
