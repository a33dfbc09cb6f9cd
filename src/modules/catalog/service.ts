import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import { DomainError, isUniqueViolation, notFound } from '../../platform/errors';
import { recordEvent } from '../../platform/events/outbox';
import type { RequestContext } from '../../platform/core/context';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import type { Clock } from '../../platform/platform';
import type { AuditService } from '../audit/index';
import { mediaUrl, srcsetFor, thumbUrl } from './media';
import * as repo from './repo';
import type { CategoryRow, ImageRow, ProductRow, VariantRow } from './repo';
import { checkImageOptions, type ImagePatch } from './images';
import type { AdminProductSort, Category, CategoryInput, CategoryPatch, Image, Product, ProductInput, ProductPatch, PublishedSku, VariantInput, VariantPatch } from './schema';
import { assertCompareAt } from './price-rules';
import { foldText, joinedForms, slugify, vocabulary } from './search';
import type { Storefront } from './storefront';
import { nextStatus, type ProductAction, type ProductStatus } from './transitions';
import { isUuid } from '../../platform/core/schemas';

/** What catalog needs from inventory; the inventory service satisfies it (wired in src/inventra.ts). */
export interface StockPort {
  /** Creates stock records at 0 for new SKUs; idempotent. */
  ensureStock(tx: Db, items: { sku: string; productId: string }[]): Promise<void>;
  /** A variant or product was deleted; throws DomainError 409 if units are reserved. */
  removeStock(tx: Db, skus: string[]): Promise<void>;
  /** Live available units per SKU. */
  availability(skus: string[]): Promise<Map<string, number>>;
}

export interface CatalogDeps {
  db: Db;
  audit: AuditService;
  clock: Clock;
  storefront: Storefront;
  /** Bound late (inventory is built beside catalog). */
  stock?: StockPort | null;
  /** Bound late by the orders module: is this product in any order? */
  productHasOrders?: (q: Db, productId: string) => Promise<boolean>;
}


const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function toImage(r: ImageRow): Image {
  return { id: r.id, url: mediaUrl(r.hash), thumbUrl: thumbUrl(r.hash), width: r.width, height: r.height, alt: r.alt, srcset: srcsetFor(r.hash, r.width), options: r.options ?? {} };
}

export function toProduct(r: ProductRow, variants: VariantRow[], images: ImageRow[]): Product {
  return {
    id: r.id,
    title: r.title,
    slug: r.slug,
    description: r.description,
    categoryId: r.category_id,
    tags: r.tags,
    attributes: r.attributes,
    taxClass: r.tax_class ?? 'standard',
    status: r.status,
    version: r.version,
    publishedAt: iso(r.published_at),
    hasUnpublishedChanges: r.status === 'published' && r.published_version !== r.version,
    variants: variants.map((v) => ({ id: v.id, sku: v.sku, price: v.price, compareAtPrice: v.compare_at_price, options: v.options, weightGrams: v.weight_grams })),
    images: images.map(toImage),
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
  };
}

const toCategory = (r: CategoryRow): Category => ({ id: r.id, name: r.name, slug: r.slug, parentId: r.parent_id, position: r.position });

const EVENT_BY_ACTION: Record<ProductAction, string> = {
  publish: 'product.published',
  unpublish: 'product.unpublished',
  archive: 'product.archived',
  restore: 'product.restored',
};

/** Unique-index races (two writers at once) become the same 409 a pre-check would give. */
function mapUnique(err: unknown): never {
  if (isUniqueViolation(err, 'variants_sku_unique') || isUniqueViolation(err, 'published_variants_pkey')) {
    throw new DomainError('sku_taken', 'A SKU in this request is already used by another product');
  }
  if (isUniqueViolation(err, 'products_slug_unique') || isUniqueViolation(err, 'published_slug_unique') || isUniqueViolation(err, 'categories_slug_unique')) {
    throw new DomainError('slug_taken', 'That slug is already in use; choose another');
  }
  throw err;
}

export interface AdminProductQuery {
  status?: ProductStatus;
  categoryId?: string;
  q?: string;
  sort?: AdminProductSort;
  limit: number;
  cursor?: string;
}

export interface UpsertBody extends ProductInput {}

/** The storefront's denormalised copy of a product's working copy (pure: the bulk importer uses it too). */
export function buildSnapshot(updated: ProductRow, variants: VariantRow[], images: ImageRow[], publishedAt: Date): repo.Snapshot {
  const prices = variants.map((v) => v.price);
  const imgs = images.map(toImage);
  const optionValues = variants.flatMap((v) => Object.values(v.options));
  return {
    productId: updated.id,
    slug: updated.slug,
    title: updated.title,
    categoryId: updated.category_id,
    priceMin: Math.min(...prices),
    priceMax: Math.max(...prices),
    detail: {
      id: updated.id,
      slug: updated.slug,
      title: updated.title,
      description: updated.description,
      tags: updated.tags,
      attributes: updated.attributes,
      images: imgs,
      taxClass: updated.tax_class ?? 'standard',
      variants: variants.map((v) => ({ sku: v.sku, price: v.price, compareAtPrice: v.compare_at_price, options: v.options, taxClass: updated.tax_class ?? 'standard' })),
    },
    listItem: {
      id: updated.id,
      slug: updated.slug,
      title: updated.title,
      priceMin: Math.min(...prices),
      priceMax: Math.max(...prices),
      image: imgs[0] ? { url: imgs[0].url, thumbUrl: imgs[0].thumbUrl, width: imgs[0].width, height: imgs[0].height, srcset: imgs[0].srcset, alt: imgs[0].alt } : null,
    },
    docA: [updated.title, ...joinedForms(updated.title)].join(' '),
    docB: [...updated.tags, ...new Set(optionValues)].join(' '),
    docC: updated.description.slice(0, 5000),
    searchText: [foldText(updated.title), ...joinedForms(updated.title)].join(' '),
    publishedAt,
    variants: variants.map((v) => ({ sku: v.sku, productId: updated.id, title: updated.title, options: v.options, price: v.price, compareAtPrice: v.compare_at_price, taxClass: updated.tax_class ?? 'standard' })),
    vocabulary: vocabulary([updated.title, ...updated.tags, ...optionValues]),
  };
}

export function createCatalogService(deps: CatalogDeps) {
  const { db, audit, clock, storefront } = deps;
  const now = () => clock.now();

  const eventData = (p: Product) => ({ id: p.id, slug: p.slug, title: p.title, status: p.status, version: p.version, publishedAt: p.publishedAt });

  async function loadProduct(q: Db, row: ProductRow): Promise<Product> {
    const [variants, images] = await Promise.all([repo.variantsOf(q, [row.id]), repo.imagesOf(q, [row.id])]);
    return toProduct(row, variants.get(row.id) ?? [], images.get(row.id) ?? []);
  }

  async function lockForWrite(tx: Db, id: string, ifMatch?: number): Promise<ProductRow> {
    const row = await repo.findProduct(tx, id, true);
    if (!row) throw notFound('Product');
    if (ifMatch !== undefined && ifMatch !== row.version) {
      throw new DomainError('precondition_failed', `The product is at version ${row.version}, not ${ifMatch}; reload it and retry`);
    }
    return row;
  }

  async function checkCategory(tx: Db, categoryId: string | null | undefined, path = 'categoryId'): Promise<void> {
    if (categoryId === null || categoryId === undefined) return;
    if (!(await repo.categoryById(tx, categoryId))) {
      throw new DomainError('unprocessable', `Category ${categoryId} does not exist`, { errors: [{ path, message: 'does not name a category' }] });
    }
  }

  /** A free slug: the requested one (409 when taken), or one derived from the title with a numeric suffix. */
  async function chooseSlug(tx: Db, requested: string | undefined, title: string, productId: string | null): Promise<string> {
    if (requested) {
      if (await repo.slugTaken(tx, requested, productId)) throw new DomainError('slug_taken', `The slug ${requested} is already in use`);
      return requested;
    }
    const base = slugify(title, 'product');
    for (let i = 1; i < 1000; i++) {
      const candidate = i === 1 ? base : `${base}-${i}`;
      if (!(await repo.slugTaken(tx, candidate, productId))) return candidate;
    }
    return `${base}-${uuidv7().slice(-8)}`;
  }

  async function checkSkus(tx: Db, skus: string[], productId: string | null, pathOf: (i: number) => string): Promise<void> {
    const seen = new Map<string, number>();
    skus.forEach((s, i) => {
      if (seen.has(s)) throw new DomainError('validation_failed', `SKU ${s} appears twice`, { errors: [{ path: pathOf(i), message: 'is a duplicate SKU' }] });
      seen.set(s, i);
    });
    const owners = await repo.skuOwners(tx, skus);
    for (const [sku, owner] of owners) {
      if (owner !== productId) {
        throw new DomainError('sku_taken', `SKU ${sku} is already used by another product`, { errors: [{ path: pathOf(seen.get(sku)!), message: 'is already used' }] });
      }
    }
  }

  async function insertVariants(tx: Db, productId: string, variants: VariantInput[], startPosition: number): Promise<void> {
    if (variants.length === 0) return;
    variants.forEach((v, i) => assertCompareAt(v.price, v.compareAtPrice, `variants/${startPosition + i}/compareAtPrice`, v.sku));
    await tx
      .insertInto('catalog.variants')
      .values(variants.map((v, i) => ({
        id: uuidv7(),
        product_id: productId,
        sku: v.sku,
        price: v.price,
        compare_at_price: v.compareAtPrice ?? null,
        options: JSON.stringify(v.options ?? {}),
        weight_grams: v.weightGrams ?? null,
        position: startPosition + i,
      })))
      .execute();
    await deps.stock?.ensureStock(tx, variants.map((v) => ({ sku: v.sku, productId })));
  }

  async function bump(tx: Db, id: string, set: Record<string, unknown> = {}): Promise<ProductRow> {
    return (await tx
      .updateTable('catalog.products')
      .set({ ...set, version: sql`version + 1`, updated_at: now() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()) as ProductRow;
  }

  async function createInTx(tx: Db, ctx: RequestContext, input: ProductInput): Promise<Product> {
    await checkCategory(tx, input.categoryId);
    await checkSkus(tx, input.variants.map((v) => v.sku), null, (i) => `variants/${i}/sku`);
    const id = uuidv7();
    const slug = await chooseSlug(tx, input.slug, input.title, null);
    const at = now();
    const row = (await tx
      .insertInto('catalog.products')
      .values({
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
      })
      .returningAll()
      .executeTakeFirstOrThrow()) as ProductRow;
    await insertVariants(tx, id, input.variants, 0);
    const product = await loadProduct(tx, row);
    await audit.record(tx, ctx, { action: 'product.created', entityType: 'product', entityId: id, before: null, after: product });
    await recordEvent(tx, { type: 'product.created', aggregateType: 'product', aggregateId: id, data: eventData(product) });
    return product;
  }

  /** Writes the storefront snapshot of the working copy and marks the product published. */
  async function publishInTx(tx: Db, row: ProductRow): Promise<ProductRow> {
    const [variantsMap, imagesMap] = await Promise.all([repo.variantsOf(tx, [row.id]), repo.imagesOf(tx, [row.id])]);
    const variants = variantsMap.get(row.id) ?? [];
    const images = imagesMap.get(row.id) ?? [];
    if (variants.length === 0) throw new DomainError('unprocessable', 'A product needs at least one variant before it can be published');
    const at = now();
    const publishedAt = row.status === 'published' && row.published_at ? new Date(row.published_at) : at;
    const updated = (await tx
      .updateTable('catalog.products')
      .set({ status: 'published', version: sql`version + 1`, published_version: sql`version + 1`, published_at: publishedAt, updated_at: at })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow()) as ProductRow;
    await repo.writeSnapshot(tx, buildSnapshot(updated, variants, images, publishedAt));
    return updated;
  }

  /** Applies `action`; returns the product and the storefront slugs whose caches must go. */
  async function transitionInTx(tx: Db, ctx: RequestContext, row: ProductRow, action: ProductAction): Promise<{ product: Product; slugs: string[] }> {
    const to = nextStatus(row.status, action);
    const before = await loadProduct(tx, row);
    const oldSlug = await repo.snapshotSlug(tx, row.id);
    let updated: ProductRow;
    if (to === 'published') {
      updated = await publishInTx(tx, row);
    } else {
      if (oldSlug !== null) await repo.deleteSnapshot(tx, row.id);
      updated = await bump(tx, row.id, { status: to, published_version: null, published_at: null });
    }
    const product = await loadProduct(tx, updated);
    await audit.record(tx, ctx, { action: EVENT_BY_ACTION[action], entityType: 'product', entityId: row.id, before, after: product });
    await recordEvent(tx, { type: EVENT_BY_ACTION[action], aggregateType: 'product', aggregateId: row.id, data: eventData(product) });
    return { product, slugs: [...new Set([oldSlug, to === 'published' ? updated.slug : null].filter((s): s is string => s !== null))] };
  }

  async function updateFieldsInTx(tx: Db, row: ProductRow, patch: ProductPatch): Promise<ProductRow> {
    if (patch.categoryId !== undefined) await checkCategory(tx, patch.categoryId);
    const set: Record<string, unknown> = {};
    if (patch.slug !== undefined && patch.slug !== row.slug) set.slug = await chooseSlug(tx, patch.slug, row.title, row.id);
    if (patch.title !== undefined) set.title = patch.title.trim();
    if (patch.description !== undefined) set.description = patch.description;
    if (patch.categoryId !== undefined) set.category_id = patch.categoryId;
    if (patch.tags !== undefined) set.tags = JSON.stringify(patch.tags);
    if (patch.attributes !== undefined) set.attributes = JSON.stringify(patch.attributes);
    if (patch.taxClass !== undefined) set.tax_class = patch.taxClass;
    return bump(tx, row.id, set);
  }

  /** Makes the product's variants exactly `inputs`, matched by SKU (PMS upserts and CSV imports). */
  async function syncVariants(tx: Db, productId: string, inputs: VariantInput[], removeMissing: boolean): Promise<void> {
    const existing = (await repo.variantsOf(tx, [productId])).get(productId) ?? [];
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
        await tx.updateTable('catalog.variants').set({ ...next, options: JSON.stringify(next.options) }).where('id', '=', cur.id).execute();
      }
    }
    if (removeMissing) {
      const keep = new Set(inputs.map((v) => v.sku));
      const gone = existing.filter((v) => !keep.has(v.sku));
      if (gone.length) {
        await deps.stock?.removeStock(tx, gone.map((v) => v.sku));
        await tx.deleteFrom('catalog.variants').where('id', 'in', gone.map((v) => v.id)).execute();
      }
    }
    await insertVariants(tx, productId, fresh, existing.length);
  }

  async function invalidateAfter<T>(work: Promise<T & { slugs?: string[] }>): Promise<T> {
    const result = await work.catch(mapUnique);
    if (result.slugs?.length) await storefront.invalidateProducts(result.slugs);
    return result;
  }

  const service = {
    /** Late binding for modules built after catalog (inventory, orders). */
    bind(more: { stock?: StockPort | null; productHasOrders?: (q: Db, productId: string) => Promise<boolean> }) {
      if (more.stock !== undefined) deps.stock = more.stock;
      if (more.productHasOrders !== undefined) deps.productHasOrders = more.productHasOrders;
    },

    get stock(): StockPort | null {
      return deps.stock ?? null;
    },

    /** True when there are no products and no categories (the demo loads only then). */
    async isEmpty(): Promise<boolean> {
      const { rows } = await sql<{ any: boolean }>`select exists(select 1 from catalog.products) or exists(select 1 from catalog.categories) as any`.execute(db);
      return !rows[0].any;
    },

    // ---- categories -------------------------------------------------------------------------

    async listCategories(): Promise<Category[]> {
      return (await repo.allCategories(db)).map(toCategory);
    },

    async createCategory(ctx: RequestContext, input: CategoryInput): Promise<Category> {
      const category = await db.transaction().execute(async (tx) => {
        if (input.parentId) {
          if (!(await repo.categoryById(tx, input.parentId))) throw new DomainError('unprocessable', `Parent category ${input.parentId} does not exist`, { errors: [{ path: 'parentId', message: 'does not name a category' }] });
        }
        const slug = input.slug ?? slugify(input.name, 'category');
        if (await repo.categoryBySlug(tx, slug)) throw new DomainError('slug_taken', `The category slug ${slug} is already in use`);
        const row = (await tx
          .insertInto('catalog.categories')
          .values({ id: uuidv7(), name: input.name.trim(), slug, parent_id: input.parentId ?? null, position: input.position ?? 0 })
          .returning(['id', 'name', 'slug', 'parent_id', 'position'])
          .executeTakeFirstOrThrow()) as CategoryRow;
        const c = toCategory(row);
        await audit.record(tx, ctx, { action: 'category.created', entityType: 'category', entityId: c.id, before: null, after: c });
        await recordEvent(tx, { type: 'category.created', aggregateType: 'category', aggregateId: c.id, data: c });
        return c;
      }).catch(mapUnique);
      await storefront.invalidateCategories([]);
      return category;
    },

    async updateCategory(ctx: RequestContext, id: string, patch: CategoryPatch): Promise<Category> {
      const { category, slugs } = await db.transaction().execute(async (tx) => {
        const before = await repo.categoryById(tx, id);
        if (!before) throw notFound('Category');
        if (patch.parentId) {
          if (!(await repo.categoryById(tx, patch.parentId))) throw new DomainError('unprocessable', `Parent category ${patch.parentId} does not exist`, { errors: [{ path: 'parentId', message: 'does not name a category' }] });
          if ((await repo.categoryWithDescendants(tx, id)).includes(patch.parentId)) {
            throw new DomainError('unprocessable', 'A category cannot move under itself or one of its descendants', { errors: [{ path: 'parentId', message: 'would make a cycle' }] });
          }
        }
        if (patch.slug !== undefined && patch.slug !== before.slug && (await repo.categoryBySlug(tx, patch.slug))) {
          throw new DomainError('slug_taken', `The category slug ${patch.slug} is already in use`);
        }
        const set: Record<string, unknown> = { updated_at: now() };
        if (patch.name !== undefined) set.name = patch.name.trim();
        if (patch.slug !== undefined) set.slug = patch.slug;
        if (patch.parentId !== undefined) set.parent_id = patch.parentId;
        if (patch.position !== undefined) set.position = patch.position;
        const row = (await tx.updateTable('catalog.categories').set(set).where('id', '=', id).returning(['id', 'name', 'slug', 'parent_id', 'position']).executeTakeFirstOrThrow()) as CategoryRow;
        const c = toCategory(row);
        await audit.record(tx, ctx, { action: 'category.updated', entityType: 'category', entityId: id, before: toCategory(before), after: c });
        await recordEvent(tx, { type: 'category.updated', aggregateType: 'category', aggregateId: id, data: c });
        // Live snapshots show the category's name and slug: their cached details go too.
        const affected = await tx.selectFrom('catalog.published_products').select('slug').where('category_id', '=', id).execute();
        return { category: c, slugs: affected.map((r: any) => r.slug as string) };
      }).catch(mapUnique);
      await storefront.invalidateCategories(slugs);
      return category;
    },

    async deleteCategory(ctx: RequestContext, id: string): Promise<void> {
      await db.transaction().execute(async (tx) => {
        const before = await repo.categoryById(tx, id);
        if (!before) throw notFound('Category');
        await sql`select 1 from catalog.categories where id = ${id}::uuid for update`.execute(tx);
        const { rows } = await sql<{ children: number; products: number }>`
          select (select count(*) from catalog.categories where parent_id = ${id}::uuid)::int as children,
                 ((select count(*) from catalog.products where category_id = ${id}::uuid)
                  + (select count(*) from catalog.published_products where category_id = ${id}::uuid))::int as products`.execute(tx);
        if (rows[0].children > 0 || rows[0].products > 0) {
          throw new DomainError('conflict', `Category ${before.slug} still has ${rows[0].children} subcategories and ${rows[0].products} products; move or delete them first`);
        }
        await tx.deleteFrom('catalog.categories').where('id', '=', id).execute();
        await audit.record(tx, ctx, { action: 'category.deleted', entityType: 'category', entityId: id, before: toCategory(before), after: null });
        await recordEvent(tx, { type: 'category.deleted', aggregateType: 'category', aggregateId: id, data: { id, slug: before.slug } });
      });
      await storefront.invalidateCategories([]);
    },

    // ---- products ---------------------------------------------------------------------------

    async getProduct(id: string): Promise<Product> {
      const row = await repo.findProduct(db, id);
      if (!row) throw notFound('Product');
      return loadProduct(db, row);
    },

    async listProducts(query: AdminProductQuery): Promise<{ items: Product[]; nextCursor: string | null }> {
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
      const rows = await repo.listProducts(db, query, sort, from, query.limit);
      const page = rows.slice(0, query.limit);
      const ids = page.map((r) => r.id);
      const [variants, images] = await Promise.all([repo.variantsOf(db, ids), repo.imagesOf(db, ids)]);
      const last = page[page.length - 1];
      return {
        items: page.map((r) => toProduct(r, variants.get(r.id) ?? [], images.get(r.id) ?? [])),
        nextCursor: rows.length > query.limit ? encodeCursor(sort ? { s: sort, k: last.sort_key, id: last.id } : last.id) : null,
      };
    },

    async createProduct(ctx: RequestContext, input: ProductInput, opts: { publish?: boolean } = {}): Promise<Product> {
      return invalidateAfter(db.transaction().execute(async (tx) => {
        const product = await createInTx(tx, ctx, input);
        if (!opts.publish) return { ...product, slugs: [] as string[] };
        const row = (await repo.findProduct(tx, product.id, true))!;
        const r = await transitionInTx(tx, ctx, row, 'publish');
        return { ...r.product, slugs: r.slugs };
      })).then(stripSlugs);
    },

    async updateProduct(ctx: RequestContext, id: string, patch: ProductPatch, ifMatch?: number): Promise<Product> {
      return db.transaction().execute(async (tx) => {
        const row = await lockForWrite(tx, id, ifMatch);
        const before = await loadProduct(tx, row);
        const product = await loadProduct(tx, await updateFieldsInTx(tx, row, patch));
        await audit.record(tx, ctx, { action: 'product.updated', entityType: 'product', entityId: id, before, after: product });
        await recordEvent(tx, { type: 'product.updated', aggregateType: 'product', aggregateId: id, data: eventData(product) });
        return product;
      }).catch(mapUnique);
    },

    async deleteProduct(ctx: RequestContext, id: string, ifMatch?: number): Promise<void> {
      await invalidateAfter(db.transaction().execute(async (tx) => {
        const row = await lockForWrite(tx, id, ifMatch);
        if (deps.productHasOrders && (await deps.productHasOrders(tx, id))) {
          throw new DomainError('conflict', 'This product appears in orders and cannot be deleted; archive it instead');
        }
        const before = await loadProduct(tx, row);
        if (before.variants.length) await deps.stock?.removeStock(tx, before.variants.map((v) => v.sku));
        const slug = await repo.deleteSnapshot(tx, id);
        await tx.deleteFrom('catalog.products').where('id', '=', id).execute();
        await audit.record(tx, ctx, { action: 'product.deleted', entityType: 'product', entityId: id, before, after: null });
        await recordEvent(tx, { type: 'product.deleted', aggregateType: 'product', aggregateId: id, data: { id, slug: row.slug, skus: before.variants.map((v) => v.sku) } });
        return { slugs: slug ? [slug] : [] };
      }));
    },

    async transition(ctx: RequestContext, id: string, action: ProductAction, ifMatch?: number): Promise<Product> {
      return invalidateAfter(db.transaction().execute(async (tx) => {
        const row = await lockForWrite(tx, id, ifMatch);
        const r = await transitionInTx(tx, ctx, row, action);
        return { ...r.product, slugs: r.slugs };
      })).then(stripSlugs);
    },

    async addVariant(ctx: RequestContext, id: string, input: VariantInput, ifMatch?: number): Promise<Product> {
      return db.transaction().execute(async (tx) => {
        const row = await lockForWrite(tx, id, ifMatch);
        const before = await loadProduct(tx, row);
        if (before.variants.length >= 100) throw new DomainError('unprocessable', 'A product has at most 100 variants');
        await checkSkus(tx, [input.sku], id, () => 'sku');
        await insertVariants(tx, id, [input], before.variants.length);
        const product = await loadProduct(tx, await bump(tx, id));
        await audit.record(tx, ctx, { action: 'product.variant_created', entityType: 'product', entityId: id, before, after: product });
        await recordEvent(tx, { type: 'product.updated', aggregateType: 'product', aggregateId: id, data: eventData(product) });
        return product;
      }).catch(mapUnique);
    },

    async updateVariant(ctx: RequestContext, id: string, variantId: string, patch: VariantPatch, ifMatch?: number): Promise<Product> {
      return db.transaction().execute(async (tx) => {
        const row = await lockForWrite(tx, id, ifMatch);
        const before = await loadProduct(tx, row);
        const variant = before.variants.find((v) => v.id === variantId);
        if (!variant) throw notFound('Variant');
        const set: Record<string, unknown> = {};
        if (patch.sku !== undefined && patch.sku !== variant.sku) {
          await checkSkus(tx, [patch.sku], id, () => 'sku');
          await deps.stock?.removeStock(tx, [variant.sku]);
          set.sku = patch.sku;
        }
        assertCompareAt(patch.price ?? variant.price, patch.compareAtPrice !== undefined ? patch.compareAtPrice : variant.compareAtPrice, 'compareAtPrice', variant.sku);
        if (patch.price !== undefined) set.price = patch.price;
        if (patch.compareAtPrice !== undefined) set.compare_at_price = patch.compareAtPrice;
        if (patch.options !== undefined) set.options = JSON.stringify(patch.options);
        if (patch.weightGrams !== undefined) set.weight_grams = patch.weightGrams;
        await tx.updateTable('catalog.variants').set(set).where('id', '=', variantId).execute();
        if (set.sku) await deps.stock?.ensureStock(tx, [{ sku: patch.sku!, productId: id }]);
        const product = await loadProduct(tx, await bump(tx, id));
        await audit.record(tx, ctx, { action: 'product.variant_updated', entityType: 'product', entityId: id, before, after: product });
        await recordEvent(tx, { type: 'product.updated', aggregateType: 'product', aggregateId: id, data: eventData(product) });
        return product;
      }).catch(mapUnique);
    },

    async deleteVariant(ctx: RequestContext, id: string, variantId: string, ifMatch?: number): Promise<void> {
      await db.transaction().execute(async (tx) => {
        const row = await lockForWrite(tx, id, ifMatch);
        const before = await loadProduct(tx, row);
        const variant = before.variants.find((v) => v.id === variantId);
        if (!variant) throw notFound('Variant');
        if (before.variants.length === 1) throw new DomainError('unprocessable', 'A product needs at least one variant; delete the product instead');
        await deps.stock?.removeStock(tx, [variant.sku]);
        await tx.deleteFrom('catalog.variants').where('id', '=', variantId).execute();
        const product = await loadProduct(tx, await bump(tx, id));
        await audit.record(tx, ctx, { action: 'product.variant_deleted', entityType: 'product', entityId: id, before, after: product });
        await recordEvent(tx, { type: 'product.updated', aggregateType: 'product', aggregateId: id, data: eventData(product) });
      });
    },

    async addImage(ctx: RequestContext, id: string, stored: { hash: string; width: number; height: number }, alt = ''): Promise<Image> {
      return db.transaction().execute(async (tx) => {
        const row = await lockForWrite(tx, id);
        const before = await loadProduct(tx, row);
        const image = (await tx
          .insertInto('catalog.images')
          .values({ id: uuidv7(), product_id: id, hash: stored.hash, width: stored.width, height: stored.height, alt, position: before.images.length })
          .returningAll()
          .executeTakeFirstOrThrow()) as ImageRow;
        const product = await loadProduct(tx, await bump(tx, id));
        await audit.record(tx, ctx, { action: 'product.image_added', entityType: 'product', entityId: id, before, after: product });
        await recordEvent(tx, { type: 'product.updated', aggregateType: 'product', aggregateId: id, data: eventData(product) });
        return toImage(image);
      });
    },

    async deleteImage(ctx: RequestContext, id: string, imageId: string): Promise<void> {
      await db.transaction().execute(async (tx) => {
        const row = await lockForWrite(tx, id);
        const before = await loadProduct(tx, row);
        if (!before.images.some((i) => i.id === imageId)) throw notFound('Image');
        await tx.deleteFrom('catalog.images').where('id', '=', imageId).execute();
        const product = await loadProduct(tx, await bump(tx, id));
        await audit.record(tx, ctx, { action: 'product.image_deleted', entityType: 'product', entityId: id, before, after: product });
        await recordEvent(tx, { type: 'product.updated', aggregateType: 'product', aggregateId: id, data: eventData(product) });
      });
    },

    /** Alt text, place in the order, and the option values an image shows (the storefront sees it after the next publish). */
    async updateImage(ctx: RequestContext, id: string, imageId: string, patch: ImagePatch): Promise<Product> {
      return db.transaction().execute(async (tx) => {
        const row = await lockForWrite(tx, id);
        const before = await loadProduct(tx, row);
        if (!before.images.some((i) => i.id === imageId)) throw notFound('Image');
        if (patch.options) checkImageOptions(patch.options, before.variants);
        await repo.updateImage(tx, imageId, patch);
        if (patch.position !== undefined) await repo.moveImage(tx, id, imageId, patch.position);
        const product = await loadProduct(tx, await bump(tx, id));
        await audit.record(tx, ctx, { action: 'product.image_updated', entityType: 'product', entityId: id, before, after: product });
        await recordEvent(tx, { type: 'product.updated', aggregateType: 'product', aggregateId: id, data: eventData(product) });
        return product;
      });
    },

    /**
     * Creates or updates the product with this slug (the PMS webhook's `product.upsert`): same
     * validation and audit as the admin API; variants are matched by SKU, missing ones removed.
     */
    async upsertBySlug(ctx: RequestContext, body: UpsertBody, opts: { publish?: boolean } = {}): Promise<{ product: Product; created: boolean }> {
      return invalidateAfter(db.transaction().execute(async (tx) => {
        const r = await upsertInTx(tx, ctx, body, opts);
        return { ...r, slugs: r.slugs };
      })).then(({ product, created }) => ({ product, created }));
    },

    /**
     * Published variants by SKU, from the live snapshots only: SKUs of draft, archived or unknown
     * products are absent. Orders call it inside their transaction.
     */
    async resolvePublishedSkus(q: Db, skus: string[]): Promise<Map<string, PublishedSku>> {
      const rows = await repo.publishedSkus(q, skus);
      return new Map(rows.map((r) => [r.sku, r]));
    },

    /** Internal pieces the CSV importer composes inside its own transactions. */
    internals: { createInTx, updateFieldsInTx, syncVariants, transitionInTx, loadProduct, lockForWrite, checkCategory, bump, eventData },
  };

  async function upsertInTx(tx: Db, ctx: RequestContext, body: UpsertBody, opts: { publish?: boolean }): Promise<{ product: Product; created: boolean; slugs: string[] }> {
    const slug = body.slug ?? slugify(body.title, 'product');
    const existing = await repo.findProductBySlug(tx, slug, true);
    let product: Product;
    let created = false;
    if (!existing) {
      product = await createInTx(tx, ctx, { ...body, slug });
      created = true;
    } else {
      const before = await loadProduct(tx, existing);
      await checkCategory(tx, body.categoryId);
      const updatedRow = await updateFieldsInTx(tx, existing, {
        title: body.title,
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(body.categoryId !== undefined ? { categoryId: body.categoryId } : {}),
        ...(body.tags !== undefined ? { tags: body.tags } : {}),
        ...(body.attributes !== undefined ? { attributes: body.attributes } : {}),
        ...(body.taxClass !== undefined ? { taxClass: body.taxClass } : {}),
      });
      await syncVariants(tx, existing.id, body.variants, true);
      product = await loadProduct(tx, updatedRow);
      await audit.record(tx, ctx, { action: 'product.updated', entityType: 'product', entityId: existing.id, before, after: product });
      await recordEvent(tx, { type: 'product.updated', aggregateType: 'product', aggregateId: existing.id, data: eventData(product) });
    }
    if (!opts.publish) return { product, created, slugs: [] };
    const row = (await repo.findProduct(tx, product.id, true))!;
    const r = await transitionInTx(tx, ctx, row, 'publish');
    return { product: r.product, created, slugs: r.slugs };
  }

  return service;
}

function stripSlugs<T extends { slugs?: string[] }>(p: T): Omit<T, 'slugs'> {
  const { slugs: _slugs, ...rest } = p;
  return rest;
}

export type CatalogService = ReturnType<typeof createCatalogService>;
