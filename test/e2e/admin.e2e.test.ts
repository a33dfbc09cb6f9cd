// The PMS admin in real Chromium against the real server, driven the way a person uses it:
// by roles and labels. Steps whose backend routes are not served yet (checked against
// /openapi.json) are skipped with a note instead of failing.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAll, ENGLISH, launchChromium, openPage, servedRoutes } from '../helpers/browser';
import { type RunningServer, startServer } from '../helpers/server';

const startAnyServer = () => startServer();

let server: RunningServer;
let browser: Browser;
let page: Page;
let routes = new Set<string>();
let realtime = false;

const has = (method: string, path: string) => routes.has(`${method.toLowerCase()} ${path}`);
const missing = (...needs: Array<[string, string]>) => {
  const absent = needs.filter(([m, p]) => !has(m, p)).map(([m, p]) => `${m.toUpperCase()} ${p}`);
  return absent.length ? `backend route not served yet: ${absent.join(', ')}` : null;
};

const api = <T>(method: string, path: string, body?: unknown, token?: string): Promise<T> => server.api<T>(method, path, body, token);

const stamp = Date.now().toString(36).toUpperCase();
const product = { title: `E2E Linen Shirt ${stamp}`, skus: [`E2E-${stamp}-M`, `E2E-${stamp}-L`], id: '', published: false, stocked: false };
let customerToken = '';

async function customer(): Promise<string> {
  if (customerToken) return customerToken;
  const res = await api<{ accessToken: string }>('POST', '/v1/auth/register', { email: `e2e-${stamp.toLowerCase()}@example.test`, password: 'customer-password', name: 'E2E Customer' });
  customerToken = res.accessToken;
  return customerToken;
}

async function placeOrder(): Promise<{ id: string; number: number }> {
  return api('POST', '/v1/store/orders', {
    items: [{ sku: product.skus[0], quantity: 1 }],
    shippingAddress: { name: 'Hanako Yamada', postalCode: '1500001', prefecture: 'Tokyo', city: 'Shibuya-ku', line1: '1-2-3 Jingumae', phone: '0312345678' },
    paymentMethod: 'cod',
  }, await customer());
}

beforeAll(async () => {
  server = await startAnyServer();
  routes = await servedRoutes(server);
  realtime = await fetch(`${server.url}/v1/realtime/?EIO=4&transport=polling`).then((r) => r.ok, () => false);
  browser = await launchChromium();
  ({ page } = await openPage(browser, { storage: ENGLISH, acceptDialogs: true }));
}, 240_000);

afterAll(() => closeAll(browser, server));

describe('PMS admin in Chromium', () => {
  it('signs in with email and password', async () => {
    await page.goto(`${server.url}/admin/`);
    await expect.poll(() => page.url()).toContain('/admin/login');
    await page.getByLabel('Email').fill(server.adminEmail);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'email or password' }).waitFor();

    await page.getByLabel('Password').fill(server.adminPassword);
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Products' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).isVisible()).toBe(true);
  });

  it('creates an API key and shows it once', async ({ skip }) => {
    skip(Boolean(missing(['post', '/v1/admin/api-keys'])), missing(['post', '/v1/admin/api-keys']) ?? '');
    await page.goto(`${server.url}/admin/api-keys`);
    await page.getByLabel('Key name').fill('E2E integration');
    await page.getByLabel('orders:read').check();
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = page.getByRole('region', { name: /New API key/ });
    await secret.waitFor();
    expect(await secret.getByRole('button', { name: 'Copy' }).isVisible()).toBe(true);
    await secret.getByRole('button', { name: 'I have stored it' }).click();
    await page.getByRole('cell', { name: 'E2E integration' }).waitFor();
  });

  it('creates a product with two variants and an image', async ({ skip }) => {
    const why = missing(['post', '/v1/admin/products'], ['get', '/v1/admin/products/:id'], ['post', '/v1/admin/products/:id/images']);
    skip(Boolean(why), why ?? '');
    await page.goto(`${server.url}/admin/products`);
    await page.getByRole('link', { name: 'New product' }).click();
    await page.getByLabel('Title').fill(product.title);
    await page.getByLabel('Description').fill('Breathable linen, made for summer.');
    await page.getByLabel('Tags').fill('linen, summer');
    const first = page.getByRole('group', { name: 'Variant 1' });
    await first.getByLabel('SKU').fill(product.skus[0]);
    await first.getByLabel('Size').fill('M');
    await first.getByLabel('Color').fill('white');
    await first.getByLabel(/^Price/).fill('5800');
    await page.getByRole('button', { name: 'Add variant' }).click();
    const second = page.getByRole('group', { name: 'Variant 2' });
    await second.getByLabel('SKU').fill(product.skus[1]);
    await second.getByLabel('Size').fill('L');
    await second.getByLabel('Color').fill('white');
    await second.getByLabel(/^Price/).fill('5800');
    await second.getByLabel(/^Compare-at price/).fill('6800');
    await page.getByRole('button', { name: 'Create product' }).click();

    await page.getByRole('heading', { level: 1, name: product.title }).waitFor();
    product.id = page.url().split('/').pop() ?? '';
    expect(await page.getByText('Draft', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: /^Variant \d/ }).count()).toBe(2);

    const sharp = (await import('sharp')).default;
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#4f46e5' } }).png().toBuffer();
    await page.getByLabel('Upload images').setInputFiles({ name: 'shirt.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Delete image 1' }).waitFor();
    expect(await page.getByRole('img', { name: /image 1/ }).count()).toBe(1);
  });

  it('publishes the product and the storefront lists it', async ({ skip }) => {
    const why = !product.id ? 'no product was created' : missing(['post', '/v1/admin/products/:id/publish'], ['get', '/v1/store/products']);
    skip(Boolean(why), why ?? '');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('button', { name: 'Unpublish' }).waitFor();
    expect(await page.getByText('Published', { exact: true }).first().isVisible()).toBe(true);
    product.published = true;

    await expect
      .poll(async () => {
        const res = await api<{ items: Array<{ id: string; title: string }> }>('GET', `/v1/store/products?q=${encodeURIComponent(product.title)}&limit=20`);
        return res.items.some((p) => p.id === product.id || p.title === product.title);
      }, { timeout: 10_000 })
      .toBe(true);
  });

  it('adjusts the stock of a variant with a reason', async ({ skip }) => {
    const why = !product.id ? 'no product was created' : missing(['get', '/v1/admin/inventory'], ['post', '/v1/admin/inventory/:sku/adjustments']);
    skip(Boolean(why), why ?? '');
    const sku = product.skus[0];
    await page.goto(`${server.url}/admin/inventory?sku=${encodeURIComponent(sku)}`);
    await page.getByRole('button', { name: `Adjust or count stock of ${sku}` }).click();
    await page.getByLabel('Change in stock').fill('10');
    await page.getByLabel('Reason').selectOption('restock');
    await page.getByLabel('Note (optional)').fill('E2E delivery');
    await page.getByRole('button', { name: 'Adjust stock', exact: true }).click();
    await page.getByText(`${sku}: on hand is now 10.`).waitFor();
    const record = await api<{ onHand: number }>('GET', `/v1/admin/inventory/${encodeURIComponent(sku)}`, undefined, await adminToken());
    expect(record.onHand).toBe(10);
    product.stocked = true;
  });

  it('counts stock, and refuses a count made against figures someone else changed', async ({ skip }) => {
    const why = !product.stocked ? 'no stocked product' : missing(['put', '/v1/admin/inventory/:sku'], ['get', '/v1/admin/inventory/:sku']);
    skip(Boolean(why), why ?? '');
    const sku = product.skus[0];
    await page.goto(`${server.url}/admin/inventory/${encodeURIComponent(sku)}`);
    const form = page.getByRole('form', { name: `Count stock of ${sku}` });
    await form.getByLabel('Counted on hand').fill('12');
    // Someone else restocks the SKU while this person is counting.
    await api('POST', `/v1/admin/inventory/${encodeURIComponent(sku)}/adjustments`, { delta: 1, reason: 'restock' }, await adminToken());
    await form.getByRole('button', { name: 'Save count' }).click();
    await form.getByRole('alert').filter({ hasText: 'Not saved: the stock changed while you were counting' }).waitFor();
    expect(await form.getByRole('alert').textContent()).toContain('from 10 to 11');
    expect((await api<{ onHand: number }>('GET', `/v1/admin/inventory/${encodeURIComponent(sku)}`, undefined, await adminToken())).onHand).toBe(11);

    await form.getByRole('button', { name: 'Use the latest figures' }).click();
    await form.getByRole('button', { name: 'Save count' }).click();
    await page.getByText(`${sku}: counted, on hand is now 12.`).waitFor();
    expect((await api<{ onHand: number }>('GET', `/v1/admin/inventory/${encodeURIComponent(sku)}`, undefined, await adminToken())).onHand).toBe(12);
  });

  it('takes an order through process and complete', async ({ skip }) => {
    const why = !product.stocked || !product.published ? 'no published product with stock' : missing(['post', '/v1/store/orders'], ['get', '/v1/admin/orders/:id'], ['post', '/v1/admin/orders/:id/process'], ['post', '/v1/admin/orders/:id/complete']);
    skip(Boolean(why), why ?? '');
    const order = await placeOrder();
    await page.goto(`${server.url}/admin/orders`);
    await page.getByRole('link', { name: `#${order.number}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Order #${order.number}` }).waitFor();
    await page.getByRole('button', { name: 'Start processing' }).click();
    await page.getByRole('button', { name: 'Mark completed' }).waitFor();
    await page.getByRole('button', { name: 'Mark completed' }).click();
    await page.getByRole('button', { name: 'Refund…' }).waitFor();
    expect(await page.getByText('Completed', { exact: true }).first().isVisible()).toBe(true);
    const timeline = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Timeline' }) });
    expect(await timeline.getByText(/processing → completed/).count()).toBeGreaterThan(0);
  });

  it('creates a webhook endpoint and shows its secret once', async ({ skip }) => {
    const why = missing(['post', '/v1/admin/webhooks'], ['get', '/v1/admin/webhooks']);
    skip(Boolean(why), why ?? '');
    await page.goto(`${server.url}/admin/webhooks`);
    await page.getByLabel('Endpoint URL').fill('http://127.0.0.1:9/inventra-hook');
    await page.getByLabel('product.published').check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = page.getByRole('region', { name: /Signing secret/ });
    await secret.waitFor();
    expect(await secret.getByTestId('secret-value').textContent()).toMatch(/^whsec_/);
    await secret.getByRole('button', { name: 'I have stored it' }).click();
    await page.getByRole('link', { name: 'http://127.0.0.1:9/inventra-hook' }).waitFor();
  });

  it('shows a new order live, without reloading', async ({ skip }) => {
    const why = !realtime ? 'Socket.IO is not served at /v1/realtime yet' : !product.stocked || !product.published ? 'no published product with stock' : missing(['post', '/v1/store/orders'], ['get', '/v1/admin/orders']);
    skip(Boolean(why), why ?? '');
    await page.goto(`${server.url}/admin/orders`);
    await page.getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    // Give the socket a moment to connect before the order is placed.
    await page.waitForTimeout(1_000);
    const order = await placeOrder();
    await page.getByRole('status').filter({ hasText: `New order #${order.number}` }).waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: `#${order.number}`, exact: true }).waitFor({ timeout: 15_000 });
  });

  it('refunds a completed order and returns the goods to stock', async ({ skip }) => {
    const why = !product.stocked || !product.published ? 'no published product with stock' : missing(['post', '/v1/admin/orders/:id/refund'], ['post', '/v1/admin/orders/:id/complete']);
    skip(Boolean(why), why ?? '');
    const sku = encodeURIComponent(product.skus[0]);
    const stockBefore = await api<{ onHand: number; reserved: number }>('GET', `/v1/admin/inventory/${sku}`, undefined, await adminToken());
    const order = await placeOrder();
    await api('POST', `/v1/admin/orders/${order.id}/process`, {}, await adminToken());
    await api('POST', `/v1/admin/orders/${order.id}/complete`, {}, await adminToken());
    expect((await api<{ onHand: number }>('GET', `/v1/admin/inventory/${sku}`, undefined, await adminToken())).onHand).toBe(stockBefore.onHand - 1);

    await page.goto(`${server.url}/admin/orders/${order.id}`);
    await page.getByRole('heading', { level: 1, name: `Order #${order.number}` }).waitFor();
    await page.getByLabel('Note for the timeline (optional)').fill('Arrived damaged, customer sent it back');
    await page.getByRole('button', { name: 'Refund…' }).click();
    const refund = page.getByRole('form', { name: 'Refund' });
    expect(await refund.getByLabel('Return the goods to stock').isChecked()).toBe(true);
    await refund.getByRole('button', { name: 'Confirm refund' }).click();
    await page.getByText('Order refunded.').waitFor();
    expect(await page.getByText('Refunded', { exact: true }).first().isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Refund…' }).waitFor({ state: 'detached' });
    const timeline = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Timeline' }) });
    await timeline.getByText(/completed → refunded/).waitFor();

    const after = await api<{ onHand: number; reserved: number }>('GET', `/v1/admin/inventory/${sku}`, undefined, await adminToken());
    expect(after.onHand).toBe(stockBefore.onHand);
    expect(after.reserved).toBe(stockBefore.reserved);
    const detail = await api<{ status: string }>('GET', `/v1/admin/orders/${order.id}`, undefined, await adminToken());
    expect(detail.status).toBe('refunded');
  });

  it('cancels a pending order and releases its stock', async ({ skip }) => {
    const why = !product.stocked || !product.published ? 'no published product with stock' : missing(['post', '/v1/admin/orders/:id/cancel']);
    skip(Boolean(why), why ?? '');
    const sku = encodeURIComponent(product.skus[0]);
    const stockBefore = await api<{ available: number; reserved: number }>('GET', `/v1/admin/inventory/${sku}`, undefined, await adminToken());
    const order = await placeOrder();
    expect((await api<{ reserved: number }>('GET', `/v1/admin/inventory/${sku}`, undefined, await adminToken())).reserved).toBe(stockBefore.reserved + 1);

    await page.goto(`${server.url}/admin/orders?status=pending`);
    await page.getByRole('link', { name: `#${order.number}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Order #${order.number}` }).waitFor();
    expect(await page.getByText('Pending', { exact: true }).first().isVisible()).toBe(true);
    await page.getByLabel('Note for the timeline (optional)').fill('Customer asked to cancel by phone');
    // The confirmation dialog is accepted by the page's dialog handler.
    await page.getByRole('button', { name: 'Cancel order' }).click();
    await page.getByText('Order cancelled: its stock was released.').waitFor();
    expect(await page.getByText('Cancelled', { exact: true }).first().isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Start processing' }).waitFor({ state: 'detached' });
    const timeline = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Timeline' }) });
    await timeline.getByText(/pending → cancelled/).waitFor();
    await timeline.getByText('Customer asked to cancel by phone').waitFor();

    const after = await api<{ available: number; reserved: number }>('GET', `/v1/admin/inventory/${sku}`, undefined, await adminToken());
    expect(after.reserved).toBe(stockBefore.reserved);
    expect(after.available).toBe(stockBefore.available);
  });

  it('imports products from CSV, naming the line that has an error, and exports the catalog', async ({ skip }) => {
    const why = missing(['post', '/v1/admin/products/import'], ['get', '/v1/admin/products/export']);
    skip(Boolean(why), why ?? '');
    const slug = `csv-tenugui-${stamp.toLowerCase()}`;
    const csv = [
      'slug,title,description,category,status,sku,price,compare_at_price,option_size,option_color,stock',
      `${slug},CSV Tenugui ${stamp},Cotton hand towel,,draft,CSV-${stamp}-NAVY,1200,,,navy,7`,
      `csv-broken-${stamp.toLowerCase()},CSV Broken ${stamp},,,draft,CSV-${stamp}-BAD,twelve hundred,,,red,3`,
      `${slug},CSV Tenugui ${stamp},Cotton hand towel,,draft,CSV-${stamp}-RED,1200,1500,,red,4`,
    ].join('\n');

    await page.goto(`${server.url}/admin/products`);
    await page.getByRole('link', { name: 'Import or export CSV' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import and export products' }).waitFor();
    await page.getByLabel('CSV file').setInputFiles({ name: 'tenugui.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByText('3 lines after the header').waitFor();
    await page.getByRole('button', { name: 'Import products' }).click();

    const summary = page.getByRole('status').filter({ hasText: 'Imported tenugui.csv' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('1 line not applied');
    expect(await summary.textContent()).toContain('1 product created');
    const errors = page.getByRole('region', { name: /Lines with errors/ });
    const item = errors.getByRole('listitem');
    expect(await item.count()).toBe(1);
    expect(await item.getByText('Line 3', { exact: true }).isVisible()).toBe(true);
    expect(await item.getByText('price', { exact: true }).isVisible()).toBe(true);
    expect(await item.textContent()).toContain('twelve hundred');

    const created = await api<{ items: Array<{ slug: string; variants: Array<{ sku: string }> }> }>('GET', `/v1/admin/products?q=${encodeURIComponent(slug)}`, undefined, await adminToken());
    const mine = created.items.find((p) => p.slug === slug);
    expect(mine?.variants.map((v) => v.sku).sort()).toEqual([`CSV-${stamp}-NAVY`, `CSV-${stamp}-RED`]);
    expect((await api<{ onHand: number }>('GET', `/v1/admin/inventory/CSV-${stamp}-NAVY`, undefined, await adminToken())).onHand).toBe(7);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^products-\d{4}-\d{2}-\d{2}\.csv$/);
    const { readFile } = await import('node:fs/promises');
    const exported = await readFile((await download.path())!, 'utf8');
    expect(exported.split('\n')[0]).toMatch(/^slug,title,description,category,status,sku,price/);
    expect(exported).toContain(`CSV-${stamp}-RED`);
  });

  it('verifies the audit chain', async ({ skip }) => {
    const why = missing(['get', '/v1/admin/audit-logs/verify']);
    skip(Boolean(why), why ?? '');
    await page.goto(`${server.url}/admin/audit`);
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByText(/Chain intact: \d+ entries checked/).waitFor();
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You are signed out.').waitFor();
    expect(page.url()).toContain('/admin/login');
  });
});

let adminAccess = '';
async function adminToken(): Promise<string> {
  if (!adminAccess) adminAccess = (await api<{ accessToken: string }>('POST', '/v1/auth/login', { email: server.adminEmail, password: server.adminPassword })).accessToken;
  return adminAccess;
}
