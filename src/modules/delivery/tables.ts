import type { ColumnType, Generated, Updateable } from 'kysely';
import type { Polygon, ShipmentStatus } from './rules';

/** The `delivery` schema as its migration (migrations/0001_delivery.sql) leaves it. */
export interface DeliveryTables {
  'delivery.zones': {
    id: string;
    name: string;
    /** text[]: written through an explicit `::text[]` cast. */
    postal_code_prefixes: ColumnType<string[], unknown, unknown>;
    fee: number;
    same_day: Generated<boolean>;
    same_day_cutoff: Generated<string>;
    /** jsonb GeoJSON Polygon, written as its JSON text. */
    area: ColumnType<Polygon | null, string | null, string | null>;
    version: Generated<number>;
    deleted_at: Date | null;
    created_at: Date;
    updated_at: Date;
  };
  'delivery.slots': {
    id: string;
    zone_id: string;
    /** date, read as 'YYYY-MM-DD'. */
    date: string;
    start_time: string;
    end_time: string;
    capacity: number;
    booked: Generated<number>;
    created_at: Date;
  };
  'delivery.bookings': {
    order_id: string;
    slot_id: string;
    postal_code: string;
    fee: number;
    released_at: Date | null;
    created_at: Date;
  };
  'delivery.shipments': {
    id: string;
    order_id: string;
    user_id: string;
    carrier: string;
    tracking_number: string;
    status: Generated<ShipmentStatus>;
    created_at: Date;
    updated_at: Date;
  };
  'delivery.tracking_events': {
    id: string;
    shipment_id: string;
    status: ShipmentStatus;
    note: string | null;
    created_at: Date;
  };
}

/** The zone columns an update may set. */
export type ZoneChanges = Updateable<DeliveryTables['delivery.zones']>;
