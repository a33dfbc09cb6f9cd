import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Actor } from '../../platform/core/context';
import type { AddressValue, PaymentMethod } from './ports';
import type { OrderStatus } from './status';

/** A jsonb column: read as `T`, written as its JSON text (a default where the migration has one). */
type Json<T> = ColumnType<T, string, string>;
type JsonWithDefault<T> = ColumnType<T, string | undefined, string>;

export interface TaxEntryValue {
  rate: number;
  taxableAmount: number;
  tax: number;
}
export interface DiscountValue {
  code: string;
  promotionId: string;
  amount: number;
}

/** The `orders` schema as its migrations (migrations/*.sql) leave it. */
export interface OrdersTables {
  'orders.orders': {
    id: string;
    /** bigint, read as a number (values stay far below 2^53); taken from the counter on insert. */
    number: number;
    user_id: string;
    status: OrderStatus;
    subtotal: number;
    shipping_fee: number;
    points_redeemed: Generated<number>;
    total: number;
    currency: string;
    shipping_address: Json<AddressValue>;
    payment_method: PaymentMethod;
    payment_deadline: Date | null;
    delivery_slot_id: string | null;
    note: Generated<string>;
    version: Generated<number>;
    created_at: Date;
    updated_at: Date;
    discount_total: Generated<number>;
    shipping_discount: Generated<number>;
    discounts: JsonWithDefault<DiscountValue[]>;
    taxes: JsonWithDefault<TaxEntryValue[]>;
    tax_total: Generated<number>;
    refunded_total: Generated<number>;
    shipping_refunded: Generated<boolean>;
    guest_email: string | null;
    access_key_hash: string | null;
    payment_status: Generated<string>;
  };
  'orders.lines': {
    order_id: string;
    position: number;
    sku: string;
    product_id: string;
    title: string;
    options: JsonWithDefault<Record<string, string>>;
    quantity: number;
    unit_price: number;
    line_total: number;
    tax_class: Generated<string>;
    tax_rate: Generated<number>;
    discount: Generated<number>;
    returned_quantity: Generated<number>;
  };
  'orders.events': {
    id: string;
    order_id: string;
    type: string;
    from_status: OrderStatus | null;
    to_status: OrderStatus | null;
    actor_type: Actor['type'];
    actor_id: string | null;
    note: string | null;
    created_at: Date;
  };
  'orders.idempotency_keys': {
    user_id: string;
    key: string;
    request_hash: string;
    state: 'running' | 'done';
    locked_until: Date;
    response_status: number | null;
    response_body: ColumnType<unknown, string | null | undefined, string | null>;
    order_id: string | null;
    created_at: Date;
    expires_at: Date;
  };
  'orders.returns': {
    id: string;
    order_id: string;
    items: Json<{ sku: string; quantity: number; amount: number }[]>;
    refund_amount: number;
    shipping_amount: Generated<number>;
    money_refunded: number;
    points_returned: Generated<number>;
    taxes: Json<TaxEntryValue[]>;
    restock: boolean;
    note: string | null;
    actor_type: Actor['type'];
    actor_id: string | null;
    created_at: Date;
  };
  'orders.order_number_counter': {
    id: Generated<boolean>;
    last_number: number;
  };
}

export type OrderRow = Selectable<OrdersTables['orders.orders']>;
export type NewOrderRow = Insertable<OrdersTables['orders.orders']>;
export type LineRow = Selectable<OrdersTables['orders.lines']>;
export type EventRow = Selectable<OrdersTables['orders.events']>;
export type IdempotencyRow = Selectable<OrdersTables['orders.idempotency_keys']>;
export type ReturnRow = Selectable<OrdersTables['orders.returns']>;
