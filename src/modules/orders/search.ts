import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import type { DomainEvent } from '../../platform/events/outbox';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import { neutraliseFormula, UTF8_BOM } from '../../platform/spreadsheet';
import type { OrderRow } from './repo';
import { customerStats, type OrderPaymentStatus, searchOrders, type SearchCriteria, setPaymentStatus } from './repo/search';
import type { Order } from './service';
import type { OrderStatus } from './status';
import { isUuid } from '../../platform/core/schemas';

export interface OrderSearchQuery {
  q?: string;
  status?: OrderStatus;
  paymentStatus?: OrderPaymentStatus;
  /** Dates in the store's time zone (YYYY-MM-DD), inclusive. */
  from?: string;
  to?: string;
  userId?: string;
  number?: number;
}

export interface CustomerStats {
  ordersCount: number;
  totalSpent: number;
  lastOrderAt: string | null;
}

interface PersonRef {
  email: string;
  name: string;
}

export interface OrderSearchDeps {
  db: Db;
  timeZone: () => Promise<string>;
  /** Identity's lookups: who matches a term, and who an id is. */
  people: {
    userIdsMatching(q: string, limit: number): Promise<string[]>;
    usersByIds(ids: readonly string[]): Promise<Map<string, PersonRef>>;
  };
  /** The order service's presenter (lines, payment, delivery). */
  present(rows: OrderRow[]): Promise<Order[]>;
}

/** How many matching customers a text search considers (a term matching more is too vague to list them all). */
const MAX_PEOPLE = 500;
const EXPORT_PAGE = 200;

export const EXPORT_COLUMNS = [
  'order_number', 'created_at', 'status', 'payment_method', 'payment_status', 'customer_email', 'customer_name',
  'ship_name', 'postal_code', 'prefecture', 'city', 'line1', 'line2', 'phone',
  'sku', 'title', 'options', 'quantity', 'unit_price', 'line_total',
  'subtotal', 'shipping_fee', 'points_redeemed', 'total', 'currency',
] as const;

/** `2026-12-02 13:05` in the store's time zone (what a spreadsheet user expects to read). */
export function localDateTime(at: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(at));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const isCursor = (v: unknown): v is { createdAt: string; id: string } =>
  typeof v === 'object' && v !== null && typeof (v as any).createdAt === 'string' && typeof (v as any).id === 'string' && isUuid((v as any).id) && !Number.isNaN(Date.parse((v as any).createdAt));

/** The admin's order search and CSV export, and the order-side numbers of the customer screens. */
export function createOrderSearch(deps: OrderSearchDeps) {
  const { db } = deps;

  async function criteria(f: OrderSearchQuery, after: SearchCriteria['after'], limit: number): Promise<SearchCriteria | null> {
    if (f.from && f.to && f.from > f.to) {
      throw new DomainError('validation_failed', `from (${f.from}) is after to (${f.to})`, { errors: [{ path: 'from', message: 'must not be after to' }] });
    }
    if (f.userId !== undefined && !isUuid(f.userId)) return null;
    const c: SearchCriteria = { status: f.status, paymentStatus: f.paymentStatus, userId: f.userId, number: f.number, from: f.from, to: f.to, timeZone: await deps.timeZone(), after, limit };
    const term = f.q?.trim();
    if (term) {
      const digits = /^#?(\d{1,15})$/.exec(term);
      c.text = { term, number: digits ? Number(digits[1]) : null, userIds: digits ? [] : await deps.people.userIdsMatching(term, MAX_PEOPLE) };
    }
    return c;
  }

  async function page(f: OrderSearchQuery, limit: number, cursor?: string): Promise<{ items: Order[]; rows: OrderRow[]; nextCursor: string | null }> {
    const after = decodeCursor(cursor, isCursor);
    if (cursor && !after) throw new DomainError('validation_failed', 'cursor is not valid', { errors: [{ path: 'cursor', message: 'unknown cursor' }] });
    const c = await criteria(f, after, limit + 1);
    if (!c) return { items: [], rows: [], nextCursor: null };
    const rows = await searchOrders(db, c);
    const pageRows = rows.slice(0, limit);
    const last = pageRows[pageRows.length - 1];
    return {
      items: await deps.present(pageRows),
      rows: pageRows,
      nextCursor: rows.length > limit ? encodeCursor({ createdAt: new Date(last.created_at).toISOString(), id: last.id }) : null,
    };
  }

  return {
    /** `GET /v1/admin/orders`: filters combine with AND; `q` is a number, an email or name, or a SKU. */
    async list(f: OrderSearchQuery & { limit: number; cursor?: string }): Promise<{ items: Order[]; nextCursor: string | null }> {
      const { items, nextCursor } = await page(f, f.limit, f.cursor);
      return { items, nextCursor };
    },

    /** The filtered list as CSV, one row per order line, streamed page by page. */
    async export(f: OrderSearchQuery): Promise<Readable> {
      // Validate before the first byte is sent, so a bad filter is a 400 and not a broken download.
      await criteria(f, null, 1);
      const timeZone = await deps.timeZone();
      async function* rows(): AsyncGenerator<string> {
        // A byte-order mark first: Excel (the spreadsheet most Japanese shops use) then reads the file as UTF-8, not Shift_JIS.
        yield `${UTF8_BOM}${stringify([EXPORT_COLUMNS as unknown as string[]])}`;
        let cursor: string | undefined;
        do {
          const p = await page(f, EXPORT_PAGE, cursor);
          const people = await deps.people.usersByIds(p.items.map((o) => o.userId));
          const records: unknown[][] = [];
          for (const o of p.items) {
            const who = people.get(o.userId);
            const a = o.shippingAddress;
            for (const l of o.items) {
              records.push([
                o.number, localDateTime(o.createdAt, timeZone), o.status, o.payment.method, o.payment.status, who?.email ?? '', who?.name ?? '',
                a.name, a.postalCode, a.prefecture, a.city, a.line1, a.line2 ?? '', a.phone,
                l.sku, l.title, Object.entries(l.options).map(([k, v]) => `${k}=${v}`).join('; '), l.quantity, l.unitPrice, l.lineTotal,
                o.subtotal, o.shippingFee, o.pointsRedeemed, o.total, o.currency,
              ].map(neutraliseFormula));
            }
          }
          if (records.length) yield stringify(records);
          cursor = p.nextCursor ?? undefined;
        } while (cursor);
      }
      return Readable.from(rows());
    },

    /** Keeps `orders.payment_status` in step with the payments module (subscriber of `payment.*`). */
    async applyPaymentEvent(event: DomainEvent, tx: Db): Promise<void> {
      const d = event.data as { orderId?: unknown; status?: unknown };
      if (typeof d.orderId === 'string' && typeof d.status === 'string' && isUuid(d.orderId)) await setPaymentStatus(tx, d.orderId, d.status);
    },

    /** Orders count, paid spend and last order date per customer id. */
    async customerStats(userIds: string[]): Promise<Map<string, CustomerStats>> {
      const rows = await customerStats(db, userIds.filter((id) => isUuid(id)));
      return new Map(rows.map((r) => [r.user_id, { ordersCount: r.orders_count, totalSpent: Number(r.total_spent), lastOrderAt: r.last_order_at ? new Date(r.last_order_at).toISOString() : null }]));
    },
  };
}

export type OrderSearch = ReturnType<typeof createOrderSearch>;
