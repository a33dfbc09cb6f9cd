import * as categories from './categories';
import type { CatalogDeps } from './ports';
import * as parts from './product-parts';
import * as products from './products';
import { catalogIsEmpty } from './repo/products';

export type { AdminProductQuery } from './products';

/**
 * The catalog's admin side: categories (categories.ts), products (products.ts) and their variants
 * and images (product-parts.ts). Each is a plain function of the deps; this only binds them.
 */
export function createCatalogService(deps: CatalogDeps) {
  const bound = <A extends unknown[], R>(fn: (d: CatalogDeps, ...args: A) => R) => (...args: A): R => fn(deps, ...args);
  return {
    /** True when there are no products and no categories (the demo loads only then). */
    isEmpty: () => catalogIsEmpty(deps.db),

    listCategories: bound(categories.listCategories),
    createCategory: bound(categories.createCategory),
    updateCategory: bound(categories.updateCategory),
    deleteCategory: bound(categories.deleteCategory),

    getProduct: bound(products.getProduct),
    listProducts: bound(products.listProducts),
    createProduct: bound(products.createProduct),
    updateProduct: bound(products.updateProduct),
    deleteProduct: bound(products.deleteProduct),
    transition: bound(products.transition),
    upsertBySlug: bound(products.upsertBySlug),
    resolvePublishedSkus: products.resolvePublishedSkus,

    addVariant: bound(parts.addVariant),
    updateVariant: bound(parts.updateVariant),
    deleteVariant: bound(parts.deleteVariant),
    addImage: bound(parts.addImage),
    deleteImage: bound(parts.deleteImage),
    updateImage: bound(parts.updateImage),
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
