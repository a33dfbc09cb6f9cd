import { sql, type RawBuilder } from 'kysely';
import { type Cache, cacheNamespace } from '../../platform/cache';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import type { EventBus } from '../../platform/events/bus';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import type { Metrics } from '../../platform/metrics';
import type { SettingsService } from '../settings/index';
import * as repo from './repo';
import type { StoreCategoryNode, StoreFacet, StoreListItem, StoreProduct, StoreQuery, StoreSort } from './schema';
import { buildTsQuery, corrections, foldText, words } from './search';
import { isUuid } from '../../platform/core/schemas';

const LIST_TTL = 300;
const DETAIL_TTL = 300;

interface StorefrontDeps {
  db: Db;
  cache: Cache;
  metrics: Metrics;
  settings: SettingsService;
  /** Live availability per SKU (inventory); the read model is used while it is not bound. */
  availability: () => ((skus: string[]) => Promise<Map<string, number>>) | null;
}

type CursorKey = [string | number, string];
const isCursor = (v: unknown): v is { s: StoreSort; k: CursorKey; f?: 1 } => {
  const c = v as { s?: unknown; k?: unknown };
  return !!c && typeof c.s === 'string' && Array.isArray(c.k) && c.k.length === 2 && (typeof c.k[0] === 'string' || typeof c.k[0] === 'number') && typeof c.k[1] === 'string' && isUuid(c.k[1]);
};

/**
 * The storefront's reads: published snapshots only, through the cache. List and category
 * entries share generation-stamped namespaces; each product's detail has its own, so a stock
 * change drops only that product's entry.
 */
export function createStorefront(deps: StorefrontDeps) {
  const { db, cache, metrics, settings } = deps;
  const lists = cacheNamespace(cache, 'store:list', LIST_TTL, metrics);
  const categories = cacheNamespace(cache, 'store:categories', LIST_TTL, metrics);
  // Per-product namespaces, counted under one metrics label.
  const detailNs = (slug: string) => cacheNamespace(cache, `store:product:${slug}`, DETAIL_TTL);

  async function searchTokens(q: Db, text: string): Promise<{ word: string; alternatives: string[]; known: boolean }[]> {
    const toks = [...new Set(words(text))].slice(0, 8);
    if (toks.length === 0) return [];
    // Words the vocabulary does not know get their nearest neighbours by trigram distance (GiST KNN),
    // kept when within a typo or two of the query word.
    const { rows } = await sql<{ tok: string; known: boolean; near: string[] | null }>`
      select t.tok,
             exists(select 1 from catalog.search_words w where w.word = t.tok) as known,
             (select array_agg(word) from (select word from catalog.search_words order by word <-> t.tok limit 8) n) as near
      from unnest(${toks}::text[]) as t(tok)`.execute(q);
    const byTok = new Map(rows.map((r) => [r.tok, r]));
    return toks.map((word) => {
      const r = byTok.get(word);
      return { word, alternatives: r && !r.known ? corrections(word, r.near ?? []) : [], known: !!r?.known };
    });
  }

  /** Facets (option → values with product counts); a chosen option's values are counted without its own choice. */
  async function optionFacets(matching: RawBuilder<unknown>[], chosenNames: string[], without: (name: string) => RawBuilder<unknown>[]): Promise<StoreFacet[]> {
    const [all, ...own] = await Promise.all([repo.optionCounts(db, matching), ...chosenNames.map((k) => repo.optionCounts(db, without(k), k))]);
    const rows = [...all!.filter((r) => !chosenNames.includes(r.name)), ...own.flat()];
    const byName = new Map<string, StoreFacet>();
    for (const r of rows) {
      const f = byName.get(r.name) ?? byName.set(r.name, { name: r.name, values: [] }).get(r.name)!;
      f.values.push({ value: r.value, count: r.count });
    }
    return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  async function loadList(query: StoreQuery, fuzzyTitle = false): Promise<string> {
    const sort: StoreSort = query.sort ?? (query.q ? 'relevance' : 'newest');
    const cursor = decodeCursor(query.cursor, isCursor);
    if (query.cursor && (!cursor || cursor.s !== sort)) {
      throw new DomainError('validation_failed', 'The cursor does not belong to this query', { errors: [{ path: 'querystring/cursor', message: 'is not a cursor from this list and sort' }] });
    }
    // Pages of a trigram fallback stay in that mode.
    if (cursor?.f === 1) fuzzyTitle = true;
    const where: RawBuilder<unknown>[] = [];
    let score: RawBuilder<unknown> = sql`0::float8`;
    const tokens = query.q ? await searchTokens(db, query.q) : [];
    if (tokens.length && !fuzzyTitle) {
      // Full text (GIN) with misspelt words already mapped to vocabulary words: one index scan.
      const tsq = sql`to_tsquery('english', ${buildTsQuery(tokens)})`;
      where.push(sql`p.search_vector @@ ${tsq}`);
      score = sql`ts_rank(p.search_vector, ${tsq})::float8`;
    } else if (tokens.length) {
      // Fallback when full text found nothing: trigram word similarity on the title (GIN trigram index).
      const folded = foldText(query.q!);
      where.push(sql`p.search_text %> ${folded}`);
      score = sql`word_similarity(${folded}, p.search_text)::float8`;
    } else if (query.q && query.q.trim() && sort === 'relevance') {
      // A query with no searchable words matches nothing rather than everything.
      where.push(sql`false`);
    }
    if (query.category) {
      const cat = await repo.categoryBySlug(db, query.category);
      if (!cat) where.push(sql`false`);
      else where.push(sql`p.category_id = any(${await repo.categoryWithDescendants(db, cat.id)}::uuid[])`);
    }
    if (query.minPrice !== undefined) where.push(sql`p.price_max >= ${query.minPrice}`);
    if (query.maxPrice !== undefined) where.push(sql`p.price_min <= ${query.maxPrice}`);
    if (query.inStock) where.push(sql`p.in_stock`);
    // Option filters apart: each option's facet counts ignore that option's own choice.
    const chosen = Object.entries(query.options ?? {});
    const optionWhere = (except?: string) => {
      const rest = chosen.filter(([k]) => k !== except);
      return rest.length ? [repo.hasOptions(Object.fromEntries(rest))] : [];
    };
    const matching = [...where, ...optionWhere()];
    const [total, facets] = await Promise.all([repo.countPublishedWhere(db, matching), optionFacets(matching, chosen.map(([k]) => k), (k) => [...where, ...optionWhere(k)])]);
    where.push(...optionWhere());

    let keyExpr: RawBuilder<unknown>;
    let order: RawBuilder<unknown>;
    let after: RawBuilder<unknown> | null = null;
    const k = cursor?.k;
    switch (sort) {
      case 'price_asc':
        keyExpr = sql`p.price_min`;
        order = sql`p.price_min asc, p.product_id asc`;
        if (k) after = sql`(p.price_min, p.product_id) > (${Number(k[0])}, ${k[1]}::uuid)`;
        break;
      case 'price_desc':
        keyExpr = sql`p.price_max`;
        order = sql`p.price_max desc, p.product_id desc`;
        if (k) after = sql`(p.price_max, p.product_id) < (${Number(k[0])}, ${k[1]}::uuid)`;
        break;
      case 'relevance':
        keyExpr = score;
        order = sql`sort_key desc, p.product_id desc`;
        if (k) after = sql`(${score}, p.product_id) < (${Number(k[0])}::float8, ${k[1]}::uuid)`;
        break;
      default:
        keyExpr = sql`p.published_at::text`;
        order = sql`p.published_at desc, p.product_id desc`;
        if (k) after = sql`(p.published_at, p.product_id) < (${String(k[0])}::timestamptz, ${k[1]}::uuid)`;
    }
    if (after) where.push(after);
    const { rows } = await sql<{ product_id: string; list_item: Omit<StoreListItem, 'currency' | 'inStock' | 'category'>; in_stock: boolean; sort_key: string | number; cat_slug: string | null; cat_name: string | null }>`
      select p.product_id, p.list_item, p.in_stock, ${keyExpr} as sort_key, c.slug as cat_slug, c.name as cat_name
      from catalog.published_products p left join catalog.categories c on c.id = p.category_id
      ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}
      order by ${order}
      limit ${query.limit + 1}`.execute(db);
    // Words the vocabulary neither knows nor can correct get one more chance, by trigram similarity on titles.
    const unknownWord = tokens.some((t) => !t.known && t.alternatives.length === 0);
    if (rows.length === 0 && unknownWord && !fuzzyTitle && !query.cursor && total === 0) return loadList(query, true);
    const { currency } = await settings.get();
    const page = rows.slice(0, query.limit);
    const items: StoreListItem[] = page.map((r) => ({
      ...r.list_item,
      category: r.cat_slug ? { slug: r.cat_slug, name: r.cat_name! } : null,
      currency,
      inStock: r.in_stock,
    }));
    const last = page[page.length - 1];
    const nextCursor = rows.length > query.limit && last ? encodeCursor({ s: sort, k: [last.sort_key, last.product_id], ...(fuzzyTitle ? { f: 1 } : {}) }) : null;
    return JSON.stringify({ items, nextCursor, total, facets });
  }

  async function loadDetail(slug: string): Promise<string> {
    const { rows } = await sql<{ product_id: string; detail: Omit<StoreProduct, 'currency' | 'category' | 'variants'> & { variants: Omit<StoreProduct['variants'][number], 'available'>[] }; cat_slug: string | null; cat_name: string | null }>`
      select p.product_id, p.detail, c.slug as cat_slug, c.name as cat_name
      from catalog.published_products p left join catalog.categories c on c.id = p.category_id
      where p.slug = ${slug}`.execute(db);
    const row = rows[0];
    if (!row) return '';
    const skus = row.detail.variants.map((v) => v.sku);
    const live = deps.availability();
    let available: Map<string, number>;
    if (live) available = await live(skus);
    else {
      const levels = await db.selectFrom('catalog.stock_levels').select(['sku', 'available']).where('sku', 'in', skus).execute();
      available = new Map(levels.map((l: any) => [l.sku as string, l.available as number]));
    }
    const { currency } = await settings.get();
    const d = row.detail;
    const product: StoreProduct = {
      id: d.id,
      slug: d.slug,
      title: d.title,
      description: d.description,
      category: row.cat_slug ? { slug: row.cat_slug, name: row.cat_name! } : null,
      tags: d.tags,
      attributes: d.attributes,
      currency,
      images: d.images,
      // Snapshots published before tax classes existed are standard-rated.
      taxClass: d.taxClass ?? 'standard',
      variants: d.variants.map((v) => ({ ...v, taxClass: v.taxClass ?? d.taxClass ?? 'standard', available: Math.max(0, available.get(v.sku) ?? 0) })),
    };
    return JSON.stringify(product);
  }

  async function loadCategoryTree(): Promise<string> {
    const all = await repo.allCategories(db);
    const nodes = new Map<string, StoreCategoryNode>(all.map((c) => [c.id, { id: c.id, name: c.name, slug: c.slug, children: [] }]));
    const roots: StoreCategoryNode[] = [];
    for (const c of all) {
      const node = nodes.get(c.id)!;
      const parent = c.parent_id ? nodes.get(c.parent_id) : undefined;
      (parent ? parent.children : roots).push(node);
    }
    return JSON.stringify(roots);
  }

  return {
    /** The list page as a JSON string (cached). */
    async list(query: StoreQuery): Promise<string> {
      const key = JSON.stringify([query.q ? foldText(query.q).trim() : '', query.category ?? '', query.minPrice ?? '', query.maxPrice ?? '', query.inStock ? 1 : 0, query.sort ?? '', query.limit, query.cursor ?? '', query.options ?? {}]);
      return lists.getOrLoad(key, () => loadList(query));
    },

    /** One product as a JSON string (cached), or 404 for anything without a live snapshot. */
    async product(slug: string): Promise<string> {
      let missed = false;
      const body = await detailNs(slug).getOrLoad('d', () => {
        missed = true;
        return loadDetail(slug);
      });
      metrics.cacheRequests.inc({ namespace: 'store:product', result: missed ? 'miss' : 'hit' });
      if (body === '') throw notFound('Product');
      return body;
    },

    /**
     * Text derived from the storefront's data (a page's `<head>`, the sitemap), cached beside it so
     * that the same events drop it: a product's entry, the category tree, or the lists.
     */
    async cached(scope: { product: string } | 'categories' | 'lists', key: string, load: () => Promise<string>): Promise<string> {
      const ns = scope === 'categories' ? categories : scope === 'lists' ? lists : detailNs(scope.product);
      return ns.getOrLoad(`page:${key}`, load);
    },

    async categoryTree(): Promise<string> {
      return categories.getOrLoad('tree', loadCategoryTree);
    },

    /** After a publish, unpublish, archive or delete commits: the list and those products' details. */
    async invalidateProducts(slugs: string[]): Promise<void> {
      await Promise.all([lists.invalidate(), ...slugs.map((s) => detailNs(s).invalidate())]);
    },

    /** After a category change: the tree, the lists, and the details that show the category. */
    async invalidateCategories(slugs: string[]): Promise<void> {
      await Promise.all([categories.invalidate(), lists.invalidate(), ...slugs.map((s) => detailNs(s).invalidate())]);
    },

    /** Keeps the in-stock read model and the cached entries in step with inventory events. */
    subscribe(bus: EventBus): void {
      bus.subscribe('inventory.updated', 'catalog.stock-read-model', async (event, tx) => {
        const d = event.data as { sku?: unknown; productId?: unknown; available?: unknown };
        if (typeof d.sku !== 'string' || typeof d.available !== 'number') return;
        const { slug, inStockChanged } = await repo.recordAvailability(tx, d.sku, typeof d.productId === 'string' ? d.productId : '', d.available);
        if (slug) await detailNs(slug).invalidate();
        if (inStockChanged) await lists.invalidate();
      });
    },
  };
}

export type Storefront = ReturnType<typeof createStorefront>;
