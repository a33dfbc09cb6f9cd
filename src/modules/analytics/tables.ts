import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** The `analytics` schema: a read model fed by order events (never by reading the orders schema). */
export interface AnalyticsTables {
  'analytics.orders': {
    order_id: string;
    placed_at: Timestamp;
    status: string;
    total: number;
    status_event_at: Timestamp;
  };
  'analytics.order_lines': {
    order_id: string;
    line_no: number;
    product_id: string;
    title: string;
    quantity: number;
    line_total: number;
  };
  /** Tax per rate: source 'order' from order.created, the return id (negative amounts) from order.returned. */
  'analytics.order_taxes': {
    order_id: string;
    source: string;
    rate: number;
    taxable_amount: number;
    tax: number;
  };
}
