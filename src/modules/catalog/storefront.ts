import { type Cache, type CachedBody, cacheNamespace } from '../../platform/cache';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import type { EventBus } from '../../platform/events/bus';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import type { Metrics } from '../../platform/metrics';
import type { SettingsService } from '../settings/index';
import * as categoryRepo from './repo/categories';
import * as snapshots from './repo/storefront';
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
  /** Live available units per SKU (inventory). */
  availability: (skus: string[]) => Promise<Map<string, number>>;
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
  const detailNs = (slug: string) => cacheNamespace(cache, `store:product:${slug}`, DETAIL_TTL, metrics, 'store:product');

  async function searchTokens(text: string): Promise<{ word: string; alternatives: string[]; known: boolean }[]> {
    const toks = [...new Set(words(text))].slice(0, 8);
    if (toks.length === 0) return [];
    // Words the vocabulary does not know get their nearest neighbours, kept when within a typo or two of the query word.
    const byTok = new Map((await snapshots.vocabularyNear(db, toks)).map((r) => [r.tok, r]));
    return toks.map((word) => {
      const r = byTok.get(word);
      return { word, alternatives: r && !r.known ? corrections(word, r.near ?? []) : [], known: !!r?.known };
    });
  }

  /** Facets (option → values with product counts); a chosen option's values are counted without its own choice. */
  async function optionFacets(filter: snapshots.StoreFilter): Promise<StoreFacet[]> {
    const chosen = filter.options ?? {};
    const names = Object.keys(chosen);
    const without = (name: string): snapshots.StoreFilter => ({ ...filter, options: Object.fromEntries(Object.entries(chosen).filter(([k]) => k !== name)) });
    const [all, ...own] = await Promise.all([snapshots.optionCounts(db, filter), ...names.map((k) => snapshots.optionCounts(db, without(k), k))]);
    const rows = [...all!.filter((r) => !names.includes(r.name)), ...own.flat()];
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
    const filter: snapshots.StoreFilter = { minPrice: query.minPrice, maxPrice: query.maxPrice, inStock: query.inStock, options: query.options };
    const tokens = query.q ? await searchTokens(query.q) : [];
    // Full text (GIN) with misspelt words already mapped to vocabulary words: one index scan.
    if (tokens.length && !fuzzyTitle) filter.match = { fullText: buildTsQuery(tokens) };
    // Fallback when full text found nothing: trigram word similarity on the title (GIN trigram index).
    else if (tokens.length) filter.match = { fuzzyTitle: foldText(query.q!) };
    // A query with no searchable words matches nothing rather than everything.
    else if (query.q && query.q.trim() && sort === 'relevance') filter.match = 'nothing';
    if (query.category) {
      const cat = await categoryRepo.categoryBySlug(db, query.category);
      filter.categoryIds = cat ? await categoryRepo.categoryWithDescendants(db, cat.id) : [];
    }
    const [total, facets, rows] = await Promise.all([
      snapshots.countPublished(db, filter),
      optionFacets(filter),
      snapshots.pagePublished<Omit<StoreListItem, 'currency' | 'inStock' | 'category'>>(db, filter, sort, cursor?.k, query.limit),
    ]);
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
    const row = await snapshots.publishedDetail<Omit<StoreProduct, 'currency' | 'category' | 'variants'> & { variants: Omit<StoreProduct['variants'][number], 'available'>[] }>(db, slug);
    if (!row) return '';
    const available = await deps.availability(row.detail.variants.map((v) => v.sku));
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
    const all = await categoryRepo.allCategories(db);
    const nodes = new Map<string, StoreCategoryNode>(all.map((c) => [c.id, { id: c.id, name: c.name, slug: c.slug, children: [] }]));
    const roots: StoreCategoryNode[] = [];
    for (const c of all) {
      const node = nodes.get(c.id)!;
      const parent = c.parent_id ? nodes.get(c.parent_id) : undefined;
      (parent ? parent.children : roots).push(node);
    }
    return JSON.stringify(roots);
  }

  /** The cache key of a list query: the same for every spelling of the same search. */
  const listKey = (query: StoreQuery) =>
    JSON.stringify([query.q ? foldText(query.q).trim() : '', query.category ?? '', query.minPrice ?? '', query.maxPrice ?? '', query.inStock ? 1 : 0, query.sort ?? '', query.limit, query.cursor ?? '', query.options ?? {}]);

  /** One product's cached body, or 404 for anything without a live snapshot (cached as ''). */
  const productBody = async (slug: string): Promise<CachedBody> => {
    const b = await detailNs(slug).getOrLoadBody('d', () => loadDetail(slug));
    if (b.text === '') throw notFound('Product');
    return b;
  };

  return {
    /** The list page as a JSON string (cached). */
    async list(query: StoreQuery): Promise<string> {
      return lists.getOrLoad(listKey(query), () => loadList(query));
    },

    /** The list page as text and the bytes a response sends (cached). */
    async listBody(query: StoreQuery): Promise<CachedBody> {
      return lists.getOrLoadBody(listKey(query), () => loadList(query));
    },

    /** One product as a JSON string (cached), or 404 for anything without a live snapshot. */
    async product(slug: string): Promise<string> {
      return (await productBody(slug)).text;
    },

    /** One product as text and bytes (cached), or 404 for anything without a live snapshot. */
    productBody,

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
        const { slug, inStockChanged } = await snapshots.recordAvailability(tx, d.sku, typeof d.productId === 'string' ? d.productId : '', d.available);
        if (slug) await detailNs(slug).invalidate();
        if (inStockChanged) await lists.invalidate();
      });
    },
  };
}

export type Storefront = ReturnType<typeof createStorefront>;
