// Issue 16 (CSV encodings), in real Chromium against the real server: a Shift_JIS file, as Excel
// in Japan saves it, imported through the admin's import screen shows its Japanese title. Selectors
// avoid UI wording (being translated in parallel): inputs by type, the form's submit button.
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAll, ENGLISH, launchChromium, openPage } from '../helpers/browser';
import { type RunningServer, startServer } from '../helpers/server';

let server: RunningServer;
let browser: Browser;
let page: Page;
const stamp = Date.now().toString(36);
const title = `和傘「雨月」${stamp}`;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  ({ page } = await openPage(browser, { storage: ENGLISH }));
}, 240_000);

afterAll(() => closeAll(browser, server));

describe('admin CSV import in Chromium', () => {
  it('imports a Shift_JIS file and shows the Japanese title', async () => {
    await page.goto(`${server.url}/admin/login`);
    await page.locator('input[type=email]').fill(server.adminEmail);
    await page.locator('input[type=password]').fill(server.adminPassword);
    await page.locator('input[type=password]').press('Enter');
    await expect.poll(() => page.url(), { timeout: 30_000 }).not.toContain('/login');

    await page.goto(`${server.url}/admin/products/import`);
    const csv = `slug,title,description,sku,price,stock\nwagasa-${stamp},${title},竹と和紙,WAGASA-${stamp},4800,3\n`;
    await page.locator('input[type=file]').setInputFiles({ name: 'products-sjis.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'Shift_JIS') });
    await page.locator('form button[type=submit]').click();
    // The import answered: the result region names the file.
    await page.getByText('products-sjis.csv').last().waitFor({ timeout: 30_000 });

    await page.goto(`${server.url}/admin/products`);
    await page.getByText(title).first().waitFor({ timeout: 30_000 });
    await page.getByText(title).first().waitFor();
    // No mojibake anywhere on the list.
    expect(await page.locator('body').innerText()).not.toContain('\ufffd');
  });

  it('the session survives a reload through the HttpOnly refresh cookie (no token in storage)', async () => {
    const stored = await page.evaluate(() => JSON.stringify(localStorage));
    expect(stored).not.toMatch(/rt_[\w-]{20,}/);
    expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    const cookies = await page.context().cookies();
    const refresh = cookies.find((c) => c.name === 'inventra_refresh');
    expect(refresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/v1/auth/refresh' });
    await page.reload();
    await page.getByText(title).first().waitFor({ timeout: 30_000 });
    expect(page.url()).not.toContain('/login');
  });
});
