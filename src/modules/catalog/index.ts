/** The catalog module's public face: products, variants, categories, storefront reads, CSV, media and pages. */
export { createCatalogCsv } from './csv';
export { decodeCsv } from './csv-encoding';
export { type MediaStore, createMediaStore } from './media';
export { createStorefrontPages } from './pages';
export { storefrontPageRoutes } from './pages-routes';
export type { ProductHasOrders, StockCounts, StockPort } from './ports';
export { catalogRoutes } from './routes';
export { ProductInput, parseProductInput, type PublishedSku } from './schema';
export { type CatalogService, createCatalogService } from './service';
export { createStorefront } from './storefront';
