import type { Db } from '../../platform/db/database';
import type { RequestContext } from '../../platform/core/context';
import type { Clock } from '../../platform/platform';
import type { AuditService } from '../audit/index';
import type { Storefront } from './storefront';

/** What the catalog's services take at construction (wired in src/inventra.ts). */

/** Stock records for the catalog's SKUs: the inventory service satisfies it. */
export interface StockPort {
  /** Creates stock records at 0 for new SKUs; idempotent. */
  ensureStock(tx: Db, items: { sku: string; productId: string }[]): Promise<void>;
  /** A variant or product was deleted; throws DomainError 409 if units are reserved. */
  removeStock(tx: Db, skus: string[]): Promise<void>;
}

/** Stock counts as the CSV import and export read and write them (inventory owns stock). */
export interface StockCounts {
  setOnHandMany(tx: Db, ctx: RequestContext, items: { sku: string; onHand: number }[]): Promise<unknown>;
  forget(skus: string[]): Promise<void>;
  list(f: { limit: number; cursor?: string }): Promise<{ items: { sku: string; onHand: number }[]; nextCursor: string | null }>;
}

/** Is this product in any order? The orders module answers, through a port (orders is built after catalog). */
export type ProductHasOrders = (q: Db, productId: string) => Promise<boolean>;

/** What the steps of product writes need. */
export interface ProductDeps {
  audit: AuditService;
  clock: Clock;
  stock: StockPort;
}

export interface CatalogDeps extends ProductDeps {
  db: Db;
  storefront: Storefront;
  /** A `port<ProductHasOrders>()` the composition root provides once orders exist. */
  productHasOrders: ProductHasOrders;
}
