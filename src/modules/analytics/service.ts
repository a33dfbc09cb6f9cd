import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import type { DomainEvent } from '../../platform/events/outbox';

/** Orders in these statuses count as sales; cancelled and refunded orders do not. */
export const SALE_STATUSES = ['pending', 'processing', 'completed'] as const;

export interface Summary {
  from: string;
  to: string;
  revenue: number;
  orders: number;
  averageOrderValue: number;
  ordersByStatus: Record<string, number>;
  topProducts: { productId: string; title: string; quantity: number; revenue: number }[];
  lowStockCount: number;
  salesByDay: { date: string; revenue: number; orders: number }[];
  taxByRate: TaxRow[];
}

interface TaxRow {
  rate: number;
  taxableAmount: number;
  tax: number;
}

interface CreatedData {
  orderId: string;
  total: number;
  status?: string;
  items: { productId: string; title: string; quantity: number; lineTotal: number }[];
  taxes?: TaxRow[];
}

/** Every date from `from` to `to` inclusive (YYYY-MM-DD), so the chart has no gaps. */
export function eachDate(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** The calendar date of `at` in `timeZone`. */
export function dateIn(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export interface AnalyticsDeps {
  db: Db;
  timeZone: () => Promise<string>;
  lowStockCount: () => Promise<number>;
  now: () => Date;
}

/** Tax per rate of an order (sign 1) or of a return (sign −1); a redelivered event changes nothing. */
async function insertTaxes(tx: Db, orderId: string, source: string, taxes: TaxRow[], sign: 1 | -1): Promise<void> {
  if (taxes.length === 0) return;
  await tx
    .insertInto('analytics.order_taxes')
    .values(taxes.map((t) => ({ order_id: orderId, source, rate: t.rate, taxable_amount: sign * t.taxableAmount, tax: sign * t.tax })))
    .onConflict((oc) => oc.columns(['order_id', 'source', 'rate']).doNothing())
    .execute();
}

export function createAnalyticsService(deps: AnalyticsDeps) {
  const { db } = deps;
  return {
    /** Applies an order event to the read model; idempotent, so at-least-once delivery is safe. */
    async apply(event: DomainEvent, tx: Db): Promise<void> {
      const at = new Date(event.createdAt);
      if (event.type === 'order.created') {
        const d = event.data as unknown as CreatedData;
        const inserted = await tx
          .insertInto('analytics.orders')
          .values({ order_id: d.orderId, placed_at: at, status: d.status ?? 'pending', total: d.total, status_event_at: at })
          .onConflict((oc) => oc.column('order_id').doNothing())
          .returning('order_id')
          .executeTakeFirst();
        if (inserted && d.items.length > 0) {
          await tx
            .insertInto('analytics.order_lines')
            .values(d.items.map((it, i) => ({ order_id: d.orderId, line_no: i, product_id: it.productId, title: it.title, quantity: it.quantity, line_total: it.lineTotal })))
            .onConflict((oc) => oc.columns(['order_id', 'line_no']).doNothing())
            .execute();
        }
        if (inserted) await insertTaxes(tx, d.orderId, 'order', d.taxes ?? [], 1);
        return;
      }
      if (event.type === 'order.returned') {
        const r = event.data as { orderId: string; id: string; taxes?: TaxRow[] };
        await insertTaxes(tx, r.orderId, r.id, r.taxes ?? [], -1);
        return;
      }
      const d = event.data as { orderId?: string; to?: string };
      if (!d.orderId || !d.to) return;
      // Events of one order arrive in order; the timestamp guard also makes a redelivery harmless.
      await tx
        .updateTable('analytics.orders')
        .set({ status: d.to, status_event_at: at })
        .where('order_id', '=', d.orderId)
        .where('status_event_at', '<=', at)
        .execute();
    },

    async summary(range: { from?: string; to?: string }): Promise<Summary> {
      const tz = await deps.timeZone();
      const to = range.to ?? dateIn(deps.now(), tz);
      const from = range.from ?? shiftDate(to, -29);
      const placedDate = sql`(placed_at at time zone ${tz})::date`;
      const inRange = sql`${placedDate} between ${from}::date and ${to}::date`;
      const sale = sql`status in (${sql.join(SALE_STATUSES.map((s) => sql`${s}`))})`;

      const [byStatus, days, top, lowStockCount, taxes] = await Promise.all([
        sql<{ status: string; n: number }>`select status, count(*)::int as n from analytics.orders where ${inRange} group by status`.execute(db),
        sql<{ date: string; revenue: number; orders: number }>`
          select to_char(${placedDate}, 'YYYY-MM-DD') as date, coalesce(sum(total), 0)::int as revenue, count(*)::int as orders
          from analytics.orders where ${inRange} and ${sale} group by 1 order by 1`.execute(db),
        sql<{ productId: string; title: string; quantity: number; revenue: number }>`
          select l.product_id as "productId", max(l.title) as title, sum(l.quantity)::int as quantity, sum(l.line_total)::int as revenue
          from analytics.order_lines l join analytics.orders o on o.order_id = l.order_id
          where ${sql`(o.placed_at at time zone ${tz})::date between ${from}::date and ${to}::date`}
            and o.status in (${sql.join(SALE_STATUSES.map((s) => sql`${s}`))})
          group by l.product_id order by quantity desc, revenue desc limit 10`.execute(db),
        deps.lowStockCount(),
        sql<TaxRow>`
          select t.rate, sum(t.taxable_amount)::int as "taxableAmount", sum(t.tax)::int as tax
          from analytics.order_taxes t join analytics.orders o on o.order_id = t.order_id
          where ${sql`(o.placed_at at time zone ${tz})::date between ${from}::date and ${to}::date`} and ${sale}
          group by t.rate order by t.rate`.execute(db),
      ]);

      const perDay = new Map(days.rows.map((r) => [r.date, r]));
      const salesByDay = eachDate(from, to).map((date) => ({ date, revenue: perDay.get(date)?.revenue ?? 0, orders: perDay.get(date)?.orders ?? 0 }));
      const revenue = salesByDay.reduce((s, d) => s + d.revenue, 0);
      const orders = salesByDay.reduce((s, d) => s + d.orders, 0);
      return {
        from,
        to,
        revenue,
        orders,
        averageOrderValue: orders === 0 ? 0 : Math.round(revenue / orders),
        ordersByStatus: Object.fromEntries(byStatus.rows.map((r) => [r.status, r.n])),
        topProducts: top.rows,
        lowStockCount,
        salesByDay,
        taxByRate: taxes.rows.map((r) => ({ rate: Number(r.rate), taxableAmount: r.taxableAmount, tax: r.tax })),
      };
    },
  };
}

export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
