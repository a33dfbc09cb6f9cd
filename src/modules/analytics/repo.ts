import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import { tables } from '../../platform/db/tables';
import type { AnalyticsTables } from './tables';

const t = (q: Db) => tables<AnalyticsTables>(q);

export interface TaxRow {
  rate: number;
  taxableAmount: number;
  tax: number;
}

/** Orders in these statuses count as sales; cancelled and refunded orders do not. */
export const SALE_STATUSES = ['pending', 'processing', 'completed'] as const;

/** A range of calendar dates in the store's time zone. */
export interface DateRange {
  from: string;
  to: string;
  timeZone: string;
}

const placedIn = (r: DateRange, column = sql.ref('placed_at')) => sql`(${column} at time zone ${r.timeZone})::date between ${r.from}::date and ${r.to}::date`;
const isSale = (column = sql.ref('status')) => sql`${column} in (${sql.join(SALE_STATUSES.map((s) => sql`${s}`))})`;

/** The only SQL for the `analytics` schema. Writes run in the relay's transaction, so each is idempotent. */
export const analyticsRepo = {
  /** True when the order was new (a redelivered order.created inserts nothing). */
  async insertOrder(tx: Db, o: { orderId: string; placedAt: Date; status: string; total: number }): Promise<boolean> {
    const inserted = await t(tx)
      .insertInto('analytics.orders')
      .values({ order_id: o.orderId, placed_at: o.placedAt, status: o.status, total: o.total, status_event_at: o.placedAt })
      .onConflict((oc) => oc.column('order_id').doNothing())
      .returning('order_id')
      .executeTakeFirst();
    return inserted !== undefined;
  },

  /** `insertOrder` for many orders in one statement; resolves to the ids that were new. */
  async insertOrders(tx: Db, orders: { orderId: string; placedAt: Date; status: string; total: number }[]): Promise<Set<string>> {
    if (orders.length === 0) return new Set();
    const inserted = await t(tx)
      .insertInto('analytics.orders')
      .values(orders.map((o) => ({ order_id: o.orderId, placed_at: o.placedAt, status: o.status, total: o.total, status_event_at: o.placedAt })))
      .onConflict((oc) => oc.column('order_id').doNothing())
      .returning('order_id')
      .execute();
    return new Set(inserted.map((r) => r.order_id));
  },

  /** Lines of many orders in one statement. */
  async insertLinesMany(tx: Db, orders: { orderId: string; lines: { productId: string; title: string; quantity: number; lineTotal: number }[] }[]): Promise<void> {
    const rows = orders.flatMap((o) => o.lines.map((it, i) => ({ order_id: o.orderId, line_no: i, product_id: it.productId, title: it.title, quantity: it.quantity, line_total: it.lineTotal })));
    if (rows.length === 0) return;
    await t(tx).insertInto('analytics.order_lines').values(rows).onConflict((oc) => oc.columns(['order_id', 'line_no']).doNothing()).execute();
  },

  /** Order taxes (sign 1) of many orders in one statement. */
  async insertOrderTaxesMany(tx: Db, orders: { orderId: string; taxes: TaxRow[] }[]): Promise<void> {
    const rows = orders.flatMap((o) => o.taxes.map((x) => ({ order_id: o.orderId, source: 'order', rate: x.rate, taxable_amount: x.taxableAmount, tax: x.tax })));
    if (rows.length === 0) return;
    await t(tx).insertInto('analytics.order_taxes').values(rows).onConflict((oc) => oc.columns(['order_id', 'source', 'rate']).doNothing()).execute();
  },

  async insertLines(tx: Db, orderId: string, lines: { productId: string; title: string; quantity: number; lineTotal: number }[]): Promise<void> {
    if (lines.length === 0) return;
    await t(tx)
      .insertInto('analytics.order_lines')
      .values(lines.map((it, i) => ({ order_id: orderId, line_no: i, product_id: it.productId, title: it.title, quantity: it.quantity, line_total: it.lineTotal })))
      .onConflict((oc) => oc.columns(['order_id', 'line_no']).doNothing())
      .execute();
  },

  /** Tax per rate of an order (sign 1) or of a return (sign −1); a redelivered event changes nothing. */
  async insertTaxes(tx: Db, orderId: string, source: string, taxes: TaxRow[], sign: 1 | -1): Promise<void> {
    if (taxes.length === 0) return;
    await t(tx)
      .insertInto('analytics.order_taxes')
      .values(taxes.map((x) => ({ order_id: orderId, source, rate: x.rate, taxable_amount: sign * x.taxableAmount, tax: sign * x.tax })))
      .onConflict((oc) => oc.columns(['order_id', 'source', 'rate']).doNothing())
      .execute();
  },

  /** Events of one order arrive in order; the timestamp guard also makes a redelivery harmless. */
  async setStatus(tx: Db, orderId: string, status: string, at: Date): Promise<void> {
    await t(tx).updateTable('analytics.orders').set({ status, status_event_at: at }).where('order_id', '=', orderId).where('status_event_at', '<=', at).execute();
  },

  async ordersByStatus(q: Db, r: DateRange) {
    return (await sql<{ status: string; n: number }>`select status, count(*)::int as n from analytics.orders where ${placedIn(r)} group by status`.execute(q)).rows;
  },

  async salesByDay(q: Db, r: DateRange) {
    const placedDate = sql`(placed_at at time zone ${r.timeZone})::date`;
    return (await sql<{ date: string; revenue: number; orders: number }>`
      select to_char(${placedDate}, 'YYYY-MM-DD') as date, coalesce(sum(total), 0)::int as revenue, count(*)::int as orders
      from analytics.orders where ${placedIn(r)} and ${isSale()} group by 1 order by 1`.execute(q)).rows;
  },

  async topProducts(q: Db, r: DateRange, limit: number) {
    return (await sql<{ productId: string; title: string; quantity: number; revenue: number }>`
      select l.product_id as "productId", max(l.title) as title, sum(l.quantity)::int as quantity, sum(l.line_total)::int as revenue
      from analytics.order_lines l join analytics.orders o on o.order_id = l.order_id
      where ${placedIn(r, sql.ref('o.placed_at'))} and ${isSale(sql.ref('o.status'))}
      group by l.product_id order by quantity desc, revenue desc limit ${limit}`.execute(q)).rows;
  },

  async taxByRate(q: Db, r: DateRange): Promise<TaxRow[]> {
    const rows = (await sql<TaxRow>`
      select t.rate, sum(t.taxable_amount)::int as "taxableAmount", sum(t.tax)::int as tax
      from analytics.order_taxes t join analytics.orders o on o.order_id = t.order_id
      where ${placedIn(r, sql.ref('o.placed_at'))} and ${isSale(sql.ref('o.status'))}
      group by t.rate order by t.rate`.execute(q)).rows;
    return rows.map((x) => ({ rate: Number(x.rate), taxableAmount: x.taxableAmount, tax: x.tax }));
  },
};
