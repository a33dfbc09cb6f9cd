/**
 * What crawlers and link previews read without running JavaScript: the `<head>` of product and
 * category pages, the sitemap and robots.txt. Pure text builders; `pages.ts` feeds them the
 * published snapshot.
 */

export interface StoreFacts {
  storeName: string;
  currency: string;
  defaultLocale: 'ja' | 'en';
}

export interface Crumb {
  name: string;
  url: string;
}

export interface SeoProduct {
  slug: string;
  title: string;
  description: string;
  images: { url: string; alt: string }[];
  variants: { sku: string; price: number; available: number }[];
  category: { slug: string; name: string } | null;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** JSON inside `<script>`: `<` escaped so no text can close the element. */
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

/** Plain one-paragraph text of at most `max` characters, cut at a word when it can be. */
export function summary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Minor units → the decimal string schema.org expects ("3300" for ¥3,300, "12.50" for $12.50). */
export function decimalPrice(minor: number, currency: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return (minor / 10 ** digits).toFixed(digits);
}

export const availability = (available: number) => `https://schema.org/${available > 0 ? 'InStock' : 'OutOfStock'}`;

function breadcrumbList(crumbs: Crumb[]) {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

function metaTags(t: { title: string; description: string; canonical: string; type: string; image?: string; imageAlt?: string; siteName: string; locale: string }): string {
  const tags = [
    `<title>${escapeHtml(t.title)}</title>`,
    `<meta name="description" content="${escapeHtml(t.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(t.canonical)}" />`,
    `<meta property="og:type" content="${t.type}" />`,
    `<meta property="og:site_name" content="${escapeHtml(t.siteName)}" />`,
    `<meta property="og:locale" content="${t.locale === 'ja' ? 'ja_JP' : 'en_US'}" />`,
    `<meta property="og:title" content="${escapeHtml(t.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(t.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(t.canonical)}" />`,
  ];
  if (t.image) {
    tags.push(`<meta property="og:image" content="${escapeHtml(t.image)}" />`, `<meta name="twitter:card" content="summary_large_image" />`);
    if (t.imageAlt) tags.push(`<meta property="og:image:alt" content="${escapeHtml(t.imageAlt)}" />`);
  }
  return tags.join('\n    ');
}

/** `Home › category ancestors › category`: the category's path in the tree, root first. */
export function categoryCrumbs(origin: string, storeName: string, path: { slug: string; name: string }[]): Crumb[] {
  return [{ name: storeName, url: `${origin}/` }, ...path.map((c) => ({ name: c.name, url: `${origin}/c/${c.slug}` }))];
}

export function productHead(p: SeoProduct, origin: string, facts: StoreFacts, categoryPath: { slug: string; name: string }[]): string {
  const url = `${origin}/products/${p.slug}`;
  const description = summary(p.description) || p.title;
  const images = p.images.map((i) => `${origin}${i.url}`);
  const offer = (v: SeoProduct['variants'][number]) => ({
    '@type': 'Offer',
    sku: v.sku,
    price: decimalPrice(v.price, facts.currency),
    priceCurrency: facts.currency,
    availability: availability(v.available),
    url,
  });
  const product = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.title,
    description,
    url,
    sku: p.variants[0]?.sku,
    ...(images.length ? { image: images } : {}),
    ...(p.category ? { category: p.category.name } : {}),
    offers: p.variants.length === 1 ? offer(p.variants[0]!) : p.variants.map(offer),
  };
  const crumbs = [...categoryCrumbs(origin, facts.storeName, categoryPath), { name: p.title, url }];
  return [
    metaTags({ title: `${p.title} | ${facts.storeName}`, description, canonical: url, type: 'product', image: images[0], imageAlt: p.images[0]?.alt || p.title, siteName: facts.storeName, locale: facts.defaultLocale }),
    jsonLd(product),
    jsonLd({ '@context': 'https://schema.org', ...breadcrumbList(crumbs) }),
  ].join('\n    ');
}

export function categoryHead(origin: string, facts: StoreFacts, path: { slug: string; name: string }[]): string {
  const cat = path[path.length - 1]!;
  const url = `${origin}/c/${cat.slug}`;
  const description = facts.defaultLocale === 'ja' ? `${facts.storeName}の「${cat.name}」の商品一覧` : `Shop ${cat.name} at ${facts.storeName}`;
  return [
    metaTags({ title: `${cat.name} | ${facts.storeName}`, description, canonical: url, type: 'website', siteName: facts.storeName, locale: facts.defaultLocale }),
    jsonLd({ '@context': 'https://schema.org', ...breadcrumbList(categoryCrumbs(origin, facts.storeName, path)) }),
  ].join('\n    ');
}

/** Any other storefront page: the store's name, and nothing for search engines to index on a 404. */
export function plainHead(facts: StoreFacts, notFound = false): string {
  return `<title>${escapeHtml(facts.storeName)}</title>${notFound ? '\n    <meta name="robots" content="noindex" />' : ''}`;
}

/**
 * The built index.html with this page's head: the template's `<title>` and description are
 * replaced, the rest goes before `</head>`, and `<html lang>` is the store's default language.
 */
export function injectHead(html: string, head: string, lang: string): string {
  return html
    .replace(/<html([^>]*)\blang="[^"]*"/, `<html$1lang="${lang}"`)
    .replace(/\s*<title>[^<]*<\/title>/, '')
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace('</head>', `  ${head}\n  </head>`);
}

export interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

const xmlEscape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export function urlset(urls: SitemapUrl[]): string {
  const body = urls.map((u) => `  <url><loc>${xmlEscape(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function sitemapIndex(locs: string[]): string {
  const body = locs.map((l) => `  <sitemap><loc>${xmlEscape(l)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /v1/\n\nSitemap: ${origin}/sitemap.xml\n`;
}
