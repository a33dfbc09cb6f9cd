import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { ADDRESS, makeProduct, orderBody, stockOf } from '../helpers/order-fixtures';
import { addDays, localTime } from '../../src/modules/delivery/rules';
import { signedHeaders } from '../../src/modules/webhooks/incoming';
import { createTestApp, type TestApp, type TestUser } from '../helpers/app';

/**
 * Payments and delivery through real order placement: slot races, zone fees, konbini slips that
 * are paid or expire, points earned/redeemed/returned/taken back, shipments and tracking.
 */
const SECRET = 'konbini-e2e-secret';
const HOUR = 3600_000;
let t: TestApp;
let admin: TestUser;
let staff: TestUser;
let zone: { id: string };

beforeAll(async () => {
  t = await createTestApp({ KONBINI_WEBHOOK_SECRET: SECRET });
  [admin, staff] = await Promise.all([t.login('admin'), t.login('staff')]);
  // ADDRESS is in Shibuya (150-0001): a zone with its own fee covers it.
  const res = await t.app.inject({ method: 'POST', url: '/v1/admin/delivery/zones', headers: staff.auth, payload: { name: 'Shibuya', postalCodePrefixes: ['150'], fee: 650, sameDay: false, sameDayCutoff: '14:00' } });
  expect(res.statusCode).toBe(201);
  zone = res.json();
});
afterAll(() => t?.dispose());

const today = () => localTime(t.clock.now(), 'Asia/Tokyo').date;
const place = (user: TestUser, body: object) => t.app.inject({ method: 'POST', url: '/v1/store/orders', headers: user.auth, payload: body });
const act = (id: string, action: string, payload?: object) => t.app.inject({ method: 'POST', url: `/v1/admin/orders/${id}/${action}`, headers: admin.auth, payload });
const balance = async (user: TestUser) => (await t.app.inject({ method: 'GET', url: '/v1/me/points', headers: user.auth })).json();
const order = async (id: string) => (await t.app.inject({ method: 'GET', url: `/v1/admin/orders/${id}`, headers: admin.auth })).json();

async function slot(capacity: number, date = addDays(today(), 2), startTime = '09:00') {
  const res = await t.app.inject({ method: 'POST', url: '/v1/admin/delivery/slots', headers: staff.auth, payload: { zoneId: zone.id, date, startTime, endTime: '12:00', capacity } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

function notify(body: object) {
  const raw = JSON.stringify(body);
  const headers = signedHeaders(SECRET, raw, { timestamp: Math.floor(t.clock.now().getTime() / 1000) });
  return t.app.inject({ method: 'POST', url: '/v1/payments/konbini/notify', headers: { 'content-type': 'application/json', ...headers }, payload: raw });
}

async function relogin(...users: TestUser[]) {
  for (const u of users) {
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: u.email, password: u.password } });
    u.auth = { authorization: `Bearer ${res.json().accessToken}` };
  }
}

describe('delivery through orders', () => {
  it("the zone's fee replaces the flat shipping fee; the booked slot shows on the order", async () => {
    const ann = await t.login('customer');
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 10 }]);
    const s = await slot(5, addDays(today(), 3));
    const plain = await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }]));
    expect(plain.statusCode, plain.body).toBe(201);
    expect(plain.json()).toMatchObject({ subtotal: 1000, shippingFee: 650, total: 1650, delivery: null });
    const booked = await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }], { deliverySlotId: s.id }));
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({ shippingFee: 650, delivery: { slotId: s.id, date: s.date, startTime: '09:00', endTime: '12:00' } });
    const elsewhere = await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }], { shippingAddress: { ...ADDRESS, postalCode: '900-0001' }, deliverySlotId: s.id }));
    expect(elsewhere.statusCode).toBe(422);
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ reserved: 2 });
  });

  it('a slot with capacity 1 raced by 20 customers: exactly one order gets it, the rest 409 slot_full, no 5xx', async () => {
    const p = await makeProduct(t, admin, [{ price: 1500, stock: 100 }]);
    const s = await slot(1, addDays(today(), 4));
    const customers = await Promise.all(Array.from({ length: 20 }, () => t.login('customer')));
    const results = await Promise.all(customers.map((c) => place(c, orderBody([{ sku: p.skus[0], quantity: 1 }], { deliverySlotId: s.id }))));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, ...Array(19).fill(409)]);
    expect(results.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'slot_full')).toBe(true);
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ onHand: 100, reserved: 1 });
    const slots = (await t.app.inject({ method: 'GET', url: `/v1/admin/delivery/slots?zoneId=${zone.id}&date=${s.date}`, headers: staff.auth })).json();
    expect(slots.items.find((x: any) => x.id === s.id).booked).toBe(1);
    expect((await t.app.inject({ method: 'GET', url: '/v1/store/delivery/slots?postalCode=150-0001' })).json().items.map((x: any) => x.id)).not.toContain(s.id);

    // Cancelling the winner frees the slot for someone else.
    const winner = results.find((r) => r.statusCode === 201)!.json();
    expect((await act(winner.id, 'cancel')).statusCode).toBe(200);
    const open = (await t.app.inject({ method: 'GET', url: '/v1/store/delivery/slots?postalCode=150-0001' })).json().items.find((x: any) => x.id === s.id);
    expect(open).toMatchObject({ remaining: 1, fee: 650 });
    const loser = customers[results.findIndex((r) => r.statusCode === 409)];
    expect((await place(loser, orderBody([{ sku: p.skus[0], quantity: 1 }], { deliverySlotId: s.id }))).statusCode).toBe(201);
  });

  it('shipments: created and tracked by staff, seen by the owner only; events recorded', async () => {
    const ann = await t.login('customer');
    const bob = await t.login('customer');
    const p = await makeProduct(t, admin, [{ price: 2000, stock: 5 }]);
    const s = await slot(3, addDays(today(), 5));
    const o = (await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }], { deliverySlotId: s.id, paymentMethod: 'cod' }))).json();
    expect((await act(o.id, 'process')).statusCode).toBe(200);

    const ship = await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${o.id}/shipments`, headers: staff.auth, payload: { carrier: 'Yamato Transport', trackingNumber: '4321-8765-0001' } });
    expect(ship.statusCode, ship.body).toBe(201);
    const shipment = ship.json();
    expect(shipment).toMatchObject({ orderId: o.id, carrier: 'Yamato Transport', trackingNumber: '4321-8765-0001', status: 'created', events: [{ status: 'created', note: null }] });
    const dup = await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${o.id}/shipments`, headers: staff.auth, payload: { carrier: 'Yamato Transport', trackingNumber: '4321-8765-0001' } });
    expect([dup.statusCode, dup.json().code]).toEqual([409, 'conflict']);

    const event = (status: string, note?: string) => t.app.inject({ method: 'POST', url: `/v1/admin/shipments/${shipment.id}/events`, headers: staff.auth, payload: note ? { status, note } : { status } });
    expect((await event('in_transit', 'Left the Haneda hub')).statusCode).toBe(201);
    expect((await event('out_for_delivery')).statusCode).toBe(201);
    const delivered = await event('delivered', 'Handed to the customer');
    expect(delivered.statusCode).toBe(201);
    expect(delivered.json()).toMatchObject({ status: 'delivered', events: [{ status: 'created' }, { status: 'in_transit', note: 'Left the Haneda hub' }, { status: 'out_for_delivery' }, { status: 'delivered' }] });
    const after = await event('in_transit');
    expect([after.statusCode, after.json().code]).toEqual([409, 'invalid_transition']);
    expect((await event('created')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: `/v1/admin/shipments/${uuidv7()}/events`, headers: staff.auth, payload: { status: 'in_transit' } })).statusCode).toBe(404);

    const events = (await sql<{ type: string; data: any }>`select type, data from events.outbox where aggregate_id = ${shipment.id} order by seq`.execute(t.platform.db)).rows;
    expect(events.map((e) => [e.type, e.data.status])).toEqual([['shipment.created', 'created'], ['shipment.updated', 'in_transit'], ['shipment.updated', 'out_for_delivery'], ['shipment.updated', 'delivered']]);
    expect(events[0].data).toMatchObject({ orderId: o.id, userId: ann.id, shipmentId: shipment.id });
    const audit = (await t.app.inject({ method: 'GET', url: `/v1/admin/audit-logs?entityType=shipment&entityId=${shipment.id}`, headers: admin.auth })).json();
    expect(audit.items).toHaveLength(4);

    const tracking = await t.app.inject({ method: 'GET', url: `/v1/store/orders/${o.id}/tracking`, headers: ann.auth });
    expect(tracking.statusCode).toBe(200);
    expect(tracking.json()).toMatchObject({ orderId: o.id, orderStatus: 'processing', delivery: { slotId: s.id, date: s.date }, shipments: [{ id: shipment.id, status: 'delivered', events: expect.any(Array) }] });
    expect((await t.app.inject({ method: 'GET', url: `/v1/store/orders/${o.id}/tracking`, headers: bob.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/v1/store/orders/${uuidv7()}/tracking`, headers: ann.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/orders/${o.id}/shipments`, headers: staff.auth })).json().items).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/shipments/${shipment.id}`, headers: staff.auth })).json().status).toBe('delivered');

    // No shipping for unknown or cancelled orders.
    expect((await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${uuidv7()}/shipments`, headers: staff.auth, payload: { carrier: 'Sagawa', trackingNumber: '1' } })).statusCode).toBe(404);
    const cancelled = (await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }]))).json();
    expect((await act(cancelled.id, 'cancel')).statusCode).toBe(200);
    const refused = await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${cancelled.id}/shipments`, headers: staff.auth, payload: { carrier: 'Sagawa', trackingNumber: '2' } });
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'invalid_transition']);
  });
});

describe('payments through orders', () => {
  it('konbini: a signed notification pays the order; an unpaid slip expires, cancelling the order and releasing its stock', async () => {
    const ann = await t.login('customer');
    const p = await makeProduct(t, admin, [{ price: 3000, stock: 10 }]);
    const paid = (await place(ann, orderBody([{ sku: p.skus[0], quantity: 2 }]))).json();
    const unpaid = (await place(ann, orderBody([{ sku: p.skus[0], quantity: 3 }]))).json();
    expect(unpaid.payment).toMatchObject({ method: 'konbini', status: 'pending', amount: 9000, konbini: { paymentNumber: expect.any(String) } });
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ onHand: 10, reserved: 5 });

    const wrong = await notify({ orderId: paid.id, paymentNumber: paid.payment.konbini.paymentNumber, amount: paid.total - 1 });
    expect(wrong.statusCode).toBe(422);
    const ok = await notify({ orderId: paid.id, paymentNumber: paid.payment.konbini.paymentNumber, amount: paid.total });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await order(paid.id)).payment.status).toBe('paid');

    t.clock.advance(72 * HOUR + 60_000);
    expect(await t.services.orders.expireDue()).toBeGreaterThanOrEqual(1);
    await relogin(admin, staff, ann);
    const expired = await order(unpaid.id);
    expect(expired).toMatchObject({ status: 'cancelled', payment: { status: 'cancelled' } });
    expect((await order(paid.id)).status).toBe('pending');
    expect(await stockOf(t, admin, p.skus[0])).toMatchObject({ onHand: 10, reserved: 2 });
    const late = await notify({ orderId: unpaid.id, paymentNumber: unpaid.payment.konbini.paymentNumber, amount: unpaid.total });
    expect(late.statusCode).toBe(409);
  });

  it('points round trip: earn on completion, redeem at checkout, cancel gives back, refund takes back', async () => {
    const ann = await t.login('customer');
    const p = await makeProduct(t, admin, [{ price: 10_000, stock: 10 }, { price: 100, stock: 10 }]);
    // 10,000 + free shipping (≥ 5,000) = 10,000 → 100 points at the default 1 %.
    const first = (await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }], { paymentMethod: 'bank_transfer' }))).json();
    expect(first.total).toBe(10_000);
    expect((await act(first.id, 'payments/capture')).statusCode).toBe(200);
    expect((await act(first.id, 'process')).statusCode).toBe(200);
    expect((await act(first.id, 'complete')).statusCode).toBe(200);
    expect((await balance(ann)).balance).toBe(100);

    const tooMany = await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }], { pointsToRedeem: 101 }));
    expect([tooMany.statusCode, tooMany.json().code]).toEqual([422, 'insufficient_points']);
    const redeeming = await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }], { pointsToRedeem: 80 }));
    expect(redeeming.statusCode).toBe(201);
    expect(redeeming.json()).toMatchObject({ pointsRedeemed: 80, total: 10_000 - 80, payment: { amount: 9920 } });
    expect((await balance(ann)).balance).toBe(20);
    expect((await act(redeeming.json().id, 'cancel')).statusCode).toBe(200);
    expect((await balance(ann)).balance).toBe(100);

    // Pay a small order entirely with points (100 + 650 shipping = 750 > balance, so redeem only what fits).
    const small = await place(ann, orderBody([{ sku: p.skus[1], quantity: 1 }], { paymentMethod: 'points', pointsToRedeem: 100 }));
    expect([small.statusCode, small.json().code]).toEqual([422, 'insufficient_points']);
    expect((await balance(ann)).balance).toBe(100);

    // Spend 90, then refund the order that earned 100: only the 10 left can be taken back.
    const spend = (await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }], { pointsToRedeem: 90 }))).json();
    expect(spend.pointsRedeemed).toBe(90);
    expect((await act(first.id, 'refund', { restock: true })).statusCode).toBe(200);
    const view = await balance(ann);
    expect(view.balance).toBe(0);
    expect(view.entries[0]).toMatchObject({ reason: 'earned_reversed', delta: -10, shortfall: 90, orderId: first.id });
    const refundedPayment = (await t.app.inject({ method: 'GET', url: `/v1/admin/orders/${first.id}/payment`, headers: staff.auth })).json();
    expect(refundedPayment).toMatchObject({ status: 'refunded', refunds: [{ amount: 10_000, reason: 'order_refunded' }] });
    expect(await t.services.payments.checkLedger(t.platform.db, ann.id)).toEqual({ balance: 0, ledgerSum: 0 });
  });
});
