// The storefront in real Chromium against the real server, at phone width (390 px), driven the
// way a shopper uses it: by roles and labels. The catalog, stock and delivery slots are set up
// through the admin API; steps whose backend routes are not served yet (checked against
// /openapi.json) are skipped with a note instead of failing.
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAll, ENGLISH, launchChromium, openPage, servedRoutes } from '../helpers/browser';
import { type RunningServer, startServer } from '../helpers/server';

const startAnyServer = () => startServer();

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const routes = new Set<string>();

const missing = (...needs: Array<[string, string]>): string | null => {
  const absent = needs.filter(([m, p]) => !routes.has(`${m} ${p}`)).map(([m, p]) => `${m.toUpperCase()} ${p}`);
  return absent.length ? `backend route not served yet: ${absent.join(', ')}` : null;
};

const api = <T>(method: string, path: string, body?: unknown, token?: string): Promise<T> => server.api<T>(method, path, body, token);

const stamp = Date.now().toString(36).toUpperCase();
const yukata = {
  title: 'Shibori Indigo Yukata',
  slug: `shibori-indigo-yukata-${stamp.toLowerCase()}`,
  sku: { mIndigo: `YK-${stamp}-M-IND`, lIndigo: `YK-${stamp}-L-IND`, mWhite: `YK-${stamp}-M-WHT` },
};
const lastOne = { title: 'Lacquered Bento Box', slug: `lacquered-bento-box-${stamp.toLowerCase()}`, sku: `BX-${stamp}` };
const customer = { name: 'Hanako Yamada', email: `hanako-${stamp.toLowerCase()}@example.test`, password: 'hanako-password' };
const state = { seeded: false, registered: false, ordered: false, adminToken: '' };

const seedRoutes: Array<[string, string]> = [
  ['post', '/v1/auth/login'],
  ['post', '/v1/admin/categories'],
  ['post', '/v1/admin/products'],
  ['post', '/v1/admin/products/:id/publish'],
  ['post', '/v1/admin/inventory/:sku/adjustments'],
  ['post', '/v1/admin/delivery/zones'],
  ['post', '/v1/admin/delivery/slots'],
];

/** Catalog, stock and slots through the admin API, as the PMS would set them up. */
async function seed() {
  const { accessToken: token } = await api<{ accessToken: string }>('POST', '/v1/auth/login', { email: server.adminEmail, password: server.adminPassword });
  state.adminToken = token;
  const category = await api<{ id: string }>('POST', '/v1/admin/categories', { name: 'Kimono', slug: `kimono-${stamp.toLowerCase()}` }, token);
  const products = [
    {
      title: yukata.title,
      slug: yukata.slug,
      description: 'Hand-dyed cotton yukata for summer festivals.',
      categoryId: category.id,
      variants: [
        { sku: yukata.sku.mIndigo, price: 8800, compareAtPrice: 11000, options: { size: 'M', color: 'indigo' }, stock: 5 },
        { sku: yukata.sku.lIndigo, price: 9200, compareAtPrice: 11000, options: { size: 'L', color: 'indigo' }, stock: 5 },
        { sku: yukata.sku.mWhite, price: 8800, options: { size: 'M', color: 'white' }, stock: 0 },
      ],
    },
    {
      title: lastOne.title,
      slug: lastOne.slug,
      description: 'Only one left.',
      categoryId: category.id,
      variants: [{ sku: lastOne.sku, price: 4500, options: { color: 'red' }, stock: 1 }],
    },
  ];
  for (const { variants, ...p } of products) {
    const created = await api<{ id: string }>('POST', '/v1/admin/products', { ...p, variants: variants.map(({ stock: _s, ...v }) => v) }, token);
    await api('POST', `/v1/admin/products/${created.id}/publish`, undefined, token);
    for (const v of variants) {
      if (v.stock) await api('POST', `/v1/admin/inventory/${encodeURIComponent(v.sku)}/adjustments`, { delta: v.stock, reason: 'restock' }, token);
    }
  }
  const zone = await api<{ id: string }>('POST', '/v1/admin/delivery/zones', { name: 'Tokyo', postalCodePrefixes: ['100', '150'], fee: 500, sameDay: false, sameDayCutoff: '14:00' }, token);
  const day = (n: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + n * 86_400_000));
  await api('POST', '/v1/admin/delivery/slots', { zoneId: zone.id, date: day(2), startTime: '09:00', endTime: '12:00', capacity: 10 }, token);
  await api('POST', '/v1/admin/delivery/slots', { zoneId: zone.id, date: day(2), startTime: '14:00', endTime: '16:00', capacity: 10 }, token);
  state.seeded = true;
}

/** The signed-in customer's access token, read from the app's persisted session. */
async function customerToken(): Promise<string> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('inventra-store-auth') ?? '{}')?.state?.accessToken ?? '');
}

async function orderCount(): Promise<number> {
  const res = await api<{ items: unknown[] }>('GET', '/v1/store/orders?limit=100', undefined, await customerToken());
  return res.items.length;
}

async function addToCart(slug: string, options: Record<string, string> = {}) {
  await page.goto(`${server.url}/products/${slug}`);
  for (const [, value] of Object.entries(options)) await page.getByRole('radio', { name: value, exact: true }).check();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByRole('status').filter({ hasText: /^Added/ }).waitFor();
}

beforeAll(async () => {
  server = await startAnyServer();
  for (const r of await servedRoutes(server)) routes.add(r);
  if (!missing(...seedRoutes)) await seed();
  browser = await launchChromium();
  ({ context, page } = await openPage(browser, { context: { viewport: { width: 390, height: 844 }, locale: 'en-GB' }, storage: ENGLISH, acceptDialogs: true }));
}, 240_000);

afterAll(() => closeAll(browser, server));

describe('storefront in Chromium (390 px)', () => {
  it('finds a product through a misspelt search', async ({ skip }) => {
    const why = missing(...seedRoutes, ['get', '/v1/store/products']);
    skip(Boolean(why), why ?? '');
    await page.goto(`${server.url}/`);
    await page.getByRole('searchbox', { name: 'Search products' }).fill('indgo yukta');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { level: 1, name: /Results for/ }).waitFor();
    await page.getByRole('link', { name: yukata.title }).click();
    await page.getByRole('heading', { level: 1, name: yukata.title }).waitFor();
  });

  it('picks a variant by size and colour and adds it to the cart', async ({ skip }) => {
    const why = missing(['get', '/v1/store/products/:slug']) ?? (state.seeded ? null : 'catalog not seeded');
    skip(Boolean(why), why ?? '');
    await page.goto(`${server.url}/products/${yukata.slug}`);
    await page.getByRole('radio', { name: 'L', exact: true }).check();
    await page.getByRole('radio', { name: 'indigo', exact: true }).check();
    await page.getByText(/¥9,200/).first().waitFor(); // "Price ¥9,200 tax incl."
    expect(await page.getByText(/¥11,000/).first().isVisible()).toBe(true);
    // The white yukata is sold out in M: choosing it says so and cannot be added.
    await page.getByRole('radio', { name: 'M', exact: true }).check();
    await page.getByRole('radio', { name: /white/ }).check();
    await page.getByRole('button', { name: 'Sold out' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sold out' }).isDisabled()).toBe(true);

    await page.getByRole('radio', { name: 'indigo', exact: true }).check();
    await page.getByRole('radio', { name: 'L', exact: true }).check();
    await page.getByRole('button', { name: 'Increase quantity' }).click();
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByRole('status').filter({ hasText: `Added 2 × ${yukata.title} (L / indigo)` }).waitFor();
    await page.getByRole('link', { name: 'Cart, 2 items' }).click();
    await page.getByRole('list', { name: 'Cart items' }).getByText('L / indigo', { exact: true }).waitFor();

    // The cart survives a reload.
    await page.reload();
    await page.getByRole('list', { name: 'Cart items' }).getByText('L / indigo', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Cart, 2 items' }).isVisible()).toBe(true);
  });

  it('registers an account on the way to checkout', async ({ skip }) => {
    const why = missing(['post', '/v1/auth/register']) ?? (state.seeded ? null : 'catalog not seeded');
    skip(Boolean(why), why ?? '');
    await page.getByRole('button', { name: 'Check out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill(customer.name);
    await page.getByLabel('Email').fill(customer.email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use at least 8 characters.').waitFor();
    await page.getByLabel('Password').fill(customer.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
    state.registered = true;
  });

  it('checks out with konbini and a delivery slot, then shows the payment slip', async ({ skip }) => {
    const why =
      missing(['post', '/v1/me/addresses'], ['get', '/v1/store/delivery/slots'], ['post', '/v1/store/orders'], ['get', '/v1/store/orders/:id']) ??
      (state.registered ? null : 'not registered');
    skip(Boolean(why), why ?? '');
    await page.getByLabel('Postal code').fill('100-0001');
    await page.getByLabel('Prefecture').selectOption({ label: 'Tokyo' });
    await page.getByLabel('City / ward').fill('Chiyoda-ku');
    await page.getByLabel('Address line 1').fill('1-1 Chiyoda');
    await page.getByLabel('Phone').fill('03-1234-5678');
    await page.getByRole('button', { name: 'Save and use this address' }).click();
    await page.getByRole('radio', { name: /^Hanako Yamada,/ }).waitFor();

    // The slot picker shows one day at a time; the first choice is "no time slot", then the days.
    await page.getByRole('group', { name: 'Delivery day' }).getByRole('radio').nth(1).check();
    await page.getByRole('radio', { name: /09:00 to 12:00/ }).check();
    await page.getByRole('radio', { name: /Konbini/ }).check();
    await page.getByRole('button', { name: /^Place order/ }).click();

    await page.getByRole('heading', { level: 1, name: /^Order #\d+/ }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Your order has been placed' }).waitFor();
    const slip = page.getByRole('region', { name: 'Konbini payment slip' });
    await slip.waitFor();
    const orderId = page.url().split('/').pop() ?? '';
    const order = await api<{ number: number; total: number; subtotal: number; shippingFee: number; payment: { konbini: { paymentNumber: string; confirmationNumber: string } } }>(
      'GET',
      `/v1/store/orders/${orderId}`,
      undefined,
      await customerToken(),
    );
    expect(await slip.getByText(order.payment.konbini.paymentNumber).isVisible()).toBe(true);
    expect(await slip.getByText(order.payment.konbini.confirmationNumber).isVisible()).toBe(true);
    expect(order.subtotal).toBe(2 * 9200);
    // The summary shows the server's totals, formatted for JPY.
    const yen = (n: number) => `¥${n.toLocaleString('en-US')}`;
    expect(await page.getByRole('definition').filter({ hasText: yen(order.total) }).first().isVisible()).toBe(true);
    await page.getByText(/Slot: .*09:00–12:00/).waitFor();
    // The ordered lines left the cart.
    expect(await page.getByRole('link', { name: 'Cart, 0 items' }).isVisible()).toBe(true);
    state.ordered = true;
  });

  it('finds the order in the order history', async ({ skip }) => {
    const why = missing(['get', '/v1/store/orders']) ?? (state.ordered ? null : 'no order was placed');
    skip(Boolean(why), why ?? '');
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await page.getByRole('link', { name: 'View your orders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your orders' }).waitFor();
    const orders = page.getByRole('list', { name: 'Orders' });
    await orders.getByRole('link', { name: /^Order #\d+/ }).first().click();
    await page.getByRole('region', { name: 'Konbini payment slip' }).waitFor();
  });

  it('makes one order from a double-clicked checkout', async ({ skip }) => {
    const why = state.ordered ? null : 'no order was placed';
    skip(Boolean(why), why ?? '');
    const before = await orderCount();
    await addToCart(yukata.slug, { size: 'M', color: 'indigo' });
    await page.goto(`${server.url}/checkout`);
    await page.getByRole('radio', { name: /Cash on delivery/ }).check();
    const keys: string[] = [];
    const onRequest = (r: { method(): string; url(): string; headers(): Record<string, string> }) => {
      if (r.method() === 'POST' && r.url().endsWith('/v1/store/orders')) keys.push(r.headers()['idempotency-key'] ?? '');
    };
    page.on('request', onRequest);
    await page.getByRole('button', { name: /^Place order/ }).dblclick();
    await page.getByRole('heading', { level: 1, name: /^Order #\d+/ }).waitFor();
    await page.waitForTimeout(500);
    page.off('request', onRequest);
    expect(await orderCount()).toBe(before + 1);
    // Every attempt carried the same key, so even a second request would have replayed the first.
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows the order status change live, without a reload', async ({ skip }) => {
    const realtime = await fetch(`${server.url}/v1/realtime/?EIO=4&transport=polling`).then((r) => r.ok, () => false);
    const why = !realtime
      ? 'Socket.IO is not served at /v1/realtime yet'
      : (missing(['post', '/v1/admin/orders/:id/process']) ?? (state.ordered ? null : 'no order was placed'));
    skip(Boolean(why), why ?? '');
    const { items } = await api<{ items: Array<{ id: string; number: number; status: string; payment: { method: string } }> }>('GET', '/v1/store/orders?limit=100', undefined, await customerToken());
    const order = items.find((o) => o.status === 'pending' && o.payment.method === 'cod') ?? items.find((o) => o.status === 'pending');
    expect(order).toBeDefined();
    await page.goto(`${server.url}/orders/${order!.id}`);
    await page.getByRole('heading', { level: 1, name: `Order #${order!.number}` }).waitFor();
    const status = page.getByTestId('order-status');
    await status.getByText('Awaiting payment').waitFor();
    // The page says when it is connected; only then can it hear the event.
    await page.getByText('Status updates live').waitFor({ timeout: 15_000 });
    // A marker that a reload would wipe.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await api('POST', `/v1/admin/orders/${order!.id}/process`, { note: 'Packing now' }, state.adminToken);

    await status.getByText('Processing', { exact: true }).waitFor({ timeout: 15_000 });
    await page.getByRole('status').filter({ hasText: 'Order status changed to Processing.' }).waitFor();
    // No longer pending, so no longer cancellable.
    await page.getByRole('button', { name: 'Cancel order' }).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it('refuses a line that sold out meanwhile, with a clear message', async ({ skip }) => {
    const why = missing(['put', '/v1/admin/inventory/:sku']) ?? (state.ordered ? null : 'no order was placed');
    skip(Boolean(why), why ?? '');
    // No live stock updates on this page, so the last unit goes while the shopper is on the checkout.
    await page.routeWebSocket(/\/v1\/realtime/, () => {});
    await page.route(/\/v1\/realtime/, (route) => route.abort());
    await addToCart(lastOne.slug);
    await page.goto(`${server.url}/checkout`);
    await page.getByText(lastOne.title).first().waitFor();
    const before = await orderCount();
    await api('PUT', `/v1/admin/inventory/${encodeURIComponent(lastOne.sku)}`, { onHand: 0 }, state.adminToken);

    await page.getByRole('button', { name: /^Place order/ }).click();
    const alert = page.getByRole('alert').filter({ hasText: new RegExp(`${lastOne.title} \\(red\\) is sold out|Not enough stock for ${lastOne.title}`) });
    await alert.waitFor();
    expect(await alert.getByText(/Nothing was ordered/).isVisible()).toBe(true);
    expect(await orderCount()).toBe(before);

    await alert.getByRole('button', { name: 'Remove from order' }).click();
    await page.getByText('Your cart is empty').waitFor();
  });
});
