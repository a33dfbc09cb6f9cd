// The storefront for Japanese shoppers, in real Chromium at phone width against the real server:
// Japanese by default (the store's defaultLocale), axe-core on every page in both languages,
// a colour choice shows its own picture (and the cart keeps it), a full-width postal code fills
// the address and checks out, the day-by-day slot picker, and the language choice is remembered.
import { createRequire } from 'node:module';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken as loginAdmin, closeAll, launchChromium, openPage } from '../helpers/browser';
import { type RunningServer, startServer } from '../helpers/server';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let adminToken = '';

const stamp = Date.now().toString(36);
const cat = { name: 'Tシャツ', slug: `tees-${stamp}` };
const tee = { title: 'オーガニックTシャツ', slug: `organic-tee-${stamp}` };
const customer = { name: '山田 花子', email: `hanako-${stamp}@example.test`, password: 'hanako-password-2026' };
const images: Record<string, { id: string; url: string; thumbUrl: string }> = {};
let orderPath = '';

async function png(rgb: [number, number, number]): Promise<Blob> {
  const bytes = await sharp({ create: { width: 1000, height: 1000, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } }).png().toBuffer();
  return new Blob([new Uint8Array(bytes)], { type: 'image/png' });
}

async function seed() {
  adminToken = await loginAdmin(server);
  const category = await server.api<{ id: string }>('POST', '/v1/admin/categories', cat, adminToken);
  const product = await server.api<{ id: string }>(
    'POST',
    '/v1/admin/products',
    {
      ...tee,
      description: '肌ざわりのよいオーガニックコットン。',
      categoryId: category.id,
      variants: [
        { sku: `TEE-${stamp}-M-RED`, price: 3300, options: { size: 'M', color: 'red' } },
        { sku: `TEE-${stamp}-M-BLUE`, price: 3300, options: { size: 'M', color: 'blue' } },
        { sku: `TEE-${stamp}-L-BLUE`, price: 3500, options: { size: 'L', color: 'blue' } },
      ],
    },
    adminToken,
  );
  for (const [color, rgb] of [['red', [200, 30, 30]], ['blue', [30, 30, 200]]] as const) {
    const form = new FormData();
    form.append('file', await png([...rgb]), `${color}.png`);
    form.append('alt', `${color} tee`);
    const res = await fetch(`${server.url}/v1/admin/products/${product.id}/images`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` }, body: form });
    expect(res.status).toBe(201);
    images[color] = await res.json();
    await server.api('PATCH', `/v1/admin/products/${product.id}/images/${images[color]!.id}`, { options: { color } }, adminToken);
  }
  await server.api('POST', `/v1/admin/products/${product.id}/publish`, undefined, adminToken);
  for (const sku of [`TEE-${stamp}-M-RED`, `TEE-${stamp}-M-BLUE`, `TEE-${stamp}-L-BLUE`]) {
    await server.api('POST', `/v1/admin/inventory/${sku}/adjustments`, { delta: 10, reason: 'restock' }, adminToken);
  }
  const zone = await server.api<{ id: string }>('POST', '/v1/admin/delivery/zones', { name: '東京', postalCodePrefixes: ['105'], fee: 500, sameDay: false, sameDayCutoff: '14:00' }, adminToken);
  const day = (n: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + n * 86_400_000));
  for (const n of [2, 3, 4, 5, 6]) {
    for (const [startTime, endTime] of [['09:00', '12:00'], ['14:00', '16:00'], ['16:00', '18:00'], ['18:00', '20:00']]) {
      await server.api('POST', '/v1/admin/delivery/slots', { zoneId: zone.id, date: day(n), startTime, endTime, capacity: 5 }, adminToken);
    }
  }
  await server.api('POST', '/v1/auth/register', customer);
}

/** axe-core on the current page: the serious and critical violations (none expected). */
async function axe(label: string) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  expect(violations, label).toEqual([]);
}

const lang = () => page.evaluate(() => document.documentElement.lang);

async function addToCart(color: string, addLabel: string) {
  await page.goto(`${server.url}/products/${tee.slug}`);
  await page.getByRole('radio', { name: color, exact: true }).check();
  await page.getByRole('button', { name: addLabel }).click();
  await page.getByRole('status').filter({ hasText: tee.title }).waitFor();
}

beforeAll(async () => {
  server = await startServer();
  await seed();
  browser = await launchChromium();
  // An English browser: the shop still opens in its default language, Japanese.
  // bypassCSP: the page's CSP (script-src 'self') would refuse the injected axe-core script.
  ({ context, page } = await openPage(browser, { context: { viewport: { width: 390, height: 844 }, locale: 'en-US', bypassCSP: true }, acceptDialogs: true }));
}, 240_000);

afterAll(() => closeAll(browser, server));

describe('storefront in Japanese (the default)', () => {
  it('opens in Japanese with a title per page; home, category and search pass axe', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 2, name: '新着商品' }).waitFor();
    expect(await lang()).toBe('ja');
    expect(await page.title()).toBe('Inventra Store');
    await axe('home ja');

    await page.goto(`${server.url}/c/${cat.slug}`);
    await page.getByRole('heading', { level: 1, name: cat.name }).waitFor();
    await page.getByRole('heading', { level: 2, name: '1件の商品' }).waitFor();
    expect(await page.title()).toBe(`${cat.name} | Inventra Store`);
    // Facets from the server: colours and sizes with counts, in Japanese (filters fold away on a phone).
    await page.locator('summary', { hasText: '絞り込み' }).click();
    await page.getByRole('group', { name: 'カラー' }).getByText('ブルー (1)').waitFor();
    await axe('category ja');

    await page.goto(`${server.url}/search?q=${encodeURIComponent('オーガニック')}`);
    await page.getByRole('heading', { level: 1, name: '「オーガニック」の検索結果' }).waitFor();
    await page.getByRole('link', { name: tee.title }).waitFor();
    await axe('search ja');
  });

  it('shows the picture of the chosen colour, not lazy, with srcset and 税込', async () => {
    await page.goto(`${server.url}/products/${tee.slug}`);
    await page.getByRole('heading', { level: 1, name: tee.title }).waitFor();
    expect(await page.title()).toBe(`${tee.title} | Inventra Store`);
    const main = page.locator('article img').first();
    await page.getByRole('radio', { name: 'レッド', exact: true }).check();
    await expect.poll(() => main.getAttribute('src')).toBe(images.red!.url);
    await page.getByRole('radio', { name: 'ブルー', exact: true }).check();
    await expect.poll(() => main.getAttribute('src')).toBe(images.blue!.url);
    expect(await main.getAttribute('alt')).toBe('blue tee');
    expect(await main.getAttribute('loading')).toBe('eager');
    expect(await main.getAttribute('srcset')).toContain('640w');
    await page.getByText('¥3,300税込').first().waitFor();
    await axe('product ja');
  });

  it('keeps the chosen variant’s picture in the cart', async () => {
    await page.getByRole('radio', { name: 'M', exact: true }).check();
    await page.getByRole('radio', { name: 'ブルー', exact: true }).check();
    await page.getByRole('button', { name: 'カートに入れる' }).click();
    await page.getByRole('status').filter({ hasText: 'カートに追加しました' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'カート（1点）' }).click();
    await page.getByRole('heading', { level: 1, name: 'カート' }).waitFor();
    const line = page.getByRole('listitem', { name: tee.title });
    expect(await line.locator('img').getAttribute('src')).toBe(images.blue!.thumbUrl);
    await axe('cart ja');
  });

  it('checks out with a full-width postal code that fills the address, and a day-by-day slot', async () => {
    await page.getByRole('button', { name: '購入手続きへ' }).click();
    await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
    await axe('login ja');
    await page.getByLabel('メールアドレス').fill(customer.email);
    await page.getByLabel('パスワード').fill(customer.password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('heading', { level: 1, name: 'ご購入手続き' }).waitFor();

    await page.getByLabel('フリガナ（任意）').fill('やまだ はなこ');
    await page.getByLabel('郵便番号').fill('１０５－００１１');
    await page.getByLabel('郵便番号').blur();
    await page.getByRole('status').filter({ hasText: '郵便番号から入力しました' }).waitFor();
    expect(await page.getByLabel('郵便番号').inputValue()).toBe('105-0011');
    expect(await page.getByLabel('都道府県').inputValue()).toBe('東京都');
    expect(await page.getByLabel('市区町村').inputValue()).toBe('港区芝公園');
    await page.getByLabel('番地').fill('4-2-8');
    await page.getByLabel('電話番号').fill('０３－１２３４－５６７８');
    await axe('checkout address ja');
    await page.getByRole('button', { name: '保存してこの住所に届ける' }).click();
    await page.getByRole('radio', { name: /^山田 花子,/ }).waitFor();
    const { items: saved } = await server.api<{ items: { postalCode: string; phone: string; nameKana: string | null }[] }>('GET', '/v1/me/addresses', undefined, await token());
    expect(saved[0]).toMatchObject({ postalCode: '105-0011', phone: '03-1234-5678', nameKana: 'ヤマダ ハナコ' });

    // One day's slots at a time: the page stays a phone's height or so, not every slot of every day.
    const days = page.getByRole('group', { name: 'お届け日' }).getByRole('radio');
    expect(await days.count()).toBe(6);
    await days.nth(1).check();
    await page.getByRole('radio', { name: /09:00〜12:00、送料¥500/ }).check();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(3000);
    await page.getByRole('radio', { name: 'コンビニ払い' }).check();
    await axe('checkout ja');
    await page.getByRole('button', { name: /^注文を確定する/ }).click();
    await page.getByRole('heading', { level: 1, name: /^注文番号 #\d+/ }).waitFor();
    orderPath = new URL(page.url()).pathname;
    await page.getByText(/お届け日時：.*09:00–12:00/).waitFor();
    await axe('order ja');

    const order = await server.api<{ shippingAddress: { postalCode: string; phone: string } }>('GET', `/v1/store/orders${orderPath.slice('/orders'.length)}`, undefined, await token());
    expect(order.shippingAddress).toMatchObject({ postalCode: '105-0011', phone: '03-1234-5678' });
  });
});

async function token(): Promise<string> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('inventra-store-auth') ?? '{}')?.state?.accessToken ?? '');
}

describe('switching to English', () => {
  it('switches, follows <html lang>, and keeps the choice after a reload', async () => {
    await page.getByRole('combobox', { name: '言語' }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: /^Order #\d+/ }).waitFor();
    expect(await lang()).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Order #\d+/ }).waitFor();
    expect(await lang()).toBe('en');
    await page.getByText(/Slot: .*09:00–12:00/).waitFor();
    await axe('order en');
  });

  it('passes axe on every page in English, with prices tax incl. and prefectures in English', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 2, name: 'New arrivals' }).waitFor();
    await axe('home en');
    await page.goto(`${server.url}/c/${cat.slug}`);
    await page.getByRole('heading', { level: 2, name: '1 product' }).waitFor();
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByRole('group', { name: 'Colour' }).getByText('blue (1)').waitFor();
    await axe('category en');
    await page.goto(`${server.url}/search?q=organic`);
    await page.getByRole('heading', { level: 1, name: /Results for/ }).waitFor();
    await axe('search en');
    await addToCart('red', 'Add to cart');
    await page.getByText('¥3,300tax incl.').first().waitFor();
    await axe('product en');
    await page.getByRole('navigation').getByRole('link', { name: 'Cart, 1 item', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Your cart' }).waitFor();
    expect(await page.getByRole('listitem', { name: tee.title }).locator('img').getAttribute('src')).toBe(images.red!.thumbUrl);
    await axe('cart en');
    await page.getByRole('button', { name: 'Check out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
    await page.getByText('〒105-0011 Tokyo').first().waitFor();
    await page.getByRole('button', { name: 'Add a new address' }).click();
    expect(await page.getByLabel('Prefecture').locator('option', { hasText: 'Hokkaido' }).count()).toBe(1);
    await axe('checkout en');
  });
});
