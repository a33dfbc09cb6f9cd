import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { type MailBox, sentTo, startMailBox } from '../../../test/helpers/smtp';
import { ADDRESS, makeProduct, orderBody } from '../../../test/helpers/order-fixtures';

/** Guest checkout: an order without an account, its access key, its email, and the account that claims it later. */
let t: TestApp, mail: MailBox;
let admin: TestUser, sku: string;

beforeAll(async () => {
  mail = await startMailBox();
  t = await createTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'http://shop.test' });
  admin = await t.login('admin');
  sku = (await makeProduct(t, admin, [{ price: 2000, stock: 50 }])).skus[0];
});
afterAll(async () => {
  await t?.dispose();
  await mail?.stop();
});

const guestOrder = (email: string, over: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/v1/store/orders', headers, payload: { ...orderBody([{ sku, quantity: 1 }]), email, ...over } });
const read = (id: string, query = '', headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: `/v1/store/orders/${id}${query}`, headers });

describe('guest checkout', () => {
  it('places an order without an account, answers its access key once, and reads it only with that key', async () => {
    const email = `guest-${Date.now()}@example.com`;
    const res = await guestOrder(email);
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json();
    expect(order.accessKey).toMatch(/^ok_[A-Za-z0-9_-]{20,}$/);
    expect(order.guestEmail).toBe(email);
    expect(order.status).toBe('pending');
    expect(res.headers['cache-control']).toBe('no-store');

    const ok = await read(order.id, `?key=${order.accessKey}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id: order.id, number: order.number, total: order.total });
    expect(ok.json()).not.toHaveProperty('accessKey');
    for (const q of ['', '?key=', `?key=${order.accessKey}x`, '?key=ok_wrong']) {
      const r = await read(order.id, q);
      expect(r.statusCode, q).toBe(404);
      expect(r.json().code).toBe('not_found');
    }
    const stranger = await t.login('customer');
    expect((await read(order.id, '', stranger.auth)).statusCode).toBe(404);
    expect((await read(order.id, `?key=${order.accessKey}`, stranger.auth)).statusCode).toBe(200);

    // The confirmation email links to the order with the key.
    await t.services.notifications.sender.drain();
    const m = await mail.waitFor(sentTo(email));
    expect(m.text).toContain(`http://shop.test/orders/${order.id}?key=${order.accessKey}`);
    expect(m.text).toContain(order.payment.konbini.paymentNumber);
    expect(m.text).toContain(`${ADDRESS.name} 様`);
    const stored = (await t.app.inject({ method: 'GET', url: `/v1/admin/notifications?to=${encodeURIComponent(email)}`, headers: admin.auth })).json().items[0];
    const detail = (await t.app.inject({ method: 'GET', url: `/v1/admin/notifications/${stored.id}`, headers: admin.auth })).json();
    expect(detail.text).not.toContain(order.accessKey);
  });

  it('refuses what a guest cannot do: points, saved addresses, no email; email with a sign-in is a 400', async () => {
    const points = await guestOrder('g1@example.com', { pointsToRedeem: 10 });
    expect(points.statusCode).toBe(422);
    expect(points.json().errors[0].path).toBe('pointsToRedeem');
    expect((await guestOrder('g1@example.com', { paymentMethod: 'points' })).statusCode).toBe(422);
    const withId = await guestOrder('g1@example.com', { shippingAddress: undefined, addressId: '01900000-0000-7000-8000-000000000000' });
    expect(withId.statusCode).toBe(400);
    expect((await guestOrder('g1@example.com', { shippingAddress: undefined })).statusCode).toBe(400);
    expect((await guestOrder('not-an-email')).statusCode).toBe(400);
    const anon = await t.app.inject({ method: 'POST', url: '/v1/store/orders', payload: orderBody([{ sku, quantity: 1 }]) });
    expect(anon.statusCode).toBe(401);
    const customer = await t.login('customer');
    const both = await guestOrder(customer.email, {}, customer.auth);
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].path).toBe('email');
  });

  it('replays a guest order for the same Idempotency-Key (without showing the key again)', async () => {
    const email = `idem-${Date.now()}@example.com`;
    const first = await guestOrder(email, {}, { 'idempotency-key': 'guest-key-1' });
    const second = await guestOrder(email, {}, { 'idempotency-key': 'guest-key-1' });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    expect(second.json()).not.toHaveProperty('accessKey');
  });

  it('earns no points, and joins the account registered later with the same email', async () => {
    const email = `later-${Date.now()}@example.com`;
    const o = (await guestOrder(email.toUpperCase(), { paymentMethod: 'cod' })).json();
    const reg = await t.app.inject({ method: 'POST', url: '/v1/auth/register', payload: { email, password: 'correct-horse-battery', name: 'Later' } });
    expect(reg.statusCode).toBe(201);
    await t.relay!.drain();
    const auth = { authorization: `Bearer ${reg.json().accessToken}` };
    const mine = (await t.app.inject({ method: 'GET', url: '/v1/store/orders', headers: auth })).json();
    expect(mine.items.map((x: any) => x.id)).toContain(o.id);
    expect((await read(o.id, '', auth)).statusCode).toBe(200);
    // Completed after it joined the account: still a guest order, so still no points.
    for (const a of ['process', 'capture', 'complete']) {
      const url = `/v1/admin/orders/${o.id}/${a === 'capture' ? 'payments/capture' : a}`;
      expect((await t.app.inject({ method: 'POST', url, headers: admin.auth })).statusCode, a).toBe(200);
    }
    const points = (await t.app.inject({ method: 'GET', url: '/v1/me/points', headers: auth })).json();
    expect(points.balance).toBe(0);
    // Another account sees none of it.
    const other = await t.login('customer');
    expect((await t.app.inject({ method: 'GET', url: '/v1/store/orders', headers: other.auth })).json().items.map((x: any) => x.id)).not.toContain(o.id);
  });
});
