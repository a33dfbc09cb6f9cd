import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import type { Actor } from '../../platform/core/context';
import type { AddressValue, PaymentMethod } from './ports';
import type { OrderStatus } from './status';

export interface OrderRow {
  id: string;
  number: number;
  user_id: string;
  status: OrderStatus;
  subtotal: number;
  shipping_fee: number;
  points_redeemed: number;
  total: number;
  currency: string;
  shipping_address: AddressValue;
  payment_method: PaymentMethod;
  payment_deadline: Date | null;
  delivery_slot_id: string | null;
  note: string;
  discount_total?: number;
  shipping_discount?: number;
  discounts?: { code: string; promotionId: string; amount: number }[];
  taxes?: { rate: number; taxableAmount: number; tax: number }[];
  tax_total?: number;
  refunded_total?: number;
  shipping_refunded?: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
  guest_email?: string | null;
  access_key_hash?: string | null;
}

export interface LineRow {
  order_id: string;
  position: number;
  sku: string;
  product_id: string;
  title: string;
  options: Record<string, string>;
  quantity: number;
  unit_price: number;
  line_total: number;
  tax_class?: string;
  tax_rate?: number;
  discount?: number;
  returned_quantity?: number;
}

export interface EventRow {
  id: string;
  order_id: string;
  type: string;
  from_status: OrderStatus | null;
  to_status: OrderStatus | null;
  actor_type: Actor['type'];
  actor_id: string | null;
  note: string | null;
  created_at: Date;
}

export interface IdempotencyRow {
  user_id: string;
  key: string;
  request_hash: string;
  state: 'running' | 'done';
  locked_until: Date;
  response_status: number | null;
  response_body: unknown;
  expires_at: Date;
}

export interface OrderFilter {
  userId?: string;
  status?: OrderStatus;
  number?: number;
  after: { createdAt: string; id: string } | null;
  limit: number;
}

/** The only SQL for the `orders` schema; every function runs in the handle (transaction) it is given. */
export const ordersRepo = {
  /** The order, its lines and its first history event in one statement; resolves to the order number. */
  async insertOrder(
    tx: Db,
    o: Omit<OrderRow, 'number' | 'version' | 'shipping_address'> & { shipping_address: AddressValue },
    lines: Omit<LineRow, 'order_id'>[],
    event?: EventRow,
  ): Promise<number> {
    // The next number from the counter row (locked until commit): a rolled-back order frees it, so numbers have no gaps.
    let q = tx
      .with('n', (w) => w.updateTable('orders.order_number_counter').set({ last_number: sql`last_number + 1` }).returning('last_number'))
      .with('o', (w) => w.insertInto('orders.orders').values({ ...o, number: sql`(select last_number from n)`, shipping_address: JSON.stringify(o.shipping_address), discounts: JSON.stringify(o.discounts ?? []), taxes: JSON.stringify(o.taxes ?? []) }).returning('number'))
      .with('l', (w) => w.insertInto('orders.lines').values(lines.map((l) => ({ ...l, order_id: o.id, options: JSON.stringify(l.options) }))));
    if (event) q = q.with('e', (w) => w.insertInto('orders.events').values(event)) as typeof q;
    const row = await q.selectFrom('o').select('number').executeTakeFirstOrThrow();
    return row.number as number;
  },

  async find(q: Db, id: string, opts: { userId?: string; lock?: boolean } = {}): Promise<OrderRow | undefined> {
    const res = await sql<OrderRow>`
      select * from orders.orders where id = ${id}
      ${opts.userId ? sql`and user_id = ${opts.userId}` : sql``}
      ${opts.lock ? sql`for update` : sql``}`.execute(q);
    return res.rows[0];
  },

  async list(q: Db, f: OrderFilter): Promise<OrderRow[]> {
    const res = await sql<OrderRow>`
      select * from orders.orders where true
      ${f.userId ? sql`and user_id = ${f.userId}` : sql``}
      ${f.status ? sql`and status = ${f.status}` : sql``}
      ${f.number !== undefined ? sql`and number = ${f.number}` : sql``}
      ${f.after ? sql`and (created_at, id) < (${f.after.createdAt}::timestamptz, ${f.after.id}::uuid)` : sql``}
      order by created_at desc, id desc limit ${f.limit}`.execute(q);
    return res.rows;
  },

  async lines(q: Db, orderIds: string[]): Promise<LineRow[]> {
    if (orderIds.length === 0) return [];
    return (await sql<LineRow>`select * from orders.lines where order_id = any(${orderIds}::uuid[]) order by order_id, position`.execute(q)).rows;
  },

  async events(q: Db, orderId: string): Promise<EventRow[]> {
    return (await sql<EventRow>`select * from orders.events where order_id = ${orderId} order by created_at, id`.execute(q)).rows;
  },

  async insertEvent(tx: Db, e: EventRow): Promise<void> {
    await tx.insertInto('orders.events').values(e).execute();
  },

  async setStatus(tx: Db, id: string, from: OrderStatus, to: OrderStatus, now: Date): Promise<boolean> {
    const res = await tx
      .updateTable('orders.orders')
      .set({ status: to, version: sql`version + 1`, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },

  async dueForExpiry(q: Db, now: Date, limit: number): Promise<string[]> {
    const res = await sql<{ id: string }>`
      select id from orders.orders
      where status = 'pending' and payment_deadline is not null and payment_deadline <= ${now}
      order by payment_deadline limit ${limit}`.execute(q);
    return res.rows.map((r) => r.id);
  },

  async productHasOrders(q: Db, productId: string): Promise<boolean> {
    const res = await sql<{ found: boolean }>`select exists(select 1 from orders.lines where product_id = ${productId}) as found`.execute(q);
    return res.rows[0]?.found === true;
  },

  idempotency: {
    /** Claims the key: a new row, or one whose 24 h have passed. Undefined when someone else holds it. */
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
      return (await q.selectFrom('orders.idempotency_keys').selectAll().where('user_id', '=', userId).where('key', '=', key).executeTakeFirst()) as
        | IdempotencyRow
        | undefined;
    },

    /** Takes over a running key whose holder's lease ran out (a crashed request). */
    async takeOver(q: Db, userId: string, key: string, now: Date, leaseUntil: Date): Promise<boolean> {
      const res = await q
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
      await q
        .updateTable('orders.idempotency_keys')
        .set({ state: 'done', response_status: status, response_body: JSON.stringify(body), order_id: orderId })
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .execute();
    },

    async drop(q: Db, userId: string, key: string): Promise<void> {
      await q.deleteFrom('orders.idempotency_keys').where('user_id', '=', userId).where('key', '=', key).where('state', '=', 'running').execute();
    },

    /** Drops every running lease: only when no other process can be holding one (crash recovery). */
    async dropRunning(q: Db): Promise<number> {
      const res = await q.deleteFrom('orders.idempotency_keys').where('state', '=', 'running').executeTakeFirst();
      return Number(res.numDeletedRows);
    },

    async purgeExpired(q: Db, now: Date): Promise<number> {
      const res = await q.deleteFrom('orders.idempotency_keys').where('expires_at', '<=', now).executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  },
};

/** Guest checkout's SQL (orders placed without an account; see guests.ts). */
export const guestOrdersRepo = {
  async markGuest(tx: Db, orderId: string, email: string, accessKeyHash: string): Promise<void> {
    await tx.updateTable('orders.orders').set({ guest_email: email, access_key_hash: accessKeyHash }).where('id', '=', orderId).execute();
  },

  async findGuest(q: Db, orderId: string): Promise<OrderRow | undefined> {
    return (await q.selectFrom('orders.orders').selectAll().where('id', '=', orderId).where('access_key_hash', 'is not', null).executeTakeFirst()) as OrderRow | undefined;
  },

  /** Hands a guest's orders (held by the stand-in owner id) to the account registered with that email. */
  async claim(tx: Db, guestOwnerId: string, userId: string): Promise<number> {
    const res = await tx.updateTable('orders.orders').set({ user_id: userId }).where('user_id', '=', guestOwnerId).where('guest_email', 'is not', null).executeTakeFirst();
    return Number(res.numUpdatedRows);
  },
};
