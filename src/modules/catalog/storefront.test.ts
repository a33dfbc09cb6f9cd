import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';

let t: TestApp;
let admin: TestUser;
let staff: TestUser;
let customer: TestUser;
let n = 0;
const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

async function make(over: Record<string, unknown> = {}, publish = true) {
  const u = uniq();
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/admin/products',
    headers: staff.auth,
    payload: { title: `Thing ${u}`, variants: [{ sku: `SKU-${u}`, price: 1000, options: { size: 'M' } }], ...over },
  });
  expect(res.statusCode, res.body).toBe(201);
  let p = res.json();
  if (publish) p = (await t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/publish`, headers: staff.auth })).json();
  return p;
}
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

async function apiKey(scopes: string[]) {
  const res = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: admin.auth, payload: { name: 'k', scopes } });
  return { 'x-api-key': res.json().key as string };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  staff = await t.login('staff');
  customer = await t.login('customer');
});
afterAll(() => t?.dispose());

describe('authorization on every admin catalog route', () => {
  it('answers 401 without credentials, 403 for customers and keys without the scope', async () => {
    const p = await make({}, false);
    const vid = p.variants[0].id;
    const routes: [string, string, boolean][] = [
      ['POST', '/v1/admin/categories', true],
      ['GET', '/v1/admin/categories', false],
      ['PATCH', '/v1/admin/categories/x', true],
      ['DELETE', '/v1/admin/categories/x', true],
      ['POST', '/v1/admin/products', true],
      ['GET', '/v1/admin/products', false],
      ['GET', `/v1/admin/products/${p.id}`, false],
      ['PATCH', `/v1/admin/products/${p.id}`, true],
      ['DELETE', `/v1/admin/products/${p.id}`, true],
      ['POST', `/v1/admin/products/${p.id}/variants`, true],
      ['PATCH', `/v1/admin/products/${p.id}/variants/${vid}`, true],
      ['DELETE', `/v1/admin/products/${p.id}/variants/${vid}`, true],
      ['POST', `/v1/admin/products/${p.id}/publish`, true],
      ['POST', `/v1/admin/products/${p.id}/unpublish`, true],
      ['POST', `/v1/admin/products/${p.id}/archive`, true],
      ['POST', `/v1/admin/products/${p.id}/restore`, true],
      ['POST', `/v1/admin/products/${p.id}/images`, true],
      ['DELETE', `/v1/admin/products/${p.id}/images/x`, true],
      ['POST', '/v1/admin/products/import', true],
      ['GET', '/v1/admin/products/export', false],
    ];
    const readKey = await apiKey(['catalog:read']);
    const ordersKey = await apiKey(['orders:read']);
    for (const [method, url, isWrite] of routes) {
      const none = await t.app.inject({ method: method as any, url });
      expect(none.statusCode, `${method} ${url}`).toBe(401);
      expect(none.json().code).toBe('unauthorized');
      const cust = await t.app.inject({ method: method as any, url, headers: customer.auth });
      expect(cust.statusCode, `${method} ${url}`).toBe(403);
      const other = await t.app.inject({ method: method as any, url, headers: ordersKey });
      expect(other.statusCode, `${method} ${url}`).toBe(403);
      if (isWrite) {
        const ro = await t.app.inject({ method: method as any, url, headers: readKey });
        expect(ro.statusCode, `${method} ${url}`).toBe(403);
        expect(ro.json().code).toBe('forbidden');
      } else {
        expect((await t.app.inject({ method: method as any, url, headers: readKey })).statusCode, `${method} ${url}`).toBe(200);
      }
    }
  });

  it('lets an API key with catalog:write create and publish', async () => {
    const key = await apiKey(['catalog:write']);
    const res = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: key, payload: { title: 'Key made', variants: [{ sku: `K-${uniq()}`, price: 5 }] } });
    expect(res.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: `/v1/admin/products/${res.json().id}/publish`, headers: key })).statusCode).toBe(200);
  });

  it('keeps the storefront public', async () => {
    for (const url of ['/v1/store/products', '/v1/store/categories', '/v1/store/settings']) expect((await get(url)).statusCode).toBe(200);
  });
});

describe('publish workflow over HTTP', () => {
  it('follows the transition table and answers 409 invalid_transition otherwise', async () => {
    const p = await make({}, false);
    const act = (a: string) => t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/${a}`, headers: staff.auth });
    for (const bad of ['archive', 'unpublish', 'restore']) {
      const r = await act(bad);
      expect(r.statusCode).toBe(409);
      expect(r.json().code).toBe('invalid_transition');
    }
    expect((await act('publish')).json().status).toBe('published');
    expect((await act('publish')).json().status).toBe('published');
    expect((await act('archive')).json().status).toBe('archived');
    expect((await get(`/v1/store/products/${p.slug}`)).statusCode).toBe(404);
    expect((await act('publish')).statusCode).toBe(409);
    expect((await act('restore')).json().status).toBe('draft');
    expect((await act('publish')).statusCode).toBe(200);
    expect((await act('unpublish')).json()).toMatchObject({ status: 'draft', publishedAt: null });
    expect((await get(`/v1/store/products/${p.slug}`)).statusCode).toBe(404);
  });

  it('records audit entries and outbox events in the same transaction', async () => {
    const p = await make();
    const audit = await get(`/v1/admin/audit-logs?entityType=product&entityId=${p.id}`, admin.auth);
    expect(audit.json().items.map((e: any) => e.action).sort()).toEqual(['product.created', 'product.published']);
    const { rows } = await (await import('kysely')).sql<{ type: string }>`select type from events.outbox where aggregate_id = ${p.id} order by seq`.execute(t.platform.db);
    expect(rows.map((r) => r.type)).toEqual(['product.created', 'product.published']);
  });

  it('never shows a draft or a stale snapshot once publish has returned (tight loop)', async () => {
    const p = await make({}, false);
    for (let i = 0; i < 15; i++) {
      const title = `Loop title ${i}`;
      await t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${p.id}`, headers: staff.auth, payload: { title } });
      const before = await get(`/v1/store/products/${p.slug}`);
      if (i === 0) expect(before.statusCode).toBe(404);
      else expect(before.json().title).toBe(`Loop title ${i - 1}`);
      const pub = await t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/publish`, headers: staff.auth });
      expect(pub.statusCode).toBe(200);
      const [detail, list] = await Promise.all([get(`/v1/store/products/${p.slug}`), get(`/v1/store/products?q=${encodeURIComponent(title)}`)]);
      expect(detail.json().title).toBe(title);
      expect(list.json().items.find((x: any) => x.id === p.id)?.title).toBe(title);
      if (i % 5 === 4) {
        await t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/unpublish`, headers: staff.auth });
        expect((await get(`/v1/store/products/${p.slug}`)).statusCode).toBe(404);
        expect((await get('/v1/store/products?limit=100')).json().items.some((x: any) => x.id === p.id)).toBe(false);
        await t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/publish`, headers: staff.auth });
      }
    }
  });

  it('deletes products (204) and refuses unknown ids (404)', async () => {
    const p = await make();
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/admin/products/${p.id}`, headers: staff.auth })).statusCode).toBe(204);
    expect((await get(`/v1/store/products/${p.slug}`)).statusCode).toBe(404);
    expect((await get(`/v1/admin/products/${p.id}`, staff.auth)).statusCode).toBe(404);
    expect((await get('/v1/admin/products/not-a-uuid', staff.auth)).statusCode).toBe(404);
  });

  it('manages variants: add (201), duplicate SKU (409), last one cannot go (422)', async () => {
    const p = await make({}, false);
    const add = await t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/variants`, headers: staff.auth, payload: { sku: `V-${uniq()}`, price: 10 } });
    expect(add.statusCode).toBe(201);
    expect(add.json().variants).toHaveLength(2);
    const dup = await t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/variants`, headers: staff.auth, payload: { sku: p.variants[0].sku, price: 10 } });
    expect(dup.json().code).toBe('sku_taken');
    const v2 = add.json().variants[1].id;
    const patch = await t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${p.id}/variants/${v2}`, headers: staff.auth, payload: { price: 20 } });
    expect(patch.json().variants[1].price).toBe(20);
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/admin/products/${p.id}/variants/${v2}`, headers: staff.auth })).statusCode).toBe(204);
    const last = await t.app.inject({ method: 'DELETE', url: `/v1/admin/products/${p.id}/variants/${p.variants[0].id}`, headers: staff.auth });
    expect(last.statusCode).toBe(422);
  });
});

describe('categories', () => {
  it('builds a tree, refuses deletes with children or products, and filters the storefront by subtree', async () => {
    const mk = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/v1/admin/categories', headers: staff.auth, payload });
    const root = (await mk({ name: `Apparel ${uniq()}` })).json();
    const child = (await mk({ name: `Tops ${uniq()}`, parentId: root.id })).json();
    expect(child.parentId).toBe(root.id);
    expect((await mk({ name: 'x', slug: root.slug })).json().code).toBe('slug_taken');
    const p = await make({ categoryId: child.id });
    const tree = (await get('/v1/store/categories')).json();
    expect(tree.find((c: any) => c.id === root.id).children[0]).toMatchObject({ id: child.id, children: [] });
    const list = (await get(`/v1/store/products?category=${root.slug}`)).json();
    expect(list.items.map((i: any) => i.id)).toEqual([p.id]);
    expect(list.items[0].category).toEqual({ slug: child.slug, name: child.name });
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/admin/categories/${root.id}`, headers: staff.auth })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/admin/categories/${child.id}`, headers: staff.auth })).statusCode).toBe(409);
    const renamed = await t.app.inject({ method: 'PATCH', url: `/v1/admin/categories/${child.id}`, headers: staff.auth, payload: { name: 'Shirts' } });
    expect(renamed.statusCode).toBe(200);
    expect((await get(`/v1/store/products/${p.slug}`)).json().category.name).toBe('Shirts');
    const cycle = await t.app.inject({ method: 'PATCH', url: `/v1/admin/categories/${root.id}`, headers: staff.auth, payload: { parentId: child.id } });
    expect(cycle.statusCode).toBe(422);
    const lone = (await mk({ name: `Empty ${uniq()}` })).json();
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/admin/categories/${lone.id}`, headers: staff.auth })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/admin/categories/${lone.id}`, headers: staff.auth })).statusCode).toBe(404);
    expect((await get('/v1/admin/categories', staff.auth)).json().items.length).toBeGreaterThanOrEqual(2);
  });
});

describe('storefront search and pages', () => {
  it('finds "T-shirt" when the shopper types "tshrit"', async () => {
    const p = await make({ title: 'Organic Cotton T-shirt', tags: ['summer'] });
    await make({ title: 'Wool Socks' });
    for (const q of ['tshrit', 't-shirt', 'tshirt', 'cottn', 'orga']) {
      const res = await get(`/v1/store/products?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((i: any) => i.id), q).toContain(p.id);
    }
    const socks = (await get('/v1/store/products?q=tshrit')).json().items.map((i: any) => i.title);
    expect(socks).not.toContain('Wool Socks');
  });

  it('pages with cursors for every sort, stable while products are inserted', async () => {
    const tag = `pg${uniq()}`;
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await make({ title: `Pager ${tag} ${i}`, variants: [{ sku: `P-${uniq()}`, price: 100 * ((i % 3) + 1) }] })).id);
    for (const sort of ['newest', 'price_asc', 'price_desc', 'relevance']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let inserted = false;
      do {
        const url: string = `/v1/store/products?q=${tag}&sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await get(url);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json();
        seen.push(...body.items.map((i: any) => i.id));
        cursor = body.nextCursor;
        if (!inserted) {
          inserted = true;
          await make({ title: `Pager ${tag} late ${sort}`, variants: [{ sku: `P-${uniq()}`, price: 150 }] });
        }
      } while (cursor);
      expect(new Set(seen).size, sort).toBe(seen.length);
      for (const id of ids) expect(seen, sort).toContain(id);
      if (sort === 'price_asc') {
        const prices = await Promise.all(seen.map(async () => 0));
        expect(prices.length).toBe(seen.length);
      }
    }
    const bad = await get(`/v1/store/products?q=${tag}&sort=price_asc&cursor=${Buffer.from('{"s":"newest","k":["x","y"]}').toString('base64url')}`);
    expect(bad.statusCode).toBe(400);
    expect((await get('/v1/store/products?limit=101')).statusCode).toBe(400);
  });

  it('filters by price range and sorts by price', async () => {
    const tag = `pr${uniq()}`;
    await make({ title: `Price ${tag} a`, variants: [{ sku: `PR-${uniq()}`, price: 500 }] });
    await make({ title: `Price ${tag} b`, variants: [{ sku: `PR-${uniq()}`, price: 1500 }] });
    await make({ title: `Price ${tag} c`, variants: [{ sku: `PR-${uniq()}`, price: 3000 }] });
    const asc = (await get(`/v1/store/products?q=${tag}&sort=price_asc`)).json().items.map((i: any) => i.priceMin);
    expect(asc).toEqual([500, 1500, 3000]);
    const mid = (await get(`/v1/store/products?q=${tag}&minPrice=1000&maxPrice=2000`)).json().items.map((i: any) => i.priceMin);
    expect(mid).toEqual([1500]);
  });

  it('reflects stock from inventory: inStock flag, inStock filter and live availability', async () => {
    const p = await make({ title: `Stocked ${uniq()}` });
    const sku = p.variants[0].sku;
    expect((await get(`/v1/store/products/${p.slug}`)).json().variants[0].available).toBe(0);
    const adj = await t.app.inject({ method: 'POST', url: `/v1/admin/inventory/${sku}/adjustments`, headers: staff.auth, payload: { delta: 7, reason: 'restock' } });
    expect(adj.statusCode, adj.body).toBe(200);
    await t.relay!.drain();
    expect((await get(`/v1/store/products/${p.slug}`)).json().variants[0].available).toBe(7);
    const inStock = (await get('/v1/store/products?inStock=true&limit=100')).json().items;
    expect(inStock.find((i: any) => i.id === p.id)?.inStock).toBe(true);
    expect(inStock.every((i: any) => i.inStock)).toBe(true);
  });

  it('counts cache hits in /metrics', async () => {
    await get('/v1/store/products');
    await get('/v1/store/products');
    const metrics = (await get('/metrics')).body;
    expect(metrics).toMatch(/cache_requests_total\{namespace="store:list",result="hit"\} \d+/);
  });
});

describe('images', () => {
  const form = (file: Buffer, filename: string, type: string) => {
    const boundary = `----inventra${uniq()}`;
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="alt"\r\n\r\nFront view\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
  };

  it('accepts a real PNG, resizes it, serves it immutable; refuses text (415) and oversize (413)', async () => {
    const p = await make({}, false);
    const png = await sharp({ create: { width: 1600, height: 800, channels: 3, background: { r: 200, g: 30, b: 60 } } }).png().toBuffer();
    const up = form(png, 'red.png', 'image/png');
    const res = await t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/images`, headers: { ...staff.auth, ...up.headers }, payload: up.payload });
    expect(res.statusCode, res.body).toBe(201);
    const img = res.json();
    expect(img).toMatchObject({ width: 1200, height: 600, alt: 'Front view' });
    const file = await get(img.url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/webp');
    expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const thumb = await sharp(file.rawPayload).metadata();
    expect(thumb.format).toBe('webp');
    expect((await sharp((await get(img.thumbUrl)).rawPayload).metadata()).width).toBe(320);
    expect((await get('/media/..%2F..%2Fetc%2Fpasswd')).statusCode).toBe(404);
    expect((await get(`/media/${'0'.repeat(40)}.webp`)).statusCode).toBe(404);

    const text = form(Buffer.from('hello, not an image'), 'x.png', 'image/png');
    const bad = await t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/images`, headers: { ...staff.auth, ...text.headers }, payload: text.payload });
    expect(bad.statusCode).toBe(415);
    expect(bad.json().code).toBe('unsupported_media_type');

    const big = form(Buffer.alloc(11 * 1024 * 1024, 1), 'big.png', 'image/png');
    const tooBig = await t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/images`, headers: { ...staff.auth, ...big.headers }, payload: big.payload });
    expect(tooBig.statusCode).toBe(413);

    const pub = await t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/publish`, headers: staff.auth });
    expect(pub.json().images).toHaveLength(1);
    const listed = (await get(`/v1/store/products?q=${encodeURIComponent(p.title)}`)).json().items.find((i: any) => i.id === p.id);
    expect(listed.image).toEqual({ url: img.url, thumbUrl: img.thumbUrl, width: 1200, height: 600, srcset: img.srcset, alt: 'Front view' });
    const del = await t.app.inject({ method: 'DELETE', url: `/v1/admin/products/${p.id}/images/${img.id}`, headers: staff.auth });
    expect(del.statusCode).toBe(204);
  });
});

describe('CSV import and export', () => {
  it('round-trips, reports bad lines by line and column, and applies nothing of a bad product', async () => {
    const cat = (await t.app.inject({ method: 'POST', url: '/v1/admin/categories', headers: staff.auth, payload: { name: `Mugs ${uniq()}` } })).json();
    const u = uniq();
    const csv = [
      'slug,title,description,category,status,sku,price,compare_at_price,option_size,option_color,stock',
      `mug-${u},Mug ${u},Stoneware,${cat.slug},published,MUG-${u}-S,900,,S,white,5`,
      `mug-${u},Mug ${u},Stoneware,${cat.slug},published,MUG-${u}-L,1100,1300,L,white,2`,
      `bowl-${u},Bowl ${u},,${cat.slug},draft,BOWL-${u}-1,abc,,,,`,
      `bowl-${u},Bowl ${u},,${cat.slug},draft,BOWL-${u}-2,700,,,,`,
      `plate-${u},Plate ${u},,nope,draft,PLATE-${u},700,,,,`,
    ].join('\n');
    const res = await t.app.inject({ method: 'POST', url: '/v1/admin/products/import', headers: { ...staff.auth, 'content-type': 'text/csv' }, payload: csv });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ created: 1, updated: 0 });
    expect(body.errors).toEqual([
      expect.objectContaining({ line: 4, column: 'price' }),
      expect.objectContaining({ line: 5 }),
      expect.objectContaining({ line: 6, column: 'category' }),
    ]);
    const list = (await get(`/v1/admin/products?q=${u}`, staff.auth)).json().items;
    expect(list.map((p: any) => p.slug)).toEqual([`mug-${u}`]);
    const mug = (await get(`/v1/store/products/mug-${u}`)).json();
    expect(mug.variants.map((v: any) => [v.sku, v.price, v.available])).toEqual([[`MUG-${u}-S`, 900, 5], [`MUG-${u}-L`, 1100, 2]]);

    const exp = await get('/v1/admin/products/export', staff.auth);
    expect(exp.statusCode).toBe(200);
    expect(exp.headers['content-type']).toContain('text/csv');
    expect(exp.body.split('\n')[0]).toContain('slug,title,description,category,status,sku,price,compare_at_price,option_size,option_color,stock');
    expect(exp.body).toContain(`MUG-${u}-L,1100,1300,L,white,2`);

    const auditBefore = (await get(`/v1/admin/audit-logs?entityType=product&limit=100`, admin.auth)).json().items.length;
    const mine = exp.body.split('\n').filter((line, i) => i === 0 || line.includes(u)).join('\n');
    const same = await t.app.inject({ method: 'POST', url: '/v1/admin/products/import', headers: { ...staff.auth, 'content-type': 'text/csv' }, payload: mine });
    expect(same.json()).toMatchObject({ created: 0, updated: 0, errors: [] });
    expect(same.json().unchanged).toBe(1);
    expect((await get(`/v1/admin/audit-logs?entityType=product&limit=100`, admin.auth)).json().items.length).toBe(auditBefore);

    const changed = exp.body.replace(`MUG-${u}-S,900`, `MUG-${u}-S,950`);
    const again = await t.app.inject({ method: 'POST', url: '/v1/admin/products/import', headers: { ...staff.auth, 'content-type': 'text/csv' }, payload: changed });
    expect(again.json().errors).toEqual([]);
    expect(again.json().created).toBe(0);
    expect((await get(`/v1/store/products/mug-${u}`)).json().variants[0].price).toBe(950);

    const json = await t.app.inject({ method: 'POST', url: '/v1/admin/products/import', headers: staff.auth, payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
    const broken = await t.app.inject({ method: 'POST', url: '/v1/admin/products/import', headers: { ...staff.auth, 'content-type': 'text/csv' }, payload: 'slug,sku,price\n"a,b,1\n' });
    expect(broken.statusCode).toBe(400);
  });
});
