import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/errors';
import { decodeCursor, encodeCursor, isCreatedAtKey } from '../../platform/core/paging';
import { isUuid } from '../../platform/core/schemas';
import type { OrderParts } from './deps';
import type { Order } from './present';
import { ordersRepo as repo } from './repo';
import type { OrderStatus } from './status';
import type { OrderRow } from './tables';

/** Reading orders: one, a page, and the owner/status other modules ask about. */

/** The order row, if it exists and (with `userId`) belongs to that customer; 404 otherwise. */
export async function findVisible(q: Db, id: string, userId?: string, lock = false): Promise<OrderRow> {
  if (!isUuid(id)) throw notFound('Order');
  const row = await repo.find(q, id, { userId, lock });
  if (!row) throw notFound('Order');
  return row;
}

export async function getOrder(d: OrderParts, id: string, opts: { userId?: string; withEvents?: boolean } = {}): Promise<Order> {
  const row = await findVisible(d.db, id, opts.userId);
  return (await d.present(d.db, [row], opts.withEvents))[0];
}

export async function listOrders(d: OrderParts, f: { userId?: string; status?: OrderStatus; number?: number; limit: number; cursor?: string }): Promise<{ items: Order[]; nextCursor: string | null }> {
  const after = decodeCursor(f.cursor, isCreatedAtKey);
  if (f.userId !== undefined && !isUuid(f.userId)) return { items: [], nextCursor: null };
  const rows = await repo.list(d.db, { userId: f.userId, status: f.status, number: f.number, after, limit: f.limit + 1 });
  const page = rows.slice(0, f.limit);
  const last = page[page.length - 1];
  return {
    items: await d.present(d.db, page),
    nextCursor: rows.length > f.limit ? encodeCursor({ createdAt: new Date(last.created_at).toISOString(), id: last.id }) : null,
  };
}

/** What other modules may know of an order: its owner, status and number (delivery's shipments and tracking). */
export type OrderFacts = { userId: string; status: OrderStatus; number: number };

export async function lookupOrder(q: Db, id: string): Promise<OrderFacts | null> {
  if (!isUuid(id)) return null;
  const row = await repo.find(q, id);
  return row ? { userId: row.user_id, status: row.status, number: row.number } : null;
}
