import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import type { AdminProductSort, PublishedSku } from './schema';
import type { ProductStatus } from './transitions';
import { isUuid } from '../../platform/core/schemas';

/** The only place with SQL for the catalog schema. Every function runs in the handle it is given. */

export interface ProductRow {
  id: string;
  title: string;
  slug: string;
  description: string;
  category_id: string | null;
  tags: string[];
  attributes: Record<string, string | number | boolean>;
  tax_class?: 'standard' | 'reduced' | 'exempt';
  status: ProductStatus;
  version: number;
  published_version: number | null;
  published_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

export interface VariantRow {
  id: string;
  product_id: string;
  sku: string;
  price: number;
  compare_at_price: number | null;
  options: Record<string, string>;
  weight_grams: number | null;
  position: number;
}

export interface ImageRow {
  id: string;
  product_id: string;
  hash: string;
  width: number;
  height: number;
  alt: string;
  position: number;
  options?: Record<string, string>;
}

export interface CategoryRow {
  id: string;
  name: string;
  slug: string;
  parent_id: string | null;
  position: number;
}

export async function findProduct(q: Db, id: string, lock = false): Promise<ProductRow | undefined> {
  if (!isUuid(id)) return undefined;
  let query = q.selectFrom('catalog.products').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  return (await query.executeTakeFirst()) as ProductRow | undefined;
}

export async function findProductBySlug(q: Db, slug: string, lock = false): Promise<ProductRow | undefined> {
  let query = q.selectFrom('catalog.products').selectAll().where('slug', '=', slug);
  if (lock) query = query.forUpdate();
  return (await query.executeTakeFirst()) as ProductRow | undefined;
}

export async function variantsOf(q: Db, productIds: string[]): Promise<Map<string, VariantRow[]>> {
  const out = new Map<string, VariantRow[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return out;
  const rows = (await q.selectFrom('catalog.variants').selectAll().where('product_id', 'in', productIds).orderBy('position').orderBy('id').execute()) as VariantRow[];
  for (const r of rows) out.get(r.product_id)?.push(r);
  return out;
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

/** Moves one image to `position` (0-based, clamped) and renumbers the product's images 0..n-1. */
export async function moveImage(q: Db, productId: string, imageId: string, position: number): Promise<void> {
  const ids = ((await q.selectFrom('catalog.images').select('id').where('product_id', '=', productId).orderBy('position').orderBy('id').execute()) as { id: string }[])
    .map((r) => r.id)
    .filter((i) => i !== imageId);
  ids.splice(Math.min(Math.max(position, 0), ids.length), 0, imageId);
  await sql`update catalog.images i set position = o.n - 1
    from unnest(${ids}::uuid[]) with ordinality as o(id, n) where i.id = o.id and i.position <> o.n - 1`.execute(q);
}

export async function updateImage(q: Db, imageId: string, set: { alt?: string; options?: Record<string, string> }): Promise<void> {
  const values: Record<string, unknown> = {};
  if (set.alt !== undefined) values.alt = set.alt;
  if (set.options !== undefined) values.options = JSON.stringify(set.options);
  if (Object.keys(values).length) await q.updateTable('catalog.images').set(values).where('id', '=', imageId).execute();
}

export async function imagesOf(q: Db, productIds: string[]): Promise<Map<string, ImageRow[]>> {
  const out = new Map<string, ImageRow[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return out;
  const rows = (await q.selectFrom('catalog.images').selectAll().where('product_id', 'in', productIds).orderBy('position').orderBy('id').execute()) as ImageRow[];
  for (const r of rows) out.get(r.product_id)?.push(r);
  return out;
}

/** Is `slug` used by another product, in the working copy or in a live snapshot? */
export async function slugTaken(q: Db, slug: string, exceptProductId: string | null): Promise<boolean> {
  const except = exceptProductId ?? '00000000-0000-0000-0000-000000000000';
  const { rows } = await sql<{ taken: boolean }>`
    select exists(select 1 from catalog.products where slug = ${slug} and id <> ${except}::uuid)
        or exists(select 1 from catalog.published_products where slug = ${slug} and product_id <> ${except}::uuid) as taken`.execute(q);
  return rows[0].taken;
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

export async function categoryById(q: Db, id: string): Promise<CategoryRow | undefined> {
  if (!isUuid(id)) return undefined;
  return (await q.selectFrom('catalog.categories').select(['id', 'name', 'slug', 'parent_id', 'position']).where('id', '=', id).executeTakeFirst()) as CategoryRow | undefined;
}

export async function categoryBySlug(q: Db, slug: string): Promise<CategoryRow | undefined> {
  return (await q.selectFrom('catalog.categories').select(['id', 'name', 'slug', 'parent_id', 'position']).where('slug', '=', slug).executeTakeFirst()) as CategoryRow | undefined;
}

export async function allCategories(q: Db): Promise<CategoryRow[]> {
  return (await q.selectFrom('catalog.categories').select(['id', 'name', 'slug', 'parent_id', 'position']).orderBy('position').orderBy('name').orderBy('id').execute()) as CategoryRow[];
}

/** `id` and every category below it. */
export async function categoryWithDescendants(q: Db, id: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive tree(id) as (
      select id from catalog.categories where id = ${id}::uuid
      union all
      select c.id from catalog.categories c join tree t on c.parent_id = t.id
    ) select id from tree`.execute(q);
  return rows.map((r) => r.id);
}

export interface Snapshot {
  productId: string;
  slug: string;
  title: string;
  categoryId: string | null;
  priceMin: number;
  priceMax: number;
  detail: unknown;
  listItem: unknown;
  /** weighted search documents: A title, B tags and options, C description */
  docA: string;
  docB: string;
  docC: string;
  searchText: string;
  publishedAt: Date;
  variants: PublishedSku[];
  vocabulary: string[];
}

export async function writeSnapshot(q: Db, s: Snapshot): Promise<void> {
  await writeSnapshots(q, [s]);
}

/** Writes (or replaces) many snapshots in a few statements: publishing and bulk imports. */
export async function writeSnapshots(q: Db, list: Snapshot[]): Promise<void> {
  if (list.length === 0) return;
  const rows = list.map((s) => sql`(${s.productId}::uuid, ${s.slug}, ${s.title}, ${s.categoryId}::uuid, ${s.priceMin}::int, ${s.priceMax}::int,
      exists(select 1 from catalog.stock_levels where sku = any(${s.variants.map((v) => v.sku)}::text[]) and available > 0),
      ${JSON.stringify(s.detail)}::jsonb, ${JSON.stringify(s.listItem)}::jsonb,
      setweight(to_tsvector('english', unaccent(${s.docA})), 'A')
        || setweight(to_tsvector('english', unaccent(${s.docB})), 'B')
        || setweight(to_tsvector('english', unaccent(${s.docC})), 'C'),
      ${s.searchText}, ${s.publishedAt}::timestamptz)`);
  await sql`
    insert into catalog.published_products
      (product_id, slug, title, category_id, price_min, price_max, in_stock, detail, list_item, search_vector, search_text, published_at)
    values ${sql.join(rows)}
    on conflict (product_id) do update set
      slug = excluded.slug, title = excluded.title, category_id = excluded.category_id,
      price_min = excluded.price_min, price_max = excluded.price_max, in_stock = excluded.in_stock,
      detail = excluded.detail, list_item = excluded.list_item, search_vector = excluded.search_vector,
      search_text = excluded.search_text, published_at = excluded.published_at`.execute(q);
  await q.deleteFrom('catalog.published_variants').where('product_id', 'in', list.map((s) => s.productId)).execute();
  const variants = list.flatMap((s) => s.variants);
  if (variants.length) {
    await q
      .insertInto('catalog.published_variants')
      .values(variants.map((v) => ({ sku: v.sku, product_id: v.productId, title: v.title, options: JSON.stringify(v.options), price: v.price, compare_at_price: v.compareAtPrice, tax_class: v.taxClass })))
      .execute();
  }
  const words = [...new Set(list.flatMap((s) => s.vocabulary))];
  if (words.length) {
    await sql`insert into catalog.search_words (word) select unnest(${words}::text[]) on conflict do nothing`.execute(q);
  }
}

/** Removes the live snapshot; returns its slug (for cache invalidation), or null when there was none. */
export async function deleteSnapshot(q: Db, productId: string): Promise<string | null> {
  await q.deleteFrom('catalog.published_variants').where('product_id', '=', productId).execute();
  const row = await q.deleteFrom('catalog.published_products').where('product_id', '=', productId).returning('slug').executeTakeFirst();
  return (row?.slug as string | undefined) ?? null;
}

export async function snapshotSlug(q: Db, productId: string): Promise<string | null> {
  const row = await q.selectFrom('catalog.published_products').select('slug').where('product_id', '=', productId).executeTakeFirst();
  return (row?.slug as string | undefined) ?? null;
}

export async function publishedSkus(q: Db, skus: string[]): Promise<PublishedSku[]> {
  if (skus.length === 0) return [];
  const rows = await q
    .selectFrom('catalog.published_variants as v')
    .leftJoin('catalog.published_products as p', 'p.product_id', 'v.product_id')
    .selectAll('v')
    .select('p.category_id')
    .where('v.sku', 'in', [...new Set(skus)])
    .execute();
  return rows.map((r: any) => ({
    sku: r.sku,
    productId: r.product_id,
    title: r.title,
    options: r.options,
    price: r.price,
    compareAtPrice: r.compare_at_price,
    taxClass: r.tax_class,
    categoryId: r.category_id ?? null,
  }));
}

/** Read model of live stock: records a SKU's availability; returns whether its product's in-stock flag flipped. */
export async function recordAvailability(q: Db, sku: string, productId: string, available: number): Promise<{ slug: string | null; inStockChanged: boolean }> {
  await sql`
    insert into catalog.stock_levels (sku, product_id, available, updated_at) values (${sku}, ${productId}, ${available}, now())
    on conflict (sku) do update set available = excluded.available, product_id = excluded.product_id, updated_at = now()`.execute(q);
  const { rows } = await sql<{ slug: string; before: boolean; after: boolean }>`
    with p as (select product_id, slug, in_stock from catalog.published_products
               where product_id = (select product_id from catalog.published_variants where sku = ${sku}))
    update catalog.published_products pp set in_stock = exists(
        select 1 from catalog.published_variants v join catalog.stock_levels s on s.sku = v.sku
        where v.product_id = pp.product_id and s.available > 0)
    from p where pp.product_id = p.product_id
    returning pp.slug, p.in_stock as before, pp.in_stock as after`.execute(q);
  if (rows.length === 0) return { slug: null, inStockChanged: false };
  return { slug: rows[0].slug, inStockChanged: rows[0].before !== rows[0].after };
}


export async function publishedCount(q: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from catalog.published_products`.execute(q);
  return rows[0]?.n ?? 0;
}

/** Published product slugs in a stable order (the sitemap's pages). */
export async function publishedSlugs(q: Db, offset: number, limit: number): Promise<{ slug: string; published_at: Date | string }[]> {
  const { rows } = await sql<{ slug: string; published_at: Date | string }>`
    select slug, published_at from catalog.published_products order by slug limit ${limit} offset ${offset}`.execute(q);
  return rows;
}

/** A storefront list condition on `p` (catalog.published_products): some variant has these option values. */
export function hasOptions(options: Record<string, string>) {
  return sql`exists (select 1 from catalog.published_variants fv where fv.product_id = p.product_id and fv.options @> ${JSON.stringify(options)}::jsonb)`;
}

export async function countPublishedWhere(q: Db, where: RawBuilder<unknown>[]): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from catalog.published_products p ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}`.execute(q);
  return rows[0]?.n ?? 0;
}

/** Products per option value (`size`: `M` → 12) among the published products matching `where`. */
export async function optionCounts(q: Db, where: RawBuilder<unknown>[], onlyName?: string): Promise<{ name: string; value: string; count: number }[]> {
  const conds = [...where, ...(onlyName === undefined ? [] : [sql`o.key = ${onlyName}`])];
  const { rows } = await sql<{ name: string; value: string; count: number }>`
    select o.key as name, o.value, count(distinct p.product_id)::int as count
    from catalog.published_products p
    join catalog.published_variants v on v.product_id = p.product_id
    cross join lateral jsonb_each_text(v.options) o
    ${conds.length ? sql`where ${sql.join(conds, sql` and `)}` : sql``}
    group by o.key, o.value
    order by o.key, count desc, o.value
    limit 500`.execute(q);
  return rows;
}
