import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../../platform/db/database';
import { tables } from '../../../platform/db/tables';
import type { PublishedSku, StoreSort } from '../schema';
import type { CatalogTables } from '../tables';

/** The storefront's read model: published snapshots, their variants, search words and stock levels. */

const catalog = (q: Db) => tables<CatalogTables>(q);

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
  await catalog(q).deleteFrom('catalog.published_variants').where('product_id', 'in', list.map((s) => s.productId)).execute();
  const variants = list.flatMap((s) => s.variants);
  if (variants.length) {
    await catalog(q)
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
  await catalog(q).deleteFrom('catalog.published_variants').where('product_id', '=', productId).execute();
  const row = await catalog(q).deleteFrom('catalog.published_products').where('product_id', '=', productId).returning('slug').executeTakeFirst();
  return row?.slug ?? null;
}

export async function snapshotSlug(q: Db, productId: string): Promise<string | null> {
  const row = await catalog(q).selectFrom('catalog.published_products').select('slug').where('product_id', '=', productId).executeTakeFirst();
  return row?.slug ?? null;
}

export async function publishedSkus(q: Db, skus: string[]): Promise<PublishedSku[]> {
  if (skus.length === 0) return [];
  const rows = await catalog(q)
    .selectFrom('catalog.published_variants as v')
    .leftJoin('catalog.published_products as p', 'p.product_id', 'v.product_id')
    .selectAll('v')
    .select('p.category_id')
    .where('v.sku', 'in', [...new Set(skus)])
    .execute();
  return rows.map((r) => ({
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

/** For each query word: whether the vocabulary knows it, and its nearest vocabulary words by trigram distance (GiST KNN). */
export async function vocabularyNear(q: Db, toks: string[]): Promise<{ tok: string; known: boolean; near: string[] | null }[]> {
  const { rows } = await sql<{ tok: string; known: boolean; near: string[] | null }>`
    select t.tok,
           exists(select 1 from catalog.search_words w where w.word = t.tok) as known,
           (select array_agg(word) from (select word from catalog.search_words order by word <-> t.tok limit 8) n) as near
    from unnest(${toks}::text[]) as t(tok)`.execute(q);
  return rows;
}

/** Which published products a storefront list shows. */
export interface StoreFilter {
  /** Full text (a `to_tsquery` text), trigram similarity on titles (folded text), or nothing at all. */
  match?: { fullText: string } | { fuzzyTitle: string } | 'nothing';
  /** The category and its descendants (empty: no such category, nothing matches). */
  categoryIds?: string[];
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  /** Some variant offers all these option values. */
  options?: Record<string, string>;
}

function conditions(f: StoreFilter): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [];
  if (f.match === 'nothing') where.push(sql`false`);
  else if (f.match && 'fullText' in f.match) where.push(sql`p.search_vector @@ to_tsquery('english', ${f.match.fullText})`);
  else if (f.match) where.push(sql`p.search_text %> ${f.match.fuzzyTitle}`);
  if (f.categoryIds) where.push(f.categoryIds.length ? sql`p.category_id = any(${f.categoryIds}::uuid[])` : sql`false`);
  if (f.minPrice !== undefined) where.push(sql`p.price_max >= ${f.minPrice}`);
  if (f.maxPrice !== undefined) where.push(sql`p.price_min <= ${f.maxPrice}`);
  if (f.inStock) where.push(sql`p.in_stock`);
  if (f.options && Object.keys(f.options).length) {
    where.push(sql`exists (select 1 from catalog.published_variants fv where fv.product_id = p.product_id and fv.options @> ${JSON.stringify(f.options)}::jsonb)`);
  }
  return where;
}

const whereClause = (where: RawBuilder<unknown>[]) => (where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``);

function score(f: StoreFilter): RawBuilder<unknown> {
  if (f.match && f.match !== 'nothing' && 'fullText' in f.match) return sql`ts_rank(p.search_vector, to_tsquery('english', ${f.match.fullText}))::float8`;
  if (f.match && f.match !== 'nothing') return sql`word_similarity(${f.match.fuzzyTitle}, p.search_text)::float8`;
  return sql`0::float8`;
}

export async function countPublished(q: Db, f: StoreFilter): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from catalog.published_products p ${whereClause(conditions(f))}`.execute(q);
  return rows[0]?.n ?? 0;
}

/** Products per option value (`size`: `M` → 12) among the published products matching `f`. */
export async function optionCounts(q: Db, f: StoreFilter, onlyName?: string): Promise<{ name: string; value: string; count: number }[]> {
  const conds = [...conditions(f), ...(onlyName === undefined ? [] : [sql`o.key = ${onlyName}`])];
  const { rows } = await sql<{ name: string; value: string; count: number }>`
    select o.key as name, o.value, count(distinct p.product_id)::int as count
    from catalog.published_products p
    join catalog.published_variants v on v.product_id = p.product_id
    cross join lateral jsonb_each_text(v.options) o
    ${whereClause(conds)}
    group by o.key, o.value
    order by o.key, count desc, o.value
    limit 500`.execute(q);
  return rows;
}

export interface StoreListRow<Item> {
  product_id: string;
  list_item: Item;
  in_stock: boolean;
  sort_key: string | number;
  cat_slug: string | null;
  cat_name: string | null;
}

/** A page of list items in `sort` order after the row with key `after` (limit + 1 rows). */
export async function pagePublished<Item>(q: Db, f: StoreFilter, sort: StoreSort, after: [string | number, string] | undefined, limit: number): Promise<StoreListRow<Item>[]> {
  const where = conditions(f);
  let keyExpr: RawBuilder<unknown>;
  let order: RawBuilder<unknown>;
  const k = after;
  switch (sort) {
    case 'price_asc':
      keyExpr = sql`p.price_min`;
      order = sql`p.price_min asc, p.product_id asc`;
      if (k) where.push(sql`(p.price_min, p.product_id) > (${Number(k[0])}, ${k[1]}::uuid)`);
      break;
    case 'price_desc':
      keyExpr = sql`p.price_max`;
      order = sql`p.price_max desc, p.product_id desc`;
      if (k) where.push(sql`(p.price_max, p.product_id) < (${Number(k[0])}, ${k[1]}::uuid)`);
      break;
    case 'relevance':
      keyExpr = score(f);
      order = sql`sort_key desc, p.product_id desc`;
      if (k) where.push(sql`(${score(f)}, p.product_id) < (${Number(k[0])}::float8, ${k[1]}::uuid)`);
      break;
    default:
      keyExpr = sql`p.published_at::text`;
      order = sql`p.published_at desc, p.product_id desc`;
      if (k) where.push(sql`(p.published_at, p.product_id) < (${String(k[0])}::timestamptz, ${k[1]}::uuid)`);
  }
  const { rows } = await sql<StoreListRow<Item>>`
    select p.product_id, p.list_item, p.in_stock, ${keyExpr} as sort_key, c.slug as cat_slug, c.name as cat_name
    from catalog.published_products p left join catalog.categories c on c.id = p.category_id
    ${whereClause(where)}
    order by ${order}
    limit ${limit + 1}`.execute(q);
  return rows;
}

/** The published detail of the product with this slug, with its category's slug and name. */
export async function publishedDetail<Detail>(q: Db, slug: string): Promise<{ product_id: string; detail: Detail; cat_slug: string | null; cat_name: string | null } | undefined> {
  const { rows } = await sql<{ product_id: string; detail: Detail; cat_slug: string | null; cat_name: string | null }>`
    select p.product_id, p.detail, c.slug as cat_slug, c.name as cat_name
    from catalog.published_products p left join catalog.categories c on c.id = p.category_id
    where p.slug = ${slug}`.execute(q);
  return rows[0];
}
