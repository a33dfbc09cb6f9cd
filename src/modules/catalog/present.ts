import { mediaUrl, srcsetFor, thumbUrl } from './media';
import type { Snapshot } from './repo/storefront';
import type { Category, Image, Product } from './schema';
import { foldText, joinedForms, vocabulary } from './search';
import type { CategoryRow, ImageRow, ProductRow, VariantRow } from './tables';

/** Rows as the API shows them, and the storefront's snapshot of a working copy (pure: no database). */

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

export const toCategory = (r: CategoryRow): Category => ({ id: r.id, name: r.name, slug: r.slug, parentId: r.parent_id, position: r.position });

/** What product events carry. */
export const eventData = (p: Pick<Product, 'id' | 'slug' | 'title' | 'status' | 'version' | 'publishedAt'>) => ({ id: p.id, slug: p.slug, title: p.title, status: p.status, version: p.version, publishedAt: p.publishedAt });

/** The storefront's denormalised copy of a product's working copy (the bulk importer uses it too). */
export function buildSnapshot(updated: ProductRow, variants: VariantRow[], images: ImageRow[], publishedAt: Date): Snapshot {
  const prices = variants.map((v) => v.price);
  const imgs = images.map(toImage);
  const optionValues = variants.flatMap((v) => Object.values(v.options));
  const taxClass = updated.tax_class ?? 'standard';
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
      taxClass,
      variants: variants.map((v) => ({ sku: v.sku, price: v.price, compareAtPrice: v.compare_at_price, options: v.options, taxClass })),
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
    variants: variants.map((v) => ({ sku: v.sku, productId: updated.id, title: updated.title, options: v.options, price: v.price, compareAtPrice: v.compare_at_price, taxClass })),
    vocabulary: vocabulary([updated.title, ...updated.tags, ...optionValues]),
  };
}
