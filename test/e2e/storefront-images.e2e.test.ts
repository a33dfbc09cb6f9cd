// Images per variant, end to end in Chromium: the admin's image panel sets alt text, links
// pictures to colours and reorders them; after publishing, the storefront shows the chosen
// colour's picture with that alt text.
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, closeAll, ENGLISH, launchChromium, openPage } from '../helpers/browser';
import { type RunningServer, startServer } from '../helpers/server';

let server: RunningServer;
let browser: Browser;
let page: Page;
let token = '';
const stamp = Date.now().toString(36);
const tee = { title: 'Pocket Tee', slug: `pocket-tee-${stamp}` };
let productId = '';
const imageIds: string[] = [];

interface AdminProduct {
  images: { id: string; url: string; alt: string; options?: Record<string, string> }[];
}

async function upload(rgb: [number, number, number]) {
  const bytes = await sharp({ create: { width: 800, height: 800, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } }).png().toBuffer();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'x.png');
  const res = await fetch(`${server.url}/v1/admin/products/${productId}/images`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  expect(res.status).toBe(201);
  imageIds.push(((await res.json()) as { id: string }).id);
}

beforeAll(async () => {
  server = await startServer();
  token = await adminToken(server);
  ({ id: productId } = await server.api<{ id: string }>(
    'POST',
    '/v1/admin/products',
    { ...tee, variants: [{ sku: `PT-${stamp}-R`, price: 2900, options: { color: 'red' } }, { sku: `PT-${stamp}-B`, price: 2900, options: { color: 'blue' } }] },
    token,
  ));
  for (const sku of [`PT-${stamp}-R`, `PT-${stamp}-B`]) await server.api('POST', `/v1/admin/inventory/${sku}/adjustments`, { delta: 5, reason: 'restock' }, token);
  await upload([210, 20, 20]);
  await upload([20, 20, 210]);
  browser = await launchChromium();
  // Both apps in English for this test (the language switch itself is tested in storefront-i18n).
  ({ page } = await openPage(browser, { storage: ENGLISH }));
}, 240_000);

afterAll(() => closeAll(browser, server));

describe('images per variant', () => {
  it('the admin links pictures to colours, writes alt text and reorders them', async () => {
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('Email').fill(server.adminEmail);
    await page.getByLabel('Password').fill(server.adminPassword);
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.goto(`${server.url}/admin/products/${productId}`);
    await page.getByRole('heading', { level: 1, name: tee.title }).waitFor();

    const list = page.getByRole('list', { name: 'Product images' });
    await list.getByLabel('Image 1 shows color').selectOption('red');
    await page.getByText('Image saved.').first().waitFor();
    await list.getByLabel('Image 2 shows color').selectOption('blue');
    await list.getByLabel('Alt text of image 2').fill('Blue pocket tee, front');
    await list.getByRole('listitem', { name: 'Image 2' }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await server.api<AdminProduct>('GET', `/v1/admin/products/${productId}`, undefined, token)).images[1]?.alt).toBe('Blue pocket tee, front');
    await list.getByRole('button', { name: 'Move image 2 earlier' }).click();
    await expect.poll(async () => (await server.api<AdminProduct>('GET', `/v1/admin/products/${productId}`, undefined, token)).images.map((i) => i.id)).toEqual([imageIds[1], imageIds[0]]);
    const saved = await server.api<AdminProduct>('GET', `/v1/admin/products/${productId}`, undefined, token);
    expect(saved.images.map((i) => [i.alt, i.options])).toEqual([['Blue pocket tee, front', { color: 'blue' }], ['', { color: 'red' }]]);
    await list.getByRole('listitem', { name: 'Image 1' }).getByText('Main picture').waitFor();
  });

  it('after publishing, the storefront switches to the chosen colour’s picture', async () => {
    await server.api('POST', `/v1/admin/products/${productId}/publish`, undefined, token);
    await page.goto(`${server.url}/products/${tee.slug}`);
    const main = page.locator('article img').first();
    await page.getByRole('radio', { name: 'red', exact: true }).check();
    const saved = await server.api<AdminProduct>('GET', `/v1/admin/products/${productId}`, undefined, token);
    await expect.poll(() => main.getAttribute('src')).toBe(saved.images[1]!.url);
    await page.getByRole('radio', { name: 'blue', exact: true }).check();
    await expect.poll(() => main.getAttribute('src')).toBe(saved.images[0]!.url);
    expect(await main.getAttribute('alt')).toBe('Blue pocket tee, front');
  });
});
