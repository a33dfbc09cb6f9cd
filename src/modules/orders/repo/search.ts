import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database';
import type { OrderRow } from '../tables';
import type { OrderStatus } from '../status';

export const ORDER_PAYMENT_STATUSES = ['pending', 'paid', 'refunded', 'cancelled'] as const;
export type OrderPaymentStatus = (typeof ORDER_PAYMENT_STATUSES)[number];

/** A resolved admin search: what `q` matched is already split into the columns it can match. */
export interface SearchCriteria {
  status?: OrderStatus;
  paymentStatus?: OrderPaymentStatus;
  userId?: string;
  number?: number;
  /** Free-text term: `number` (when numeric), a SKU in the lines, the shipping name, or one of `userIds`. */
  text?: { term: string; number: number | null; userIds: string[] };
  /** Store-time-zone dates, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  timeZone: string;
  after: { createdAt: string; id: string } | null;
  limit: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The admin order search; the only SQL for it. Newest first, keyset-paginated. */
export async function searchOrders(q: Db, c: SearchCriteria): Promise<OrderRow[]> {
  const t = c.text;
  const textMatch = t
    ? sql`and (
        ${t.number !== null ? sql`o.number = ${t.number} or` : sql``}
        ${t.userIds.length ? sql`o.user_id = any(${t.userIds}::uuid[]) or` : sql``}
        o.shipping_address->>'name' ilike ${`%${escapeLike(t.term)}%`}
        or exists (select 1 from orders.lines l where l.order_id = o.id and lower(l.sku) = lower(${t.term})))`
    : sql``;
  const res = await sql<OrderRow>`
    select o.* from orders.orders o where true
    ${c.status ? sql`and o.status = ${c.status}` : sql``}
    ${c.paymentStatus ? sql`and o.payment_status = ${c.paymentStatus}` : sql``}
    ${c.userId ? sql`and o.user_id = ${c.userId}` : sql``}
    ${c.number !== undefined ? sql`and o.number = ${c.number}` : sql``}
    ${c.from ? sql`and o.created_at >= (${c.from}::date)::timestamp at time zone ${c.timeZone}` : sql``}
    ${c.to ? sql`and o.created_at < (${c.to}::date + 1)::timestamp at time zone ${c.timeZone}` : sql``}
    ${textMatch}
    ${c.after ? sql`and (o.created_at, o.id) < (${c.after.createdAt}::timestamptz, ${c.after.id}::uuid)` : sql``}
    order by o.created_at desc, o.id desc limit ${c.limit}`.execute(q);
  return res.rows;
}

const PAYMENT_RANK: Record<string, number> = { pending: 0, paid: 1, cancelled: 1, refunded: 2 };

/** Applies a `payment.*` event to the order's copy of its payment status (never backwards, so replays are harmless). */
export async function setPaymentStatus(q: Db, orderId: string, status: string): Promise<void> {
  const rank = PAYMENT_RANK[status];
  if (rank === undefined) return;
  await sql`
    update orders.orders set payment_status = ${status}
    where id = ${orderId} and payment_status <> ${status}
      and (case payment_status when 'pending' then 0 when 'paid' then 1 when 'cancelled' then 1 else 2 end) < ${rank}`.execute(q);
}

/** Orders count, paid spend and last order per customer (for the admin's customer screens). */
export async function customerStats(q: Db, userIds: string[]): Promise<{ user_id: string; orders_count: number; total_spent: number; last_order_at: Date | null }[]> {
  if (userIds.length === 0) return [];
  const res = await sql<{ user_id: string; orders_count: number; total_spent: number; last_order_at: Date | null }>`
    select user_id, count(*)::int as orders_count,
           coalesce(sum(total) filter (where payment_status = 'paid'), 0)::bigint as total_spent,
           max(created_at) as last_order_at
    from orders.orders where user_id = any(${userIds}::uuid[]) group by user_id`.execute(q);
  return res.rows;
}
