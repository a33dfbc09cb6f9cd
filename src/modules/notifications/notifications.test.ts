import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { type MailBox, sentTo, startMailBox } from '../../../test/helpers/smtp';
import { ADDRESS, makeProduct, orderBody, setStock } from '../../../test/helpers/order-fixtures';

/**
 * Email through a real SMTP server on loopback: what arrives, in which language, with which
 * numbers; an outage that delays but never loses or doubles a message; the admin's view of it all.
 */
const HOUR = 3600_000;
let t: TestApp, mail: MailBox;
let admin: TestUser, staff: TestUser;

beforeAll(async () => {
  mail = await startMailBox();
  t = await createTestApp({ SMTP_URL: mail.url, MAIL_FROM: 'Shop <shop@inventra.test>', PUBLIC_URL: 'http://shop.test' });
  [admin, staff] = [await t.login('admin'), await t.login('staff')];
});
afterAll(async () => {
  await t?.dispose();
  await mail?.stop();
});

/** Moving the clock expires access tokens: sign the staff in again. */
const advance = async (ms: number) => {
  t.clock.advance(ms);
  [admin, staff] = [await t.login('admin', admin.email), await t.login('staff', staff.email)];
};
const place = (user: TestUser, body: object) => t.app.inject({ method: 'POST', url: '/v1/store/orders', headers: user.auth, payload: body });
/** Everything the outbox and the sender have to do, now. */
const flush = async () => {
  await t.relay!.drain();
  await t.services.notifications.sender.drain();
};
const list = async (query: string, user = staff) => {
  const res = await t.app.inject({ method: 'GET', url: `/v1/admin/notifications?${query}`, headers: user.auth });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as any[];
};

describe('order emails', () => {
  it('sends a konbini order confirmation in Japanese with the payment and confirmation numbers, amount and deadline', async () => {
    const ann = await t.login('customer');
    const p = await makeProduct(t, admin, [{ price: 3300, stock: 20 }]);
    const order = (await place(ann, orderBody([{ sku: p.skus[0], quantity: 1 }]))).json();
    expect(order.payment.konbini.paymentNumber).toBeTruthy();
    await flush();
    const m = await mail.waitFor(sentTo(ann.email));
    expect(m.from?.text).toContain('shop@inventra.test');
    expect(m.subject).toContain(`注文番号 #${order.number}`);
    expect(m.text).toContain(order.payment.konbini.paymentNumber);
    expect(m.text).toContain(order.payment.konbini.confirmationNumber);
    expect(m.text).toContain('￥3,800'); // 3,300 + 500 shipping
    expect(m.text).toContain('税込');
    expect(m.text).toMatch(/お支払い期限: 20\d\d年/);
    expect(m.text).toContain(`http://shop.test/orders/${order.id}`);
    expect(m.html).toContain(order.payment.konbini.paymentNumber);
    const [row] = await list(`to=${encodeURIComponent(ann.email)}`);
    expect(row).toMatchObject({ type: 'order.confirmation', to: ann.email, locale: 'ja', status: 'sent', attempts: 1, lastError: null });
    const detail = (await t.app.inject({ method: 'GET', url: `/v1/admin/notifications/${row.id}`, headers: staff.auth })).json();
    expect(detail.text).toContain(order.payment.konbini.paymentNumber);
    expect(detail.attemptLog).toMatchObject([{ attempt: 1, ok: true }]);
  });

  it('writes English for a customer who chose en, with the bank account from settings for a bank transfer', async () => {
    const bob = await t.login('customer');
    const patched = await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: bob.auth, payload: { locale: 'en' } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().locale).toBe('en');
    expect((await t.app.inject({ method: 'GET', url: '/v1/me', headers: bob.auth })).json().locale).toBe('en');
    const bank = { bankName: 'Mizuho Bank', branchName: 'Shibuya', accountType: 'ordinary', accountNumber: '1234567', accountHolder: 'INVENTRA STORE' };
    const s = await t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload: { bankAccount: bank } });
    expect(s.statusCode, s.body).toBe(200);
    const p = await makeProduct(t, admin, [{ price: 6000, stock: 20 }]);
    const order = (await place(bob, orderBody([{ sku: p.skus[0], quantity: 1 }], { paymentMethod: 'bank_transfer' }))).json();
    await flush();
    const m = await mail.waitFor(sentTo(bob.email));
    expect(m.subject).toBe(`Inventra Store: thank you for your order #${order.number}`);
    expect(m.text).toContain('Bank transfer');
    expect(m.text).toContain('Account number: 1234567');
    expect(m.text).toContain('Mizuho Bank');
    expect(m.text).toContain('¥6,000 (tax incl.)');
    expect(m.html).toContain('lang="en"');
  });

  it('tells the customer when the order ships (carrier, tracking number, tracking link) and when it is cancelled', async () => {
    const cy = await t.login('customer');
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 20 }]);
    const shipped = (await place(cy, orderBody([{ sku: p.skus[0], quantity: 1 }], { paymentMethod: 'cod' }))).json();
    const cancelled = (await place(cy, orderBody([{ sku: p.skus[0], quantity: 1 }]))).json();
    const s = await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${shipped.id}/shipments`, headers: staff.auth, payload: { carrier: 'Yamato', trackingNumber: '4455-6677-8899' } });
    expect(s.statusCode, s.body).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${cancelled.id}/cancel`, headers: staff.auth, payload: { note: 'Out of season' } })).statusCode).toBe(200);
    await flush();
    const ship = await mail.waitFor((m) => sentTo(cy.email)(m) && (m.subject ?? '').includes('発送'));
    expect(ship.text).toContain('Yamato');
    expect(ship.text).toContain('4455-6677-8899');
    expect(ship.text).toContain('https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=445566778899');
    const cancel = await mail.waitFor((m) => sentTo(cy.email)(m) && (m.subject ?? '').includes('キャンセル'));
    expect(cancel.text).toContain(`#${cancelled.number}`);
    expect(cancel.text).toContain('Out of season');
    // The relay running the same events again (at least once) writes no second message.
    const before = (await list(`to=${encodeURIComponent(cy.email)}&limit=100`)).length;
    expect(before).toBe(4); // two confirmations, shipped, cancelled
  });

  it('says the money comes back when a paid order is cancelled, and not when an unpaid one is', async () => {
    const di = await t.login('customer');
    const p = await makeProduct(t, admin, [{ price: 1500, stock: 20 }]);
    const paid = (await place(di, orderBody([{ sku: p.skus[0], quantity: 1 }], { paymentMethod: 'bank_transfer' }))).json();
    const unpaid = (await place(di, orderBody([{ sku: p.skus[0], quantity: 1 }], { paymentMethod: 'bank_transfer' }))).json();
    expect((await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${paid.id}/payments/capture`, headers: staff.auth })).statusCode).toBe(200);
    for (const o of [paid, unpaid]) expect((await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${o.id}/cancel`, headers: staff.auth })).statusCode).toBe(200);
    await flush();
    const cancelled = (n: number) => mail.waitFor((m) => sentTo(di.email)(m) && (m.subject ?? '').includes(`#${n} はキャンセル`));
    expect((await cancelled(paid.number)).text).toContain('お支払い済みの代金は返金いたします');
    expect((await cancelled(unpaid.number)).text).not.toContain('返金');
  });

  it('tells the customer what a partial return refunds, and sends no second full-total email when the returns settle the order', async () => {
    const eve = await t.login('customer');
    const p = await makeProduct(t, admin, [{ price: 1000, stock: 20 }]);
    const order = (await place(eve, orderBody([{ sku: p.skus[0], quantity: 3 }], { paymentMethod: 'cod' }))).json();
    for (const step of ['process', 'complete']) {
      const res = await t.app.inject({ method: 'POST', url: `/v1/admin/orders/${order.id}/${step}`, headers: staff.auth, payload: {} });
      expect(res.statusCode, res.body).toBe(200);
    }
    const ret = (n: number) => t.app.inject({ method: 'POST', url: `/v1/admin/orders/${order.id}/returns`, headers: staff.auth, payload: { items: [{ sku: p.skus[0], quantity: n }], restock: true } });
    const first = await ret(1);
    expect(first.statusCode, first.body).toBe(201);
    await flush();
    const refunds = () => list(`to=${encodeURIComponent(eve.email)}&type=order.refunded`);
    expect(await refunds()).toHaveLength(1);
    const m = await mail.waitFor((x) => sentTo(eve.email)(x) && (x.text ?? '').includes('返金'));
    expect(m.text).toContain(`￥${first.json().refundAmount.toLocaleString('en-US')}`);
    // The rest comes back: the order becomes refunded, and the customer hears of this return only.
    expect((await ret(2)).statusCode).toBe(201);
    await flush();
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/orders/${order.id}`, headers: staff.auth })).json().status).toBe('refunded');
    expect(await refunds()).toHaveLength(2);
  });

  it('sends a low-stock alert once per crossing to every active staff and admin user', async () => {
    const off = await t.login('staff');
    await t.services.identity.updateUser({ actor: { type: 'system', id: null }, principal: null, requestId: null, ip: null }, off.id, { isActive: false });
    const dee = await t.login('customer');
    const p = await makeProduct(t, admin, [{ price: 500, stock: 8 }]);
    const sku = p.skus[0];
    await place(dee, orderBody([{ sku, quantity: 4 }])); // available 8 → 4: crosses the threshold of 5
    await place(dee, orderBody([{ sku, quantity: 1 }])); // 4 → 3: already below, no new crossing
    await flush();
    const alerts = (await list('type=staff.low_stock&limit=100')).filter((n) => n.subject.includes(sku));
    const recipients = alerts.map((n) => n.to).sort();
    expect(recipients).toContain(staff.email);
    expect(recipients).toContain(admin.email);
    expect(recipients).not.toContain(off.email);
    expect(new Set(recipients).size).toBe(recipients.length);
    const m = await mail.waitFor((x) => sentTo(staff.email)(x) && (x.subject ?? '').includes(sku));
    expect(m.text).toContain('販売可能数: 4');
    expect(m.text).toContain(`http://shop.test/admin/inventory?sku=${sku}`);
    // Restocked above the threshold and down again: a new crossing, a new alert.
    await setStock(t, admin, sku, 20);
    expect((await place(dee, orderBody([{ sku, quantity: 12 }]))).statusCode).toBe(201); // 15 available → 3
    await flush();
    const again = (await list('type=staff.low_stock&limit=100')).filter((n) => n.subject.includes(sku) && n.to === staff.email);
    expect(again).toHaveLength(2);
  });
});

describe('delivery', () => {
  it('keeps messages while the SMTP server is down and sends each exactly once when it is back', async () => {
    const eve = await t.login('customer');
    const p = await makeProduct(t, admin, [{ price: 700, stock: 20 }]);
    await mail.stop();
    const orders = [];
    for (let i = 0; i < 3; i++) orders.push((await place(eve, orderBody([{ sku: p.skus[0], quantity: 1 }]))).json());
    await flush();
    const waiting = await list(`to=${encodeURIComponent(eve.email)}`);
    expect(waiting).toHaveLength(3);
    for (const n of waiting) {
      expect(n.status).toBe('pending');
      expect(n.attempts).toBeGreaterThanOrEqual(1);
      expect(n.lastError).toBeTruthy();
    }
    expect(mail.to(eve.email)).toHaveLength(0);
    const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/notifications_attempts_failed_total\{type="order.confirmation"\} [1-9]/);
    expect(metrics).toMatch(/notifications_queue_age_seconds \d/);

    await mail.start();
    await advance(HOUR);
    await t.services.notifications.sender.drain();
    await advance(HOUR);
    await t.services.notifications.sender.drain();
    for (const o of orders) await mail.waitFor((m) => sentTo(eve.email)(m) && (m.subject ?? '').includes(`#${o.number}`));
    expect(mail.to(eve.email)).toHaveLength(3);
    const sent = await list(`to=${encodeURIComponent(eve.email)}`);
    expect(sent.every((n) => n.status === 'sent' && n.attempts >= 2 && n.lastError === null)).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).body).toMatch(/notifications_sent_total\{type="order.confirmation"\} \d/);
  });

  it('gives up after every retry (failed), and staff can resend a failed message', async () => {
    let gus = await t.login('customer', `bounce-${Date.now()}@nowhere.invalid`);
    const p = await makeProduct(t, admin, [{ price: 700, stock: 20 }]);
    await mail.stop();
    await place(gus, orderBody([{ sku: p.skus[0], quantity: 1 }]));
    for (let i = 0; i < 10; i++) {
      await t.services.notifications.sender.drain();
      await advance(7 * HOUR);
    }
    gus = await t.login('customer', gus.email);
    const [failed] = await list(`to=${encodeURIComponent(gus.email)}&status=failed`);
    expect(failed).toMatchObject({ status: 'failed', attempts: 8 });
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).body).toMatch(/notifications_failed_total\{type="order.confirmation"\} 1/);
    await mail.start();
    const customer = await t.app.inject({ method: 'POST', url: `/v1/admin/notifications/${failed.id}/resend`, headers: gus.auth });
    expect(customer.statusCode).toBe(403);
    const res = await t.app.inject({ method: 'POST', url: `/v1/admin/notifications/${failed.id}/resend`, headers: staff.auth });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('pending');
    await t.services.notifications.sender.drain();
    await mail.waitFor(sentTo(gus.email));
    const again = await t.app.inject({ method: 'POST', url: `/v1/admin/notifications/${failed.id}/resend`, headers: staff.auth });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invalid_transition');
    const audit = (await t.app.inject({ method: 'GET', url: `/v1/admin/audit-logs?entityType=notification&entityId=${failed.id}`, headers: admin.auth })).json();
    expect(audit.items.map((a: any) => a.action)).toContain('notification.resent');
  });
});

describe('admin routes', () => {
  it('lists with filters, pages, answers 404/400/401/403 as the contract says', async () => {
    const all = await list('limit=2');
    expect(all).toHaveLength(2);
    const page = (await t.app.inject({ method: 'GET', url: '/v1/admin/notifications?limit=2', headers: staff.auth })).json();
    expect(page.nextCursor).toEqual(expect.any(String));
    const next = (await t.app.inject({ method: 'GET', url: `/v1/admin/notifications?limit=2&cursor=${page.nextCursor}`, headers: staff.auth })).json();
    expect(next.items[0].id).not.toBe(page.items[0].id);
    expect((await list('status=sent&type=order.shipped')).every((n) => n.status === 'sent' && n.type === 'order.shipped')).toBe(true);
    for (const q of ['status=lost', 'type=order.exploded', 'limit=101', 'cursor=not-a-cursor']) {
      const res = await t.app.inject({ method: 'GET', url: `/v1/admin/notifications?${q}`, headers: staff.auth });
      expect(res.statusCode, q).toBe(400);
    }
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/notifications/${uuidv7()}`, headers: staff.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/v1/admin/notifications/${uuidv7()}/resend`, headers: staff.auth })).statusCode).toBe(404);
    const customer = await t.login('customer');
    for (const url of ['/v1/admin/notifications', `/v1/admin/notifications/${all[0].id}`, '/v1/admin/notifications/preview?type=password.reset']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
      expect((await t.app.inject({ method: 'GET', url, headers: customer.auth })).statusCode, url).toBe(403);
    }
  });

  it('previews every template in both languages', async () => {
    for (const type of ['order.confirmation', 'order.shipped', 'order.cancelled', 'order.refunded', 'password.reset', 'staff.low_stock']) {
      for (const locale of ['ja', 'en']) {
        const res = await t.app.inject({ method: 'GET', url: `/v1/admin/notifications/preview?type=${type}&locale=${locale}`, headers: staff.auth });
        expect(res.statusCode, res.body).toBe(200);
        const r = res.json();
        expect(r.subject.length).toBeGreaterThan(5);
        expect(r.text).not.toContain('{{');
        expect(r.html).toContain(`<html lang="${locale}">`);
      }
    }
    const bank = (await t.app.inject({ method: 'GET', url: '/v1/admin/notifications/preview?type=order.confirmation&locale=ja&payment=bank_transfer', headers: staff.auth })).json();
    expect(bank.text).toContain('銀行振込');
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/notifications/preview?type=nope', headers: staff.auth })).statusCode).toBe(400);
  });
});

describe('without SMTP_URL', () => {
  it('keeps messages, readable in the admin, and refuses to resend them', async () => {
    const kept = await createTestApp();
    try {
      const a = await kept.login('admin');
      const c = await kept.login('customer');
      const p = await makeProduct(kept, a, [{ price: 900, stock: 5 }]);
      const o = await kept.app.inject({ method: 'POST', url: '/v1/store/orders', headers: c.auth, payload: { items: [{ sku: p.skus[0], quantity: 1 }], shippingAddress: ADDRESS, paymentMethod: 'konbini' } });
      expect(o.statusCode).toBe(201);
      const items = (await kept.app.inject({ method: 'GET', url: `/v1/admin/notifications?to=${encodeURIComponent(c.email)}`, headers: a.auth })).json().items;
      expect(items).toMatchObject([{ type: 'order.confirmation', status: 'kept', attempts: 0 }]);
      const detail = (await kept.app.inject({ method: 'GET', url: `/v1/admin/notifications/${items[0].id}`, headers: a.auth })).json();
      expect(detail.text).toContain(o.json().payment.konbini.paymentNumber);
      const resend = await kept.app.inject({ method: 'POST', url: `/v1/admin/notifications/${items[0].id}/resend`, headers: a.auth });
      expect(resend.statusCode).toBe(422);
    } finally {
      await kept.dispose();
    }
  });
});
