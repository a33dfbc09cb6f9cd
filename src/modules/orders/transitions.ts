import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import { recordEvent } from '../../platform/events/outbox';
import { type RequestContext, systemContext } from '../../platform/core/context';
import type { StockLine } from '../inventory/index';
import type { OrderParts } from './deps';
import type { Order, OrderReturn } from './present';
import { findVisible } from './reads';
import { ordersRepo as repo } from './repo';
import { returnsRepo } from './repo/returns';
import { recordReturn, type ReturnInput } from './returns';
import { assertTransition, type OrderStatus } from './status';
import type { OrderRow } from './tables';

/** The order status machine at work: staff actions, customer cancels, returns, payment capture, expiry. */

export type AdminAction = 'process' | 'complete' | 'cancel' | 'refund';
const TARGET: Record<AdminAction, OrderStatus> = { process: 'processing', complete: 'completed', cancel: 'cancelled', refund: 'refunded' };

interface StepOptions {
  note?: string | null;
  restock?: boolean;
  audited: boolean;
  settled?: boolean;
}

/** What a refund event says: this refund's amount (after partial returns, only what was left), or that the returns settled it. */
const refundFacts = (row: OrderRow, opts: { restock?: boolean; settled?: boolean }) => ({
  restock: Boolean(opts.restock),
  refundedAmount: opts.settled ? 0 : Math.max(0, row.total - (row.refunded_total ?? 0)),
  ...(opts.settled ? { settledByReturns: true } : {}),
});

/** The other modules' side of a step: slot, payment, points, coupon and stock, in the one lock order. */
async function sideEffects(d: OrderParts, tx: Db, ctx: RequestContext, row: OrderRow, to: OrderStatus, opts: StepOptions, stockLines: StockLine[]): Promise<void> {
  const ref = { orderId: row.id, actor: ctx.actor };
  // Locks follow one order everywhere (slot → payment/points → stock rows in SKU order), as in creation.
  if (to === 'cancelled') {
    if (d.delivery && row.delivery_slot_id) await d.delivery.releaseSlot(tx, row.id);
    await d.payments.onOrderCancelled(tx, ctx, { orderId: row.id, userId: row.user_id });
    await d.promotions?.release(tx, row.id);
    await d.inventory.release(tx, stockLines, ref);
  } else if (to === 'completed') {
    // Guests earn no points (see checkout.ts).
    await d.payments.onOrderCompleted(tx, ctx, { orderId: row.id, userId: row.user_id, total: row.total, earnPoints: !row.guest_email });
    await d.inventory.sell(tx, stockLines, ref);
  } else if (to === 'refunded' && !opts.settled) {
    await d.payments.onOrderRefunded(tx, ctx, { orderId: row.id, userId: row.user_id });
    await returnsRepo.addRefunded(tx, row.id, row.total + row.points_redeemed - (row.refunded_total ?? 0), true);
    if (opts.restock) await d.inventory.returnGoods(tx, stockLines, ref);
  }
}

/** Applies one step of the order machine with its side effects, in one transaction; resolves to the SKUs whose cached availability to drop after commit. */
export async function transition(d: OrderParts, tx: Db, ctx: RequestContext, row: OrderRow, to: OrderStatus, opts: StepOptions): Promise<string[]> {
  assertTransition(row.status, to);
  const now = d.clock.now();
  const needsLines = to === 'cancelled' || to === 'completed' || (to === 'refunded' && opts.restock && !opts.settled);
  // Units already returned (partial returns) are not in stock movements again.
  const stockLines: StockLine[] = needsLines
    ? (await repo.lines(tx, [row.id])).map((l) => ({ sku: l.sku, quantity: l.quantity - (l.returned_quantity ?? 0), productId: l.product_id })).filter((l) => l.quantity > 0)
    : [];
  await sideEffects(d, tx, ctx, row, to, opts, stockLines);
  if (!(await repo.setStatus(tx, row.id, row.status, to, now))) {
    throw new DomainError('invalid_transition', `Order ${row.number} changed meanwhile; reload it`);
  }
  const note = opts.note ?? null;
  await repo.insertEvent(tx, { id: uuidv7(), order_id: row.id, type: 'status_changed', from_status: row.status, to_status: to, actor_type: ctx.actor.type, actor_id: ctx.actor.id, note, created_at: now });
  await recordEvent(tx, {
    type: `order.${to}`,
    aggregateType: 'order',
    aggregateId: row.id,
    data: { orderId: row.id, number: row.number, userId: row.user_id, status: to, from: row.status, to, total: row.total, currency: row.currency, note, ...(to === 'refunded' ? refundFacts(row, opts) : {}) },
  });
  if (opts.audited) {
    await d.audit.record(tx, ctx, {
      action: `order.${to}`,
      entityType: 'order',
      entityId: row.id,
      before: { status: row.status },
      after: { status: to, note, ...(to === 'refunded' ? { restock: Boolean(opts.restock) } : {}) },
    });
  }
  return stockLines.map((l) => l.sku);
}

/** Runs `step` on the locked order in a transaction, then drops the cached availability of the SKUs it moved. */
async function step<T>(d: OrderParts, run: (tx: Db) => Promise<{ result: T; skus: string[] }>): Promise<T> {
  const { result, skus } = await d.db.transaction().execute(run);
  await d.inventory.forget(skus);
  return result;
}

const reread = async (d: OrderParts, tx: Db, id: string, withEvents = false) => (await d.present(tx, [(await repo.find(tx, id))!], withEvents))[0];

/** Staff actions: process, complete, cancel, refund (with or without restock). Audited. */
export function actOn(d: OrderParts, ctx: RequestContext, id: string, action: AdminAction, opts: { note?: string | null; restock?: boolean } = {}): Promise<Order> {
  return step(d, async (tx) => {
    const row = await findVisible(tx, id, undefined, true);
    const skus = await transition(d, tx, ctx, row, TARGET[action], { ...opts, audited: true });
    return { result: await reread(d, tx, id, true), skus };
  });
}

/** A customer cancels an own order while it is still pending. */
export function cancelOwn(d: OrderParts, ctx: RequestContext, userId: string, id: string, note?: string | null): Promise<Order> {
  return step(d, async (tx) => {
    const row = await findVisible(tx, id, userId, true);
    if (row.status !== 'pending') {
      throw new DomainError('invalid_transition', `An order cannot go from ${row.status} to cancelled by the customer (only pending orders can be cancelled; contact the store)`);
    }
    const skus = await transition(d, tx, ctx, row, 'cancelled', { note: note ?? 'Cancelled by the customer', audited: false });
    return { result: await reread(d, tx, id), skus };
  });
}

/** Staff take back some units of a completed order (returns.ts); once nothing is left the order is refunded. */
export async function returnItems(d: OrderParts, ctx: RequestContext, id: string, input: ReturnInput): Promise<OrderReturn> {
  const store = await d.settings.get();
  return step(d, async (tx) => {
    const row = await findVisible(tx, id, undefined, true);
    const r = await recordReturn(tx, ctx, row, input, store, d);
    if (r.allReturned) await transition(d, tx, ctx, row, 'refunded', { note: input.note ?? null, audited: true, settled: true });
    return { result: r.ret, skus: r.skus };
  });
}

/** Staff confirm a bank transfer or cash-on-delivery payment. */
export function capturePayment(d: OrderParts, ctx: RequestContext, id: string): Promise<Order> {
  return d.db.transaction().execute(async (tx) => {
    const row = await findVisible(tx, id, undefined, true);
    if (row.status === 'cancelled' || row.status === 'refunded') {
      throw new DomainError('invalid_transition', `Order ${row.number} is ${row.status}; its payment cannot be captured`);
    }
    await d.payments.capture(tx, ctx, id);
    await repo.insertEvent(tx, { id: uuidv7(), order_id: id, type: 'payment_captured', from_status: null, to_status: null, actor_type: ctx.actor.type, actor_id: ctx.actor.id, note: null, created_at: d.clock.now() });
    return (await d.present(tx, [row], true))[0];
  });
}

/**
 * Cancels pending orders whose payment deadline has passed and releases their stock (the
 * sweeper job runs it every minute; tests call it directly after moving the clock).
 */
export async function expireDue(d: OrderParts, limit = 100): Promise<number> {
  const due = await repo.dueForExpiry(d.db, d.clock.now(), limit);
  let expired = 0;
  for (const id of due) {
    const skus = await d.db.transaction().execute(async (tx) => {
      const row = await repo.find(tx, id, { lock: true });
      if (!row || row.status !== 'pending' || !row.payment_deadline || new Date(row.payment_deadline) > d.clock.now()) return null;
      if (await d.payments.isPaid(tx, id)) return null;
      return transition(d, tx, systemContext(), row, 'cancelled', { note: 'Payment deadline passed', audited: true });
    });
    if (skus) {
      await d.inventory.forget(skus);
      expired++;
    }
  }
  await repo.idempotency.purgeExpired(d.db, d.clock.now());
  return expired;
}
