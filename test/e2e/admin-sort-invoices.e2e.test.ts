// The admin Products table sorted by the server (across pages, not within one) and the Orders
// page's bulk "print invoices", in real Chromium against the real server.
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../helpers/server';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let adminToken = '';
const STAMP = Date.now().toString(36).toUpperCase();
/** More products than one admin page (50) holds: the oldest is the cheapest, the newest the dearest. */
const COUNT = 53;
const titles = Array.from({ length: COUNT }, (_, i) => `Sorted ${STAMP} ${String(i).padStart(2, '0')}`);
const orderNumbers: number[] = [];

const api = <T>(method: string, path: string, body?: unknown, token = adminToken) => server.api<T>(method, path, body, token);

/** The product titles of the table's rows, in order. */
const rowTitles = (p: Page) => p.getByRole('table', { name: 'Products' }).locator('tbody tr td:nth-child(2) a').allTextContents();

beforeAll(async () => {
  server = await startServer();
  adminToken = (await server.api<{ accessToken: string }>('POST', '/v1/auth/login', { email: server.adminEmail, password: server.adminPassword })).accessToken;
  for (const [i, title] of titles.entries()) await api('POST', '/v1/admin/products', { title, variants: [{ sku: `SRT-${STAMP}-${i}`, price: 100 + i * 10 }] });

  const sku = `INV-${STAMP}`;
  const product = await api<{ id: string }>('POST', '/v1/admin/products', { title: `Invoice Tea ${STAMP}`, variants: [{ sku, price: 1200 }] });
  await api('POST', `/v1/admin/products/${product.id}/publish`);
  await api('PUT', `/v1/admin/inventory/${sku}`, { onHand: 10 });
  const buyer = await server.api<{ accessToken: string }>('POST', '/v1/auth/register', { email: `inv-${STAMP.toLowerCase()}@example.test`, password: `Invoice-${STAMP}-green-tea`, name: 'Kenji Sato' });
  const address = { name: 'Kenji Sato', postalCode: '1500001', prefecture: 'Tokyo', city: 'Shibuya-ku', line1: '1-2-3 Jingumae', phone: '0312345678' };
  for (const quantity of [1, 2]) {
    const order = await server.api<{ number: number }>('POST', '/v1/store/orders', { items: [{ sku, quantity }], shippingAddress: address, paymentMethod: 'bank_transfer' }, buyer.accessToken);
    orderNumbers.push(order.number);
  }

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // English labels, remembered the way the admin remembers a choice; print() only counted (no dialog in a test).
  await context.addInitScript(() => {
    localStorage.setItem('inventra.admin.locale', 'en');
    window.print = () => {
      (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  page = await context.newPage();
  await page.goto(`${server.url}/admin/login`);
  await page.getByLabel('Email').fill(server.adminEmail);
  await page.getByLabel('Password').fill(server.adminPassword);
  await page.getByLabel('Password').press('Enter');
  await page.getByRole('navigation', { name: 'Main' }).first().waitFor();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('admin Products sorted by the server', () => {
  it('a column header sorts the whole list, and the next page follows the sorted cursor', async () => {
    await page.goto(`${server.url}/admin/products?q=${encodeURIComponent(`Sorted ${STAMP}`)}`);
    const table = page.getByRole('table', { name: 'Products' });
    await table.getByRole('link', { name: titles[COUNT - 1] }).waitFor();
    // Newest edit first; the three oldest are on page 2, out of reach of a sort within the page.
    expect(await rowTitles(page)).toHaveLength(50);
    expect(await rowTitles(page)).not.toContain(titles[0]);
    expect(await page.getByText('sort the products on this page').count()).toBe(0);

    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/v1/admin/products?') && new URL(r.url()).searchParams.get('sort') === 'price'),
      table.getByRole('button', { name: /^Price/ }).click(),
    ]);
    expect(new URL(request.url()).searchParams.get('cursor')).toBeNull();
    await expect.poll(async () => (await rowTitles(page))[0]).toBe(titles[0]);
    expect(await rowTitles(page)).toEqual(titles.slice(0, 50));
    expect(await table.locator('th[aria-sort="ascending"]').textContent()).toContain('Price');
    await expect.poll(() => page.url()).toContain('sort=price');

    const [next] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/v1/admin/products?') && new URL(r.url()).searchParams.has('cursor')),
      page.getByRole('navigation', { name: /pagination/i }).getByRole('button', { name: 'Next' }).click(),
    ]);
    expect(new URL(next.url()).searchParams.get('sort')).toBe('price');
    await expect.poll(() => rowTitles(page)).toEqual(titles.slice(50));

    // Again: descending, from the first page.
    await table.getByRole('button', { name: /^Price/ }).click();
    await expect.poll(async () => (await rowTitles(page))[0]).toBe(titles[COUNT - 1]);
    expect(await rowTitles(page)).toEqual([...titles].reverse().slice(0, 50));
    expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain('Price');

    // Title, ascending: the server's order again (zero-padded numbers sort the same everywhere).
    await table.getByRole('button', { name: /^Product/ }).click();
    await expect.poll(async () => (await rowTitles(page))[0]).toBe(titles[0]);
    expect(await rowTitles(page)).toEqual(titles.slice(0, 50));
  });
});

describe('admin Orders bulk invoices', () => {
  it('prints the invoices of 2 selected orders as one document that becomes a 2-order PDF', async () => {
    await page.goto(`${server.url}/admin/orders`);
    for (const n of orderNumbers) await page.getByRole('checkbox', { name: `Select order #${n}` }).check();
    const bar = page.getByRole('region', { name: 'Selected orders' });
    await bar.getByText('2 orders selected').waitFor();
    const invoiceCalls: string[] = [];
    page.on('response', (r) => {
      if (/\/v1\/admin\/orders\/[^/]+\/invoice/.test(r.url())) invoiceCalls.push(`${r.status()} ${r.headers()['content-type']}`);
    });
    const [popup] = await Promise.all([context.waitForEvent('page'), bar.getByRole('button', { name: 'Print 2 invoices' }).click()]);
    await expect.poll(() => popup.evaluate(() => (window as unknown as { printed?: number }).printed ?? 0)).toBe(1);
    expect(invoiceCalls).toHaveLength(2);
    for (const call of invoiceCalls) expect(call).toMatch(/^200 text\/html/);
    expect(await popup.locator('.invoice-page').count()).toBe(2);

    // What "Save as PDF" in the print dialog gives: Chromium's print of that document.
    const pdf = await popup.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
    for (const n of orderNumbers) expect(text).toContain(`#${n}`);
    const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
    await popup.close();
  });

  it('each selected order also has its invoice as application/pdf from the API the order page links', async () => {
    const { items } = await api<{ items: { id: string; number: number }[] }>('GET', '/v1/admin/orders?limit=10');
    for (const n of orderNumbers) {
      const order = items.find((o) => o.number === n)!;
      const res = await page.request.get(`${server.url}/v1/admin/orders/${order.id}/invoice?format=pdf`, { headers: { authorization: `Bearer ${adminToken}` } });
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      const body = await res.body();
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      expect(execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: body }).toString('utf8')).toContain(`#${n}`);
    }
  });
});
