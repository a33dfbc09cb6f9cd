import type { Db } from '../../platform/db/database';
import type { DomainEvent } from '../../platform/events/outbox';
import { analyticsRepo as repo, type TaxRow } from './repo';

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

export function createAnalyticsService(deps: AnalyticsDeps) {
  const { db } = deps;
  const service = {
    /** Applies an order event to the read model; idempotent, so at-least-once delivery is safe. */
    async apply(event: DomainEvent, tx: Db): Promise<void> {
      const at = new Date(event.createdAt);
      if (event.type === 'order.created') {
        const d = event.data as unknown as CreatedData;
        if (!(await repo.insertOrder(tx, { orderId: d.orderId, placedAt: at, status: d.status ?? 'pending', total: d.total }))) return;
        await repo.insertLines(tx, d.orderId, d.items);
        await repo.insertTaxes(tx, d.orderId, 'order', d.taxes ?? [], 1);
        return;
      }
      if (event.type === 'order.returned') {
        const r = event.data as { orderId: string; id: string; taxes?: TaxRow[] };
        await repo.insertTaxes(tx, r.orderId, r.id, r.taxes ?? [], -1);
        return;
      }
      const d = event.data as { orderId?: string; to?: string };
      if (d.orderId && d.to) await repo.setStatus(tx, d.orderId, d.to, at);
    },

    /**
     * `apply` for a relay batch: each run of order.created events is three statements (orders,
     * lines, taxes) instead of three per order; other events keep their place in the order.
     */
    async applyBatch(events: DomainEvent[], tx: Db): Promise<void> {
      let run: DomainEvent[] = [];
      const flush = async () => {
        if (run.length === 0) return;
        const created = [...new Map(run.map((e) => [(e.data as unknown as CreatedData).orderId, e])).values()];
        run = [];
        const rows = created.map((e) => {
          const d = e.data as unknown as CreatedData;
          return { orderId: d.orderId, placedAt: new Date(e.createdAt), status: d.status ?? 'pending', total: d.total, lines: d.items, taxes: d.taxes ?? [] };
        });
        const fresh = await repo.insertOrders(tx, rows);
        const added = rows.filter((r) => fresh.has(r.orderId));
        await repo.insertLinesMany(tx, added);
        await repo.insertOrderTaxesMany(tx, added);
      };
      for (const e of events) {
        if (e.type === 'order.created') {
          run.push(e);
          continue;
        }
        await flush();
        await service.apply(e, tx);
      }
      await flush();
    },

    async summary(range: { from?: string; to?: string }): Promise<Summary> {
      const tz = await deps.timeZone();
      const to = range.to ?? dateIn(deps.now(), tz);
      const from = range.from ?? shiftDate(to, -29);
      const r = { from, to, timeZone: tz };
      const [byStatus, days, top, lowStockCount, taxByRate] = await Promise.all([
        repo.ordersByStatus(db, r),
        repo.salesByDay(db, r),
        repo.topProducts(db, r, 10),
        deps.lowStockCount(),
        repo.taxByRate(db, r),
      ]);

      const perDay = new Map(days.map((r) => [r.date, r]));
      const salesByDay = eachDate(from, to).map((date) => ({ date, revenue: perDay.get(date)?.revenue ?? 0, orders: perDay.get(date)?.orders ?? 0 }));
      const revenue = salesByDay.reduce((s, d) => s + d.revenue, 0);
      const orders = salesByDay.reduce((s, d) => s + d.orders, 0);
      return {
        from,
        to,
        revenue,
        orders,
        averageOrderValue: orders === 0 ? 0 : Math.round(revenue / orders),
        ordersByStatus: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
        topProducts: top,
        lowStockCount,
        salesByDay,
        taxByRate,
      };
    },
  };
  return service;
}

export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
