import type { Updateable } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { RequestContext } from '../../platform/core/context';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import { checkImageOptions, type ImagePatch } from './images';
import type { CatalogDeps } from './ports';
import { toImage } from './present';
import { assertCompareAt } from './price-rules';
import { bump, checkSkus, insertVariants, loadProduct, lockForWrite, mapUnique, recordProductChange } from './product-tx';
import * as repo from './repo/products';
import type { Image, Product, VariantInput, VariantPatch } from './schema';
import type { VariantsTable } from './tables';

/** A product's variants and images: each change locks the product, bumps its version, and is audited as a product update. */

/** Runs `change` on the locked product in a transaction, then bumps it and records `action`. */
async function changeProduct<R>(d: CatalogDeps, ctx: RequestContext, id: string, ifMatch: number | undefined, action: string, change: (tx: Db, before: Product) => Promise<R>): Promise<{ product: Product; result: R }> {
  return d.db.transaction().execute(async (tx) => {
    const before = await loadProduct(tx, await lockForWrite(tx, id, ifMatch));
    const result = await change(tx, before);
    const product = await loadProduct(tx, await bump(d, tx, id));
    await recordProductChange(d, tx, ctx, action, before, product);
    return { product, result };
  }).catch(mapUnique);
}

function variantOf(before: Product, variantId: string) {
  const variant = before.variants.find((v) => v.id === variantId);
  if (!variant) throw notFound('Variant');
  return variant;
}

function checkImage(before: Product, imageId: string): void {
  if (!before.images.some((i) => i.id === imageId)) throw notFound('Image');
}

export async function addVariant(d: CatalogDeps, ctx: RequestContext, id: string, input: VariantInput, ifMatch?: number): Promise<Product> {
  const { product } = await changeProduct(d, ctx, id, ifMatch, 'product.variant_created', async (tx, before) => {
    if (before.variants.length >= 100) throw new DomainError('unprocessable', 'A product has at most 100 variants');
    await checkSkus(tx, [input.sku], id, () => 'sku');
    await insertVariants(d, tx, id, [input], before.variants.length);
  });
  return product;
}

export async function updateVariant(d: CatalogDeps, ctx: RequestContext, id: string, variantId: string, patch: VariantPatch, ifMatch?: number): Promise<Product> {
  const { product } = await changeProduct(d, ctx, id, ifMatch, 'product.variant_updated', async (tx, before) => {
    const variant = variantOf(before, variantId);
    const set: Updateable<VariantsTable> = {};
    if (patch.sku !== undefined && patch.sku !== variant.sku) {
      await checkSkus(tx, [patch.sku], id, () => 'sku');
      await d.stock.removeStock(tx, [variant.sku]);
      set.sku = patch.sku;
    }
    assertCompareAt(patch.price ?? variant.price, patch.compareAtPrice !== undefined ? patch.compareAtPrice : variant.compareAtPrice, 'compareAtPrice', variant.sku);
    if (patch.price !== undefined) set.price = patch.price;
    if (patch.compareAtPrice !== undefined) set.compare_at_price = patch.compareAtPrice;
    if (patch.options !== undefined) set.options = JSON.stringify(patch.options);
    if (patch.weightGrams !== undefined) set.weight_grams = patch.weightGrams;
    await repo.updateVariant(tx, variantId, set);
    if (set.sku) await d.stock.ensureStock(tx, [{ sku: set.sku, productId: id }]);
  });
  return product;
}

export async function deleteVariant(d: CatalogDeps, ctx: RequestContext, id: string, variantId: string, ifMatch?: number): Promise<void> {
  await changeProduct(d, ctx, id, ifMatch, 'product.variant_deleted', async (tx, before) => {
    const variant = variantOf(before, variantId);
    if (before.variants.length === 1) throw new DomainError('unprocessable', 'A product needs at least one variant; delete the product instead');
    await d.stock.removeStock(tx, [variant.sku]);
    await repo.deleteVariants(tx, [variantId]);
  });
}

export async function addImage(d: CatalogDeps, ctx: RequestContext, id: string, stored: { hash: string; width: number; height: number }, alt = ''): Promise<Image> {
  const { result } = await changeProduct(d, ctx, id, undefined, 'product.image_added', (tx, before) =>
    repo.insertImage(tx, { id: uuidv7(), product_id: id, hash: stored.hash, width: stored.width, height: stored.height, alt, position: before.images.length }));
  return toImage(result);
}

export async function deleteImage(d: CatalogDeps, ctx: RequestContext, id: string, imageId: string): Promise<void> {
  await changeProduct(d, ctx, id, undefined, 'product.image_deleted', async (tx, before) => {
    checkImage(before, imageId);
    await repo.deleteImage(tx, imageId);
  });
}

/** Alt text, place in the order, and the option values an image shows (the storefront sees it after the next publish). */
export async function updateImage(d: CatalogDeps, ctx: RequestContext, id: string, imageId: string, patch: ImagePatch): Promise<Product> {
  const { product } = await changeProduct(d, ctx, id, undefined, 'product.image_updated', async (tx, before) => {
    checkImage(before, imageId);
    if (patch.options) checkImageOptions(patch.options, before.variants);
    await repo.updateImage(tx, imageId, patch);
    if (patch.position !== undefined) await repo.moveImage(tx, id, imageId, patch.position);
  });
  return product;
}
