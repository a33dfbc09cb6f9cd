import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { addDays, localTime } from './rules';

let t: TestApp;
let admin: TestUser;
let staff: TestUser;
let customer: TestUser;

/** Moves the app clock forward to the next hh:mm (store time zone, Asia/Tokyo by default); signs staff in again (tokens expire with the clock). */
async function advanceTo(hhmm: string): Promise<void> {
  const now = t.clock.now();
  const { time } = localTime(now, 'Asia/Tokyo');
  const [h, m] = hhmm.split(':').map(Number);
  const [ch, cm] = time.split(':').map(Number);
  let minutes = h * 60 + m - (ch * 60 + cm);
  if (minutes <= 0) minutes += 24 * 60;
  t.clock.advance(minutes * 60_000 - now.getUTCSeconds() * 1000 - now.getUTCMilliseconds());
  staff = await t.login('staff');
}
const today = () => localTime(t.clock.now(), 'Asia/Tokyo').date;

beforeAll(async () => {
  t = await createTestApp();
  [admin, staff, customer] = await Promise.all([t.login('admin'), t.login('staff'), t.login('customer')]);
});
afterAll(() => t?.dispose());

const zoneBody = (over: Record<string, unknown> = {}) => ({ name: 'Chiyoda', postalCodePrefixes: ['100-', '101'], fee: 700, sameDay: true, sameDayCutoff: '14:00', ...over });

async function createZone(over: Record<string, unknown> = {}) {
  const res = await t.app.inject({ method: 'POST', url: '/v1/admin/delivery/zones', headers: staff.auth, payload: zoneBody(over) });
  expect(res.statusCode).toBe(201);
  return res.json();
}

async function createSlot(zoneId: string, date: string, over: Record<string, unknown> = {}) {
  const res = await t.app.inject({ method: 'POST', url: '/v1/admin/delivery/slots', headers: staff.auth, payload: { zoneId, date, startTime: '15:00', endTime: '18:00', capacity: 3, ...over } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function apiKey(scopes: string[]) {
  const res = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: admin.auth, payload: { name: `k-${scopes.join('-')}`, scopes } });
  expect(res.statusCode).toBe(201);
  return { 'x-api-key': res.json().key };
}

describe('delivery zones (admin)', () => {
  it('creates a zone with normalised prefixes, an ETag and an audit entry', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/admin/delivery/zones', headers: staff.auth, payload: zoneBody() });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const zone = res.json();
    expect(zone).toMatchObject({ name: 'Chiyoda', postalCodePrefixes: ['100', '101'], fee: 700, sameDay: true, sameDayCutoff: '14:00', area: null, version: 1 });
    const audit = await t.app.inject({ method: 'GET', url: `/v1/admin/audit-logs?entityId=${zone.id}`, headers: admin.auth });
    expect(audit.json().items[0]).toMatchObject({ action: 'delivery_zone.created', entityType: 'delivery_zone' });
    const got = await t.app.inject({ method: 'GET', url: `/v1/admin/delivery/zones/${zone.id}`, headers: staff.auth });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(zone);
  });

  it('lists zones with cursor pagination', async () => {
    await createZone({ name: 'A' });
    await createZone({ name: 'B' });
    const first = await t.app.inject({ method: 'GET', url: '/v1/admin/delivery/zones?limit=1', headers: staff.auth });
    expect(first.statusCode).toBe(200);
    expect(first.json().items).toHaveLength(1);
    const next = await t.app.inject({ method: 'GET', url: `/v1/admin/delivery/zones?limit=1&cursor=${first.json().nextCursor}`, headers: staff.auth });
    expect(next.json().items[0].id).not.toBe(first.json().items[0].id);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/delivery/zones?limit=101', headers: staff.auth })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/delivery/zones?cursor=nonsense', headers: staff.auth })).json().code).toBe('validation_failed');
  });

  it('patches with If-Match and answers 412 on a stale version', async () => {
    const zone = await createZone();
    const ok = await t.app.inject({ method: 'PATCH', url: `/v1/admin/delivery/zones/${zone.id}`, headers: { ...staff.auth, 'if-match': '"1"' }, payload: { fee: 900, sameDayCutoff: '12:30' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ fee: 900, sameDayCutoff: '12:30', version: 2 });
    expect(ok.headers.etag).toBe('"2"');
    const stale = await t.app.inject({ method: 'PATCH', url: `/v1/admin/delivery/zones/${zone.id}`, headers: { ...staff.auth, 'if-match': '"1"' }, payload: { fee: 1 } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('precondition_failed');
    expect((await t.app.inject({ method: 'PATCH', url: `/v1/admin/delivery/zones/${zone.id}`, headers: staff.auth, payload: {} })).statusCode).toBe(400);
  });

  it('validates input: cutoff format, fee, unknown fields, GeoJSON areas', async () => {
    const bad = async (payload: unknown) => t.app.inject({ method: 'POST', url: '/v1/admin/delivery/zones', headers: staff.auth, payload: payload as object });
    for (const payload of [zoneBody({ sameDayCutoff: '25:00' }), zoneBody({ fee: -1 }), zoneBody({ fee: 1.5 }), zoneBody({ postalCodePrefixes: [] }), zoneBody({ colour: 'red' }), zoneBody({ postalCodePrefixes: ['--'] })]) {
      const res = await bad(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    const open = await bad(zoneBody({ area: { type: 'Polygon', coordinates: [[[139.7, 35.6], [139.8, 35.6], [139.8, 35.7], [139.7, 35.7]]] } }));
    expect(open.statusCode).toBe(400);
    expect(open.json().errors[0]).toMatchObject({ path: 'area/coordinates/0' });
    const point = await bad(zoneBody({ area: { type: 'Point', coordinates: [139.7, 35.6] } }));
    expect(point.statusCode).toBe(400);
    const area = { type: 'Polygon', coordinates: [[[139.7, 35.6], [139.8, 35.6], [139.8, 35.7], [139.7, 35.7], [139.7, 35.6]]] };
    const good = await bad(zoneBody({ area }));
    expect(good.statusCode).toBe(201);
    expect(good.json().area).toEqual(area);
  });

  it('deletes a zone (204, then 404) and 404s unknown ids', async () => {
    const zone = await createZone();
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/admin/delivery/zones/${zone.id}`, headers: staff.auth })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/delivery/zones/${zone.id}`, headers: staff.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/admin/delivery/zones/${zone.id}`, headers: staff.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/delivery/zones/not-a-uuid', headers: staff.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PATCH', url: `/v1/admin/delivery/zones/${uuidv7()}`, headers: staff.auth, payload: { fee: 1 } })).statusCode).toBe(404);
  });

  it('refuses to delete a zone with upcoming bookings (409)', async () => {
    const zone = await createZone({ postalCodePrefixes: ['9990'] });
    const slot = await createSlot(zone.id, addDays(today(), 2));
    await t.platform.db.transaction().execute((tx) => t.services.delivery.bookSlot(tx, { slotId: slot.id, orderId: uuidv7(), postalCode: '999-0001' }));
    const res = await t.app.inject({ method: 'DELETE', url: `/v1/admin/delivery/zones/${zone.id}`, headers: staff.auth });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('conflict');
  });

  it('guards every admin route: 401 without a token, 403 for customers and wrong API-key scopes', async () => {
    const zone = await createZone();
    const slot = await createSlot(zone.id, addDays(today(), 3));
    const routes: [string, string, object?][] = [
      ['POST', '/v1/admin/delivery/zones', zoneBody()],
      ['GET', '/v1/admin/delivery/zones'],
      ['GET', `/v1/admin/delivery/zones/${zone.id}`],
      ['PATCH', `/v1/admin/delivery/zones/${zone.id}`, { fee: 1 }],
      ['DELETE', `/v1/admin/delivery/zones/${zone.id}`],
      ['POST', '/v1/admin/delivery/slots', { zoneId: zone.id, date: addDays(today(), 4), startTime: '09:00', endTime: '12:00', capacity: 1 }],
      ['GET', '/v1/admin/delivery/slots'],
      ['GET', `/v1/admin/delivery/slots/${slot.id}`],
      ['PATCH', `/v1/admin/delivery/slots/${slot.id}`, { capacity: 5 }],
      ['DELETE', `/v1/admin/delivery/slots/${slot.id}`],
      ['POST', `/v1/admin/orders/${uuidv7()}/shipments`, { carrier: 'Yamato', trackingNumber: '1234' }],
      ['GET', `/v1/admin/orders/${uuidv7()}/shipments`],
      ['GET', `/v1/admin/shipments/${uuidv7()}`],
      ['POST', `/v1/admin/shipments/${uuidv7()}/events`, { status: 'in_transit' }],
    ];
    const wrongKey = await apiKey(['catalog:write']);
    const readKey = await apiKey(['orders:read']);
    for (const [method, url, payload] of routes) {
      const none = await t.app.inject({ method: method as 'GET', url, payload });
      expect(none.statusCode, `${method} ${url}`).toBe(401);
      const cust = await t.app.inject({ method: method as 'GET', url, payload, headers: customer.auth });
      expect(cust.statusCode, `${method} ${url}`).toBe(403);
      expect(cust.json().code).toBe('forbidden');
      const key = await t.app.inject({ method: method as 'GET', url, payload, headers: wrongKey });
      expect(key.statusCode, `${method} ${url}`).toBe(403);
      const read = await t.app.inject({ method: method as 'GET', url, payload, headers: readKey });
      if (method === 'GET') expect(read.statusCode, `${method} ${url}`).not.toBe(403);
      else expect(read.statusCode, `${method} ${url}`).toBe(403);
    }
    const writeKey = await apiKey(['orders:write']);
    const byKey = await t.app.inject({ method: 'POST', url: '/v1/admin/delivery/zones', headers: writeKey, payload: zoneBody({ name: 'By key' }) });
    expect(byKey.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: `/v1/store/orders/${uuidv7()}/tracking` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/v1/store/orders/${uuidv7()}/tracking`, headers: writeKey })).statusCode).toBe(403);
  });
});

describe('delivery slots', () => {
  it('creates slots and lists them with booked, filtered by zone and date', async () => {
    const zone = await createZone({ postalCodePrefixes: ['5300'] });
    const date = addDays(today(), 2);
    const a = await createSlot(zone.id, date, { startTime: '09:00', endTime: '12:00' });
    const b = await createSlot(zone.id, date, { startTime: '12:00', endTime: '15:00' });
    await createSlot(zone.id, addDays(date, 1));
    expect(a).toMatchObject({ zoneId: zone.id, date, startTime: '09:00', endTime: '12:00', capacity: 3, booked: 0 });
    await t.platform.db.transaction().execute((tx) => t.services.delivery.bookSlot(tx, { slotId: b.id, orderId: uuidv7(), postalCode: '530-0001' }));
    const res = await t.app.inject({ method: 'GET', url: `/v1/admin/delivery/slots?zoneId=${zone.id}&date=${date}`, headers: staff.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((s: any) => [s.startTime, s.booked])).toEqual([['09:00', 0], ['12:00', 1]]);
    const paged = await t.app.inject({ method: 'GET', url: `/v1/admin/delivery/slots?zoneId=${zone.id}&limit=2`, headers: staff.auth });
    expect(paged.json().items).toHaveLength(2);
    const rest = await t.app.inject({ method: 'GET', url: `/v1/admin/delivery/slots?zoneId=${zone.id}&limit=2&cursor=${paged.json().nextCursor}`, headers: staff.auth });
    expect(rest.json()).toMatchObject({ items: [{ date: addDays(date, 1) }], nextCursor: null });
  });

  it('rejects bad slots: duplicate 409, unknown zone 422, impossible date 400, window 400, past 422', async () => {
    const zone = await createZone();
    const date = addDays(today(), 1);
    await createSlot(zone.id, date);
    const post = (payload: object) => t.app.inject({ method: 'POST', url: '/v1/admin/delivery/slots', headers: staff.auth, payload });
    const dup = await post({ zoneId: zone.id, date, startTime: '15:00', endTime: '17:00', capacity: 1 });
    expect([dup.statusCode, dup.json().code]).toEqual([409, 'conflict']);
    const unknown = await post({ zoneId: uuidv7(), date, startTime: '09:00', endTime: '12:00', capacity: 1 });
    expect([unknown.statusCode, unknown.json().code]).toEqual([422, 'unprocessable']);
    const feb30 = await post({ zoneId: zone.id, date: '2031-02-30', startTime: '09:00', endTime: '12:00', capacity: 1 });
    expect([feb30.statusCode, feb30.json().code]).toEqual([400, 'validation_failed']);
    const window = await post({ zoneId: zone.id, date, startTime: '12:00', endTime: '09:00', capacity: 1 });
    expect(window.statusCode).toBe(400);
    const past = await post({ zoneId: zone.id, date: addDays(today(), -1), startTime: '09:00', endTime: '12:00', capacity: 1 });
    expect(past.statusCode).toBe(422);
    const negative = await post({ zoneId: zone.id, date, startTime: '09:00', endTime: '12:00', capacity: -1 });
    expect(negative.statusCode).toBe(400);
  });

  it('changes capacity (never below booked) and deletes only unbooked slots', async () => {
    const zone = await createZone({ postalCodePrefixes: ['8100'] });
    const slot = await createSlot(zone.id, addDays(today(), 1), { capacity: 2 });
    await t.platform.db.transaction().execute((tx) => t.services.delivery.bookSlot(tx, { slotId: slot.id, orderId: uuidv7(), postalCode: '810-0001' }));
    const patch = (capacity: number) => t.app.inject({ method: 'PATCH', url: `/v1/admin/delivery/slots/${slot.id}`, headers: staff.auth, payload: { capacity } });
    expect((await patch(0)).statusCode).toBe(409);
    const ok = await patch(1);
    expect(ok.json()).toMatchObject({ capacity: 1, booked: 1 });
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/admin/delivery/slots/${slot.id}`, headers: staff.auth })).statusCode).toBe(409);
    const spare = await createSlot(zone.id, addDays(today(), 1), { startTime: '09:00', endTime: '11:00' });
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/admin/delivery/slots/${spare.id}`, headers: staff.auth })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/delivery/slots/${spare.id}`, headers: staff.auth })).statusCode).toBe(404);
  });
});

describe('storefront slots, fees and booking', () => {
  it('shows open slots for a postal code with remaining and the zone fee; longest prefix wins', async () => {
    const wide = await createZone({ name: 'Osaka', postalCodePrefixes: ['53'], fee: 800, sameDay: false });
    const narrow = await createZone({ name: 'Umeda', postalCodePrefixes: ['530-00'], fee: 500, sameDay: false });
    const date = addDays(today(), 5);
    const wideSlot = await createSlot(wide.id, date);
    const narrowSlot = await createSlot(narrow.id, date, { capacity: 2 });
    await t.platform.db.transaction().execute((tx) => t.services.delivery.bookSlot(tx, { slotId: narrowSlot.id, orderId: uuidv7(), postalCode: '530-0011' }));
    const res = await t.app.inject({ method: 'GET', url: '/v1/store/delivery/slots?postalCode=530-0011' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([{ id: narrowSlot.id, zoneId: narrow.id, date, startTime: '15:00', endTime: '18:00', remaining: 1, fee: 500 }]);
    const other = await t.app.inject({ method: 'GET', url: '/v1/store/delivery/slots?postalCode=5310001' });
    expect(other.json().items.map((s: any) => [s.id, s.fee])).toEqual([[wideSlot.id, 800]]);
    expect(await t.services.delivery.quoteFee(t.platform.db, '530-0011')).toBe(500);
    expect(await t.services.delivery.quoteFee(t.platform.db, '531-0001')).toBe(800);
    expect(await t.services.delivery.quoteFee(t.platform.db, '060-0001')).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: '/v1/store/delivery/slots?postalCode=060-0001' })).json()).toEqual({ items: [], nextCursor: null });
    expect((await t.app.inject({ method: 'GET', url: '/v1/store/delivery/slots' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/v1/store/delivery/slots?postalCode=%3Cscript%3E' })).statusCode).toBe(400);
  });

  it('hides full slots and closes same-day slots at the cutoff (store time zone, injectable clock)', async () => {
    await advanceTo('10:00');
    const zone = await createZone({ name: 'Same day', postalCodePrefixes: ['1500'], fee: 900, sameDay: true, sameDayCutoff: '14:00' });
    const standard = await createZone({ name: 'Standard', postalCodePrefixes: ['1510'], fee: 600, sameDay: false });
    const d0 = today();
    const morning = await createSlot(zone.id, d0, { startTime: '09:00', endTime: '11:00' });
    const evening = await createSlot(zone.id, d0, { startTime: '18:00', endTime: '21:00' });
    const tomorrow = await createSlot(zone.id, addDays(d0, 1));
    const full = await createSlot(zone.id, addDays(d0, 1), { startTime: '09:00', endTime: '12:00', capacity: 1 });
    const standardToday = await createSlot(standard.id, d0);
    await t.platform.db.transaction().execute((tx) => t.services.delivery.bookSlot(tx, { slotId: full.id, orderId: uuidv7(), postalCode: '150-0001' }));
    const ids = async (postalCode: string) => (await t.app.inject({ method: 'GET', url: `/v1/store/delivery/slots?postalCode=${postalCode}` })).json().items.map((s: any) => s.id);

    expect(await ids('150-0001')).toEqual([morning.id, evening.id, tomorrow.id]);
    expect(await ids('151-0001')).toEqual([]);
    await expect(t.platform.db.transaction().execute((tx) => t.services.delivery.bookSlot(tx, { slotId: standardToday.id, orderId: uuidv7(), postalCode: '151-0001' }))).rejects.toMatchObject({ code: 'unprocessable' });

    t.clock.advance(90 * 60_000); // 11:30: the morning slot has ended
    expect(await ids('150-0001')).toEqual([evening.id, tomorrow.id]);
    t.clock.advance(150 * 60_000); // 14:00: the cutoff
    expect(await ids('150-0001')).toEqual([tomorrow.id]);
    await expect(t.platform.db.transaction().execute((tx) => t.services.delivery.bookSlot(tx, { slotId: evening.id, orderId: uuidv7(), postalCode: '150-0001' }))).rejects.toMatchObject({ code: 'unprocessable', detail: expect.stringMatching(/close at 14:00/) });
    t.clock.advance(24 * 3600_000); // the next day: yesterday's slots are past
    expect(await ids('150-0001')).toEqual([]);
    staff = await t.login('staff');
  });

  it('books atomically: wrong postal code 422, unknown slot 422, full 409; release frees the capacity', async () => {
    const zone = await createZone({ postalCodePrefixes: ['0600'], fee: 1200, sameDay: false });
    const slot = await createSlot(zone.id, addDays(today(), 2), { capacity: 1 });
    const book = (orderId: string, postalCode = '060-0001', slotId = slot.id) => t.platform.db.transaction().execute((tx) => t.services.delivery.bookSlot(tx, { slotId, orderId, postalCode }));
    await expect(book(uuidv7(), '100-0001')).rejects.toMatchObject({ code: 'unprocessable' });
    await expect(book(uuidv7(), '060-0001', uuidv7())).rejects.toMatchObject({ code: 'unprocessable' });
    const first = uuidv7();
    expect(await book(first)).toEqual({ slotId: slot.id, date: slot.date, startTime: '15:00', endTime: '18:00', fee: 1200 });
    await expect(book(uuidv7())).rejects.toMatchObject({ code: 'slot_full' });
    const map = await t.services.delivery.getForOrders(t.platform.db, [first, uuidv7()]);
    expect([...map.entries()]).toEqual([[first, { slotId: slot.id, date: slot.date, startTime: '15:00', endTime: '18:00' }]]);
    await t.platform.db.transaction().execute((tx) => t.services.delivery.releaseSlot(tx, first));
    await t.platform.db.transaction().execute((tx) => t.services.delivery.releaseSlot(tx, first)); // idempotent
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/delivery/slots/${slot.id}`, headers: staff.auth })).json().booked).toBe(0);
    await book(uuidv7());
  });

  it('never overbooks: 20 concurrent transactions race for a slot of capacity 1', async () => {
    const zone = await createZone({ postalCodePrefixes: ['7000'], sameDay: false });
    const slot = await createSlot(zone.id, addDays(today(), 2), { capacity: 1 });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => t.platform.db.transaction().execute((tx) => t.services.delivery.bookSlot(tx, { slotId: slot.id, orderId: uuidv7(), postalCode: '700-0001' }))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.map((r) => r.reason.code)).toEqual(Array(19).fill('slot_full'));
    expect((await t.services.delivery.getSlot(slot.id)).booked).toBe(1);
  });
});

describe('demo data', () => {
  it('seeds believable zones and a week of slots once', async () => {
    const fresh = await createTestApp();
    try {
      const { seedDemoDelivery } = await import('./demo');
      const sys = { actor: { type: 'system' as const, id: null }, principal: null, requestId: null, ip: null };
      const first = await seedDemoDelivery(fresh.services.delivery, sys, { now: fresh.clock.now(), timeZone: 'Asia/Tokyo' });
      expect(first.zones).toBe(4);
      expect(first.slots).toBe(5 * 7 + 3 * 5 * 6);
      expect(await seedDemoDelivery(fresh.services.delivery, sys, { now: fresh.clock.now(), timeZone: 'Asia/Tokyo' })).toEqual({ zones: 0, slots: 0 });
      expect(await fresh.services.delivery.quoteFee(fresh.platform.db, '100-0001')).toBe(500);
      expect(await fresh.services.delivery.quoteFee(fresh.platform.db, '160-0022')).toBe(700);
      const open = await fresh.app.inject({ method: 'GET', url: '/v1/store/delivery/slots?postalCode=160-0022' });
      expect(open.json().items.length).toBeGreaterThanOrEqual(25);
    } finally {
      await fresh.dispose();
    }
  });
});
