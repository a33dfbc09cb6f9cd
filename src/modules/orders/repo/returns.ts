import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database';
import type { Actor } from '../../../platform/core/context';

export interface ReturnRow {
  id: string;
  order_id: string;
  items: { sku: string; quantity: number; amount: number }[];
  refund_amount: number;
  shipping_amount: number;
  money_refunded: number;
  points_returned: number;
  taxes: { rate: number; taxableAmount: number; tax: number }[];
  restock: boolean;
  note: string | null;
  actor_type: Actor['type'];
  actor_id: string | null;
  created_at: Date;
}

/** SQL for returns and the money columns of orders (the orders schema). */
export const returnsRepo = {
  async forOrders(q: Db, orderIds: string[]): Promise<ReturnRow[]> {
    if (orderIds.length === 0) return [];
    return (await sql<ReturnRow>`select * from orders.returns where order_id = any(${orderIds}::uuid[]) order by created_at, id`.execute(q)).rows;
  },

  async insert(tx: Db, r: ReturnRow): Promise<void> {
    await tx
      .insertInto('orders.returns')
      .values({ ...r, items: JSON.stringify(r.items), taxes: JSON.stringify(r.taxes) })
      .execute();
  },

  /** Counts returned units on a line, only while they do not exceed what was bought (false: they would). */
  async addReturned(tx: Db, orderId: string, sku: string, quantity: number): Promise<boolean> {
    const res = await sql`
      update orders.lines set returned_quantity = returned_quantity + ${quantity}
      where order_id = ${orderId} and sku = ${sku} and returned_quantity + ${quantity} <= quantity
      returning sku`.execute(tx);
    return res.rows.length === 1;
  },

  async addRefunded(tx: Db, orderId: string, amount: number, shipping: boolean): Promise<void> {
    await sql`
      update orders.orders set refunded_total = refunded_total + ${amount},
        shipping_refunded = shipping_refunded or ${shipping}, version = version + 1
      where id = ${orderId}`.execute(tx);
  },
};
