import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { ADDRESS, makeProduct, orderBody, setStock, stockOf } from '../../../test/helpers/order-fixtures';
import { requestHash } from './service';

let t: TestApp;
let admin: TestUser, staff: TestUser, ann: TestUser, bob: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  [admin, staff, ann, bob] = await Promise.all([t.login('admin'), t.login('staff'), t.login('customer'), t.login('customer')]);
});
afterAll(() => t?.dispose());

const place = (user: TestUser, body: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/v1/store/orders', headers: { ...user.auth, ...headers }, payload: body as object });
const act = (user: TestUser | Record<string, string>, id: string, action: string, payload?: object) =>
  t.app.inject({ method: 'POST', url: `/v1/admin/orders/${id}/${action}`, headers: 'auth' in user ? (user as TestUser).auth : (user as Record<string, string>), payload });

async function outbox(type: string, aggregateId: string) {
  return (await sql<{ data: any }>`select data from events.outbox where type = ${type} and aggregate_id = ${aggregateId} order by seq`.execute(t.platform.db)).rows.map((r) => r.data);
}

async function relogin(user: TestUser): Promise<TestUser> {
  const login = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: user.email, password: user.password } });
  return { ...user, auth: { authorization: `Bearer ${login.json().accessToken}` } };
}

async function apiKey(scopes: string[]) {
  const res = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: admin.auth, payload: { name: `k-${scopes.join('-')}`, scopes } });
  return { 'x-api-key': res.json().key as string };
}

describe('orders: creation', () => {
  it('creates a pending order priced from the published snapshot, reserving stock', async () => {
    const p = await makeProduct(t, admin, [{ price: 1200, stock: 10 }, { price: 800, stock: 5 }]);
    // A later unpublished edit must not change what customers pay.
    const edit = await t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${p.id}`, headers: admin.auth, payload: { title: 'Renamed in the working copy' } });
    expect(edit.statusCode).toBe(200);
    const res = await place(ann, orderBody([{ sku: p.skus[0], quantity: 2 }, { sku: p.skus[1], quantity: 1 }], { note: 'Leave at the door' }));
    expect(res.statusCode).toBe(201);
    const o = res.json();
    expect(o).toMatchObject({
      status: 'pending',
      userId: ann.id,
      items: [
        { sku: p.skus[0], productId: p.id, quantity: 2, unitPrice: 1200, lineTotal: 2400, options: { size: 'S0' } },
        { sku: p.skus[1], quantity: 1, unitPrice: 800, lineTotal: 800 },
      ],
      subtotal: 3200,
      shippingFee: 500,
      pointsRedeemed: 0,
      total: 3700,
      currency: 'JPY',
      shippingAddress: { ...ADDRESS, line2: null },
      payment: { method: 'konbini', status: 'pending', amount: 3700, konbini: { paymentNumber: expect.any(String), confirmationNumber: expect.any(String), expiresAt: expect.any(String) } },
      delivery: null,
      note: 'Leave at the door',
    });
    expect(o.items[0].title).not.toContain('Renamed');
    expect(typeof o.number).toBe('number');
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ onHand: 10, reserved: 2, available: 8 });
    expect(await outbox('order.created', o.id)).toEqual([expect.objectContaining({ orderId: o.id, number: o.number, userId: ann.id, total: 3700 })]);
    const detail = (await t.app.inject({ method: 'GET', url: `/v1/admin/orders/${o.id}`, headers: staff.auth })).json();
    expect(detail.events).toEqual([expect.objectContaining({ type: 'created', from: null, to: 'pending', actor: { type: 'user', id: ann.id } })]);

    const second = (await place(ann, orderBody([{ sku: p.skus[1], quantity: 1 }]))).json();
    expect(second.number).toBeGreaterThan(o.number);
  });

  it('ships free at or above the threshold, merges repeated SKUs, and accepts a saved address', async () => {
    const p = await makeProduct(t, admin, [{ price: 2500, stock: 10 }]);
    const addr = await t.app.inject({ method: 'POST', url: '/v1/me/addresses', headers: ann.auth, payload: ADDRESS });
    expect(addr.statusCode).toBe(201);
    const res = await place(ann, { items: [{ sku: p.skus[0], quantity: 1 }, { sku: p.skus[0], quantity: 1 }], addressId: addr.json().id, paymentMethod: 'bank_transfer' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ items: [{ quantity: 2, lineTotal: 5000 }], subtotal: 5000, shippingFee: 0, total: 5000, shippingAddress: { name: ADDRESS.name } });
    // Someone else's address is not ours to ship to.
    const foreign = await place(bob, { items: [{ sku: p.skus[0], quantity: 1 }], addressId: addr.json().id, paymentMethod: 'cod' });
    expect(foreign.statusCode).toBe(422);
  });

  it('refuses unknown or unpublished SKUs with 422 unknown_sku and short stock with 409, reserving nothing', async () => {
    const live = await makeProduct(t, admin, [{ price: 500, stock: 3 }, { price: 500, stock: 1 }]);
    const draft = await makeProduct(t, admin, [{ price: 500, stock: 3 }], { publish: false });
    for (const sku of ['NO-SUCH-SKU', draft.skus[0]]) {
      const res = await place(ann, orderBody([{ sku: live.skus[0], quantity: 1 }, { sku, quantity: 1 }]));
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'unknown_sku', errors: [{ path: 'items/1/sku' }] });
    }
    const short = await place(ann, orderBody([{ sku: live.skus[0], quantity: 2 }, { sku: live.skus[1], quantity: 2 }]));
    expect(short.statusCode).toBe(409);
    expect(short.json()).toMatchObject({ code: 'insufficient_stock', detail: `SKU ${live.skus[1]}: requested 2, available 1` });
    expect(await stockOf(t, admin, live.skus[0])).toMatchObject({ reserved: 0, available: 3 });
  });

  it('validates the body strictly (400)', async () => {
    const p = await makeProduct(t, admin, [{ price: 500, stock: 3 }]);
    const bad = [
      orderBody([]),
      orderBody([{ sku: p.skus[0], quantity: 0 }]),
      orderBody([{ sku: p.skus[0], quantity: 1 }], { price: 1 }),
      orderBody([{ sku: p.skus[0], quantity: 1, unitPrice: 1 } as { sku: string; quantity: number }]),
      orderBody([{ sku: p.skus[0], quantity: 1 }], { paymentMethod: 'cash' }),
      { items: [{ sku: p.skus[0], quantity: 1 }], paymentMethod: 'cod' },
      orderBody([{ sku: p.skus[0], quantity: 1 }], { addressId: '0190a3a0-0000-7000-8000-000000000000' }),
    ];
    for (const body of bad) {
      const res = await place(ann, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    const badKey = await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }]), { 'idempotency-key': 'has space' });
    expect(badKey.statusCode).toBe(400);
    const tooManyPoints = await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }], { pointsToRedeem: 501 }));
    expect(tooManyPoints.statusCode).toBe(422);
    const noPoints = await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }], { pointsToRedeem: 100 }));
    expect(noPoints.statusCode).toBe(422);
    expect(noPoints.json().code).toBe('insufficient_points');
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ reserved: 0 });
  });
});

describe('orders: visibility and access', () => {
  it('shows customers only their own orders (404 for anyone else’s on every route)', async () => {
    const p = await makeProduct(t, admin, [{ price: 900, stock: 5 }]);
    const mine = (await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }]))).json();
    for (const req of [
      { method: 'GET' as const, url: `/v1/store/orders/${mine.id}` },
      { method: 'POST' as const, url: `/v1/store/orders/${mine.id}/cancel` },
      { method: 'GET' as const, url: `/v1/store/orders/${mine.id}/tracking` },
      { method: 'GET' as const, url: '/v1/store/orders/not-a-uuid' },
    ]) {
      const res = await t.app.inject({ ...req, headers: bob.auth });
      expect(res.statusCode, req.url).toBe(404);
      expect(res.json().code).toBe('not_found');
    }
    const own = await t.app.inject({ method: 'GET', url: `/v1/store/orders/${mine.id}`, headers: ann.auth });
    expect(own.statusCode).toBe(200);
    expect(own.json()).not.toHaveProperty('events');
    const bobs = (await t.app.inject({ method: 'GET', url: '/v1/store/orders', headers: bob.auth })).json();
    expect(bobs.items.find((o: any) => o.id === mine.id)).toBeUndefined();
    const anns = (await t.app.inject({ method: 'GET', url: '/v1/store/orders', headers: ann.auth })).json();
    expect(anns.items.every((o: any) => o.userId === ann.id)).toBe(true);
    expect(anns.items[0].id).toBe(mine.id);
  });

  it('answers 401 without credentials, 403 for customers on admin routes, and honours API-key scopes', async () => {
    const p = await makeProduct(t, admin, [{ price: 900, stock: 5 }]);
    const o = (await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }]))).json();
    const storeRoutes = [
      { method: 'POST' as const, url: '/v1/store/orders', payload: orderBody([{ sku: p.skus[0], quantity: 1 }]) },
      { method: 'GET' as const, url: '/v1/store/orders' },
      { method: 'GET' as const, url: `/v1/store/orders/${o.id}` },
      { method: 'POST' as const, url: `/v1/store/orders/${o.id}/cancel` },
    ];
    const adminRead = [
      { method: 'GET' as const, url: '/v1/admin/orders' },
      { method: 'GET' as const, url: `/v1/admin/orders/${o.id}` },
    ];
    const adminWrite = ['process', 'complete', 'cancel', 'refund', 'payments/capture'].map((a) => ({ method: 'POST' as const, url: `/v1/admin/orders/${o.id}/${a}`, payload: a === 'refund' ? { restock: true } : undefined }));
    const readKey = await apiKey(['orders:read']);
    const writeKey = await apiKey(['orders:write']);
    for (const r of [...storeRoutes, ...adminRead, ...adminWrite]) {
      const anon = await t.app.inject(r);
      // Reading one order without a token is a guest's read, whose missing key is 404 (guest checkout).
      const guestRead = r.method === 'GET' && r.url === `/v1/store/orders/${o.id}`;
      expect(anon.statusCode, `${r.method} ${r.url}`).toBe(guestRead ? 404 : 401);
      expect(anon.json().code).toBe(guestRead ? 'not_found' : 'unauthorized');
    }
    for (const r of storeRoutes) expect((await t.app.inject({ ...r, headers: writeKey })).statusCode).toBe(403);
    for (const r of [...adminRead, ...adminWrite]) {
      const res = await t.app.inject({ ...r, headers: ann.auth });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
      expect(res.json().code).toBe('forbidden');
    }
    for (const r of adminRead) {
      expect((await t.app.inject({ ...r, headers: readKey })).statusCode).toBe(200);
      expect((await t.app.inject({ ...r, headers: writeKey })).statusCode).toBe(403);
    }
    for (const r of adminWrite) expect((await t.app.inject({ ...r, headers: readKey })).statusCode).toBe(403);
    const processed = await act(writeKey, o.id, 'process');
    expect(processed.statusCode).toBe(200);
    expect(processed.json().events.at(-1)).toMatchObject({ from: 'pending', to: 'processing', actor: { type: 'api_key' } });
  });

  it('filters and pages the admin list', async () => {
    const p = await makeProduct(t, admin, [{ price: 300, stock: 50 }]);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await place(bob, orderBody([{ sku: p.skus[0], quantity: 1 }]))).json().id);
    await act(staff, ids[0], 'cancel');
    const page1 = (await t.app.inject({ method: 'GET', url: `/v1/admin/orders?userId=${bob.id}&status=pending&limit=1`, headers: staff.auth })).json();
    expect(page1.items.map((o: any) => o.id)).toEqual([ids[2]]);
    const page2 = (await t.app.inject({ method: 'GET', url: `/v1/admin/orders?userId=${bob.id}&status=pending&limit=1&cursor=${page1.nextCursor}`, headers: staff.auth })).json();
    expect(page2.items.map((o: any) => o.id)).toEqual([ids[1]]);
    expect(page2.nextCursor).toBeNull();
    const cancelled = (await t.app.inject({ method: 'GET', url: `/v1/admin/orders?userId=${bob.id}&status=cancelled`, headers: staff.auth })).json();
    expect(cancelled.items.map((o: any) => o.id)).toEqual([ids[0]]);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/orders?status=shipped', headers: staff.auth })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/orders?limit=500', headers: staff.auth })).statusCode).toBe(400);
  });
});

describe('orders: status machine', () => {
  it('processes, completes (a sale) and refunds with restock, recording events, domain events and audit', async () => {
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 10 }]);
    const o = (await place(ann, orderBody([{ sku: p.skus[0], quantity: 3 }], { paymentMethod: 'bank_transfer' }))).json();
    const captured = await act(staff, o.id, 'payments/capture');
    expect(captured.statusCode).toBe(200);
    expect(captured.json().payment).toMatchObject({ method: 'bank_transfer', status: 'paid' });
    expect((await act(staff, o.id, 'process', { note: 'packing' })).json()).toMatchObject({ status: 'processing' });
    expect((await act(staff, o.id, 'complete')).json()).toMatchObject({ status: 'completed' });
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ onHand: 7, reserved: 0 });
    const refunded = await act(staff, o.id, 'refund', { restock: true, note: 'damaged in transit' });
    expect(refunded.statusCode).toBe(200);
    expect(refunded.json()).toMatchObject({ status: 'refunded', payment: { status: 'refunded' } });
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ onHand: 10, reserved: 0 });
    expect(refunded.json().events.map((e: any) => [e.type, e.from, e.to, e.note])).toEqual([
      ['created', null, 'pending', null],
      ['payment_captured', null, null, null],
      ['status_changed', 'pending', 'processing', 'packing'],
      ['status_changed', 'processing', 'completed', null],
      ['status_changed', 'completed', 'refunded', 'damaged in transit'],
    ]);
    for (const type of ['order.processing', 'order.completed', 'order.refunded']) expect(await outbox(type, o.id)).toHaveLength(1);
    const audit = (await t.app.inject({ method: 'GET', url: `/v1/admin/audit-logs?entityType=order&entityId=${o.id}`, headers: admin.auth })).json();
    expect(audit.items.map((e: any) => e.action).sort()).toEqual(['order.completed', 'order.processing', 'order.refunded']);
    const mv = (await t.app.inject({ method: 'GET', url: `/v1/admin/inventory/${p.skus[0]}/movements`, headers: staff.auth })).json();
    expect(mv.items.slice(0, 3).map((m: any) => [m.type, m.onHandDelta, m.reservedDelta, m.orderId])).toEqual([
      ['return', 3, 0, o.id],
      ['sale', -3, -3, o.id],
      ['reservation', 0, 3, o.id],
    ]);
    expect(await t.services.inventory.ledgerMismatches()).toEqual([]);
  });

  it('refuses invalid transitions with 409 invalid_transition naming from and to', async () => {
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 10 }]);
    const o = (await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }]))).json();
    const early = await act(staff, o.id, 'complete');
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'invalid_transition' });
    expect(early.json().detail).toContain('from pending to completed');
    expect((await act(staff, o.id, 'refund', { restock: false })).statusCode).toBe(409);
    expect((await act(staff, o.id, 'refund', {})).statusCode).toBe(400);
    expect((await act(staff, o.id, 'cancel', { note: 'out of paper' })).json()).toMatchObject({ status: 'cancelled' });
    const again = await act(staff, o.id, 'process');
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('from cancelled to processing');
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ onHand: 10, reserved: 0 });
    expect((await act(staff, '0190a3a0-0000-7000-8000-000000000000', 'process')).statusCode).toBe(404);
  });

  it('lets a customer cancel only a pending order, releasing its stock', async () => {
    const p = await makeProduct(t, admin, [{ price: 700, stock: 4 }]);
    const a = (await place(ann, orderBody([{ sku: p.skus[0], quantity: 2 }]))).json();
    const b = (await place(ann, orderBody([{ sku: p.skus[0], quantity: 2 }]))).json();
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ available: 0 });
    const cancel = await t.app.inject({ method: 'POST', url: `/v1/store/orders/${a.id}/cancel`, headers: ann.auth });
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json()).toMatchObject({ status: 'cancelled', payment: { status: 'cancelled' } });
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ reserved: 2, available: 2 });
    await act(staff, b.id, 'process');
    const late = await t.app.inject({ method: 'POST', url: `/v1/store/orders/${b.id}/cancel`, headers: ann.auth, payload: { note: 'changed my mind' } });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('invalid_transition');
    expect(await outbox('order.cancelled', a.id)).toEqual([expect.objectContaining({ from: 'pending', to: 'cancelled', userId: ann.id })]);
  });

  it('refuses to delete a product that appears in an order', async () => {
    const p = await makeProduct(t, admin, [{ price: 700, stock: 4 }]);
    await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }]));
    const del = await t.app.inject({ method: 'DELETE', url: `/v1/admin/products/${p.id}`, headers: admin.auth });
    expect(del.statusCode).toBe(409);
  });
});

describe('orders: Idempotency-Key', () => {
  it('replays the first response for the same key and body, and creates nothing more', async () => {
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 10 }]);
    const body = orderBody([{ sku: p.skus[0], quantity: 2 }]);
    const first = await place(ann, body, { 'idempotency-key': 'key-1' });
    expect(first.statusCode).toBe(201);
    const replay = await place(ann, body, { 'idempotency-key': 'key-1' });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ reserved: 2 });
    // Keys are per customer: Bob's key-1 is his own.
    const bobs = await place(bob, body, { 'idempotency-key': 'key-1' });
    expect(bobs.statusCode).toBe(201);
    expect(bobs.json().id).not.toBe(first.json().id);
    const reused = await place(ann, orderBody([{ sku: p.skus[0], quantity: 3 }]), { 'idempotency-key': 'key-1' });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('idempotency_key_reused');
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ reserved: 4 });
  });

  it('answers 409 idempotency_key_in_use while the first request runs, until its lease lapses', async () => {
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 10 }]);
    const body = orderBody([{ sku: p.skus[0], quantity: 1 }]);
    const now = t.clock.now();
    await t.platform.db
      .insertInto('orders.idempotency_keys')
      .values({ user_id: ann.id, key: 'busy', request_hash: requestHash(body as any), state: 'running', locked_until: new Date(now.getTime() + 60_000), created_at: now, expires_at: new Date(now.getTime() + 86_400_000) })
      .execute();
    const busy = await place(ann, body, { 'idempotency-key': 'busy' });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().code).toBe('idempotency_key_in_use');
    expect(busy.headers['retry-after']).toBe('60'); // when the holder's lease lapses
    t.clock.advance(61_000); // the first holder crashed: its lease runs out
    const taken = await place(ann, body, { 'idempotency-key': 'busy' });
    expect(taken.statusCode).toBe(201);
  });

  it('replays a business refusal too, and forgets keys after 24 h', async () => {
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 1 }]);
    const body = orderBody([{ sku: p.skus[0], quantity: 2 }]);
    const first = await place(ann, body, { 'idempotency-key': 'short' });
    expect(first.statusCode).toBe(409);
    await setStock(t, admin, p.skus[0], 5);
    const replay = await place(ann, body, { 'idempotency-key': 'short' });
    expect(replay.statusCode).toBe(409);
    expect(replay.json().code).toBe('insufficient_stock');
    t.clock.advance(24 * 60 * 60 * 1000 + 1000);
    ann = await relogin(ann);
    await setStock(t, await relogin(admin), p.skus[0], 5);
    const later = await place(ann, body, { 'idempotency-key': 'short' });
    expect(later.statusCode).toBe(201);
  });
});

describe('orders: points and delivery slots', () => {
  beforeAll(async () => {
    // The idempotency tests moved the clock a day on: fresh tokens.
    [admin, staff, ann, bob] = await Promise.all([admin, staff, ann, bob].map(relogin));
  });
  it('redeems points into the total and gives them back on cancel', async () => {
    const p = await makeProduct(t, admin, [{ price: 2000, stock: 5 }]);
    const cust = await t.login('customer');
    await t.services.payments.adjustPoints({ actor: { type: 'system', id: null }, principal: null, requestId: null, ip: null }, { userId: cust.id, delta: 1000, note: 'welcome' });
    const res = await place(cust, orderBody([{ sku: p.skus[0], quantity: 1 }], { pointsToRedeem: 300 }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ subtotal: 2000, shippingFee: 500, pointsRedeemed: 300, total: 2200, payment: { amount: 2200 } });
    expect((await t.app.inject({ method: 'GET', url: '/v1/me/points', headers: cust.auth })).json().balance).toBe(700);
    const over = await place(cust, orderBody([{ sku: p.skus[0], quantity: 1 }], { pointsToRedeem: 800 }));
    expect(over.statusCode).toBe(422);
    expect(over.json().code).toBe('insufficient_points');
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ reserved: 1 });
    await t.app.inject({ method: 'POST', url: `/v1/store/orders/${res.json().id}/cancel`, headers: cust.auth });
    expect((await t.app.inject({ method: 'GET', url: '/v1/me/points', headers: cust.auth })).json().balance).toBe(1000);
  });

  it('books a delivery slot at the zone fee, and refuses a full slot with 409 slot_full (nothing reserved)', async () => {
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 5 }]);
    const zone = await t.app.inject({ method: 'POST', url: '/v1/admin/delivery/zones', headers: admin.auth, payload: { name: 'Shibuya', postalCodePrefixes: ['150'], fee: 800, sameDay: false, sameDayCutoff: '14:00' } });
    expect(zone.statusCode).toBe(201);
    const date = new Date(t.clock.now().getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    const slot = await t.app.inject({ method: 'POST', url: '/v1/admin/delivery/slots', headers: admin.auth, payload: { zoneId: zone.json().id, date, startTime: '09:00', endTime: '12:00', capacity: 1 } });
    expect(slot.statusCode).toBe(201);
    const quoted = await place(bob, orderBody([{ sku: p.skus[0], quantity: 1 }]));
    expect(quoted.json()).toMatchObject({ shippingFee: 800, delivery: null });
    const booked = await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }], { deliverySlotId: slot.json().id }));
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({ shippingFee: 800, delivery: { slotId: slot.json().id, date, startTime: '09:00', endTime: '12:00' } });
    const full = await place(bob, orderBody([{ sku: p.skus[0], quantity: 1 }], { deliverySlotId: slot.json().id }));
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe('slot_full');
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ reserved: 2 });
    // Cancelling frees the slot for someone else.
    await act(staff, booked.json().id, 'cancel');
    expect((await place(bob, orderBody([{ sku: p.skus[0], quantity: 1 }], { deliverySlotId: slot.json().id }))).statusCode).toBe(201);
  });
});
