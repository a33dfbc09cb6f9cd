import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database';
import { tables } from '../../../platform/db/tables';
import type { OrdersTables, ReturnRow } from '../tables';

export type { ReturnRow } from '../tables';

const t = (q: Db) => tables<OrdersTables>(q);

/** SQL for returns and the money columns of orders (the orders schema). */
export const returnsRepo = {
  async forOrders(q: Db, orderIds: string[]): Promise<ReturnRow[]> {
    if (orderIds.length === 0) return [];
    return t(q).selectFrom('orders.returns').selectAll().where(sql<boolean>`order_id = any(${orderIds}::uuid[])`).orderBy('created_at').orderBy('id').execute();
  },

  async insert(tx: Db, r: ReturnRow): Promise<void> {
    await t(tx)
      .insertInto('orders.returns')
      .values({ ...r, items: JSON.stringify(r.items), taxes: JSON.stringify(r.taxes) })
      .execute();
  },

  /** Counts returned units on a line, only while they do not exceed what was bought (false: they would). */
  async addReturned(tx: Db, orderId: string, sku: string, quantity: number): Promise<boolean> {
    const row = await t(tx)
      .updateTable('orders.lines')
      .set({ returned_quantity: sql`returned_quantity + ${quantity}` })
      .where('order_id', '=', orderId)
      .where('sku', '=', sku)
      .where(sql<boolean>`returned_quantity + ${quantity} <= quantity`)
      .returning('sku')
      .executeTakeFirst();
    return row !== undefined;
  },

  async addRefunded(tx: Db, orderId: string, amount: number, shipping: boolean): Promise<void> {
    await t(tx)
      .updateTable('orders.orders')
      .set({ refunded_total: sql`refunded_total + ${amount}`, shipping_refunded: sql`shipping_refunded or ${shipping}`, version: sql`version + 1` })
      .where('id', '=', orderId)
      .execute();
  },
};
