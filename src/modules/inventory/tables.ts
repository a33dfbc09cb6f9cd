import type { Generated, Selectable } from 'kysely';
import type { Actor } from '../../platform/core/context';

export type MovementType = 'adjustment' | 'count' | 'reservation' | 'release' | 'sale' | 'return';

/** The `inventory` schema as its migration (migrations/0001_inventory.sql) leaves it. */
export interface InventoryTables {
  'inventory.stock': {
    sku: string;
    product_id: string;
    on_hand: Generated<number>;
    reserved: Generated<number>;
    low_stock_threshold: Generated<number>;
    /** available ≤ threshold right now. */
    low_stock: Generated<boolean>;
    /** The version at which it last fell there (one UPDATE tells whether it crossed the threshold). */
    low_stock_version: Generated<number>;
    version: Generated<number>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  'inventory.movements': {
    /** bigserial, read as a number. */
    seq: Generated<number>;
    id: string;
    sku: string;
    type: MovementType;
    on_hand_delta: number;
    reserved_delta: number;
    reason: string | null;
    note: string | null;
    order_id: string | null;
    actor_type: Actor['type'];
    actor_id: string | null;
    created_at: Generated<Date>;
  };
}

/** A stock record as the repository reads it (without the threshold bookkeeping). */
export type StockRow = Omit<Selectable<InventoryTables['inventory.stock']>, 'low_stock_version' | 'created_at'>;
export type MovementRow = Selectable<InventoryTables['inventory.movements']>;
