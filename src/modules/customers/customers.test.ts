import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { ADDRESS, makeProduct, orderBody } from '../../../test/helpers/order-fixtures';

let t: TestApp;
let admin: TestUser;
let staff: TestUser;
const tag = Date.now().toString(36);
let kumi: { id: string; email: string; auth: Record<string, string> };
let ren: { id: string; email: string; auth: Record<string, string> };
const placed: any[] = [];

async function register(name: string, email: string) {
  const res = await t.app.inject({ method: 'POST', url: '/v1/auth/register', payload: { email, name, password: `Corr3ct-horse-${tag}-battery` } });
  if (res.statusCode !== 201) throw new Error(`register: ${res.statusCode} ${res.body}`);
  const b = res.json();
  return { id: b.user.id as string, email, auth: { authorization: `Bearer ${b.accessToken}` } };
}

const get = (url: string, user: { auth: Record<string, string> } = admin) => t.app.inject({ method: 'GET', url, headers: user.auth });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  staff = await t.login('staff');
  kumi = await register('Kumi Sato', `kumi-${tag}@example.com`);
  ren = await register('Ren Ito', `ren-${tag}@example.org`);
  const p = await makeProduct(t, admin, [{ price: 2000, stock: 50 }]);
  const addr = await t.app.inject({ method: 'POST', url: '/v1/me/addresses', headers: kumi.auth, payload: { ...ADDRESS, name: 'Kumi Sato' } });
  expect(addr.statusCode).toBe(201);
  for (const [method, qty] of [['bank_transfer', 1], ['bank_transfer', 2], ['konbini', 1]] as const) {
    const res = await t.app.inject({ method: 'POST', url: '/v1/store/orders', headers: kumi.auth, payload: orderBody([{ sku: p.skus[0], quantity: qty }], { paymentMethod: method }) });
    expect(res.statusCode).toBe(201);
    placed.push(res.json());
  }
  // Two paid orders count as spend; the unpaid konbini order does not.
  for (const o of placed.slice(0, 2)) expect((await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${o.id}/payments/capture`, headers: admin.auth })).statusCode).toBe(200);
  await t.relay!.drain();
  const adj = await t.app.inject({ method: 'POST', url: `/v1/admin/points/${kumi.id}/adjustments`, headers: admin.auth, payload: { delta: 150, note: 'goodwill' } });
  expect(adj.statusCode).toBe(201);
});
afterAll(() => t?.dispose());

describe('GET /v1/admin/customers', () => {
  it('lists customers with orders count, paid spend, points and last order; staff are not customers', async () => {
    const res = await get('/v1/admin/customers?limit=100');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    const k = items.find((c: any) => c.id === kumi.id);
    expect(k).toMatchObject({ email: kumi.email, name: 'Kumi Sato', ordersCount: 3, totalSpent: placed[0].total + placed[1].total, pointsBalance: 150, isActive: true });
    expect(k.lastOrderAt).toBe(placed[2].createdAt);
    expect(items.find((c: any) => c.id === ren.id)).toMatchObject({ ordersCount: 0, totalSpent: 0, pointsBalance: 0, lastOrderAt: null });
    expect(items.some((c: any) => c.id === staff.id || c.id === admin.id)).toBe(false);
  });

  it('searches by email or name', async () => {
    const ids = async (q: string) => (await get(`/v1/admin/customers?q=${encodeURIComponent(q)}`)).json().items.map((c: any) => c.id);
    expect(await ids(`ren-${tag}`)).toEqual([ren.id]);
    expect(await ids('kumi sato')).toEqual([kumi.id]);
    expect(await ids('no-such-customer')).toEqual([]);
  });

  it('pages with a cursor; a limit over 100 is 400', async () => {
    const first = (await get('/v1/admin/customers?limit=1')).json();
    expect(first.items).toHaveLength(1);
    const second = (await get(`/v1/admin/customers?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect((await get('/v1/admin/customers?limit=101')).statusCode).toBe(400);
  });

  it('is for staff and admins only', async () => {
    expect((await get('/v1/admin/customers', staff)).statusCode).toBe(200);
    expect((await get('/v1/admin/customers', kumi)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/customers' })).statusCode).toBe(401);
  });
});

describe('GET /v1/admin/customers/:id', () => {
  it('adds addresses and recent orders, newest first', async () => {
    const res = await get(`/v1/admin/customers/${kumi.id}`, staff);
    expect(res.statusCode).toBe(200);
    const c = res.json();
    expect(c).toMatchObject({ id: kumi.id, email: kumi.email, ordersCount: 3, pointsBalance: 150 });
    expect(c.addresses).toHaveLength(1);
    expect(c.addresses[0]).toMatchObject({ name: 'Kumi Sato', postalCode: ADDRESS.postalCode, isDefault: true });
    expect(c.orders.map((o: any) => o.id)).toEqual([...placed].reverse().map((o) => o.id));
  });

  it('is 404 for unknown ids, malformed ids and staff', async () => {
    expect((await get('/v1/admin/customers/01890000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/v1/admin/customers/not-a-uuid')).statusCode).toBe(404);
    expect((await get(`/v1/admin/customers/${staff.id}`)).statusCode).toBe(404);
    expect((await get(`/v1/admin/customers/${'x'.repeat(65)}`)).statusCode).toBe(400);
  });
});

describe('GET /v1/admin/people', () => {
  it('names user ids of any role and leaves unknown ones out', async () => {
    const res = await get(`/v1/admin/people?ids=${kumi.id}&ids=${staff.id}&ids=01890000-0000-7000-8000-000000000000&ids=junk`, staff);
    expect(res.statusCode).toBe(200);
    const byId = Object.fromEntries(res.json().items.map((p: any) => [p.id, p]));
    expect(Object.keys(byId).sort()).toEqual([kumi.id, staff.id].sort());
    expect(byId[kumi.id]).toEqual({ id: kumi.id, email: kumi.email, name: 'Kumi Sato', role: 'customer' });
    expect(byId[staff.id].role).toBe('staff');
    expect((await get('/v1/admin/people', staff)).statusCode).toBe(400);
    expect((await get(`/v1/admin/people?ids=${kumi.id}`, kumi)).statusCode).toBe(403);
  });
});
