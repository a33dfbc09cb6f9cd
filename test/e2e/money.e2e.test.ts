// Money in real Chromium against the real server: the checkout total is the order's total (a
// coupon, a delivery slot and free shipping at once), the cart says how much more ships free,
// and staff create a promotion and take back part of an order. English UI (chosen in storage).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken as loginAdmin, closeAll, ENGLISH, launchChromium, openPage } from '../helpers/browser';
import { type RunningServer, startServer } from '../helpers/server';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let adminToken = '';
const stamp = Date.now().toString(36).toUpperCase();
const api = <T>(method: string, path: string, body?: unknown, token = adminToken): Promise<T> => server.api<T>(method, path, body, token);
const yen = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));
const ADDRESS = { name: 'Hanako Yamada', postalCode: '150-0001', prefecture: 'Tokyo', city: 'Shibuya-ku', line1: '1-2-3 Jingumae', phone: '0312345678' };

async function product(title: string, sku: string, price: number, taxClass: 'standard' | 'reduced', stock: number) {
  const p = await api<{ id: string; slug: string }>('POST', '/v1/admin/products', { title, taxClass, variants: [{ sku, price, options: { size: 'M' } }] });
  await api('POST', `/v1/admin/products/${p.id}/publish`);
  await api('POST', `/v1/admin/inventory/${sku}/adjustments`, { delta: stock, reason: 'restock' });
  return p;
}

async function customer() {
  const email = `money-${stamp.toLowerCase()}-${Math.random().toString(36).slice(2, 7)}@example.test`;
  const session = await api<{ user: unknown; accessToken: string; refreshToken: string; expiresIn: number }>('POST', '/v1/auth/register', { email, password: `pw-${stamp}-long-enough`, name: 'Hanako Yamada' }, '');
  await api('POST', '/v1/me/addresses', { ...ADDRESS, isDefault: true }, session.accessToken);
  return session;
}

/** Puts the session, the cart and the language into the storefront's storage, as a returning shopper has them. */
async function seedStore(session: Awaited<ReturnType<typeof customer>>, lines: { sku: string; slug: string; title: string; price: number; quantity: number }[]) {
  await page.goto(`${server.url}/`);
  await page.evaluate(([s, l]) => {
    localStorage.setItem('inventra.store.locale', 'en');
    localStorage.setItem('inventra-store-auth', JSON.stringify({ state: { user: s.user, accessToken: s.accessToken, signedIn: true, expiresAt: Date.now() + s.expiresIn * 1000 }, version: 0 }));
    localStorage.setItem('inventra-store-cart', JSON.stringify({ state: { lines: l.map((x) => ({ ...x, options: { size: 'M' }, thumbUrl: null })) }, version: 1 }));
  }, [session, lines] as const);
}

beforeAll(async () => {
  server = await startServer();
  adminToken = await loginAdmin(server);
  browser = await launchChromium();
  ({ context, page } = await openPage(browser, { context: { locale: 'en-GB' }, storage: ENGLISH, acceptDialogs: true }));
}, 240_000);

afterAll(() => closeAll(browser, server));

describe('storefront money', () => {
  it('the cart says how much more ships free; the checkout total with a coupon, a slot and free shipping is what the order charges', async () => {
    const sku = `YK-${stamp}`;
    const yukata = await product(`Yukata ${stamp}`, sku, 2300, 'standard', 20);
    const zone = await api<{ id: string }>('POST', '/v1/admin/delivery/zones', { name: 'Shibuya', postalCodePrefixes: ['150'], fee: 650, sameDay: false, sameDayCutoff: '14:00' });
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + 2 * 86_400_000));
    await api('POST', '/v1/admin/delivery/slots', { zoneId: zone.id, date: day, startTime: '09:00', endTime: '12:00', capacity: 10 });
    const code = `SUMMER${stamp}`;
    await api('POST', '/v1/admin/promotions', { code, type: 'percentage', value: 10, active: true });
    const session = await customer();

    await seedStore(session, [{ sku, slug: yukata.slug, title: `Yukata ${stamp}`, price: 2300, quantity: 1 }]);
    await page.goto(`${server.url}/cart`);
    await page.getByTestId('free-shipping-hint').filter({ hasText: '¥2,700 more for free shipping' }).waitFor();
    expect(yen(await page.getByTestId('quote-total').textContent())).toBe(2800);
    expect(await page.getByTestId('quote-total').textContent()).toContain('tax incl.');

    await seedStore(session, [{ sku, slug: yukata.slug, title: `Yukata ${stamp}`, price: 2300, quantity: 4 }]);
    await page.goto(`${server.url}/checkout`);
    // One day at a time: the first day radio is "no time slot", the next the first day with slots.
    await page.locator('input[name="slot-day"]').nth(1).check();
    await page.locator('input[name="slot"]:not([value=""])').first().check();
    await page.getByLabel('Coupon code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByText(`Coupon ${code} applied (−¥920)`).waitFor();
    const summary = page.getByTestId('quote-summary');
    await summary.getByText('Free', { exact: true }).waitFor();
    const shown = yen(await page.getByTestId('quote-total').textContent());
    expect(shown).toBe(9200 - 920);
    await page.getByText('10% items ¥8,280 (incl. tax ¥752)').waitFor();

    const place = page.getByRole('button', { name: /^Place order/ });
    expect(yen(await place.textContent())).toBe(shown);
    await place.click();
    await page.waitForURL(/\/orders\/[0-9a-f-]+$/);
    const id = page.url().split('/').pop()!;
    const order = await api<{ total: number; discountTotal: number; shippingFee: number; delivery: unknown; taxes: unknown[] }>('GET', `/v1/store/orders/${id}`, undefined, session.accessToken);
    expect(order.total).toBe(shown);
    expect(order).toMatchObject({ discountTotal: 920, shippingFee: 0, taxes: [{ rate: 0.1, taxableAmount: 8280, tax: 752 }] });
    expect(order.delivery).not.toBeNull();
    // The order page shows the discount and the receipt links.
    await page.getByText(`Discount (${code})`).waitFor();
    await page.getByRole('button', { name: 'View receipt (printable)' }).waitFor();
  });

  it('a refused coupon says why and keeps the order button disabled', async () => {
    const sku = `TEA-${stamp}`;
    const tea = await product(`Sencha ${stamp}`, sku, 1080, 'reduced', 5);
    const code = `BIG${stamp}`;
    await api('POST', '/v1/admin/promotions', { code, type: 'fixed', value: 500, minSubtotal: 3000, active: true });
    await seedStore(await customer(), [{ sku, slug: tea.slug, title: `Sencha ${stamp}`, price: 1080, quantity: 1 }]);
    await page.goto(`${server.url}/checkout`);
    await page.getByLabel('Coupon code').fill(code);
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByText('This coupon needs a subtotal of at least ¥3,000.').waitFor();
    expect(await page.getByRole('button', { name: /^Place order/ }).isDisabled()).toBe(true);
    await page.getByText('8% items ¥1,080 (incl. tax ¥80)').waitFor();
  });
});

describe('admin money', () => {
  it('creates a promotion, sees it used, and processes a partial return', async () => {
    await page.goto(`${server.url}/admin/login`);
    await page.evaluate(() => localStorage.setItem('inventra.admin.locale', 'en'));
    await page.goto(`${server.url}/admin/login`);
    await page.getByLabel('Email').fill(server.adminEmail);
    await page.getByLabel('Password').fill(server.adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Promotions' }).click();

    const code = `STAFF${stamp}`;
    const form = page.getByRole('form', { name: 'Create promotion' });
    await form.getByLabel('Code').fill(code);
    await form.getByLabel('Type').selectOption('fixed');
    await form.getByLabel('Amount off').fill('500');
    await form.getByLabel('Total uses allowed (optional)').fill('3');
    await form.getByRole('button', { name: 'Create promotion' }).click();
    await page.getByTestId(`uses-${code}`).filter({ hasText: '0 of 3' }).waitFor();

    const a = `RA-${stamp}`;
    const b = `RB-${stamp}`;
    await product(`Towel ${stamp}`, a, 1500, 'standard', 10);
    await product(`Matcha ${stamp}`, b, 2160, 'reduced', 10);
    const session = await customer();
    const order = await api<{ id: string; number: number; total: number }>('POST', '/v1/store/orders', { items: [{ sku: a, quantity: 2 }, { sku: b, quantity: 1 }], shippingAddress: ADDRESS, paymentMethod: 'cod', couponCode: code }, session.accessToken);
    await page.reload();
    await page.getByTestId(`uses-${code}`).filter({ hasText: '1 of 3' }).waitFor();
    // Pause it: the button names what it does.
    await page.getByRole('button', { name: `Pause ${code}` }).click();
    await page.getByRole('button', { name: `Resume ${code}` }).waitFor();

    await api('POST', `/v1/admin/orders/${order.id}/process`, {});
    await api('POST', `/v1/admin/orders/${order.id}/complete`, {});
    await page.goto(`${server.url}/admin/orders/${order.id}`);
    await page.getByRole('heading', { level: 1, name: `Order #${order.number}` }).waitFor();
    await page.getByRole('button', { name: 'Record a return…' }).click();
    const dialog = page.getByRole('form', { name: 'Return' });
    await dialog.getByLabel(new RegExp(`\\(${a}\\)`)).fill('1');
    await dialog.getByRole('button', { name: 'Return and refund' }).click();
    await page.getByText(/Return recorded/).waitFor();
    const after = await api<{ status: string; refundedTotal: number; returns: { items: { sku: string; quantity: number; amount: number }[]; refundAmount: number }[] }>('GET', `/v1/admin/orders/${order.id}`);
    // The towels carry ¥291 of the ¥500 discount (in proportion, 3,000 of 5,160): one of two is worth floor(2,709 / 2).
    expect(after.returns).toHaveLength(1);
    expect(after.returns[0].items).toEqual([{ sku: a, quantity: 1, amount: 1354 }]);
    expect(after).toMatchObject({ status: 'completed', refundedTotal: after.returns[0].refundAmount });
    await page.getByText(/Refunded in total/).waitFor();
    await page.getByRole('button', { name: 'Printable HTML' }).waitFor();
  });

  it('says why an unpaid order cannot be completed', async () => {
    const sku = `UP-${stamp}`;
    await product(`Fan ${stamp}`, sku, 3000, 'standard', 5);
    const session = await customer();
    const order = await api<{ id: string; number: number }>('POST', '/v1/store/orders', { items: [{ sku, quantity: 1 }], shippingAddress: ADDRESS, paymentMethod: 'bank_transfer' }, session.accessToken);
    await api('POST', `/v1/admin/orders/${order.id}/process`, {});
    await page.goto(`${server.url}/admin/orders/${order.id}`);
    const complete = page.getByRole('button', { name: 'Mark completed' });
    await complete.waitFor();
    expect(await complete.isDisabled()).toBe(true);
    await page.getByText(/Cannot be completed until it is paid \(bank transfer: not paid yet\)/).waitFor();
    await page.getByRole('button', { name: 'Mark payment received' }).click();
    await page.waitForFunction(() => !(document.querySelector('button[aria-describedby="complete-why"]')));
    await page.getByRole('button', { name: 'Mark completed' }).click();
    await page.getByText('Order completed: the reserved stock is now sold.').waitFor();
  });
});
