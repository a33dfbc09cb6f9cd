import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { systemContext } from '../../platform/core/context';

let t: TestApp;
let admin: TestUser;
let n = 0;
const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

const productBody = (over: Record<string, unknown> = {}) => {
  const u = uniq();
  return {
    title: `Cotton T-shirt ${u}`,
    description: 'Soft cotton tee',
    tags: ['cotton'],
    attributes: { material: 'cotton' },
    variants: [
      { sku: `TS-${u}-M`, price: 1200, compareAtPrice: 1500, options: { size: 'M', color: 'red' }, weightGrams: 200 },
      { sku: `TS-${u}-L`, price: 1400, options: { size: 'L', color: 'red' } },
    ],
    ...over,
  };
};

async function create(over: Record<string, unknown> = {}) {
  const res = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: admin.auth, payload: productBody(over) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const act = (id: string, action: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `/v1/admin/products/${id}/${action}`, headers: { ...admin.auth, ...headers } });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t?.dispose());

describe('products', () => {
  it('creates a draft at version 1 with a derived slug and ETag', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: admin.auth, payload: productBody({ title: 'Linen Shirt' }) });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({ slug: 'linen-shirt', status: 'draft', version: 1, hasUnpublishedChanges: false, publishedAt: null });
    expect(p.variants).toHaveLength(2);
    expect(res.headers.etag).toBe('"1"');
    const again = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: admin.auth, payload: productBody({ title: 'Linen Shirt' }) });
    expect(again.json().slug).toBe('linen-shirt-2');
    const taken = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: admin.auth, payload: productBody({ slug: 'linen-shirt' }) });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('slug_taken');
  });

  it('refuses a SKU used by another product with 409 sku_taken', async () => {
    const p = await create();
    const body = productBody();
    body.variants[0].sku = p.variants[0].sku;
    const res = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: admin.auth, payload: body });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('sku_taken');
  });

  it('validates bodies: no variants, negative price, unknown fields → 400', async () => {
    for (const payload of [productBody({ variants: [] }), productBody({ extra: 1 }), { ...productBody(), variants: [{ sku: 'X-1', price: -1 }] }]) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: admin.auth, payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
  });

  it('honours If-Match with 412 on a stale version', async () => {
    const p = await create();
    const ok = await t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${p.id}`, headers: { ...admin.auth, 'if-match': '"1"' }, payload: { title: 'Renamed' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    const stale = await t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${p.id}`, headers: { ...admin.auth, 'if-match': '"1"' }, payload: { title: 'Again' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('precondition_failed');
  });
});

describe('publishing and the storefront', () => {
  it('serves only the published snapshot; edits stay invisible until republished', async () => {
    const p = await create();
    expect((await t.app.inject({ method: 'GET', url: `/v1/store/products/${p.slug}` })).statusCode).toBe(404);
    const pub = await act(p.id, 'publish');
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ status: 'published', hasUnpublishedChanges: false });
    const store = await t.app.inject({ method: 'GET', url: `/v1/store/products/${p.slug}` });
    expect(store.statusCode).toBe(200);
    expect(store.json()).toMatchObject({ title: p.title, currency: 'JPY' });
    expect(store.json().variants[0]).toMatchObject({ sku: p.variants[0].sku, price: 1200, available: 0 });

    const edit = await t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${p.id}`, headers: admin.auth, payload: { title: 'Draft title' } });
    expect(edit.json().hasUnpublishedChanges).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: `/v1/store/products/${p.slug}` })).json().title).toBe(p.title);
    await act(p.id, 'publish');
    expect((await t.app.inject({ method: 'GET', url: `/v1/store/products/${p.slug}` })).json().title).toBe('Draft title');
  });

  it('resolvePublishedSkus answers only SKUs of published products', async () => {
    const draft = await create();
    const live = await create();
    await act(live.id, 'publish');
    const map = await t.services.catalog.resolvePublishedSkus(t.platform.db, [draft.variants[0].sku, live.variants[0].sku, 'NOPE']);
    expect([...map.keys()]).toEqual([live.variants[0].sku]);
    expect(map.get(live.variants[0].sku)).toEqual({ sku: live.variants[0].sku, productId: live.id, title: live.title, options: { size: 'M', color: 'red' }, price: 1200, compareAtPrice: 1500, taxClass: 'standard', categoryId: live.categoryId ?? null });
  });

  it('upsertBySlug creates, then updates and syncs variants by SKU, and can publish', async () => {
    const body = productBody({ slug: `pms-${uniq()}` }) as any;
    const first = await t.services.catalog.upsertBySlug(systemContext(), body);
    expect(first.created).toBe(true);
    const second = await t.services.catalog.upsertBySlug(systemContext(), { ...body, title: 'From the PMS', variants: [{ ...body.variants[0], price: 999 }] }, { publish: true });
    expect(second.created).toBe(false);
    expect(second.product).toMatchObject({ id: first.product.id, title: 'From the PMS', status: 'published' });
    expect(second.product.variants.map((v) => [v.sku, v.price])).toEqual([[body.variants[0].sku, 999]]);
    const map = await t.services.catalog.resolvePublishedSkus(t.platform.db, [body.variants[0].sku]);
    expect(map.get(body.variants[0].sku)?.price).toBe(999);
  });
});

describe('products in orders', () => {
  it('refuses to delete a product that appears in an order (409), archiving still works', async () => {
    const p = await create();
    await act(p.id, 'publish');
    const sku = p.variants[0].sku;
    const adj = await t.app.inject({ method: 'POST', url: `/v1/admin/inventory/${sku}/adjustments`, headers: admin.auth, payload: { delta: 5, reason: 'restock' } });
    expect(adj.statusCode, adj.body).toBe(200);
    const customer = await t.login('customer');
    const order = await t.app.inject({
      method: 'POST',
      url: '/v1/store/orders',
      headers: customer.auth,
      payload: {
        items: [{ sku, quantity: 1 }],
        paymentMethod: 'cod',
        shippingAddress: { name: 'Ann', postalCode: '150-0001', prefecture: 'Tokyo', city: 'Shibuya', line1: '1-2-3', phone: '03-1234-5678' },
      },
    });
    expect(order.statusCode, order.body).toBe(201);
    const del = await t.app.inject({ method: 'DELETE', url: `/v1/admin/products/${p.id}`, headers: admin.auth });
    expect(del.statusCode).toBe(409);
    expect(del.json().detail).toMatch(/archive/);
    expect((await act(p.id, 'archive')).statusCode).toBe(200);
    const gone = await t.services.catalog.resolvePublishedSkus(t.platform.db, [sku]);
    expect(gone.size).toBe(0);
  });
});

describe('races', () => {
  it('concurrent creates with one SKU or one slug: exactly one wins, the rest are 409, never 500', async () => {
    const sku = `RACE-${uniq()}`;
    const slug = `race-${uniq()}`;
    const bySku = await Promise.all(Array.from({ length: 6 }, () =>
      t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: admin.auth, payload: productBody({ variants: [{ sku, price: 100 }] }) })));
    expect(bySku.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(bySku.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'sku_taken')).toBe(true);
    const bySlug = await Promise.all(Array.from({ length: 6 }, () =>
      t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: admin.auth, payload: productBody({ slug }) })));
    expect(bySlug.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(bySlug.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'slug_taken')).toBe(true);
  });

  it('concurrent publishes and edits of one product never fail and leave the last publish live', async () => {
    const p = await create();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      i % 2 === 0
        ? act(p.id, 'publish')
        : t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${p.id}`, headers: admin.auth, payload: { title: `Edit ${i}` } })));
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    const last = await act(p.id, 'publish');
    const store = await t.app.inject({ method: 'GET', url: `/v1/store/products/${p.slug}` });
    expect(store.json().title).toBe(last.json().title);
  });
});
