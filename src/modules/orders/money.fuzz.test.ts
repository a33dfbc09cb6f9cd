import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type TestApp, type TestUser } from '../../../test/helpers/app';
import { orderBody } from '../../../test/helpers/order-fixtures';
import { taxedProduct } from '../../../test/helpers/money-fixtures';

/** Malformed bodies and parameters at the money routes: always a 4xx problem (or a 2xx), never a 5xx. */
let t: TestApp, admin: TestUser, customer: TestUser;
let orderId: string;
let sku: string;

beforeAll(async () => {
  ({ t, users: [admin, customer] } = await appWith('admin', 'customer'));
  sku = (await taxedProduct(t, admin, 1200, 'reduced', 1000)).sku;
  const o = (await t.app.inject({ method: 'POST', url: '/v1/store/orders', headers: customer.auth, payload: orderBody([{ sku, quantity: 3 }], { paymentMethod: 'cod' }) })).json();
  orderId = o.id;
  for (const a of ['process', 'complete']) await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${orderId}/${a}`, headers: admin.auth });
});
afterAll(() => t?.dispose());

const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, -1, 0, 1.5, 1e308, '', ' ', '\u0000', 'a'.repeat(300), [], {}, '__proto__', 'NaN'),
  fc.integer(),
  fc.string({ maxLength: 40 }),
);
const mutate = (valid: Record<string, unknown>) =>
  fc.dictionary(fc.constantFrom(...Object.keys(valid), 'extra', '__proto__'), nasty, { maxKeys: 4 }).map((m) => ({ ...valid, ...m }));

describe('money routes under malformed input', () => {
  it('quote, coupons, promotions and returns answer 2xx or a 4xx problem', async () => {
    const routes: { method: 'POST' | 'PATCH' | 'GET'; url: () => string; body: Record<string, unknown>; user: () => TestUser }[] = [
      { method: 'POST', url: () => '/v1/store/quote', body: { items: [{ sku, quantity: 1 }], couponCode: 'X1', postalCode: '150-0001', pointsToRedeem: 0 }, user: () => customer },
      { method: 'POST', url: () => '/v1/store/orders', body: orderBody([{ sku, quantity: 1 }], { couponCode: 'NOPE' }), user: () => customer },
      { method: 'POST', url: () => '/v1/admin/promotions', body: { code: 'FUZZ1', type: 'fixed', value: 10, active: true, minSubtotal: 0, usageLimit: 1 }, user: () => admin },
      { method: 'POST', url: () => `/v1/admin/orders/${orderId}/returns`, body: { items: [{ sku, quantity: 1 }], restock: true, refundShipping: false }, user: () => admin },
    ];
    await fc.assert(
      fc.asyncProperty(fc.nat(routes.length - 1), fc.nat(), async (i, seed) => {
        const r = routes[i];
        const [payload] = fc.sample(mutate(r.body), { numRuns: 1, seed });
        const res = await t.app.inject({ method: r.method, url: r.url(), headers: r.user().auth, payload: payload as object });
        expect(res.statusCode, `${r.method} ${r.url()} ${JSON.stringify(payload)} → ${res.body}`).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      }),
      { numRuns: 150 },
    );
    for (const q of ['?format=xml', '?lang=fr', '?format=pdf&x=1', '?cursor=%FF']) {
      const res = await t.app.inject({ method: 'GET', url: `/v1/admin/orders/${orderId}/invoice${q}`, headers: admin.auth });
      expect(res.statusCode).toBe(400);
    }
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/promotions?cursor=${'A'.repeat(40)}`, headers: admin.auth })).statusCode).toBe(400);
  });
});
