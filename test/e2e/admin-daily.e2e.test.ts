// The admin for a merchant's daily work, in real Chromium against the real server: find an order
// by the customer's email and export it, print invoices of selected orders, bulk-publish products,
// sort products on the server, dark mode, language, 390 px, and axe-core on every admin screen
// (0 serious or critical violations, light and dark).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../helpers/server';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let adminToken = '';
const stamp = Date.now().toString(36);
const STAMP = stamp.toUpperCase();
const shopper = { name: 'Mika Kobayashi', email: `mika-${stamp}@example.test`, id: '', token: '' };
const ids = { order: '', orderNumber: 0, otherOrderNumber: 0, product: '', sku: `DAILY-${STAMP}-1`, webhook: '', category: '' };
const bulkTitles = [1, 2, 3].map((i) => `Bulk ${STAMP} ${i}`);
/** More products than one admin page (50) holds: the oldest is the cheapest, the newest the dearest. */
const sortedTitles = Array.from({ length: 53 }, (_, i) => `Sorted ${STAMP} ${String(i).padStart(2, '0')}`);

const api = <T>(method: string, path: string, body?: unknown, token = adminToken) => server.api<T>(method, path, body, token);

/** The product titles of the Products table's rows, in order. */
const rowTitles = (p: Page) => p.getByRole('table', { name: 'Products' }).locator('tbody tr td:nth-child(2) a').allTextContents();

async function signIn() {
  await page.goto(`${server.url}/admin/login`);
  await page.getByLabel('Email').fill(server.adminEmail);
  await page.getByLabel('Password').fill(server.adminPassword);
  await page.getByLabel('Password').press('Enter');
  await page.getByRole('navigation', { name: 'Main' }).first().waitFor();
}

/** axe-core on the current page: violations that are serious or critical, as readable lines. */
async function seriousViolations(): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => (window as any).axe.run(document, { resultTypes: ['violations'] }));
  return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

beforeAll(async () => {
  server = await startServer();
  adminToken = (await server.api<{ accessToken: string }>('POST', '/v1/auth/login', { email: server.adminEmail, password: server.adminPassword })).accessToken;
  const category = await api<{ id: string }>('POST', '/v1/admin/categories', { name: `Tea ${STAMP}` });
  ids.category = category.id;
  const product = await api<{ id: string }>('POST', '/v1/admin/products', { title: `Daily Sencha ${STAMP}`, categoryId: category.id, variants: [{ sku: ids.sku, price: 1800, compareAtPrice: 2000, options: { size: '100 g' } }] });
  ids.product = product.id;
  await api('POST', `/v1/admin/products/${product.id}/publish`);
  await api('PUT', `/v1/admin/inventory/${ids.sku}`, { onHand: 3 });
  for (const title of bulkTitles) await api('POST', '/v1/admin/products', { title, variants: [{ sku: `${title.replace(/\s+/g, '-').toUpperCase()}`, price: 500 }] });
  const reg = await server.api<{ accessToken: string; user: { id: string } }>('POST', '/v1/auth/register', { email: shopper.email, password: `Mika-${stamp}-tea-garden`, name: shopper.name });
  shopper.token = reg.accessToken;
  shopper.id = reg.user.id;
  await server.api('POST', '/v1/me/addresses', { name: shopper.name, postalCode: '1500001', prefecture: 'Tokyo', city: 'Shibuya-ku', line1: '1-2-3 Jingumae', phone: '0312345678' }, shopper.token);
  const order = await server.api<{ id: string; number: number }>('POST', '/v1/store/orders', { items: [{ sku: ids.sku, quantity: 2 }], shippingAddress: { name: shopper.name, postalCode: '1500001', prefecture: 'Tokyo', city: 'Shibuya-ku', line1: '1-2-3 Jingumae', phone: '0312345678' }, paymentMethod: 'bank_transfer' }, shopper.token);
  ids.order = order.id;
  ids.orderNumber = order.number;
  // Another customer's order, which the email search must leave out.
  const other = await server.api<{ accessToken: string }>('POST', '/v1/auth/register', { email: `other-${stamp}@example.test`, password: `Other-${stamp}-tea-garden`, name: 'Other Person' });
  ids.otherOrderNumber = (await server.api<{ number: number }>('POST', '/v1/store/orders', { items: [{ sku: ids.sku, quantity: 1 }], shippingAddress: { name: 'Other Person', postalCode: '1500001', prefecture: 'Tokyo', city: 'Shibuya-ku', line1: '1-2-3 Jingumae', phone: '0312345678' }, paymentMethod: 'cod' }, other.accessToken)).number;
  for (const [i, title] of sortedTitles.entries()) await api('POST', '/v1/admin/products', { title, variants: [{ sku: `SORTED-${STAMP}-${i}`, price: 100 + i * 10 }] });
  ids.webhook = (await api<{ id: string }>('POST', '/v1/admin/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['order.*'] })).id;

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, colorScheme: 'light' });
  page = await context.newPage();
  // English, chosen the way a person would (remembered in localStorage), so labels read as below.
  await page.goto(`${server.url}/admin/login`);
  await page.evaluate(() => localStorage.setItem('inventra.admin.locale', 'en'));
  await signIn();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('admin daily work in Chromium', () => {
  it('finds an order by the customer email and exports the filtered list as CSV', async () => {
    await page.goto(`${server.url}/admin/orders`);
    await page.getByRole('searchbox', { name: 'Search orders' }).fill(shopper.email);
    await page.getByRole('button', { name: 'Find' }).click();
    await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(shopper.email)}`);
    const table = page.getByRole('table', { name: 'Orders' });
    await table.getByRole('link', { name: `#${ids.orderNumber}` }).waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    // The customer's email arrives with the names lookup, a moment after the row.
    await table.getByText(shopper.email).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export these as CSV' }).click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toMatch(/^order_number,created_at,status,payment_method,payment_status,customer_email,customer_name/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(String(ids.orderNumber));
    expect(lines[1]).toContain(shopper.email);
    expect(lines[1]).toContain(ids.sku);
  });

  it('prints the invoices of 2 selected orders as one document, which prints to a PDF holding both', async () => {
    const orderNumbers = [ids.orderNumber, ids.otherOrderNumber];
    // print() only counted: a test has no print dialog to dismiss.
    await context.addInitScript(() => {
      window.print = () => void ((window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1);
    });
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
    expect(invoiceCalls).toEqual(['200 text/html; charset=utf-8', '200 text/html; charset=utf-8']);
    expect(await popup.locator('.invoice-page').count()).toBe(2);

    // What "Save as PDF" in the print dialog gives: Chromium's print of that document, a page per invoice.
    const pdf = await popup.pdf({ format: 'A4' });
    await popup.close();
    const pdfText = (bytes: Buffer) => {
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes }).toString('utf8');
    };
    const printed = pdfText(pdf);
    for (const n of orderNumbers) expect(printed).toContain(`#${n}`);
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8'))?.[1])).toBeGreaterThanOrEqual(2);

    // And each order's own invoice as application/pdf (the order page's PDF link), with its number.
    const { items } = await api<{ items: { id: string; number: number }[] }>('GET', '/v1/admin/orders?limit=10');
    for (const n of orderNumbers) {
      const res = await page.request.get(`${server.url}/v1/admin/orders/${items.find((o) => o.number === n)!.id}/invoice?format=pdf`, { headers: { authorization: `Bearer ${adminToken}` } });
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      expect(pdfText(await res.body())).toContain(`#${n}`);
    }
  });

  it('shows the customer card with email and links on the order page, and the customer screens', async () => {
    await page.goto(`${server.url}/admin/orders/${ids.order}`);
    const mail = page.getByRole('link', { name: shopper.email });
    await mail.waitFor();
    expect(await mail.getAttribute('href')).toBe(`mailto:${shopper.email}`);
    await page.getByRole('link', { name: 'Customer page' }).click();
    await page.getByRole('heading', { name: shopper.name }).waitFor();
    await page.getByRole('link', { name: `#${ids.orderNumber}` }).waitFor();
    await page.getByText('Shibuya-ku').first().waitFor();

    // Points: an admin adjusts them with a reason; the balance follows.
    await page.getByLabel('Add or remove points').fill('250');
    await page.getByLabel('Reason').fill('Welcome gift');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('250 points', { exact: true }).waitFor();

    await page.goto(`${server.url}/admin/customers`);
    await page.getByRole('searchbox', { name: 'Search customers' }).fill('mika');
    await page.getByRole('button', { name: 'Find' }).click();
    const row = page.getByRole('row', { name: new RegExp(shopper.name) });
    await row.waitFor();
    expect(await row.textContent()).toContain('250');
  });

  it('bulk-publishes 3 products after a confirmation that says how many', async () => {
    await page.goto(`${server.url}/admin/products?q=${encodeURIComponent(`Bulk ${STAMP}`)}`);
    for (const title of bulkTitles) await page.getByRole('checkbox', { name: `Select ${title}` }).check();
    await page.getByRole('region', { name: 'Selected products' }).getByRole('button', { name: 'Publish', exact: true }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('Publish 3 products?').waitFor();
    await confirm.getByRole('button', { name: 'Publish 3 products' }).click();
    await page.getByText('3 products published.').waitFor();
    const list = await api<{ items: { title: string; status: string }[] }>('GET', `/v1/admin/products?q=${encodeURIComponent(`Bulk ${STAMP}`)}&limit=10`);
    expect(list.items.filter((p) => bulkTitles.includes(p.title)).map((p) => p.status)).toEqual(['published', 'published', 'published']);
    // The stock column reads live stock: 3 on hand, 3 reserved by the two orders.
    await page.goto(`${server.url}/admin/products?q=${encodeURIComponent(`Daily Sencha ${STAMP}`)}`);
    await page.getByRole('row', { name: new RegExp(`Daily Sencha ${STAMP}`) }).getByText('Sold out').waitFor();
  });

  it('sorts products on the server: a column header orders the whole list, the next page follows the sorted cursor', async () => {
    await page.goto(`${server.url}/admin/products?q=${encodeURIComponent(`Sorted ${STAMP}`)}`);
    const table = page.getByRole('table', { name: 'Products' });
    await table.getByRole('link', { name: sortedTitles[sortedTitles.length - 1] }).waitFor();
    // Newest edit first; the three oldest are on page 2, out of reach of a sort within the page.
    expect(await rowTitles(page)).toHaveLength(50);
    expect(await rowTitles(page)).not.toContain(sortedTitles[0]);
    expect(await page.getByText('sort the products on this page').count()).toBe(0);

    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/v1/admin/products?') && new URL(r.url()).searchParams.get('sort') === 'price'),
      table.getByRole('button', { name: /^Price/ }).click(),
    ]);
    expect(new URL(request.url()).searchParams.get('cursor')).toBeNull();
    await expect.poll(async () => (await rowTitles(page))[0]).toBe(sortedTitles[0]);
    expect(await rowTitles(page)).toEqual(sortedTitles.slice(0, 50));
    expect(await table.locator('th[aria-sort="ascending"]').textContent()).toContain('Price');
    await expect.poll(() => page.url()).toContain('sort=price');

    const [next] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/v1/admin/products?') && new URL(r.url()).searchParams.has('cursor')),
      page.getByRole('navigation', { name: /pagination/i }).getByRole('button', { name: 'Next' }).click(),
    ]);
    expect(new URL(next.url()).searchParams.get('sort')).toBe('price');
    await expect.poll(() => rowTitles(page)).toEqual(sortedTitles.slice(50));

    // Again: descending, from the first page.
    await table.getByRole('button', { name: /^Price/ }).click();
    await expect.poll(async () => (await rowTitles(page))[0]).toBe(sortedTitles[sortedTitles.length - 1]);
    expect(await rowTitles(page)).toEqual([...sortedTitles].reverse().slice(0, 50));
    expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain('Price');

    // Title, ascending: the server's order again (zero-padded numbers sort the same everywhere).
    await table.getByRole('button', { name: /^Product/ }).click();
    await expect.poll(async () => (await rowTitles(page))[0]).toBe(sortedTitles[0]);
    expect(await rowTitles(page)).toEqual(sortedTitles.slice(0, 50));
  });

  it('toggles dark mode, remembers it, and follows the system when asked', async () => {
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    // The body's background as the browser paints it, read back through a canvas (sRGB), dark when its channels are low.
    const bodyIsDark = () => page.evaluate(() => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      return r + g + b < 150;
    });
    await page.goto(`${server.url}/admin/`);
    const appearance = page.getByLabel('Appearance').first();
    await appearance.waitFor();
    expect(await theme()).toBe('light');
    await appearance.selectOption('dark');
    expect(await theme()).toBe('dark');
    expect(await bodyIsDark()).toBe(true);
    await page.reload();
    await page.getByLabel('Appearance').first().waitFor();
    expect(await theme()).toBe('dark');
    await page.getByLabel('Appearance').first().selectOption('system');
    expect(await theme()).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(theme).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(theme).toBe('light');
  });

  it('switches to Japanese and keeps it after a reload', async () => {
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('Language').first().selectOption('ja');
    const nav = page.getByRole('navigation', { name: 'メイン' }).first();
    await nav.getByRole('link', { name: '商品' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await page.reload();
    await page.getByRole('navigation', { name: 'メイン' }).first().getByRole('link', { name: '注文' }).waitFor();
    await page.getByLabel('言語').first().selectOption('en');
    await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Orders' }).waitFor();
  });

  it('asks before changing the currency while products exist, saying what happens to prices', async () => {
    await page.goto(`${server.url}/admin/settings`);
    await page.getByLabel('Currency').selectOption('USD');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Change the currency from JPY to USD?').waitFor();
    expect(await dialog.textContent()).toMatch(/¥3,300 becomes US\$33\.00|¥3,300 becomes \$33\.00/);
    await dialog.getByRole('button', { name: 'Keep the current currency' }).click();
    expect((await api<{ currency: string }>('GET', '/v1/admin/settings')).currency).toBe('JPY');
  });

  const screens = () => [
    '/admin/',
    '/admin/products',
    '/admin/products/new',
    '/admin/products/import',
    `/admin/products/${ids.product}`,
    '/admin/categories',
    '/admin/inventory',
    `/admin/inventory/${ids.sku}`,
    '/admin/orders',
    `/admin/orders/${ids.order}`,
    '/admin/customers',
    `/admin/customers/${shopper.id}`,
    '/admin/delivery',
    '/admin/audit',
    '/admin/users',
    '/admin/api-keys',
    '/admin/webhooks',
    `/admin/webhooks/${ids.webhook}`,
    '/admin/settings',
    '/admin/no-such-screen',
  ];

  // Light in English, dark in Japanese (the default language): both themes and both languages.
  for (const [scheme, locale] of [['light', 'en'], ['dark', 'ja']] as const) {
    it(`axe-core finds no serious or critical violation on any admin screen (${scheme}, ${locale})`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate((l) => localStorage.setItem('inventra.admin.locale', l), locale);
      const found: string[] = [];
      for (const path of screens()) {
        await page.goto(`${server.url}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        for (const v of await seriousViolations()) found.push(`${path}: ${v}`);
      }
      expect(found).toEqual([]);
      await page.evaluate(() => localStorage.setItem('inventra.admin.locale', 'en'));
    }, 180_000);
  }

  it('axe-core and the layout hold on the sign-in screen and at 390 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow: string[] = [];
    for (const path of ['/admin/', '/admin/orders', '/admin/products', `/admin/orders/${ids.order}`, `/admin/customers/${shopper.id}`, '/admin/settings', '/admin/audit']) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) overflow.push(`${path}: ${width}px`);
    }
    expect(overflow).toEqual([]);
    const fresh = await context.browser()!.newContext({ viewport: { width: 390, height: 844 } });
    const login = await fresh.newPage();
    await login.goto(`${server.url}/admin/login`);
    await login.getByRole('heading', { level: 1 }).first().waitFor();
    await login.evaluate(AXE);
    const result = await login.evaluate(async () => (window as any).axe.run(document, { resultTypes: ['violations'] }));
    expect((result.violations as { impact: string; id: string }[]).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await fresh.close();
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 120_000);
});
