/** The catalog module's public face: products, variants, categories, storefront reads, CSV, media and pages. */
export { createCatalogCsv } from './csv';
export { type MediaStore, createMediaStore } from './media';
export { createStorefrontPages } from './pages';
export { storefrontPageRoutes } from './pages-routes';
export { catalogRoutes } from './routes';
export { ProductInput, parseProductInput } from './schema';
export { type CatalogService, createCatalogService } from './service';
export { createStorefront } from './storefront';
export { decodeCsv } from './csv-encoding';
