import { type Insertable, type RawBuilder, sql, type Updateable, type UpdateObject } from 'kysely';
import type { Db } from '../../../platform/db/database';
import { tables } from '../../../platform/db/tables';
import { isUuid } from '../../../platform/core/schemas';
import type { CatalogTables, ImageRow, ImagesTable, ProductRow, ProductsTable, VariantRow, VariantsTable } from '../tables';
import type { AdminProductSort } from '../schema';
import type { ProductStatus } from '../transitions';

/** Working copies: products, their variants and images. Every function runs in the handle it is given. */

const catalog = (q: Db) => tables<CatalogTables>(q);

export async function findProduct(q: Db, id: string, lock = false): Promise<ProductRow | undefined> {
  if (!isUuid(id)) return undefined;
  let query = catalog(q).selectFrom('catalog.products').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findProductBySlug(q: Db, slug: string, lock = false): Promise<ProductRow | undefined> {
  let query = catalog(q).selectFrom('catalog.products').selectAll().where('slug', '=', slug);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function productsBySlugs(q: Db, slugs: string[]): Promise<ProductRow[]> {
  if (slugs.length === 0) return [];
  return catalog(q).selectFrom('catalog.products').selectAll().where('slug', 'in', slugs).execute();
}

/** Rows grouped by product, in the products' order of `position`, then id. */
function groupByProduct<R extends { product_id: string }>(productIds: string[], rows: R[]): Map<string, R[]> {
  const out = new Map<string, R[]>(productIds.map((id) => [id, []]));
  for (const r of rows) out.get(r.product_id)?.push(r);
  return out;
}

export async function variantsOf(q: Db, productIds: string[]): Promise<Map<string, VariantRow[]>> {
  if (productIds.length === 0) return new Map();
  const rows = await catalog(q).selectFrom('catalog.variants').selectAll().where('product_id', 'in', productIds).orderBy('position').orderBy('id').execute();
  return groupByProduct(productIds, rows);
}

export async function imagesOf(q: Db, productIds: string[]): Promise<Map<string, ImageRow[]>> {
  if (productIds.length === 0) return new Map();
  const rows = await catalog(q).selectFrom('catalog.images').selectAll().where('product_id', 'in', productIds).orderBy('position').orderBy('id').execute();
  return groupByProduct(productIds, rows);
}

export interface AdminProductFilter {
  status?: ProductStatus;
  categoryId?: string;
  /** Title, slug or SKU contains this (case-insensitive). */
  q?: string;
}

/** Where a sorted page starts: after the row with this sort key and id. */
export interface ProductListKey {
  key: string | number;
  id: string;
}

/**
 * Sort keys of the admin list. `updated` travels as the timestamp's text (microseconds intact),
 * `price` is the lowest variant price, `stock` the units available across the variants (the
 * stock read model; a SKU without a level counts 0).
 */
const SORT_KEYS: Record<string, { expr: RawBuilder<unknown>; cast: RawBuilder<unknown> }> = {
  updated: { expr: sql`p.updated_at`, cast: sql`::timestamptz` },
  title: { expr: sql`lower(p.title)`, cast: sql`::text` },
  price: { expr: sql`coalesce((select min(v.price) from catalog.variants v where v.product_id = p.id), 0)`, cast: sql`::int` },
  stock: {
    expr: sql`coalesce((select sum(s.available) from catalog.variants v join catalog.stock_levels s on s.sku = v.sku where v.product_id = p.id), 0)::int`,
    cast: sql`::int`,
  },
};

/**
 * A page of working copies (limit + 1 rows, so the caller knows whether more follow) with each
 * row's `sort_key` for the next cursor. Without `sort`: newest first, `after` an id.
 */
export async function listProducts(
  q: Db,
  f: AdminProductFilter,
  sort: AdminProductSort | undefined,
  after: ProductListKey | string | null,
  limit: number,
): Promise<(ProductRow & { sort_key: string | number | null })[]> {
  const where: RawBuilder<unknown>[] = [];
  if (f.status) where.push(sql`p.status = ${f.status}`);
  if (f.categoryId) where.push(isUuid(f.categoryId) ? sql`p.category_id = ${f.categoryId}::uuid` : sql`false`);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(p.title ilike ${like} or p.slug ilike ${like}
      or exists (select 1 from catalog.variants v where v.product_id = p.id and v.sku ilike ${like}))`);
  }
  const desc = !sort || sort.startsWith('-');
  const cmp = desc ? sql`<` : sql`>`;
  const dir = desc ? sql`desc` : sql`asc`;
  const spec = sort ? SORT_KEYS[sort.replace(/^-/, '')] : null;
  const key = spec ? spec.expr : sql`null`;
  if (after !== null) {
    if (typeof after === 'string') where.push(sql`p.id < ${after}::uuid`);
    else if (spec) where.push(sql`(${spec.expr}, p.id) ${cmp} (${after.key}${spec.cast}, ${after.id}::uuid)`);
  }
  const order = spec ? sql`${spec.expr} ${dir}, p.id ${dir}` : sql`p.id desc`;
  const keyText = sort?.replace(/^-/, '') === 'updated' ? sql`(${key})::text` : key;
  const { rows } = await sql<ProductRow & { sort_key: string | number | null }>`
    select p.*, ${keyText} as sort_key from catalog.products p
    ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    order by ${order} limit ${limit + 1}`.execute(q);
  return rows;
}

/** True when there are no products and no categories. */
export async function catalogIsEmpty(q: Db): Promise<boolean> {
  const { rows } = await sql<{ any: boolean }>`select exists(select 1 from catalog.products) or exists(select 1 from catalog.categories) as any`.execute(q);
  return !rows[0].any;
}

export async function insertProduct(q: Db, values: Insertable<ProductsTable>): Promise<ProductRow> {
  return catalog(q).insertInto('catalog.products').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Many new products and their variants at once (the bulk importer). */
export async function insertProductsWithVariants(q: Db, products: ProductRow[], variants: VariantRow[]): Promise<void> {
  if (products.length) await catalog(q).insertInto('catalog.products').values(products.map((p) => ({ ...p, tags: JSON.stringify(p.tags), attributes: JSON.stringify(p.attributes) }))).execute();
  if (variants.length) await catalog(q).insertInto('catalog.variants').values(variants.map((v) => ({ ...v, options: JSON.stringify(v.options) }))).execute();
}

/** Sets `set`, raises the version by one and stamps `updated_at`; the row after. */
export async function bumpProduct(q: Db, id: string, at: Date, set: UpdateObject<CatalogTables, 'catalog.products'> = {}): Promise<ProductRow> {
  return catalog(q)
    .updateTable('catalog.products')
    .set({ ...set, version: sql<number>`version + 1`, updated_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Marks the product published at the version this bump gives it. */
export async function markPublished(q: Db, id: string, publishedAt: Date, at: Date): Promise<ProductRow> {
  return bumpProduct(q, id, at, { status: 'published', published_version: sql<number>`version + 1`, published_at: publishedAt });
}

export async function deleteProduct(q: Db, id: string): Promise<void> {
  await catalog(q).deleteFrom('catalog.products').where('id', '=', id).execute();
}

export async function insertVariants(q: Db, rows: Insertable<VariantsTable>[]): Promise<void> {
  if (rows.length) await catalog(q).insertInto('catalog.variants').values(rows).execute();
}

export async function updateVariant(q: Db, id: string, set: Updateable<VariantsTable>): Promise<void> {
  if (Object.keys(set).length) await catalog(q).updateTable('catalog.variants').set(set).where('id', '=', id).execute();
}

export async function deleteVariants(q: Db, ids: string[]): Promise<void> {
  if (ids.length) await catalog(q).deleteFrom('catalog.variants').where('id', 'in', ids).execute();
}

export async function insertImage(q: Db, values: Insertable<ImagesTable>): Promise<ImageRow> {
  return catalog(q).insertInto('catalog.images').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function deleteImage(q: Db, id: string): Promise<void> {
  await catalog(q).deleteFrom('catalog.images').where('id', '=', id).execute();
}

export async function updateImage(q: Db, imageId: string, set: { alt?: string; options?: Record<string, string> }): Promise<void> {
  const values: Updateable<ImagesTable> = {};
  if (set.alt !== undefined) values.alt = set.alt;
  if (set.options !== undefined) values.options = JSON.stringify(set.options);
  if (Object.keys(values).length) await catalog(q).updateTable('catalog.images').set(values).where('id', '=', imageId).execute();
}

/** Moves one image to `position` (0-based, clamped) and renumbers the product's images 0..n-1. */
export async function moveImage(q: Db, productId: string, imageId: string, position: number): Promise<void> {
  const ids = (await catalog(q).selectFrom('catalog.images').select('id').where('product_id', '=', productId).orderBy('position').orderBy('id').execute())
    .map((r) => r.id)
    .filter((i) => i !== imageId);
  ids.splice(Math.min(Math.max(position, 0), ids.length), 0, imageId);
  await sql`update catalog.images i set position = o.n - 1
    from unnest(${ids}::uuid[]) with ordinality as o(id, n) where i.id = o.id and i.position <> o.n - 1`.execute(q);
}

/** Is `slug` used by another product, in the working copy or in a live snapshot? */
export async function slugTaken(q: Db, slug: string, exceptProductId: string | null): Promise<boolean> {
  const except = exceptProductId ?? '00000000-0000-0000-0000-000000000000';
  const { rows } = await sql<{ taken: boolean }>`
    select exists(select 1 from catalog.products where slug = ${slug} and id <> ${except}::uuid)
        or exists(select 1 from catalog.published_products where slug = ${slug} and product_id <> ${except}::uuid) as taken`.execute(q);
  return rows[0].taken;
}

/** Which of `slugs` are used, in the working copy or in a live snapshot. */
export async function slugsTaken(q: Db, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const { rows } = await sql<{ slug: string }>`
    select slug from catalog.products where slug = any(${slugs}::text[])
    union select slug from catalog.published_products where slug = any(${slugs}::text[])`.execute(q);
  return new Set(rows.map((r) => r.slug));
}

/** Which product owns each SKU, in the working copy or in a live snapshot. */
export async function skuOwners(q: Db, skus: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (skus.length === 0) return out;
  const { rows } = await sql<{ sku: string; product_id: string }>`
    select sku, product_id from catalog.variants where sku = any(${skus}::text[])
    union all
    select sku, product_id from catalog.published_variants where sku = any(${skus}::text[])`.execute(q);
  for (const r of rows) if (!out.has(r.sku) || out.get(r.sku) !== r.product_id) out.set(r.sku, r.product_id);
  return out;
}

export interface ExportRow {
  slug: string;
  title: string;
  description: string;
  category: string | null;
  status: string;
  tags: string[];
  sku: string;
  price: number;
  compare_at_price: number | null;
  options: Record<string, string>;
  weight_grams: number | null;
  tax_class: string;
}

/** Every variant with its product's fields, in the CSV export's order. */
export async function exportRows(q: Db): Promise<ExportRow[]> {
  const { rows } = await sql<ExportRow>`
    select p.slug, p.title, p.description, c.slug as category, p.status, p.tags, v.sku, v.price, v.compare_at_price, v.options, v.weight_grams, p.tax_class
    from catalog.products p join catalog.variants v on v.product_id = p.id left join catalog.categories c on c.id = p.category_id
    order by p.slug, v.position, v.id`.execute(q);
  return rows;
}
