import type { TestApp, TestUser } from './app';

let seq = 0;
const uniq = () => `${Date.now().toString(36)}${(++seq).toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();

export interface MadeProduct {
  id: string;
  skus: string[];
}

/** A published product whose variants have the given prices and stock (through the real admin API). */
export async function makeProduct(t: TestApp, admin: TestUser, variants: { price: number; stock: number }[], opts: { publish?: boolean } = {}): Promise<MadeProduct> {
  const tag = uniq();
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/admin/products',
    headers: admin.auth,
    payload: {
      title: `Test product ${tag}`,
      description: 'A product made by a test',
      variants: variants.map((v, i) => ({ sku: `T-${tag}-${i}`, price: v.price, options: { size: `S${i}` } })),
    },
  });
  if (res.statusCode !== 201) throw new Error(`makeProduct: ${res.statusCode} ${res.body}`);
  const product = res.json();
  if (opts.publish !== false) {
    const pub = await t.app.inject({ method: 'POST', url: `/v1/admin/products/${product.id}/publish`, headers: admin.auth });
    if (pub.statusCode !== 200) throw new Error(`publish: ${pub.statusCode} ${pub.body}`);
  }
  const skus: string[] = product.variants.map((v: { sku: string }) => v.sku);
  for (const [i, v] of variants.entries()) {
    if (v.stock > 0) await setStock(t, admin, skus[i], v.stock);
  }
  return { id: product.id, skus };
}

export async function setStock(t: TestApp, admin: TestUser, sku: string, onHand: number): Promise<void> {
  const res = await t.app.inject({ method: 'PUT', url: `/v1/admin/inventory/${sku}`, headers: admin.auth, payload: { onHand } });
  if (res.statusCode !== 200) throw new Error(`setStock: ${res.statusCode} ${res.body}`);
}

export async function stockOf(t: TestApp, admin: TestUser, sku: string): Promise<{ onHand: number; reserved: number; available: number }> {
  return (await t.app.inject({ method: 'GET', url: `/v1/admin/inventory/${sku}`, headers: admin.auth })).json();
}

export const ADDRESS = { name: 'Hanako Yamada', postalCode: '150-0001', prefecture: 'Tokyo', city: 'Shibuya', line1: '1-2-3 Jingumae', phone: '03-1234-5678' };

/** POST /v1/store/orders over real HTTP to the app listening at base. */
export async function postOrderHttp(base: string, user: TestUser, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}/v1/store/orders`, { method: 'POST', headers: { ...user.auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

export const orderBody = (items: { sku: string; quantity: number }[], over: Record<string, unknown> = {}) => ({
  items,
  shippingAddress: ADDRESS,
  paymentMethod: 'konbini',
  ...over,
});
