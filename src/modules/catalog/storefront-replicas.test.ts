import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInventra, type Inventra } from '../../inventra';
import { appWith, type TestApp, type TestUser } from '../../../test/helpers/app';

/**
 * Storefront reads answered from each replica's local store (bodies kept in front of Redis)
 * never outlive a change made on another replica: publish, unpublish and stock. Needs REDIS_URL
 * and a postgres DATABASE_URL (two processes' worth of apps on one database); the embedded
 * default is one process, and storefront.test.ts covers it.
 */
const shared = Boolean(process.env.REDIS_URL) && /^postgres/.test(process.env.DATABASE_URL ?? '');

describe.skipIf(!shared)('storefront caches on two replicas sharing Redis and PostgreSQL', () => {
  let a: TestApp;
  let b: Inventra;
  let staff: TestUser;
  let n = 0;
  const word = () => `zq${Date.now().toString(36)}${(n++).toString(36)}`;
  const onB = async (url: string) => {
    const res = await b.app.inject({ method: 'GET', url });
    return { status: res.statusCode, json: res.statusCode === 200 ? res.json() : null };
  };
  const admin = async (method: 'POST' | 'PATCH', url: string, payload?: unknown) => {
    const res = await a.app.inject({ method, url, headers: staff.auth, payload: payload as never });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };

  beforeAll(async () => {
    ({ t: a, users: [staff] } = await appWith('staff'));
    b = await createInventra(a.config, { skipBootstrap: true, redisPrefix: String(a.platform.redis!.options.keyPrefix) });
    await b.ready();
  });
  afterAll(async () => {
    await b?.close();
    await a?.dispose();
  });

  it('a publish on A is on B at once: detail, list and a repeated search', async () => {
    const oldWord = word();
    const newWord = word();
    const p = await admin('POST', '/v1/admin/products', { title: `Lamp ${oldWord}`, variants: [{ sku: `SKU-${oldWord}`, price: 1000 }] });
    await admin('POST', `/v1/admin/products/${p.id}/publish`);
    // B answers twice, so each body is in its local store.
    for (let i = 0; i < 2; i++) {
      expect((await onB(`/v1/store/products/${p.slug}`)).json.title).toBe(`Lamp ${oldWord}`);
      expect((await onB(`/v1/store/products?q=${oldWord}`)).json.items.map((x: any) => x.id)).toEqual([p.id]);
      expect((await onB('/v1/store/products?limit=100')).json.items.find((x: any) => x.id === p.id)?.title).toBe(`Lamp ${oldWord}`);
    }
    await admin('PATCH', `/v1/admin/products/${p.id}`, { title: `Lamp ${newWord}` });
    await admin('POST', `/v1/admin/products/${p.id}/publish`);
    expect((await onB(`/v1/store/products/${p.slug}`)).json.title).toBe(`Lamp ${newWord}`);
    expect((await onB(`/v1/store/products?q=${oldWord}`)).json.items).toEqual([]);
    expect((await onB(`/v1/store/products?q=${newWord}`)).json.items.map((x: any) => x.id)).toEqual([p.id]);
    expect((await onB('/v1/store/products?limit=100')).json.items.find((x: any) => x.id === p.id)?.title).toBe(`Lamp ${newWord}`);
  });

  it('an unpublish on A makes B answer 404 at once', async () => {
    const w = word();
    const p = await admin('POST', '/v1/admin/products', { title: `Vase ${w}`, variants: [{ sku: `SKU-${w}`, price: 1000 }] });
    await admin('POST', `/v1/admin/products/${p.id}/publish`);
    expect((await onB(`/v1/store/products/${p.slug}`)).status).toBe(200);
    expect((await onB(`/v1/store/products/${p.slug}`)).status).toBe(200);
    await admin('POST', `/v1/admin/products/${p.id}/unpublish`);
    expect((await onB(`/v1/store/products/${p.slug}`)).status).toBe(404);
    expect((await onB(`/v1/store/products?q=${w}`)).json.items).toEqual([]);
  });

  it('a stock change on A shows on B once the event is relayed: availability and the in-stock filter', async () => {
    const w = word();
    const p = await admin('POST', '/v1/admin/products', { title: `Rug ${w}`, variants: [{ sku: `SKU-${w}`, price: 1000 }] });
    await admin('POST', `/v1/admin/products/${p.id}/publish`);
    for (let i = 0; i < 2; i++) {
      expect((await onB(`/v1/store/products/${p.slug}`)).json.variants[0].available).toBe(0);
      expect((await onB(`/v1/store/products?q=${w}&inStock=true`)).json.items).toEqual([]);
    }
    await admin('POST', `/v1/admin/inventory/SKU-${w}/adjustments`, { delta: 5, reason: 'restock' });
    await a.relay!.drain();
    expect((await onB(`/v1/store/products/${p.slug}`)).json.variants[0].available).toBe(5);
    expect((await onB(`/v1/store/products?q=${w}&inStock=true`)).json.items.map((x: any) => x.id)).toEqual([p.id]);
  });
});
