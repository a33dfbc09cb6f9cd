// Email in real Chromium against the real server (`inventra serve`) and a real SMTP server on
// loopback: a guest buys and opens the order from the confirmation email's link; a customer who
// forgot the password resets it from the emailed link and signs in.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, closeAll, launchChromium, openPage } from '../helpers/browser';
import { type RunningServer, startServer } from '../helpers/server';
import { type MailBox, sentTo, startMailBox } from '../helpers/smtp';

let server: RunningServer;
let mail: MailBox;
let browser: Browser;
const stamp = Date.now().toString(36);
const product = { title: 'Hinoki Bath Stool', slug: `hinoki-bath-stool-${stamp}`, sku: `HB-${stamp}`.toUpperCase(), price: 5200 };

/** A fresh browser profile, with the storefront in English. */
async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  return openPage(browser, { context: { viewport: { width: 390, height: 844 }, locale: 'en-GB' }, storage: { 'inventra.store.locale': 'en' } });
}

const linkIn = (text: string, path: string) => new RegExp(`${server.url.replace(/[.:/]/g, '\\$&')}${path}[^\\s]*`).exec(text)?.[0];

beforeAll(async () => {
  mail = await startMailBox();
  server = await startServer({ SMTP_URL: mail.url });
  const token = await adminToken(server);
  const created = await server.api<{ id: string }>('POST', '/v1/admin/products', { title: product.title, slug: product.slug, description: 'Cypress wood.', variants: [{ sku: product.sku, price: product.price, options: {} }] }, token);
  await server.api('POST', `/v1/admin/products/${created.id}/publish`, undefined, token);
  await server.api('POST', `/v1/admin/inventory/${product.sku}/adjustments`, { delta: 10, reason: 'restock' }, token);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await closeAll(browser, server);
  await mail?.stop();
});

describe('email in Chromium', () => {
  it('a guest checks out and opens the order from the confirmation email', async () => {
    const email = `guest-${stamp}@example.test`;
    const { context, page } = await newPage();
    await page.goto(`${server.url}/products/${product.slug}`);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByRole('status').filter({ hasText: /^Added/ }).waitFor();
    // Signed out, checkout asks to sign in first and offers to go on as a guest.
    await page.goto(`${server.url}/checkout`);
    await page.getByRole('link', { name: 'Check out as a guest (no account)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Checkout as a guest' }).waitFor();
    const main = page.locator('#main');
    await main.getByLabel('Email', { exact: true }).fill(email);
    await main.getByLabel('Name', { exact: true }).fill('Taro Suzuki');
    await main.getByLabel('Postal code', { exact: true }).fill('100-0001');
    await main.getByLabel('Prefecture', { exact: true }).fill('Tokyo');
    await main.getByLabel('City', { exact: true }).fill('Chiyoda-ku');
    await main.getByLabel('Street address', { exact: true }).fill('1-1 Chiyoda');
    await main.getByLabel('Phone', { exact: true }).fill('03-1111-2222');
    await page.getByRole('radio', { name: /Konbini/ }).check();
    await page.getByRole('button', { name: 'Place order' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Order #\d+$/ });
    await heading.waitFor();
    const number = (await heading.textContent())!.replace(/\D/g, '');
    expect(page.url()).toMatch(/\/orders\/[0-9a-f-]+\?key=ok_/);
    await context.close();

    const m = await mail.waitFor(sentTo(email), 30_000);
    expect(m.subject).toContain(`#${number}`);
    const link = linkIn(m.text ?? '', '/orders/')!;
    expect(link).toMatch(/\?key=ok_/);
    const paymentNumber = /お支払い番号: (\d+)/.exec(m.text ?? '')?.[1];
    expect(paymentNumber).toBeTruthy();

    // The link, opened in another browser (the mail client's), shows the order and the slip.
    const other = await newPage();
    await other.page.goto(link);
    await other.page.getByRole('heading', { level: 1, name: `Order #${number}` }).waitFor();
    await other.page.getByText(paymentNumber!, { exact: true }).waitFor();
    // Without the key the order stays hidden.
    await other.page.goto(link.replace(/\?key=.*/, '?key=ok_wrong'));
    await other.page.getByText('Order not found').waitFor();
    await other.context.close();
  });

  it('a customer resets a forgotten password from the emailed link and signs in with it', async () => {
    const email = `reset-${stamp}@example.test`;
    await server.api('POST', '/v1/auth/register', { email, password: 'the-old-password', name: 'Keiko Sato' });
    const { context, page } = await newPage();
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    const main = page.locator('#main');
    await main.getByLabel('Email', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByText('Check your email').waitFor();

    const m = await mail.waitFor(sentTo(email), 30_000);
    const link = linkIn(m.text ?? '', '/reset-password')!;
    expect(link).toMatch(/\?token=pr_/);
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).fill('a-fresh-passphrase');
    await page.getByLabel('Repeat the new password').fill('a-fresh-passphrase');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Your password was changed').waitFor();

    await page.locator('#main').getByRole('link', { name: 'Sign in', exact: true }).click();
    await main.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill('a-fresh-passphrase');
    await page.locator('form').getByRole('button', { name: /Sign in|ログイン/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    const session = await page.evaluate(() => JSON.parse(localStorage.getItem('inventra-store-auth') ?? '{}')?.state?.user?.email);
    expect(session).toBe(email);

    // The link works once.
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).fill('another-passphrase');
    await page.getByLabel('Repeat the new password').fill('another-passphrase');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('This link cannot be used').waitFor();
    await context.close();
  });

  it('staff read an email in the admin (filtered by recipient) and preview a template', async () => {
    const email = `guest-${stamp}@example.test`; // the guest of the first test
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    await context.addInitScript(() => localStorage.setItem('inventra.admin.locale', 'en'));
    const page = await context.newPage();
    await page.goto(`${server.url}/admin/login`);
    await page.getByRole('link', { name: 'Forgot password?' }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill(server.adminEmail);
    await page.getByLabel('Password', { exact: true }).fill(server.adminPassword);
    await page.locator('form').getByRole('button').last().click();
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Emails' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Emails' }).waitFor();
    await page.getByLabel('Recipient').fill(email);
    const row = page.getByRole('row').filter({ hasText: email });
    await row.getByText('Sent').waitFor();
    await expect.poll(() => page.getByRole('row').filter({ hasText: '@' }).count()).toBe(1);
    await row.getByRole('button').click();
    const frame = page.frameLocator('iframe[title="The email as rendered"]').first();
    await frame.getByRole('heading', { name: 'コンビニでのお支払い' }).waitFor();
    await page.getByRole('button', { name: 'Plain text' }).first().click();
    await page.getByText(/\?key=••••/).first().waitFor();
    // Template preview: the English bank-transfer confirmation.
    // The preview's own language (the sidebar has the admin's language switcher too).
    await page.getByLabel('Language').last().selectOption('en');
    await page.getByLabel('Payment').selectOption('bank_transfer');
    await page.frameLocator('iframe[title="The email as rendered"]').last().getByRole('heading', { name: 'Bank transfer' }).waitFor();
    await context.close();
  });
});
