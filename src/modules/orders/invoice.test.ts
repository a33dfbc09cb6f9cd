import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { orderBody } from '../../../test/helpers/order-fixtures';
import { taxedProduct } from '../../../test/helpers/money-fixtures';

/** Invoices through the real server; the PDF read back with poppler's pdftotext, the HTML printed by Chromium. */
let t: TestApp;
let admin: TestUser;
let customer: TestUser;
let order: { id: string; number: number };
const SELLER = { name: '株式会社インヴェントラ商店', address: '東京都渋谷区神宮前1-2-3', phone: '03-1234-5678', email: 'shop@example.jp', invoiceRegistrationNumber: 'T1234567890123' };

const setSeller = (seller: object) => t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload: { seller } });
const invoice = (url: string, user: TestUser) => t.app.inject({ method: 'GET', url, headers: user.auth });

beforeAll(async () => {
  t = await createTestApp();
  [admin, customer] = await Promise.all([t.login('admin'), t.login('customer')]);
  expect((await setSeller(SELLER)).statusCode).toBe(200);
  const lines = [];
  for (let i = 0; i < 10; i++) lines.push(await taxedProduct(t, admin, 1000 + i * 10, i % 2 === 0 ? 'reduced' : 'standard', 10));
  const res = await t.app.inject({ method: 'POST', url: '/v1/store/orders', headers: customer.auth, payload: orderBody(lines.map((l) => ({ sku: l.sku, quantity: 1 }))) });
  expect(res.statusCode, res.body).toBe(201);
  order = res.json();
});
afterAll(() => t?.dispose());

describe('invoices', () => {
  it('HTML: a qualified invoice with seller, registration number, buyer, ※ on reduced lines and tax per rate', async () => {
    const res = await invoice(`/v1/store/orders/${order.id}/invoice`, customer);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.body;
    for (const s of ['適格請求書', SELLER.name, 'T1234567890123', 'Hanako Yamada 様', `#${order.number}`, '8%対象', '10%対象', '内消費税', '※は軽減税率']) expect(html).toContain(s);
    expect(html.match(/ ※<\/td>/g)).toHaveLength(5);
    const en = await invoice(`/v1/store/orders/${order.id}/invoice?lang=en`, customer);
    expect(en.body).toContain('Qualified invoice');
  });

  it('PDF: opens with pdftotext, which finds the T-number and the Japanese seller name', async () => {
    const res = await invoice(`/v1/admin/orders/${order.id}/invoice?format=pdf`, admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: res.rawPayload }).toString('utf8');
    expect(text).toContain('T1234567890123');
    expect(text).toContain(SELLER.name);
    expect(text).toContain('適格請求書');
    const fonts = execFileSync('pdffonts', ['-'], { input: res.rawPayload }).toString('utf8');
    expect(fonts).toMatch(/NotoSansJP.*yes/); // embedded
  });

  it('a store without a registration number issues a plain receipt (no "qualified" wording)', async () => {
    try {
      expect((await setSeller({ ...SELLER, invoiceRegistrationNumber: null })).statusCode).toBe(200);
      const html = (await invoice(`/v1/store/orders/${order.id}/invoice`, customer)).body;
      expect(html).toContain('領収書');
      expect(html).not.toContain('適格');
      expect(html).not.toContain('登録番号');
      const pdf = (await invoice(`/v1/store/orders/${order.id}/invoice?format=pdf`, customer)).rawPayload;
      expect(execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8')).not.toContain('適格');
    } finally {
      await setSeller(SELLER);
    }
  });

  it('is the owner’s only: another customer gets 404, strangers 401, a bad format 400', async () => {
    const other = await t.login('customer');
    expect((await invoice(`/v1/store/orders/${order.id}/invoice`, other)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/v1/store/orders/${order.id}/invoice` })).statusCode).toBe(401);
    expect((await invoice(`/v1/admin/orders/${order.id}/invoice`, customer)).statusCode).toBe(403);
    expect((await invoice(`/v1/store/orders/${order.id}/invoice?format=docx`, customer)).statusCode).toBe(400);
    expect((await setSeller({ ...SELLER, invoiceRegistrationNumber: 'T123' })).statusCode).toBe(400);
  });

  it('the HTML of a 10-line order prints on one A4 page', async () => {
    const html = (await invoice(`/v1/store/orders/${order.id}/invoice`, customer)).body;
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
      expect(info).toMatch(/Pages:\s+1\n/);
      expect(info).toMatch(/Page size:.*\(A4\)/);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
