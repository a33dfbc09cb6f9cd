import type { Db } from '../../platform/db/database';
import type { SettingsService } from '../settings/index';
import * as repo from './repo';
import type { StoreCategoryNode, StoreProduct } from './schema';
import { categoryHead, injectHead, plainHead, productHead, type SitemapUrl, sitemapIndex, type StoreFacts, urlset } from './seo';
import type { Storefront } from './storefront';

/** Sitemaps may hold 50,000 URLs; smaller pages keep each response quick to build and fetch. */
export const SITEMAP_PAGE_SIZE = 5000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface PageHead {
  status: 200 | 404;
  head: string;
  lang: string;
}

/** Root-first path to the category with this slug, or null when the tree has none. */
export function categoryPath(tree: StoreCategoryNode[], slug: string): { slug: string; name: string }[] | null {
  for (const node of tree) {
    if (node.slug === slug) return [{ slug: node.slug, name: node.name }];
    const below = categoryPath(node.children, slug);
    if (below) return [{ slug: node.slug, name: node.name }, ...below];
  }
  return null;
}

function flatten(tree: StoreCategoryNode[]): StoreCategoryNode[] {
  return tree.flatMap((n) => [n, ...flatten(n.children)]);
}

/**
 * The storefront's pages as search engines see them: each product and category page's `<head>`
 * from the published snapshot, the sitemap. Cached with the storefront entries they come from,
 * so a publish, unpublish or category change drops them too.
 */
export function createStorefrontPages(deps: { db: Db; storefront: Storefront; settings: SettingsService; sitemapPageSize?: number }) {
  const { db, storefront } = deps;
  const pageSize = deps.sitemapPageSize ?? SITEMAP_PAGE_SIZE;

  async function facts(): Promise<StoreFacts> {
    const s = await deps.settings.get();
    return { storeName: s.storeName, currency: s.currency, defaultLocale: s.defaultLocale };
  }

  async function tree(): Promise<StoreCategoryNode[]> {
    return JSON.parse(await storefront.categoryTree()) as StoreCategoryNode[];
  }

  async function productPage(slug: string, origin: string, f: StoreFacts): Promise<PageHead> {
    const key = JSON.stringify([origin, f]);
    const cached = await storefront.cached({ product: slug }, key, async () => {
      let product: StoreProduct;
      try {
        product = JSON.parse(await storefront.product(slug)) as StoreProduct;
      } catch (err) {
        if ((err as { code?: string }).code === 'not_found') return '';
        throw err;
      }
      const path = product.category ? (categoryPath(await tree(), product.category.slug) ?? [product.category]) : [];
      return productHead(product, origin, f, path);
    });
    return cached ? { status: 200, head: cached, lang: f.defaultLocale } : notFoundPage(f);
  }

  async function categoryPage(slug: string, origin: string, f: StoreFacts): Promise<PageHead> {
    const cached = await storefront.cached('categories', JSON.stringify([slug, origin, f]), async () => {
      const path = categoryPath(await tree(), slug);
      return path ? categoryHead(origin, f, path) : '';
    });
    return cached ? { status: 200, head: cached, lang: f.defaultLocale } : notFoundPage(f);
  }

  const notFoundPage = (f: StoreFacts): PageHead => ({ status: 404, head: plainHead(f, true), lang: f.defaultLocale });

  async function sitemapUrls(origin: string, from: number, count: number): Promise<SitemapUrl[]> {
    const fixed: SitemapUrl[] = [{ loc: `${origin}/` }, ...flatten(await tree()).map((c) => ({ loc: `${origin}/c/${c.slug}` }))];
    const head = fixed.slice(from, from + count);
    const productOffset = Math.max(0, from - fixed.length);
    const rest = count - head.length;
    const products = rest > 0 ? await repo.publishedSlugs(db, productOffset, rest) : [];
    return [...head, ...products.map((p) => ({ loc: `${origin}/products/${p.slug}`, lastmod: new Date(p.published_at).toISOString() }))];
  }

  return {
    /** The `<head>` and status for a storefront path (without the leading slash). */
    async head(path: string, origin: string): Promise<PageHead> {
      const f = await facts();
      const m = /^(products|c)\/([^/]+)\/?$/.exec(path);
      if (!m) return { status: 200, head: plainHead(f), lang: f.defaultLocale };
      const slug = m[2]!;
      if (!SLUG.test(slug) || slug.length > 120) return notFoundPage(f);
      return m[1] === 'products' ? productPage(slug, origin, f) : categoryPage(slug, origin, f);
    },

    /** The storefront's index.html for this path, with its head filled in (see `webRoutes`). */
    async render(path: string, origin: string, indexHtml: string): Promise<{ status: number; html: string }> {
      const page = await this.head(path, origin);
      return { status: page.status, html: injectHead(indexHtml, page.head, page.lang) };
    },

    /**
     * `/sitemap.xml`: every URL when they fit one page; otherwise an index of `/sitemap/<n>.xml`.
     * `page` is that n (1-based), or undefined for `/sitemap.xml`; null when there is no such page.
     */
    async sitemap(origin: string, page?: number): Promise<string | null> {
      return storefront.cached('lists', JSON.stringify(['sitemap', origin, page ?? 0]), async () => {
        const total = 1 + flatten(await tree()).length + (await repo.publishedCount(db));
        const pages = Math.ceil(total / pageSize);
        if (page === undefined) {
          if (pages <= 1) return urlset(await sitemapUrls(origin, 0, pageSize));
          return sitemapIndex(Array.from({ length: pages }, (_, i) => `${origin}/sitemap/${i + 1}.xml`));
        }
        if (pages <= 1 || page < 1 || page > pages) return '';
        return urlset(await sitemapUrls(origin, (page - 1) * pageSize, pageSize));
      }).then((body) => body || null);
    },
  };
}

export type StorefrontPages = ReturnType<typeof createStorefrontPages>;
