import type { RequestContext } from '../../platform/core/context';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import { isUuid } from '../../platform/core/schemas';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import { recordEvent } from '../../platform/events/outbox';
import type { CatalogDeps } from './ports';
import { toProduct } from './present';
import { createInTx, loadProduct, lockForWrite, mapUnique, publishIfAsked, recordProductChange, transitionInTx, updateFieldsInTx, upsertInTx } from './product-tx';
import * as repo from './repo/products';
import * as snapshots from './repo/storefront';
import type { AdminProductSort, Product, ProductInput, ProductPatch, PublishedSku } from './schema';
import type { ProductAction, ProductStatus } from './transitions';

/** Products as the admin API, the PMS upsert and orders use them. */

export interface AdminProductQuery {
  status?: ProductStatus;
  categoryId?: string;
  q?: string;
  sort?: AdminProductSort;
  limit: number;
  cursor?: string;
}

/** Runs a write, then drops the storefront caches of the slugs it names. */
async function invalidateAfter<T extends { slugs: string[] }>(d: CatalogDeps, work: Promise<T>): Promise<Omit<T, 'slugs'>> {
  const { slugs, ...result } = await work.catch(mapUnique);
  if (slugs.length) await d.storefront.invalidateProducts(slugs);
  return result;
}

export async function getProduct(d: CatalogDeps, id: string): Promise<Product> {
  const row = await repo.findProduct(d.db, id);
  if (!row) throw notFound('Product');
  return loadProduct(d.db, row);
}

export async function listProducts(d: CatalogDeps, query: AdminProductQuery): Promise<{ items: Product[]; nextCursor: string | null }> {
  const { sort } = query;
  // A sorted cursor names its sort: one from another order (or from the unsorted list) is a 400.
  const numeric = sort !== undefined && /price|stock/.test(sort);
  const isKey = (v: unknown): v is { s: string; k: string | number; id: string } => {
    const c = v as { s?: unknown; k?: unknown; id?: unknown } | null;
    return typeof c === 'object' && c !== null && c.s === sort && typeof c.k === (numeric ? 'number' : 'string') && typeof c.id === 'string' && isUuid(c.id);
  };
  const after = sort
    ? decodeCursor(query.cursor, isKey)
    : decodeCursor(query.cursor, (v): v is string => typeof v === 'string' && isUuid(v));
  const from = after !== null && typeof after === 'object' ? { key: after.k, id: after.id } : after;
  const rows = await repo.listProducts(d.db, query, sort, from, query.limit);
  const page = rows.slice(0, query.limit);
  const ids = page.map((r) => r.id);
  const [variants, images] = await Promise.all([repo.variantsOf(d.db, ids), repo.imagesOf(d.db, ids)]);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toProduct(r, variants.get(r.id) ?? [], images.get(r.id) ?? [])),
    nextCursor: rows.length > query.limit ? encodeCursor(sort ? { s: sort, k: last.sort_key, id: last.id } : last.id) : null,
  };
}

export async function createProduct(d: CatalogDeps, ctx: RequestContext, input: ProductInput, opts: { publish?: boolean } = {}): Promise<Product> {
  const { product } = await invalidateAfter(d, d.db.transaction().execute(async (tx) => publishIfAsked(d, tx, ctx, await createInTx(d, tx, ctx, input), opts.publish)));
  return product;
}

export async function updateProduct(d: CatalogDeps, ctx: RequestContext, id: string, patch: ProductPatch, ifMatch?: number): Promise<Product> {
  return d.db.transaction().execute(async (tx) => {
    const row = await lockForWrite(tx, id, ifMatch);
    const before = await loadProduct(tx, row);
    const product = await loadProduct(tx, await updateFieldsInTx(d, tx, row, patch));
    await recordProductChange(d, tx, ctx, 'product.updated', before, product);
    return product;
  }).catch(mapUnique);
}

export async function deleteProduct(d: CatalogDeps, ctx: RequestContext, id: string, ifMatch?: number): Promise<void> {
  await invalidateAfter(d, d.db.transaction().execute(async (tx) => {
    const row = await lockForWrite(tx, id, ifMatch);
    if (await d.productHasOrders(tx, id)) {
      throw new DomainError('conflict', 'This product appears in orders and cannot be deleted; archive it instead');
    }
    const before = await loadProduct(tx, row);
    if (before.variants.length) await d.stock.removeStock(tx, before.variants.map((v) => v.sku));
    const slug = await snapshots.deleteSnapshot(tx, id);
    await repo.deleteProduct(tx, id);
    await d.audit.record(tx, ctx, { action: 'product.deleted', entityType: 'product', entityId: id, before, after: null });
    await recordEvent(tx, { type: 'product.deleted', aggregateType: 'product', aggregateId: id, data: { id, slug: row.slug, skus: before.variants.map((v) => v.sku) } });
    return { slugs: slug ? [slug] : [] };
  }));
}

export async function transition(d: CatalogDeps, ctx: RequestContext, id: string, action: ProductAction, ifMatch?: number): Promise<Product> {
  const { product } = await invalidateAfter(d, d.db.transaction().execute(async (tx) => transitionInTx(d, tx, ctx, await lockForWrite(tx, id, ifMatch), action)));
  return product;
}

/**
 * Creates or updates the product with this slug (the PMS webhook's `product.upsert`): same
 * validation and audit as the admin API; variants are matched by SKU, missing ones removed.
 */
export async function upsertBySlug(d: CatalogDeps, ctx: RequestContext, body: ProductInput, opts: { publish?: boolean } = {}): Promise<{ product: Product; created: boolean }> {
  return invalidateAfter(d, d.db.transaction().execute((tx) => upsertInTx(d, tx, ctx, body, opts)));
}

/**
 * Published variants by SKU, from the live snapshots only: SKUs of draft, archived or unknown
 * products are absent. Orders call it inside their transaction.
 */
export async function resolvePublishedSkus(q: Db, skus: string[]): Promise<Map<string, PublishedSku>> {
  const rows = await snapshots.publishedSkus(q, skus);
  return new Map(rows.map((r) => [r.sku, r]));
}
