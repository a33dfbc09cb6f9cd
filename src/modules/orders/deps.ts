import type { Db } from '../../platform/db/database';
import type { Jobs } from '../../platform/jobs';
import type { Clock } from '../../platform/platform';
import type { AuditService } from '../audit/index';
import type { InventoryService } from '../inventory/index';
import type { SettingsService } from '../settings/index';
import type { CatalogPort, DeliveryPort, IdentityPort, PaymentsPort, PromotionsPort } from './ports';
import type { Presenter } from './present';

/** What the order service is built from (the composition root passes the real services). */
export interface OrdersDeps {
  db: Db;
  audit: AuditService;
  settings: SettingsService;
  inventory: InventoryService;
  identity: IdentityPort;
  catalog: CatalogPort;
  payments: PaymentsPort;
  delivery?: DeliveryPort | null;
  promotions?: PromotionsPort | null;
  jobs?: Jobs;
  clock: Clock;
  /**
   * Runs the order transaction (the database's pipelined transaction on PostgreSQL, so the
   * statements placement issues together go out in one flight); a plain transaction when absent.
   */
  transact?: <T>(fn: (tx: Db) => Promise<T>) => Promise<T>;
}

/** The deps object every order function takes: the optional modules settled, and the presenter. */
export interface OrderParts extends OrdersDeps {
  transact: <T>(fn: (tx: Db) => Promise<T>) => Promise<T>;
  delivery: DeliveryPort | null;
  promotions: PromotionsPort | null;
  present: Presenter;
}
