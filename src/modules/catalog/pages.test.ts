// The storefront's pages as a crawler sees them, through the real server: the product page's
// <head> and JSON-LD against the published snapshot, category pages, 404s, sitemap (paged),
// robots.txt, and the precompressed assets. Needs the built storefront (the test setup builds it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';

let t: TestApp;
let staff: TestUser;
let n = 0;
const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { host: 'shop.example', ...headers } });

async function call(method: 'POST' | 'PATCH', url: string, payload?: unknown) {
  const res = await t.app.inject({ method, url, headers: staff.auth, payload: payload as never });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

const meta = (html: string, attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];
const jsonLds = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
const head = (html: string) => html.slice(0, html.indexOf('</head>'));

beforeAll(async () => {
  t = await createTestApp({}, { sitemapPageSize: 3 });
  staff = await t.login('staff');
});
afterAll(() => t?.dispose());

async function setup() {
  const u = uniq();
  const parent = await call('POST', '/v1/admin/categories', { name: `Apparel ${u}`, slug: `apparel-${u}` });
  const child = await call('POST', '/v1/admin/categories', { name: `Tops ${u}`, slug: `tops-${u}`, parentId: parent.id });
  const product = await call('POST', '/v1/admin/products', {
    title: `Indigo "Shirt" <${u}>`,
    slug: `indigo-shirt-${u}`,
    description: 'Rope-dyed   indigo chambray\nthat fades beautifully.',
    categoryId: child.id,
    variants: [
      { sku: `SH-${u}-M`, price: 9800, options: { size: 'M' } },
      { sku: `SH-${u}-L`, price: 10800, options: { size: 'L' } },
    ],
  });
  await call('POST', `/v1/admin/products/${product.id}/publish`);
  await call('POST', `/v1/admin/inventory/SH-${u}-M/adjustments`, { delta: 3, reason: 'restock' });
  await t.relay!.drain();
  return { u, parent, child, product };
}

describe('product page <head> from the published snapshot', () => {
  it('has title, description, canonical, OpenGraph and JSON-LD Product/Offer/BreadcrumbList matching the snapshot', async () => {
    const { u, parent, child, product } = await setup();
    const res = await get(`/products/${product.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = head(res.body);
    const snapshot = (await get(`/v1/store/products/${product.slug}`)).json();
    expect(html).toContain(`<title>Indigo &quot;Shirt&quot; &lt;${u}&gt; | Inventra Store</title>`);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(res.body).toMatch(/<html[^>]*lang="ja"/);
    expect(meta(html, 'name', 'description')).toBe('Rope-dyed indigo chambray that fades beautifully.');
    expect(html).toContain(`<link rel="canonical" href="http://shop.example/products/${product.slug}" />`);
    expect(meta(html, 'property', 'og:url')).toBe(`http://shop.example/products/${product.slug}`);
    expect(meta(html, 'property', 'og:title')).toBe(`Indigo &quot;Shirt&quot; &lt;${u}&gt; | Inventra Store`);
    const [ld, crumbs] = jsonLds(html);
    expect(ld['@type']).toBe('Product');
    expect(ld.name).toBe(snapshot.title);
    const bySku = new Map(snapshot.variants.map((v: any) => [v.sku, v]));
    expect(ld.offers).toHaveLength(2);
    for (const offer of ld.offers) {
      const v: any = bySku.get(offer.sku);
      expect(offer.price).toBe(String(v.price));
      expect(offer.priceCurrency).toBe(snapshot.currency);
      expect(offer.availability).toBe(`https://schema.org/${v.available > 0 ? 'InStock' : 'OutOfStock'}`);
    }
    expect(ld.offers.map((o: any) => o.availability)).toEqual(['https://schema.org/InStock', 'https://schema.org/OutOfStock']);
    expect(crumbs['@type']).toBe('BreadcrumbList');
    expect(crumbs.itemListElement.map((i: any) => i.name)).toEqual(['Inventra Store', parent.name, child.name, snapshot.title]);
    // The app still boots from the same page.
    expect(res.body).toContain('<div id="root"></div>');
  });

  it('follows stock, a new publish (price, image) and an unpublish: cached, never stale', async () => {
    const { u, product } = await setup();
    await get(`/products/${product.slug}`);
    await call('POST', `/v1/admin/inventory/SH-${u}-L/adjustments`, { delta: 2, reason: 'restock' });
    await t.relay!.drain();
    let ld = jsonLds((await get(`/products/${product.slug}`)).body)[0];
    expect(ld.offers.map((o: any) => o.availability)).toEqual(['https://schema.org/InStock', 'https://schema.org/InStock']);

    await call('PATCH', `/v1/admin/products/${product.id}/variants/${product.variants[0].id}`, { price: 7700 });
    ld = jsonLds((await get(`/products/${product.slug}`)).body)[0];
    expect(ld.offers[0].price).toBe('9800');
    await call('POST', `/v1/admin/products/${product.id}/publish`);
    ld = jsonLds((await get(`/products/${product.slug}`)).body)[0];
    expect(ld.offers[0].price).toBe('7700');

    await call('POST', `/v1/admin/products/${product.id}/unpublish`);
    const gone = await get(`/products/${product.slug}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toContain('<div id="root"></div>');
    expect(gone.body).toContain('<meta name="robots" content="noindex" />');
  });

  it('answers 404 (the app, noindex) for unknown or malformed product and category slugs', async () => {
    for (const path of ['/products/no-such-thing', '/products/Bad%20Slug', '/c/no-such-category']) {
      const res = await get(path);
      expect(res.statusCode, path).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<div id="root"></div>');
      expect(res.body).toContain('noindex');
    }
    // Other app routes stay 200 with the store's name as title.
    const cart = await get('/cart');
    expect(cart.statusCode).toBe(200);
    expect(cart.body).toContain('<title>Inventra Store</title>');
  });

  it('fills category pages: title, canonical and BreadcrumbList', async () => {
    const { parent, child } = await setup();
    const res = await get(`/c/${child.slug}`);
    expect(res.statusCode).toBe(200);
    const html = head(res.body);
    expect(html).toContain(`<title>${child.name} | Inventra Store</title>`);
    expect(html).toContain(`<link rel="canonical" href="http://shop.example/c/${child.slug}" />`);
    expect(meta(html, 'name', 'description')).toBe(`Inventra Storeの「${child.name}」の商品一覧`);
    const [crumbs] = jsonLds(html);
    expect(crumbs.itemListElement.map((i: any) => i.item)).toEqual(['http://shop.example/', `http://shop.example/c/${parent.slug}`, `http://shop.example/c/${child.slug}`]);
  });
});

describe('sitemap and robots', () => {
  it('lists home, every category and every published product (not drafts), paged when large', async () => {
    const { product, child, parent } = await setup();
    const draft = await call('POST', '/v1/admin/products', { title: `Draft ${uniq()}`, variants: [{ sku: `DR-${uniq()}`, price: 100 }] });
    const index = await get('/sitemap.xml');
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/^application\/xml/);
    // More than 3 URLs with a page size of 3: an index of pages.
    expect(index.body).toContain('<sitemapindex');
    const pageLocs = [...index.body.matchAll(/<loc>http:\/\/shop\.example(\/sitemap\/\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
    expect(pageLocs.length).toBeGreaterThan(1);
    const locs: string[] = [];
    for (const p of pageLocs) {
      const page = await get(p);
      expect(page.statusCode, p).toBe(200);
      const urls = [...page.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(urls.length).toBeLessThanOrEqual(3);
      locs.push(...urls);
    }
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain('http://shop.example/');
    expect(locs).toContain(`http://shop.example/c/${parent.slug}`);
    expect(locs).toContain(`http://shop.example/c/${child.slug}`);
    expect(locs).toContain(`http://shop.example/products/${product.slug}`);
    expect(locs).not.toContain(`http://shop.example/products/${draft.slug}`);
    expect((await get(`/sitemap/${pageLocs.length + 1}.xml`)).statusCode).toBe(404);
    expect((await get('/sitemap/0.xml')).statusCode).toBe(400);

    // A publish shows up at once (the cached sitemap is dropped with the lists).
    await call('POST', `/v1/admin/products/${draft.id}/publish`);
    const all: string[] = [];
    const again = [...(await get('/sitemap.xml')).body.matchAll(/<loc>http:\/\/shop\.example(\/sitemap\/\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
    for (const p of again) all.push(...[...(await get(p)).body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(all).toContain(`http://shop.example/products/${draft.slug}`);
  });

  it('robots.txt allows the shop, disallows /admin and /v1/, and names the sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toMatch(/^User-agent: \*$/m);
    expect(res.body).toMatch(/^Disallow: \/admin$/m);
    expect(res.body).toMatch(/^Disallow: \/v1\/$/m);
    expect(res.body).toContain('Sitemap: http://shop.example/sitemap.xml');
  });

  it('are in the OpenAPI document', async () => {
    const paths = Object.keys((await get('/openapi.json')).json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/sitemap.xml', '/sitemap/{file}', '/robots.txt']));
  });
});

describe('static assets', () => {
  it('are sent precompressed (brotli or gzip as accepted), hashed ones immutable', async () => {
    const html = (await get('/')).body;
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const plain = await get(script!);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get(script!, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    const gz = await get(script!, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
  });
});
