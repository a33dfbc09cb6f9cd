import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type TestApp, type TestUser } from '../../../test/helpers/app';
import { orderBody } from '../../../test/helpers/order-fixtures';
import { promotion, taxedProduct } from '../../../test/helpers/money-fixtures';

let t: TestApp, admin: TestUser, staff: TestUser, customer: TestUser, base: string;
beforeAll(async () => {
  ({ t, users: [admin, staff, customer] } = await appWith('admin', 'staff', 'customer'));
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t?.dispose());

const quote = (body: object, user?: TestUser) => t.app.inject({ method: 'POST', url: '/v1/store/quote', headers: user?.auth, payload: body });
const place = (user: TestUser, body: object) => t.app.inject({ method: 'POST', url: '/v1/store/orders', headers: user.auth, payload: body });
const getPromo = async (id: string) => (await t.app.inject({ method: 'GET', url: `/v1/admin/promotions/${id}`, headers: staff.auth })).json();

describe('promotions: admin CRUD', () => {
  it('creates, lists, reads (ETag), patches (pause, If-Match) and deletes an unused promotion; codes are unique in any case', async () => {
    const code = `Spring${Date.now()}`;
    const res = await t.app.inject({ method: 'POST', url: '/v1/admin/promotions', headers: staff.auth, payload: { code, description: '春のセール', type: 'percentage', value: 15, minSubtotal: 3000, usageLimit: 100, perCustomerLimit: 1, active: true } });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({ code, type: 'percentage', value: 15, minSubtotal: 3000, usageLimit: 100, perCustomerLimit: 1, active: true, timesUsed: 0, productIds: [], categoryIds: [] });
    expect(res.headers.etag).toBe('"1"');
    const dup = await t.app.inject({ method: 'POST', url: '/v1/admin/promotions', headers: staff.auth, payload: { code: code.toUpperCase(), type: 'fixed', value: 100, active: true } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('conflict');

    const list = (await t.app.inject({ method: 'GET', url: `/v1/admin/promotions?q=${code.slice(0, 8)}`, headers: staff.auth })).json();
    expect(list.items.map((x: any) => x.id)).toContain(p.id);
    const stale = await t.app.inject({ method: 'PATCH', url: `/v1/admin/promotions/${p.id}`, headers: { ...staff.auth, 'if-match': '"7"' }, payload: { active: false } });
    expect(stale.statusCode).toBe(412);
    const paused = await t.app.inject({ method: 'PATCH', url: `/v1/admin/promotions/${p.id}`, headers: { ...staff.auth, 'if-match': '"1"' }, payload: { active: false } });
    expect(paused.statusCode).toBe(200);
    expect(paused.json()).toMatchObject({ active: false, version: 2 });
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/admin/promotions/${p.id}`, headers: staff.auth })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/promotions/${p.id}`, headers: staff.auth })).statusCode).toBe(404);
  });

  it('refuses bad input with 400 and keeps customers and strangers out', async () => {
    const post = (payload: object, headers = staff.auth) => t.app.inject({ method: 'POST', url: '/v1/admin/promotions', headers, payload });
    expect((await post({ code: 'PCT150', type: 'percentage', value: 150, active: true })).statusCode).toBe(400);
    expect((await post({ code: 'FIX0', type: 'fixed', value: 0, active: true })).statusCode).toBe(400);
    expect((await post({ code: 'DATES', type: 'fixed', value: 10, active: true, startsAt: '2030-01-02T00:00:00Z', endsAt: '2030-01-01T00:00:00Z' })).json().code).toBe('validation_failed');
    expect((await post({ code: 'bad code!', type: 'fixed', value: 10, active: true })).statusCode).toBe(400);
    expect((await post({ code: 'EXTRA', type: 'fixed', value: 10, active: true, hacked: 1 })).statusCode).toBe(400);
    expect((await post({ code: 'CUST', type: 'fixed', value: 10, active: true }, customer.auth)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/promotions' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/promotions/not-a-uuid', headers: staff.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/promotions?cursor=%%%', headers: staff.auth })).statusCode).toBe(400);
  });
});

describe('coupons on quotes and orders', () => {
  it('says why a coupon cannot be used: unknown, paused, not started, expired, below minimum, per customer, product restriction', async () => {
    const p = await taxedProduct(t, admin, 2000, 'standard');
    const other = await taxedProduct(t, admin, 500, 'standard');
    const items = [{ sku: p.sku, quantity: 1 }];
    const now = t.clock.now().getTime();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ active: false }, /not active/],
      [{ startsAt: new Date(now + 86_400_000).toISOString() }, /not valid before/],
      [{ endsAt: new Date(now - 1000).toISOString() }, /expired/],
      [{ minSubtotal: 2001 }, /at least 2001/],
      [{ productIds: [other.id] }, /none of these items/],
    ];
    for (const [over, why] of cases) {
      const promo = await promotion(t, admin, over);
      for (const res of [await quote({ items, couponCode: promo.code }), await place(customer, orderBody(items, { couponCode: promo.code }))]) {
        expect(res.statusCode, JSON.stringify(over)).toBe(422);
        expect(res.json()).toMatchObject({ code: 'invalid_coupon', detail: expect.stringMatching(why) });
      }
    }
    const unknown = await quote({ items, couponCode: 'NOSUCHCODE' });
    expect(unknown.json()).toMatchObject({ status: 422, code: 'invalid_coupon', detail: expect.stringMatching(/does not exist/) });

    const once = await promotion(t, admin, { perCustomerLimit: 1 });
    expect((await place(customer, orderBody(items, { couponCode: once.code.toLowerCase() }))).statusCode).toBe(201);
    const again = await place(customer, orderBody(items, { couponCode: once.code }));
    expect(again.json()).toMatchObject({ status: 422, code: 'invalid_coupon', detail: expect.stringMatching(/per customer/) });
    expect((await quote({ items, couponCode: once.code }, customer)).json().code).toBe('invalid_coupon');
    expect((await quote({ items, couponCode: once.code })).statusCode).toBe(200);
  });

  it('16 customers at once on a coupon limited to 5: exactly 5 discounted orders, 11 × 409 coupon_exhausted; cancelling gives a use back', async () => {
    const p = await taxedProduct(t, admin, 1000, 'standard', 1000);
    const promo = await promotion(t, admin, { type: 'fixed', value: 300, usageLimit: 5 });
    const customers = await Promise.all(Array.from({ length: 16 }, () => t.login('customer')));
    const results = await Promise.all(customers.map(async (c) => {
      const res = await fetch(`${base}/v1/store/orders`, { method: 'POST', headers: { ...c.auth, 'content-type': 'application/json' }, body: JSON.stringify(orderBody([{ sku: p.sku, quantity: 1 }], { couponCode: promo.code })) });
      return { status: res.status, body: await res.json() };
    }));
    const ok = results.filter((r) => r.status === 201);
    expect(ok).toHaveLength(5);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(11).fill('coupon_exhausted'));
    for (const r of ok) expect(r.body).toMatchObject({ discounts: [{ code: promo.code, promotionId: promo.id, amount: 300 }], discountTotal: 300, subtotal: 1000, total: 1000 - 300 + 500 });
    expect((await getPromo(promo.id)).timesUsed).toBe(5);
    expect((await quote({ items: [{ sku: p.sku, quantity: 1 }], couponCode: promo.code })).json()).toMatchObject({ status: 409, code: 'coupon_exhausted' });

    const cancel = await t.app.inject({ method: 'POST', url: `/v1/store/orders/${ok[0].body.id}/cancel`, headers: customers[results.indexOf(ok[0])].auth });
    expect(cancel.statusCode).toBe(200);
    expect((await getPromo(promo.id)).timesUsed).toBe(4);
    expect((await place(customers[0], orderBody([{ sku: p.sku, quantity: 1 }], { couponCode: promo.code }))).statusCode).toBe(201);
    expect((await getPromo(promo.id)).timesUsed).toBe(5);
    // A used promotion is paused, not deleted.
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/admin/promotions/${promo.id}`, headers: staff.auth })).statusCode).toBe(409);
  });

  it('free shipping and category codes: the discount shows on the quote and the order alike', async () => {
    const cat = (await t.app.inject({ method: 'POST', url: '/v1/admin/categories', headers: admin.auth, payload: { name: `Tea ${Date.now()}` } })).json();
    const tea = await taxedProduct(t, admin, 1080, 'reduced', 100, { categoryId: cat.id });
    const cup = await taxedProduct(t, admin, 1100, 'standard');
    const items = [{ sku: tea.sku, quantity: 1 }, { sku: cup.sku, quantity: 1 }];
    const ship = await promotion(t, admin, { type: 'free_shipping', value: 0 });
    const q = (await quote({ items, couponCode: ship.code })).json();
    expect(q).toMatchObject({ subtotal: 2180, shippingFee: 500, discountTotal: 500, total: 2180, taxes: [{ rate: 0.08, taxableAmount: 1080, tax: 80 }, { rate: 0.1, taxableAmount: 1100, tax: 100 }] });
    const o = (await place(customer, orderBody(items, { couponCode: ship.code }))).json();
    expect(o).toMatchObject({ subtotal: q.subtotal, shippingFee: q.shippingFee, discountTotal: q.discountTotal, taxes: q.taxes, total: q.total });

    const teaOnly = await promotion(t, admin, { type: 'percentage', value: 50, categoryIds: [cat.id] });
    const q2 = (await quote({ items, couponCode: teaOnly.code })).json();
    expect(q2.items.map((l: any) => l.discount)).toEqual([540, 0]);
    expect(q2.taxes).toEqual([{ rate: 0.08, taxableAmount: 540, tax: 40 }, { rate: 0.1, taxableAmount: 1600, tax: 145 }]);
  });
});
