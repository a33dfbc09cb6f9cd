import type { TestApp, TestUser } from './app';
import { setStock } from './order-fixtures';

let seq = 0;
const uniq = () => `${Date.now().toString(36)}${(++seq).toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();

/** A published one-variant product of a tax class, with stock (through the real admin API). */
export async function taxedProduct(t: TestApp, admin: TestUser, price: number, taxClass: 'standard' | 'reduced' | 'exempt', stock = 100, extra: Record<string, unknown> = {}): Promise<{ id: string; sku: string; slug: string }> {
  const tag = uniq();
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/admin/products',
    headers: admin.auth,
    payload: { title: `${taxClass === 'reduced' ? 'お茶' : 'Goods'} ${tag}`, taxClass, variants: [{ sku: `M-${tag}`, price }], ...extra },
  });
  if (res.statusCode !== 201) throw new Error(`taxedProduct: ${res.statusCode} ${res.body}`);
  const p = res.json();
  const pub = await t.app.inject({ method: 'POST', url: `/v1/admin/products/${p.id}/publish`, headers: admin.auth });
  if (pub.statusCode !== 200) throw new Error(`publish: ${pub.statusCode} ${pub.body}`);
  if (stock > 0) await setStock(t, admin, p.variants[0].sku, stock);
  return { id: p.id, sku: p.variants[0].sku, slug: p.slug };
}

export async function promotion(t: TestApp, admin: TestUser, body: Record<string, unknown>): Promise<{ id: string; code: string; timesUsed: number }> {
  const res = await t.app.inject({ method: 'POST', url: '/v1/admin/promotions', headers: admin.auth, payload: { code: `C${uniq()}`, type: 'percentage', value: 10, active: true, ...body } });
  if (res.statusCode !== 201) throw new Error(`promotion: ${res.statusCode} ${res.body}`);
  return res.json();
}
