import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { SYSTEM_ACTOR } from '../../platform/core/context';

let t: TestApp;
let admin: TestUser;
let staff: TestUser;
let customer: TestUser;
let n = 0;

async function newSku(onHand = 0, productId = `p-${++n}`): Promise<string> {
  const sku = `INV-${Date.now().toString(36)}-${++n}`;
  await t.platform.db.transaction().execute((tx) => t.services.inventory.ensureStock(tx, [{ sku, productId }]));
  if (onHand > 0) {
    const res = await t.app.inject({ method: 'POST', url: `/v1/admin/inventory/${sku}/adjustments`, headers: admin.auth, payload: { delta: onHand, reason: 'restock' } });
    expect(res.statusCode).toBe(200);
  }
  return sku;
}

const reserve = (sku: string, quantity: number, orderId = 'order-1') =>
  t.platform.db.transaction().execute((tx) => t.services.inventory.reserve(tx, [{ sku, quantity }], { orderId, actor: SYSTEM_ACTOR }));

async function events(type: string, sku: string) {
  const rows = await sql<{ data: any }>`select data from events.outbox where type = ${type} and aggregate_id = ${sku} order by seq`.execute(t.platform.db);
  return rows.rows.map((r) => r.data);
}

async function apiKey(scopes: string[]): Promise<Record<string, string>> {
  const res = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: admin.auth, payload: { name: `k-${scopes.join('-')}`, scopes } });
  expect(res.statusCode).toBe(201);
  return { 'x-api-key': res.json().key };
}

beforeAll(async () => {
  t = await createTestApp();
  [admin, staff, customer] = await Promise.all([t.login('admin'), t.login('staff'), t.login('customer')]);
});
afterAll(() => t?.dispose());

describe('inventory: access', () => {
  it('answers 401 without credentials, 403 for customers, and honours API-key scopes', async () => {
    const sku = await newSku(3);
    const routes = [
      { method: 'GET' as const, url: '/v1/admin/inventory', write: false },
      { method: 'GET' as const, url: `/v1/admin/inventory/${sku}`, write: false },
      { method: 'GET' as const, url: `/v1/admin/inventory/${sku}/movements`, write: false },
      { method: 'POST' as const, url: `/v1/admin/inventory/${sku}/adjustments`, write: true, payload: { delta: 1, reason: 'restock' } },
      { method: 'PUT' as const, url: `/v1/admin/inventory/${sku}`, write: true, payload: { onHand: 5 } },
    ];
    const read = await apiKey(['inventory:read']);
    const write = await apiKey(['inventory:write']);
    const other = await apiKey(['catalog:read']);
    for (const r of routes) {
      const anon = await t.app.inject({ method: r.method, url: r.url, payload: r.payload });
      expect(anon.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(anon.json().code).toBe('unauthorized');
      const cust = await t.app.inject({ method: r.method, url: r.url, headers: customer.auth, payload: r.payload });
      expect(cust.statusCode).toBe(403);
      expect(cust.json().code).toBe('forbidden');
      const wrongScope = await t.app.inject({ method: r.method, url: r.url, headers: other, payload: r.payload });
      expect(wrongScope.statusCode).toBe(403);
      const readKey = await t.app.inject({ method: r.method, url: r.url, headers: read, payload: r.payload });
      expect(readKey.statusCode).toBe(r.write ? 403 : 200);
      const writeKey = await t.app.inject({ method: r.method, url: r.url, headers: write, payload: r.payload });
      expect(writeKey.statusCode).toBe(r.write ? 200 : 403);
      const st = await t.app.inject({ method: r.method, url: r.url, headers: staff.auth, payload: r.payload });
      expect(st.statusCode).toBe(200);
    }
  });
});

describe('inventory: records, adjustments, counts', () => {
  it('creates records at 0 idempotently and reads them with an ETag', async () => {
    const sku = await newSku();
    await t.platform.db.transaction().execute((tx) => t.services.inventory.ensureStock(tx, [{ sku, productId: 'p-x' }, { sku, productId: 'p-x' }]));
    const res = await t.app.inject({ method: 'GET', url: `/v1/admin/inventory/${sku}`, headers: staff.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ sku, productId: 'p-x', onHand: 0, reserved: 0, available: 0, lowStockThreshold: 5 });
    expect(res.headers.etag).toBe(`"${res.json().version}"`);
    const missing = await t.app.inject({ method: 'GET', url: '/v1/admin/inventory/NOPE-404', headers: staff.auth });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not_found');
  });

  it('adjusts with a reason, writes a movement, an audit entry and inventory.updated', async () => {
    const sku = await newSku();
    const res = await t.app.inject({ method: 'POST', url: `/v1/admin/inventory/${sku}/adjustments`, headers: staff.auth, payload: { delta: 12, reason: 'restock', note: 'pallet 7' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ onHand: 12, reserved: 0, available: 12 });
    const damage = await t.app.inject({ method: 'POST', url: `/v1/admin/inventory/${sku}/adjustments`, headers: staff.auth, payload: { delta: -2, reason: 'damage' } });
    expect(damage.json()).toMatchObject({ onHand: 10, available: 10 });
    const mv = await t.app.inject({ method: 'GET', url: `/v1/admin/inventory/${sku}/movements`, headers: staff.auth });
    expect(mv.statusCode).toBe(200);
    expect(mv.json().items).toMatchObject([
      { type: 'adjustment', onHandDelta: -2, reservedDelta: 0, reason: 'damage', note: null, orderId: null, actor: { type: 'user', id: staff.id } },
      { type: 'adjustment', onHandDelta: 12, reservedDelta: 0, reason: 'restock', note: 'pallet 7' },
    ]);
    expect(await events('inventory.updated', sku)).toEqual([
      { sku, productId: expect.any(String), onHand: 12, reserved: 0, available: 12 },
      { sku, productId: expect.any(String), onHand: 10, reserved: 0, available: 10 },
    ]);
    const audit = await t.app.inject({ method: 'GET', url: `/v1/admin/audit-logs?entityType=stock&entityId=${sku}`, headers: admin.auth });
    expect(audit.json().items.map((e: any) => e.action)).toEqual(['inventory.adjusted', 'inventory.adjusted']);
  });

  it('refuses an adjustment below reserved with 409 insufficient_stock, and bad bodies with 400', async () => {
    const sku = await newSku(5);
    await reserve(sku, 4);
    const res = await t.app.inject({ method: 'POST', url: `/v1/admin/inventory/${sku}/adjustments`, headers: staff.auth, payload: { delta: -2, reason: 'damage' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('insufficient_stock');
    for (const payload of [{ delta: 0, reason: 'restock' }, { delta: 1, reason: 'gift' }, { delta: 1.5, reason: 'restock' }, { delta: 1, reason: 'restock', extra: 1 }, { reason: 'restock' }]) {
      const bad = await t.app.inject({ method: 'POST', url: `/v1/admin/inventory/${sku}/adjustments`, headers: staff.auth, payload });
      expect(bad.statusCode, JSON.stringify(payload)).toBe(400);
      expect(bad.json().code).toBe('validation_failed');
    }
    const unknown = await t.app.inject({ method: 'POST', url: '/v1/admin/inventory/NOPE/adjustments', headers: staff.auth, payload: { delta: 1, reason: 'restock' } });
    expect(unknown.statusCode).toBe(404);
    expect(await t.services.inventory.ledgerMismatches()).toEqual([]);
  });

  it('counts with PUT honouring If-Match, and refuses a count below reserved', async () => {
    const sku = await newSku(8);
    const cur = (await t.app.inject({ method: 'GET', url: `/v1/admin/inventory/${sku}`, headers: staff.auth })).json();
    const stale = await t.app.inject({ method: 'PUT', url: `/v1/admin/inventory/${sku}`, headers: { ...staff.auth, 'if-match': `"${cur.version - 1}"` }, payload: { onHand: 3 } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('precondition_failed');
    const ok = await t.app.inject({ method: 'PUT', url: `/v1/admin/inventory/${sku}`, headers: { ...staff.auth, 'if-match': `"${cur.version}"` }, payload: { onHand: 3, lowStockThreshold: 1 } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ onHand: 3, available: 3, lowStockThreshold: 1, version: cur.version + 1 });
    expect(ok.headers.etag).toBe(`"${cur.version + 1}"`);
    const mv = (await t.app.inject({ method: 'GET', url: `/v1/admin/inventory/${sku}/movements?limit=1`, headers: staff.auth })).json();
    expect(mv.items[0]).toMatchObject({ type: 'count', onHandDelta: -5, reason: 'count' });
    expect(mv.nextCursor).not.toBeNull();
    const next = (await t.app.inject({ method: 'GET', url: `/v1/admin/inventory/${sku}/movements?limit=1&cursor=${mv.nextCursor}`, headers: staff.auth })).json();
    expect(next.items[0]).toMatchObject({ type: 'adjustment', onHandDelta: 8 });

    await reserve(sku, 2);
    const below = await t.app.inject({ method: 'PUT', url: `/v1/admin/inventory/${sku}`, headers: staff.auth, payload: { onHand: 1 } });
    expect(below.statusCode).toBe(409);
    expect(below.json().code).toBe('insufficient_stock');
    const negative = await t.app.inject({ method: 'PUT', url: `/v1/admin/inventory/${sku}`, headers: staff.auth, payload: { onHand: -1 } });
    expect(negative.statusCode).toBe(400);
    const tooBig = await t.app.inject({ method: 'GET', url: '/v1/admin/inventory?limit=101', headers: staff.auth });
    expect(tooBig.statusCode).toBe(400);
  });

  it('lists by SKU prefix and low stock, with cursors', async () => {
    const prefix = `LST-${Date.now().toString(36)}`;
    for (const [i, qty] of [20, 1, 30].entries()) {
      const sku = `${prefix}-${i}`;
      await t.platform.db.transaction().execute((tx) => t.services.inventory.ensureStock(tx, [{ sku, productId: 'p-list' }]));
      await t.app.inject({ method: 'POST', url: `/v1/admin/inventory/${sku}/adjustments`, headers: staff.auth, payload: { delta: qty, reason: 'restock' } });
    }
    const page1 = (await t.app.inject({ method: 'GET', url: `/v1/admin/inventory?sku=${prefix}&limit=2`, headers: staff.auth })).json();
    expect(page1.items.map((r: any) => r.sku)).toEqual([`${prefix}-0`, `${prefix}-1`]);
    const page2 = (await t.app.inject({ method: 'GET', url: `/v1/admin/inventory?sku=${prefix}&limit=2&cursor=${page1.nextCursor}`, headers: staff.auth })).json();
    expect(page2).toEqual({ items: [expect.objectContaining({ sku: `${prefix}-2` })], nextCursor: null });
    const low = (await t.app.inject({ method: 'GET', url: `/v1/admin/inventory?sku=${prefix}&lowStock=true`, headers: staff.auth })).json();
    expect(low.items.map((r: any) => r.sku)).toEqual([`${prefix}-1`]);
  });
});

describe('inventory: low stock, availability, removal', () => {
  it('emits inventory.low_stock once per crossing of the threshold', async () => {
    const sku = await newSku(10);
    await reserve(sku, 4); // available 6
    await reserve(sku, 1); // 5: crossed
    await reserve(sku, 1); // 4: still low, no second alert
    expect(await events('inventory.low_stock', sku)).toHaveLength(1);
    await t.app.inject({ method: 'POST', url: `/v1/admin/inventory/${sku}/adjustments`, headers: staff.auth, payload: { delta: 10, reason: 'restock' } });
    await reserve(sku, 9); // back to 5: a new crossing
    const lows = await events('inventory.low_stock', sku);
    expect(lows).toHaveLength(2);
    expect(lows[1]).toMatchObject({ sku, available: 5, lowStockThreshold: 5 });
  });

  it('serves availability from cache and drops it on changes', async () => {
    const sku = await newSku(7);
    const inv = t.services.inventory;
    expect(await inv.availability([sku, 'UNKNOWN-SKU'])).toEqual(new Map([[sku, 7], ['UNKNOWN-SKU', 0]]));
    await t.app.inject({ method: 'POST', url: `/v1/admin/inventory/${sku}/adjustments`, headers: staff.auth, payload: { delta: -3, reason: 'damage' } });
    expect((await inv.availability([sku])).get(sku)).toBe(4);
    await reserve(sku, 1);
    await t.relay!.drain();
    expect((await inv.availability([sku])).get(sku)).toBe(3);
  });

  it('removes a record only when nothing is reserved, writing the rest off in the ledger', async () => {
    const sku = await newSku(6);
    await reserve(sku, 2, 'order-rm');
    await expect(t.platform.db.transaction().execute((tx) => t.services.inventory.removeStock(tx, [sku]))).rejects.toMatchObject({ code: 'conflict' });
    await t.platform.db.transaction().execute((tx) => t.services.inventory.release(tx, [{ sku, quantity: 2 }], { orderId: 'order-rm', actor: SYSTEM_ACTOR }));
    await t.platform.db.transaction().execute((tx) => t.services.inventory.removeStock(tx, [sku, 'NEVER-EXISTED']));
    const res = await t.app.inject({ method: 'GET', url: `/v1/admin/inventory/${sku}`, headers: staff.auth });
    expect(res.statusCode).toBe(404);
    expect(await t.services.inventory.ledgerMismatches()).toEqual([]);
  });

  it('reserves all lines or none, and keeps the ledger exact through sale and return', async () => {
    const a = await newSku(5);
    const b = await newSku(1);
    const inv = t.services.inventory;
    const ref = { orderId: 'order-ab', actor: SYSTEM_ACTOR };
    await expect(t.platform.db.transaction().execute((tx) => inv.reserve(tx, [{ sku: a, quantity: 2 }, { sku: b, quantity: 2 }], ref))).rejects.toMatchObject({
      code: 'insufficient_stock',
      detail: `SKU ${b}: requested 2, available 1`,
    });
    expect(await inv.availability([a])).toEqual(new Map([[a, 5]]));
    await t.platform.db.transaction().execute((tx) => inv.reserve(tx, [{ sku: b, quantity: 1 }, { sku: a, quantity: 1 }, { sku: a, quantity: 1 }], ref));
    await t.platform.db.transaction().execute((tx) => inv.sell(tx, [{ sku: a, quantity: 2 }, { sku: b, quantity: 1 }], ref));
    await t.platform.db.transaction().execute((tx) => inv.returnGoods(tx, [{ sku: a, quantity: 2 }], ref));
    const rec = (await t.app.inject({ method: 'GET', url: `/v1/admin/inventory/${a}`, headers: staff.auth })).json();
    expect(rec).toMatchObject({ onHand: 5, reserved: 0 });
    const types = (await t.app.inject({ method: 'GET', url: `/v1/admin/inventory/${a}/movements`, headers: staff.auth })).json().items.map((m: any) => [m.type, m.onHandDelta, m.reservedDelta, m.orderId]);
    expect(types).toEqual([
      ['return', 2, 0, 'order-ab'],
      ['sale', -2, -2, 'order-ab'],
      ['reservation', 0, 2, 'order-ab'],
      ['adjustment', 5, 0, null],
    ]);
    expect(await inv.ledgerMismatches()).toEqual([]);
  });
});

describe('inventory: batch counts', () => {
  it('sets many counts in one transaction with one ledger row, event and audit entry each changed SKU', async () => {
    const [a, b, c] = [await newSku(3), await newSku(0), await newSku(7)];
    await reserve(c, 2, 'order-batch');
    const ctx = { actor: SYSTEM_ACTOR, principal: null, requestId: 'req-batch', ip: null };
    const inv = t.services.inventory;
    const after = await t.platform.db.transaction().execute((tx) => inv.setOnHandMany(tx, ctx, [{ sku: a, onHand: 3 }, { sku: b, onHand: 10 }, { sku: c, onHand: 4 }]));
    await inv.forget([a, b, c]);
    // a is unchanged: no ledger row, no event.
    expect(after.map((r) => [r.sku, r.onHand, r.reserved]).sort()).toEqual([[b, 10, 0], [c, 4, 2]].sort());
    expect(await events('inventory.updated', a)).toHaveLength(1);
    expect((await events('inventory.updated', b)).at(-1)).toMatchObject({ onHand: 10, available: 10 });
    expect(await inv.availability([b, c])).toEqual(new Map([[b, 10], [c, 2]]));
    const audit = await sql<{ n: number }>`select count(*)::int as n from audit.entries where request_id = 'req-batch'`.execute(t.platform.db);
    expect(audit.rows[0].n).toBe(1);
    expect(await inv.ledgerMismatches()).toEqual([]);
  });

  it('refuses the whole batch when one count is below what is reserved', async () => {
    const [a, b] = [await newSku(5), await newSku(5)];
    await reserve(b, 4, 'order-batch-2');
    const ctx = { actor: SYSTEM_ACTOR, principal: null, requestId: null, ip: null };
    await expect(
      t.platform.db.transaction().execute((tx) => t.services.inventory.setOnHandMany(tx, ctx, [{ sku: a, onHand: 9 }, { sku: b, onHand: 3 }])),
    ).rejects.toMatchObject({ code: 'insufficient_stock' });
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/inventory/${a}`, headers: staff.auth })).json().onHand).toBe(5);
  });
});
