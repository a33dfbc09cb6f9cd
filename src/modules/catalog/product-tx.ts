import type { Updateable } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { RequestContext } from '../../platform/core/context';
import type { Db } from '../../platform/db/database';
import { DomainError, isUniqueViolation, notFound } from '../../platform/errors';
import { recordEvent } from '../../platform/events/outbox';
import type { ProductDeps } from './ports';
import { buildSnapshot, eventData, toProduct } from './present';
import { assertCompareAt } from './price-rules';
import * as categories from './repo/categories';
import * as products from './repo/products';
import * as snapshots from './repo/storefront';
import type { Product, ProductInput, ProductPatch, VariantInput } from './schema';
import { slugify } from './search';
import type { ProductRow, ProductsTable } from './tables';
import { nextStatus, type ProductAction } from './transitions';

/**
 * The steps of product writes, each inside the caller's transaction: the admin API, the PMS
 * upsert and the CSV import compose them.
 */

const EVENT_BY_ACTION: Record<ProductAction, string> = {
  publish: 'product.published',
  unpublish: 'product.unpublished',
  archive: 'product.archived',
  restore: 'product.restored',
};

/** Unique-index races (two writers at once) become the same 409 a pre-check would give. */
export function mapUnique(err: unknown): never {
  if (isUniqueViolation(err, 'variants_sku_unique') || isUniqueViolation(err, 'published_variants_pkey')) {
    throw new DomainError('sku_taken', 'A SKU in this request is already used by another product');
  }
  if (isUniqueViolation(err, 'products_slug_unique') || isUniqueViolation(err, 'published_slug_unique') || isUniqueViolation(err, 'categories_slug_unique')) {
    throw new DomainError('slug_taken', 'That slug is already in use; choose another');
  }
  throw err;
}

export async function loadProduct(q: Db, row: ProductRow): Promise<Product> {
  const [variants, images] = await Promise.all([products.variantsOf(q, [row.id]), products.imagesOf(q, [row.id])]);
  return toProduct(row, variants.get(row.id) ?? [], images.get(row.id) ?? []);
}

export async function lockForWrite(tx: Db, id: string, ifMatch?: number): Promise<ProductRow> {
  const row = await products.findProduct(tx, id, true);
  if (!row) throw notFound('Product');
  if (ifMatch !== undefined && ifMatch !== row.version) {
    throw new DomainError('precondition_failed', `The product is at version ${row.version}, not ${ifMatch}; reload it and retry`);
  }
  return row;
}

export async function checkCategory(tx: Db, categoryId: string | null | undefined, path = 'categoryId'): Promise<void> {
  if (categoryId === null || categoryId === undefined) return;
  if (!(await categories.categoryById(tx, categoryId))) {
    throw new DomainError('unprocessable', `Category ${categoryId} does not exist`, { errors: [{ path, message: 'does not name a category' }] });
  }
}

/** A free slug: the requested one (409 when taken), or one derived from the title with a numeric suffix. */
async function chooseSlug(tx: Db, requested: string | undefined, title: string, productId: string | null): Promise<string> {
  if (requested) {
    if (await products.slugTaken(tx, requested, productId)) throw new DomainError('slug_taken', `The slug ${requested} is already in use`);
    return requested;
  }
  const base = slugify(title, 'product');
  for (let i = 1; i < 1000; i++) {
    const candidate = i === 1 ? base : `${base}-${i}`;
    if (!(await products.slugTaken(tx, candidate, productId))) return candidate;
  }
  return `${base}-${uuidv7().slice(-8)}`;
}

export async function checkSkus(tx: Db, skus: string[], productId: string | null, pathOf: (i: number) => string): Promise<void> {
  const seen = new Map<string, number>();
  skus.forEach((s, i) => {
    if (seen.has(s)) throw new DomainError('validation_failed', `SKU ${s} appears twice`, { errors: [{ path: pathOf(i), message: 'is a duplicate SKU' }] });
    seen.set(s, i);
  });
  const owners = await products.skuOwners(tx, skus);
  for (const [sku, owner] of owners) {
    if (owner !== productId) {
      throw new DomainError('sku_taken', `SKU ${sku} is already used by another product`, { errors: [{ path: pathOf(seen.get(sku)!), message: 'is already used' }] });
    }
  }
}

export async function insertVariants(d: ProductDeps, tx: Db, productId: string, variants: VariantInput[], startPosition: number): Promise<void> {
  if (variants.length === 0) return;
  variants.forEach((v, i) => assertCompareAt(v.price, v.compareAtPrice, `variants/${startPosition + i}/compareAtPrice`, v.sku));
  await products.insertVariants(tx, variants.map((v, i) => ({
    id: uuidv7(),
    product_id: productId,
    sku: v.sku,
    price: v.price,
    compare_at_price: v.compareAtPrice ?? null,
    options: JSON.stringify(v.options ?? {}),
    weight_grams: v.weightGrams ?? null,
    position: startPosition + i,
  })));
  await d.stock.ensureStock(tx, variants.map((v) => ({ sku: v.sku, productId })));
}

export const bump = (d: ProductDeps, tx: Db, id: string, set: Updateable<ProductsTable> = {}): Promise<ProductRow> => products.bumpProduct(tx, id, d.clock.now(), set);

/** The audit entry and the event of a product change. */
export async function recordProductChange(d: ProductDeps, tx: Db, ctx: RequestContext, action: string, before: Product | null, after: Product, type = 'product.updated'): Promise<void> {
  await d.audit.record(tx, ctx, { action, entityType: 'product', entityId: after.id, before, after });
  await recordEvent(tx, { type, aggregateType: 'product', aggregateId: after.id, data: eventData(after) });
}

export async function createInTx(d: ProductDeps, tx: Db, ctx: RequestContext, input: ProductInput): Promise<Product> {
  await checkCategory(tx, input.categoryId);
  await checkSkus(tx, input.variants.map((v) => v.sku), null, (i) => `variants/${i}/sku`);
  const id = uuidv7();
  const slug = await chooseSlug(tx, input.slug, input.title, null);
  const at = d.clock.now();
  const row = await products.insertProduct(tx, {
    id,
    title: input.title.trim(),
    slug,
    description: input.description ?? '',
    category_id: input.categoryId ?? null,
    tags: JSON.stringify(input.tags ?? []),
    attributes: JSON.stringify(input.attributes ?? {}),
    tax_class: input.taxClass ?? 'standard',
    status: 'draft',
    version: 1,
    created_at: at,
    updated_at: at,
  });
  await insertVariants(d, tx, id, input.variants, 0);
  const product = await loadProduct(tx, row);
  await recordProductChange(d, tx, ctx, 'product.created', null, product, 'product.created');
  return product;
}

/** Writes the storefront snapshot of the working copy and marks the product published. */
async function publishInTx(d: ProductDeps, tx: Db, row: ProductRow): Promise<ProductRow> {
  const [variantsMap, imagesMap] = await Promise.all([products.variantsOf(tx, [row.id]), products.imagesOf(tx, [row.id])]);
  const variants = variantsMap.get(row.id) ?? [];
  const images = imagesMap.get(row.id) ?? [];
  if (variants.length === 0) throw new DomainError('unprocessable', 'A product needs at least one variant before it can be published');
  const at = d.clock.now();
  const publishedAt = row.status === 'published' && row.published_at ? new Date(row.published_at) : at;
  const updated = await products.markPublished(tx, row.id, publishedAt, at);
  await snapshots.writeSnapshot(tx, buildSnapshot(updated, variants, images, publishedAt));
  return updated;
}

/** Applies `action`; returns the product and the storefront slugs whose caches must go. */
export async function transitionInTx(d: ProductDeps, tx: Db, ctx: RequestContext, row: ProductRow, action: ProductAction): Promise<{ product: Product; slugs: string[] }> {
  const to = nextStatus(row.status, action);
  const before = await loadProduct(tx, row);
  const oldSlug = await snapshots.snapshotSlug(tx, row.id);
  let updated: ProductRow;
  if (to === 'published') {
    updated = await publishInTx(d, tx, row);
  } else {
    if (oldSlug !== null) await snapshots.deleteSnapshot(tx, row.id);
    updated = await bump(d, tx, row.id, { status: to, published_version: null, published_at: null });
  }
  const product = await loadProduct(tx, updated);
  await recordProductChange(d, tx, ctx, EVENT_BY_ACTION[action], before, product, EVENT_BY_ACTION[action]);
  return { product, slugs: [...new Set([oldSlug, to === 'published' ? updated.slug : null].filter((s): s is string => s !== null))] };
}

export async function updateFieldsInTx(d: ProductDeps, tx: Db, row: ProductRow, patch: ProductPatch): Promise<ProductRow> {
  if (patch.categoryId !== undefined) await checkCategory(tx, patch.categoryId);
  const set: Updateable<ProductsTable> = {};
  if (patch.slug !== undefined && patch.slug !== row.slug) set.slug = await chooseSlug(tx, patch.slug, row.title, row.id);
  if (patch.title !== undefined) set.title = patch.title.trim();
  if (patch.description !== undefined) set.description = patch.description;
  if (patch.categoryId !== undefined) set.category_id = patch.categoryId;
  if (patch.tags !== undefined) set.tags = JSON.stringify(patch.tags);
  if (patch.attributes !== undefined) set.attributes = JSON.stringify(patch.attributes);
  if (patch.taxClass !== undefined) set.tax_class = patch.taxClass;
  return bump(d, tx, row.id, set);
}

/** Makes the product's variants exactly `inputs`, matched by SKU (PMS upserts and CSV imports). */
export async function syncVariants(d: ProductDeps, tx: Db, productId: string, inputs: VariantInput[], removeMissing: boolean): Promise<void> {
  const existing = (await products.variantsOf(tx, [productId])).get(productId) ?? [];
  const bySku = new Map(existing.map((v) => [v.sku, v]));
  await checkSkus(tx, inputs.map((v) => v.sku), productId, (i) => `variants/${i}/sku`);
  const fresh: VariantInput[] = [];
  for (const v of inputs) {
    const cur = bySku.get(v.sku);
    if (!cur) {
      fresh.push(v);
      continue;
    }
    const next = {
      price: v.price,
      compare_at_price: v.compareAtPrice === undefined ? cur.compare_at_price : v.compareAtPrice,
      options: v.options ?? cur.options,
      weight_grams: v.weightGrams === undefined ? cur.weight_grams : v.weightGrams,
    };
    assertCompareAt(next.price, next.compare_at_price, `variants/${inputs.indexOf(v)}/compareAtPrice`, v.sku);
    if (next.price !== cur.price || next.compare_at_price !== cur.compare_at_price || JSON.stringify(next.options) !== JSON.stringify(cur.options) || next.weight_grams !== cur.weight_grams) {
      await products.updateVariant(tx, cur.id, { ...next, options: JSON.stringify(next.options) });
    }
  }
  if (removeMissing) {
    const keep = new Set(inputs.map((v) => v.sku));
    const gone = existing.filter((v) => !keep.has(v.sku));
    if (gone.length) {
      await d.stock.removeStock(tx, gone.map((v) => v.sku));
      await products.deleteVariants(tx, gone.map((v) => v.id));
    }
  }
  await insertVariants(d, tx, productId, fresh, existing.length);
}

/** Publishes the product just written when asked to; the slugs whose storefront caches must go. */
export async function publishIfAsked(d: ProductDeps, tx: Db, ctx: RequestContext, product: Product, publish: boolean | undefined): Promise<{ product: Product; slugs: string[] }> {
  if (!publish) return { product, slugs: [] };
  const row = (await products.findProduct(tx, product.id, true))!;
  return transitionInTx(d, tx, ctx, row, 'publish');
}

/** Creates or updates the product with this slug (the PMS upsert): variants matched by SKU, missing ones removed. */
export async function upsertInTx(d: ProductDeps, tx: Db, ctx: RequestContext, body: ProductInput, opts: { publish?: boolean }): Promise<{ product: Product; created: boolean; slugs: string[] }> {
  const slug = body.slug ?? slugify(body.title, 'product');
  const existing = await products.findProductBySlug(tx, slug, true);
  let product: Product;
  if (!existing) {
    product = await createInTx(d, tx, ctx, { ...body, slug });
  } else {
    const before = await loadProduct(tx, existing);
    await checkCategory(tx, body.categoryId);
    const updatedRow = await updateFieldsInTx(d, tx, existing, {
      title: body.title,
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(body.categoryId !== undefined ? { categoryId: body.categoryId } : {}),
      ...(body.tags !== undefined ? { tags: body.tags } : {}),
      ...(body.attributes !== undefined ? { attributes: body.attributes } : {}),
      ...(body.taxClass !== undefined ? { taxClass: body.taxClass } : {}),
    });
    await syncVariants(d, tx, existing.id, body.variants, true);
    product = await loadProduct(tx, updatedRow);
    await recordProductChange(d, tx, ctx, 'product.updated', before, product);
  }
  return { ...(await publishIfAsked(d, tx, ctx, product, opts.publish)), created: !existing };
}
