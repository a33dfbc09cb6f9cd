import { type Insertable, sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import { tables } from '../../platform/db/tables';
import type { AddressValue } from './ports';
import type { OrderStatus } from './status';
import type { DiscountValue, EventRow, IdempotencyRow, LineRow, NewOrderRow, OrderRow, OrdersTables, TaxEntryValue } from './tables';

export type { EventRow, IdempotencyRow, LineRow, OrderRow } from './tables';

/** An order to insert: its JSON columns as values (the repository writes their JSON). */
export type NewOrder = Omit<NewOrderRow, 'number' | 'shipping_address' | 'discounts' | 'taxes'> & {
  shipping_address: AddressValue;
  discounts: DiscountValue[];
  taxes: TaxEntryValue[];
};
/** An order line to insert, its options as a value. */
export type NewLine = Omit<Insertable<OrdersTables['orders.lines']>, 'order_id' | 'options'> & { options: Record<string, string> };

export interface OrderFilter {
  userId?: string;
  status?: OrderStatus;
  number?: number;
  after: { createdAt: string; id: string } | null;
  limit: number;
}

const t = (q: Db) => tables<OrdersTables>(q);

/** The only SQL for the `orders` schema; every function runs in the handle (transaction) it is given. */
export const ordersRepo = {
  /** The order, its lines and its first history event in one statement; resolves to the order number. */
  async insertOrder(tx: Db, o: NewOrder, lines: NewLine[], event?: EventRow): Promise<number> {
    // The next number from the counter row (locked until commit): a rolled-back order frees it, so numbers have no gaps.
    let q = t(tx)
      .with('n', (w) => w.updateTable('orders.order_number_counter').set({ last_number: sql`last_number + 1` }).returning('last_number'))
      .with('o', (w) =>
        w
          .insertInto('orders.orders')
          .values({ ...o, number: sql<number>`(select last_number from n)`, shipping_address: JSON.stringify(o.shipping_address), discounts: JSON.stringify(o.discounts), taxes: JSON.stringify(o.taxes) })
          .returning('number'),
      )
      .with('l', (w) => w.insertInto('orders.lines').values(lines.map((l) => ({ ...l, order_id: o.id, options: JSON.stringify(l.options) }))));
    if (event) q = q.with('e', (w) => w.insertInto('orders.events').values(event)) as unknown as typeof q;
    const row = await q.selectFrom('o').select('number').executeTakeFirstOrThrow();
    return row.number;
  },

  async find(q: Db, id: string, opts: { userId?: string; lock?: boolean } = {}): Promise<OrderRow | undefined> {
    let query = t(q).selectFrom('orders.orders').selectAll().where('id', '=', id);
    if (opts.userId) query = query.where('user_id', '=', opts.userId);
    if (opts.lock) query = query.forUpdate();
    return query.executeTakeFirst();
  },

  async list(q: Db, f: OrderFilter): Promise<OrderRow[]> {
    let query = t(q).selectFrom('orders.orders').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit);
    if (f.userId) query = query.where('user_id', '=', f.userId);
    if (f.status) query = query.where('status', '=', f.status);
    if (f.number !== undefined) query = query.where('number', '=', f.number);
    if (f.after) query = query.where(sql<boolean>`(created_at, id) < (${f.after.createdAt}::timestamptz, ${f.after.id}::uuid)`);
    return query.execute();
  },

  async lines(q: Db, orderIds: string[]): Promise<LineRow[]> {
    if (orderIds.length === 0) return [];
    return t(q).selectFrom('orders.lines').selectAll().where(sql<boolean>`order_id = any(${orderIds}::uuid[])`).orderBy('order_id').orderBy('position').execute();
  },

  async events(q: Db, orderId: string): Promise<EventRow[]> {
    return t(q).selectFrom('orders.events').selectAll().where('order_id', '=', orderId).orderBy('created_at').orderBy('id').execute();
  },

  async insertEvent(tx: Db, e: EventRow): Promise<void> {
    await t(tx).insertInto('orders.events').values(e).execute();
  },

  async setStatus(tx: Db, id: string, from: OrderStatus, to: OrderStatus, now: Date): Promise<boolean> {
    const res = await t(tx)
      .updateTable('orders.orders')
      .set({ status: to, version: sql`version + 1`, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },

  async dueForExpiry(q: Db, now: Date, limit: number): Promise<string[]> {
    const rows = await t(q)
      .selectFrom('orders.orders')
      .select('id')
      .where('status', '=', 'pending')
      .where('payment_deadline', 'is not', null)
      .where('payment_deadline', '<=', now)
      .orderBy('payment_deadline')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  },

  async productHasOrders(q: Db, productId: string): Promise<boolean> {
    return (await t(q).selectFrom('orders.lines').select('order_id').where('product_id', '=', productId).limit(1).executeTakeFirst()) !== undefined;
  },

  idempotency: {
    /** Claims the key: a new row, or one whose 24 h have passed. False when someone else holds it. */
    async claim(q: Db, r: { userId: string; key: string; hash: string; now: Date; leaseUntil: Date; expiresAt: Date }): Promise<boolean> {
      const res = await sql`
        insert into orders.idempotency_keys (user_id, key, request_hash, state, locked_until, created_at, expires_at)
        values (${r.userId}, ${r.key}, ${r.hash}, 'running', ${r.leaseUntil}, ${r.now}, ${r.expiresAt})
        on conflict (user_id, key) do update set
          request_hash = excluded.request_hash, state = 'running', locked_until = excluded.locked_until,
          response_status = null, response_body = null, order_id = null,
          created_at = excluded.created_at, expires_at = excluded.expires_at
        where orders.idempotency_keys.expires_at <= ${r.now}
        returning 1 as ok`.execute(q);
      return res.rows.length === 1;
    },

    async find(q: Db, userId: string, key: string): Promise<IdempotencyRow | undefined> {
      return t(q).selectFrom('orders.idempotency_keys').selectAll().where('user_id', '=', userId).where('key', '=', key).executeTakeFirst();
    },

    /** Takes over a running key whose holder's lease ran out (a crashed request). */
    async takeOver(q: Db, userId: string, key: string, now: Date, leaseUntil: Date): Promise<boolean> {
      const res = await t(q)
        .updateTable('orders.idempotency_keys')
        .set({ locked_until: leaseUntil })
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .where('state', '=', 'running')
        .where('locked_until', '<=', now)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async complete(q: Db, userId: string, key: string, status: number, body: unknown, orderId: string | null): Promise<void> {
      await t(q)
        .updateTable('orders.idempotency_keys')
        .set({ state: 'done', response_status: status, response_body: JSON.stringify(body), order_id: orderId })
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .execute();
    },

    async drop(q: Db, userId: string, key: string): Promise<void> {
      await t(q).deleteFrom('orders.idempotency_keys').where('user_id', '=', userId).where('key', '=', key).where('state', '=', 'running').execute();
    },

    /** Drops every running lease: only when no other process can be holding one (crash recovery). */
    async dropRunning(q: Db): Promise<number> {
      const res = await t(q).deleteFrom('orders.idempotency_keys').where('state', '=', 'running').executeTakeFirst();
      return Number(res.numDeletedRows);
    },

    async purgeExpired(q: Db, now: Date): Promise<number> {
      const res = await t(q).deleteFrom('orders.idempotency_keys').where('expires_at', '<=', now).executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  },
};

/** Guest checkout's SQL (orders placed without an account; see checkout.ts). */
export const guestOrdersRepo = {
  async markGuest(tx: Db, orderId: string, email: string, accessKeyHash: string): Promise<void> {
    await t(tx).updateTable('orders.orders').set({ guest_email: email, access_key_hash: accessKeyHash }).where('id', '=', orderId).execute();
  },

  async findGuest(q: Db, orderId: string): Promise<OrderRow | undefined> {
    return t(q).selectFrom('orders.orders').selectAll().where('id', '=', orderId).where('access_key_hash', 'is not', null).executeTakeFirst();
  },

  /** Hands a guest's orders (held by the stand-in owner id) to the account registered with that email. */
  async claim(tx: Db, guestOwnerId: string, userId: string): Promise<number> {
    const res = await t(tx).updateTable('orders.orders').set({ user_id: userId }).where('user_id', '=', guestOwnerId).where('guest_email', 'is not', null).executeTakeFirst();
    return Number(res.numUpdatedRows);
  },
};
