import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { ADDRESS, orderBody, stockOf } from '../../../test/helpers/order-fixtures';
import { promotion, taxedProduct } from '../../../test/helpers/money-fixtures';

/** Consumption tax, quotes, the payment gate and returns, through the real server. */
let t: TestApp, admin: TestUser, staff: TestUser;
beforeAll(async () => ({ t, users: [admin, staff] } = await appWith('admin', 'staff')));
afterAll(() => t?.dispose());

const place = (user: TestUser, body: object) => t.app.inject({ method: 'POST', url: '/v1/store/orders', headers: user.auth, payload: body });
const quote = (body: object, user?: TestUser) => t.app.inject({ method: 'POST', url: '/v1/store/quote', headers: user?.auth, payload: body });
const act = (id: string, action: string, payload?: object) => t.app.inject({ method: 'POST', url: `/v1/admin/orders/${id}/${action}`, headers: staff.auth, payload });
const returns = (id: string, payload: object, user = staff) => t.app.inject({ method: 'POST', url: `/v1/admin/orders/${id}/returns`, headers: user.auth, payload });
const adminOrder = async (id: string) => (await t.app.inject({ method: 'GET', url: `/v1/admin/orders/${id}`, headers: staff.auth })).json();
const payment = async (id: string) => (await t.app.inject({ method: 'GET', url: `/v1/admin/orders/${id}/payment`, headers: staff.auth })).json();
const points = async (user: TestUser) => (await t.app.inject({ method: 'GET', url: '/v1/me/points', headers: user.auth })).json();
const movements = async (sku: string) => (await t.app.inject({ method: 'GET', url: `/v1/admin/inventory/${sku}/movements`, headers: staff.auth })).json().items;

async function completed(user: TestUser, items: { sku: string; quantity: number }[], over: object = {}) {
  const res = await place(user, orderBody(items, { paymentMethod: 'cod', ...over }));
  expect(res.statusCode, res.body).toBe(201);
  const o = res.json();
  expect((await act(o.id, 'process')).statusCode).toBe(200);
  const done = await act(o.id, 'complete');
  expect(done.statusCode, done.body).toBe(200);
  return done.json();
}

describe('consumption tax', () => {
  it('API.md: one reduced ¥1,080 line and one standard ¥1,100 line; shipping is taxed at the standard rate', async () => {
    const tea = await taxedProduct(t, admin, 1080, 'reduced');
    const cup = await taxedProduct(t, admin, 1100, 'standard');
    const customer = await t.login('customer');
    const res = await place(customer, orderBody([{ sku: tea.sku, quantity: 1 }, { sku: cup.sku, quantity: 1 }]));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      subtotal: 2180,
      shippingFee: 500,
      taxes: [{ rate: 0.08, taxableAmount: 1080, tax: 80 }, { rate: 0.1, taxableAmount: 1600, tax: 145 }],
      taxTotal: 225,
      total: 2680,
      items: [{ sku: tea.sku, taxClass: 'reduced', taxRate: 0.08 }, { sku: cup.sku, taxClass: 'standard', taxRate: 0.1 }],
    });
    expect((await adminOrder(res.json().id)).taxes).toEqual(res.json().taxes);
    // The storefront shows the class on the product and its variants.
    const store = (await t.app.inject({ method: 'GET', url: `/v1/store/products/${tea.slug}` })).json();
    expect(store).toMatchObject({ taxClass: 'reduced', variants: [{ taxClass: 'reduced' }] });
  });

  it('three ¥1,010 reduced lines: tax once per rate is ¥224, not 3 × ¥74', async () => {
    const lines = await Promise.all([1, 2, 3].map(() => taxedProduct(t, admin, 1010, 'reduced')));
    const customer = await t.login('customer');
    const res = await place(customer, orderBody(lines.map((l) => ({ sku: l.sku, quantity: 1 }))));
    expect(res.statusCode, res.body).toBe(201);
    const reduced = res.json().taxes.find((x: any) => x.rate === 0.08);
    expect(reduced).toEqual({ rate: 0.08, taxableAmount: 3030, tax: 224 });
  });

  it('store rounding applies (ceil), and tax-exclusive prices add the tax', async () => {
    const item = await taxedProduct(t, admin, 1010, 'reduced');
    const items = [{ sku: item.sku, quantity: 3 }];
    const patch = (payload: object) => t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload });
    try {
      expect((await patch({ taxRounding: 'ceil' })).statusCode).toBe(200);
      expect((await quote({ items })).json().taxes).toEqual([{ rate: 0.08, taxableAmount: 3030, tax: 225 }, { rate: 0.1, taxableAmount: 500, tax: 46 }]);
      expect((await patch({ pricesIncludeTax: false, taxRounding: 'floor' })).statusCode).toBe(200);
      expect((await quote({ items })).json()).toMatchObject({ subtotal: 3030, taxTotal: 242 + 50, total: 3030 + 500 + 292, pricesIncludeTax: false });
    } finally {
      await patch({ pricesIncludeTax: true, taxRounding: 'floor' });
    }
  });

  it('CSV: tax_class is exported and imported; a bad class names its line', async () => {
    const p = await taxedProduct(t, admin, 700, 'reduced');
    const csv = (await t.app.inject({ method: 'GET', url: '/v1/admin/products/export', headers: admin.auth })).body;
    const header = csv.split('\n')[0].split(',');
    const row = csv.split('\n').find((l) => l.includes(p.sku))!.split(',');
    expect(row[header.indexOf('tax_class')]).toBe('reduced');
    const imp = (body: string) => t.app.inject({ method: 'POST', url: '/v1/admin/products/import', headers: { ...admin.auth, 'content-type': 'text/csv' }, payload: body });
    const res = await imp(`slug,title,sku,price,tax_class\n${p.slug},x,${p.sku},700,exempt\n`);
    expect(res.statusCode, res.body).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/products/${p.id}`, headers: admin.auth })).json().taxClass).toBe('exempt');
    const bad = (await imp(`slug,title,sku,price,tax_class\nnew-${Date.now()},x,NEW-${Date.now()},700,luxury\n`)).json();
    expect(bad.errors).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/tax_class/) })]);
  });
});

describe('quote', () => {
  it('is exactly what the order charges: coupon, zone fee, free-shipping threshold, points; reserves nothing', async () => {
    const zone = (await t.app.inject({ method: 'POST', url: '/v1/admin/delivery/zones', headers: staff.auth, payload: { name: 'Shinjuku', postalCodePrefixes: ['160'], fee: 650, sameDay: false, sameDayCutoff: '14:00' } })).json();
    const date = new Date(t.clock.now().getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    const slot = (await t.app.inject({ method: 'POST', url: '/v1/admin/delivery/slots', headers: staff.auth, payload: { zoneId: zone.id, date, startTime: '09:00', endTime: '12:00', capacity: 5 } })).json();
    const a = await taxedProduct(t, admin, 2300, 'standard', 10);
    const b = await taxedProduct(t, admin, 1080, 'reduced', 10);
    const promo = await promotion(t, admin, { type: 'percentage', value: 10 });
    const customer = await t.login('customer');
    const cases = [
      { items: [{ sku: a.sku, quantity: 4 }], couponCode: promo.code, deliverySlotId: slot.id }, // ¥9,200 − 10 % ≥ ¥5,000: free shipping despite the slot
      { items: [{ sku: a.sku, quantity: 1 }, { sku: b.sku, quantity: 1 }], deliverySlotId: slot.id }, // below the threshold: the zone's ¥650
      { items: [{ sku: b.sku, quantity: 2 }], couponCode: promo.code },
    ];
    for (const c of cases) {
      const q = await quote({ ...c, postalCode: '160-0022' }, customer);
      expect(q.statusCode, q.body).toBe(200);
      const o = await place(customer, orderBody(c.items, { couponCode: c.couponCode, deliverySlotId: c.deliverySlotId, shippingAddress: { ...ADDRESS, postalCode: '160-0022', city: 'Shinjuku' } }));
      expect(o.statusCode, o.body).toBe(201);
      const { items: _i, currency: _c, pricesIncludeTax: _p, freeShippingThreshold: _f, freeShippingRemaining: _r, ...money } = q.json();
      expect(o.json()).toMatchObject(money);
    }
    const first = (await quote({ ...cases[0], postalCode: '160-0022' })).json();
    expect(first).toMatchObject({ subtotal: 9200, discountTotal: 920, shippingFee: 0, total: 8280, freeShippingRemaining: null });
    const small = (await quote({ items: [{ sku: b.sku, quantity: 1 }] })).json();
    expect(small).toMatchObject({ shippingFee: 500, freeShippingThreshold: 5000, freeShippingRemaining: 3920, items: [{ sku: b.sku, available: expect.any(Number), taxRate: 0.08 }] });
    expect(await stockOf(t, admin, b.sku)).toMatchObject({ reserved: 3 });
  });

  it('answers the order errors: unknown SKU 422, stock as available, points over the balance 422, slot without postal code 400', async () => {
    const p = await taxedProduct(t, admin, 1000, 'standard', 2);
    const customer = await t.login('customer');
    expect((await quote({ items: [{ sku: 'NOPE-1', quantity: 1 }] })).json()).toMatchObject({ status: 422, code: 'unknown_sku', errors: [{ path: 'items/0/sku' }] });
    expect((await quote({ items: [{ sku: p.sku, quantity: 5 }] })).json()).toMatchObject({ items: [{ quantity: 5, available: 2 }] });
    expect((await quote({ items: [{ sku: p.sku, quantity: 1 }], pointsToRedeem: 10 }, customer)).json()).toMatchObject({ status: 422, code: 'insufficient_points' });
    expect((await quote({ items: [{ sku: p.sku, quantity: 1 }], deliverySlotId: '019a0000-0000-7000-8000-000000000000' })).json()).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((await quote({ items: [] })).statusCode).toBe(400);
    expect((await quote({ items: [{ sku: p.sku, quantity: 1 }], couponCode: 'x'.repeat(41) })).statusCode).toBe(400);
  });
});

describe('payment gates fulfilment', () => {
  it('an unpaid konbini order cannot complete (409 payment_required); paid, it completes and earns points', async () => {
    const p = await taxedProduct(t, admin, 10_000, 'standard');
    const customer = await t.login('customer');
    const o = (await place(customer, orderBody([{ sku: p.sku, quantity: 1 }], { paymentMethod: 'bank_transfer' }))).json();
    await act(o.id, 'process');
    const refused = await act(o.id, 'complete');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'payment_required', detail: expect.stringMatching(/bank_transfer payment is pending/) });
    expect((await points(customer)).balance).toBe(0);
    expect((await act(o.id, 'payments/capture')).statusCode).toBe(200);
    expect((await act(o.id, 'complete')).statusCode).toBe(200);
    expect((await points(customer)).balance).toBe(100);
  });

  it('cash on delivery is captured on completion; a paid order cancelled is refunded', async () => {
    const p = await taxedProduct(t, admin, 3000, 'standard');
    const customer = await t.login('customer');
    const done = await completed(customer, [{ sku: p.sku, quantity: 1 }]);
    expect(done.payment).toMatchObject({ method: 'cod', status: 'paid' });
    const o = (await place(customer, orderBody([{ sku: p.sku, quantity: 1 }], { paymentMethod: 'bank_transfer' }))).json();
    await act(o.id, 'payments/capture');
    const cancelled = (await act(o.id, 'cancel')).json();
    expect(cancelled.payment.status).toBe('refunded');
    expect((await payment(o.id)).refunds).toEqual([expect.objectContaining({ amount: 3500, reason: 'order_cancelled' })]);
  });
});

describe('returns and partial refunds', () => {
  it('returns part of an order: refund by amount through the provider, restock, tax per rate, points taken back; refunded when nothing is left', async () => {
    const tea = await taxedProduct(t, admin, 1080, 'reduced', 50);
    const cup = await taxedProduct(t, admin, 2200, 'standard', 50);
    const customer = await t.login('customer');
    const o = await completed(customer, [{ sku: tea.sku, quantity: 2 }, { sku: cup.sku, quantity: 1 }]);
    expect(o).toMatchObject({ subtotal: 4360, shippingFee: 500, total: 4860, status: 'completed', refundedTotal: 0, returns: [] });
    expect((await points(customer)).balance).toBe(48);
    const before = await stockOf(t, admin, tea.sku);

    const r1 = await returns(o.id, { items: [{ sku: tea.sku, quantity: 1 }], restock: true, note: '破損' });
    expect(r1.statusCode, r1.body).toBe(201);
    expect(r1.json()).toMatchObject({ orderId: o.id, items: [{ sku: tea.sku, quantity: 1, amount: 1080 }], refundAmount: 1080, moneyRefunded: 1080, taxes: [{ rate: 0.08, taxableAmount: 1080, tax: 80 }], restock: true, note: '破損' });
    expect(await stockOf(t, admin, tea.sku)).toMatchObject({ onHand: before.onHand + 1 });
    expect((await movements(tea.sku)).filter((m: any) => m.type === 'return')).toHaveLength(1);
    expect((await payment(o.id))).toMatchObject({ status: 'paid', refunds: [expect.objectContaining({ amount: 1080, reason: 'order_returned' })] });
    // 48 points earned on ¥4,860: ¥1,080 of it back takes floor(48 × 1080 / 4860) = 10 points.
    expect((await points(customer)).balance).toBe(38);
    const mid = await adminOrder(o.id);
    expect(mid).toMatchObject({ status: 'completed', refundedTotal: 1080, returns: [{ id: r1.json().id }], items: [{ sku: tea.sku, returnedQuantity: 1 }, { sku: cup.sku, returnedQuantity: 0 }] });
    expect(mid.events.map((e: any) => e.type)).toContain('returned');

    const over = await returns(o.id, { items: [{ sku: tea.sku, quantity: 2 }], restock: false });
    expect(over.json()).toMatchObject({ status: 422, code: 'unprocessable', errors: [{ path: 'items/0/quantity' }] });
    expect((await returns(o.id, { items: [{ sku: 'NOT-IN-ORDER', quantity: 1 }], restock: false })).json()).toMatchObject({ status: 422, errors: [{ path: 'items/0/sku' }] });

    const r2 = await returns(o.id, { items: [{ sku: tea.sku, quantity: 1 }, { sku: cup.sku, quantity: 1 }], restock: false, refundShipping: true });
    expect(r2.statusCode, r2.body).toBe(201);
    expect(r2.json()).toMatchObject({ refundAmount: 1080 + 2200 + 500, shippingAmount: 500, taxes: [{ rate: 0.08, taxableAmount: 1080, tax: 80 }, { rate: 0.1, taxableAmount: 2700, tax: 245 }] });
    const end = await adminOrder(o.id);
    expect(end).toMatchObject({ status: 'refunded', refundedTotal: 4860, payment: { status: 'refunded' } });
    expect((await points(customer)).balance).toBe(0);
    expect((await payment(o.id)).refunds.reduce((s: number, r: any) => s + r.amount, 0)).toBe(4860);
    expect((await returns(o.id, { items: [{ sku: tea.sku, quantity: 1 }], restock: false })).json()).toMatchObject({ status: 409, code: 'invalid_transition' });
  });

  it('with a coupon and points: each return refunds money and points in proportion; a full refund afterwards returns only the rest', async () => {
    const a = await taxedProduct(t, admin, 3000, 'standard', 50);
    const customer = await t.login('customer');
    await t.services.payments.adjustPoints({ actor: { type: 'system', id: null }, principal: null, requestId: null, ip: null }, { userId: customer.id, delta: 1000, note: 'test' });
    const promo = await promotion(t, admin, { type: 'fixed', value: 600 });
    const o = await completed(customer, [{ sku: a.sku, quantity: 3 }], { couponCode: promo.code, pointsToRedeem: 1000 });
    // 9,000 − 600 = 8,400 (free shipping), 1,000 paid in points, 7,400 in money.
    expect(o).toMatchObject({ subtotal: 9000, discountTotal: 600, shippingFee: 0, pointsRedeemed: 1000, total: 7400, items: [{ discount: 600 }] });
    const r = (await returns(o.id, { items: [{ sku: a.sku, quantity: 1 }], restock: true })).json();
    expect(r).toMatchObject({ refundAmount: 2800, pointsReturned: 333, moneyRefunded: 2467 });
    const refund = await act(o.id, 'refund', { restock: true });
    expect(refund.statusCode, refund.body).toBe(200);
    expect(refund.json()).toMatchObject({ status: 'refunded', refundedTotal: 8400 });
    expect((await payment(o.id)).refunds.reduce((s: number, x: any) => s + x.amount, 0)).toBe(7400);
    expect(await stockOf(t, admin, a.sku)).toMatchObject({ onHand: 50, reserved: 0 });
    expect((await points(customer)).balance).toBe(1000);
    expect(await t.services.inventory.ledgerMismatches()).toEqual([]);
  });

  it('only completed orders take returns; customers cannot create them; bad bodies are 400', async () => {
    const p = await taxedProduct(t, admin, 1000, 'standard');
    const customer = await t.login('customer');
    const o = (await place(customer, orderBody([{ sku: p.sku, quantity: 1 }]))).json();
    expect((await returns(o.id, { items: [{ sku: p.sku, quantity: 1 }], restock: true })).json()).toMatchObject({ status: 409, code: 'invalid_transition' });
    expect((await returns(o.id, { items: [{ sku: p.sku, quantity: 1 }], restock: true }, customer)).statusCode).toBe(403);
    expect((await returns(o.id, { items: [{ sku: p.sku, quantity: 0 }], restock: true })).statusCode).toBe(400);
    expect((await returns(o.id, { items: [{ sku: p.sku, quantity: 1 }] })).statusCode).toBe(400);
    expect((await returns('019a0000-0000-7000-8000-000000000000', { items: [{ sku: p.sku, quantity: 1 }], restock: true })).statusCode).toBe(404);
  });
});

describe('analytics', () => {
  it('summary has taxByRate for the period, less returns', async () => {
    const fresh = await createTestApp();
    try {
      const [ad] = await Promise.all([fresh.login('admin')]);
      const tea = await taxedProduct(fresh, ad, 1080, 'reduced');
      const cup = await taxedProduct(fresh, ad, 1100, 'standard');
      const customer = await fresh.login('customer');
      const o = (await fresh.app.inject({ method: 'POST', url: '/v1/store/orders', headers: customer.auth, payload: orderBody([{ sku: tea.sku, quantity: 1 }, { sku: cup.sku, quantity: 1 }], { paymentMethod: 'cod' }) })).json();
      for (const a of ['process', 'complete']) await fresh.app.inject({ method: 'POST', url: `/v1/admin/orders/${o.id}/${a}`, headers: ad.auth });
      await fresh.app.inject({ method: 'POST', url: `/v1/admin/orders/${o.id}/returns`, headers: ad.auth, payload: { items: [{ sku: cup.sku, quantity: 1 }], restock: true } });
      await fresh.relay!.drain();
      const s = (await fresh.app.inject({ method: 'GET', url: '/v1/admin/analytics/summary', headers: ad.auth })).json();
      expect(s.taxByRate).toEqual([{ rate: 0.08, taxableAmount: 1080, tax: 80 }, { rate: 0.1, taxableAmount: 500, tax: 45 }]);
    } finally {
      await fresh.dispose();
    }
  });
});
