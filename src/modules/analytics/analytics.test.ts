import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type TestApp, type TestUser } from '../../../test/helpers/app';
import { makeProduct, orderBody } from '../../../test/helpers/order-fixtures';
import { dateIn, eachDate, shiftDate } from './service';

let t: TestApp, admin: TestUser, staff: TestUser, customer: TestUser;
beforeAll(async () => ({ t, users: [admin, staff, customer] } = await appWith('admin', 'staff', 'customer')));
afterAll(() => t?.dispose());

const summary = async (query = '', user: TestUser = staff) =>
  t.app.inject({ method: 'GET', url: `/v1/admin/analytics/summary${query}`, headers: user.auth });

describe('date helpers', () => {
  it('lists every date of a range, across month ends', () => {
    expect(eachDate('2026-01-30', '2026-02-02')).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('takes the calendar date in the store time zone', () => {
    expect(dateIn(new Date('2026-05-01T16:30:00Z'), 'Asia/Tokyo')).toBe('2026-05-02');
    expect(dateIn(new Date('2026-05-01T16:30:00Z'), 'UTC')).toBe('2026-05-01');
  });
});

describe('GET /v1/admin/analytics/summary', () => {
  it('computes revenue, orders, average, status counts and top products from the orders placed', async () => {
    const a = await makeProduct(t, admin, [{ price: 1000, stock: 50 }]);
    const b = await makeProduct(t, admin, [{ price: 300, stock: 50 }]);
    const place = async (items: { sku: string; quantity: number }[]) => {
      const res = await t.app.inject({ method: 'POST', url: '/v1/store/orders', headers: customer.auth, payload: orderBody(items, { paymentMethod: 'cod' }) });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const o1 = await place([{ sku: a.skus[0], quantity: 2 }, { sku: b.skus[0], quantity: 1 }]);
    const o2 = await place([{ sku: b.skus[0], quantity: 5 }]);
    const o3 = await place([{ sku: a.skus[0], quantity: 1 }]);
    const cancel = await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${o3.id}/cancel`, headers: admin.auth, payload: {} });
    expect(cancel.statusCode).toBe(200);
    await t.relay!.drain();

    const res = await summary();
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.orders).toBe(2);
    expect(s.revenue).toBe(o1.total + o2.total);
    expect(s.averageOrderValue).toBe(Math.round((o1.total + o2.total) / 2));
    expect(s.ordersByStatus).toEqual({ pending: 2, cancelled: 1 });
    expect(s.topProducts[0]).toMatchObject({ productId: b.id, quantity: 6, revenue: 1800 });
    expect(s.topProducts[1]).toMatchObject({ productId: a.id, quantity: 2, revenue: 2000 });
    expect(s.salesByDay).toHaveLength(30);
    const today = s.salesByDay[s.salesByDay.length - 1];
    expect(today).toEqual({ date: s.to, revenue: o1.total + o2.total, orders: 2 });
    expect(typeof s.lowStockCount).toBe('number');

    // Redelivered events change nothing (consumers are idempotent).
    await t.relay!.drain();
    expect((await summary()).json().revenue).toBe(s.revenue);
  });

  it('honours a date range and excludes orders outside it', async () => {
    const res = await summary('?from=2020-01-01&to=2020-01-31');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ revenue: 0, orders: 0, averageOrderValue: 0, topProducts: [] });
    expect(res.json().salesByDay).toHaveLength(31);
  });

  it('rejects bad ranges with 400', async () => {
    expect((await summary('?from=2026-02-30')).statusCode).toBe(400);
    expect((await summary('?from=2026-05-02&to=2026-05-01')).statusCode).toBe(400);
    expect((await summary('?from=2020-01-01&to=2026-01-01')).statusCode).toBe(400);
    expect((await summary('?from=yesterday')).json().code).toBe('validation_failed');
  });

  it('needs staff or admin (or an API key with orders:read)', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/analytics/summary' })).statusCode).toBe(401);
    expect((await summary('', customer)).statusCode).toBe(403);
    expect((await summary('', admin)).statusCode).toBe(200);
    const key = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: admin.auth, payload: { name: 'bi', scopes: ['orders:read'] } });
    const other = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: admin.auth, payload: { name: 'cat', scopes: ['catalog:read'] } });
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/analytics/summary', headers: { 'x-api-key': key.json().key } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/analytics/summary', headers: { 'x-api-key': other.json().key } })).statusCode).toBe(403);
  });
});
