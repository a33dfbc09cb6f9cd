import { type Selectable, sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import { tables } from '../../platform/db/tables';
import type { PaymentMethod, PaymentStatus } from './status';
import type { PaymentsTables } from './tables';

export interface KonbiniSlip {
  paymentNumber: string;
  confirmationNumber: string;
  expiresAt: string;
}

/** A payment with its konbini slip, as the service and the providers see it. */
export interface PaymentRecord {
  id: string;
  orderId: string;
  userId: string;
  method: PaymentMethod;
  status: PaymentStatus;
  amount: number;
  deadline: Date | null;
  konbini: KonbiniSlip | null;
}

const t = (q: Db) => tables<PaymentsTables>(q);

const selectPayments = (q: Db) =>
  t(q)
    .selectFrom('payments.payments as p')
    .leftJoin('payments.konbini_slips as k', 'k.payment_id', 'p.id')
    .select(['p.id', 'p.order_id', 'p.user_id', 'p.method', 'p.status', 'p.amount', 'p.deadline', 'k.payment_number', 'k.confirmation_number', 'k.expires_at']);

type PaymentRow = Awaited<ReturnType<ReturnType<typeof selectPayments>['executeTakeFirstOrThrow']>>;

const toRecord = (r: PaymentRow): PaymentRecord => ({
  id: r.id,
  orderId: r.order_id,
  userId: r.user_id,
  method: r.method,
  status: r.status,
  amount: r.amount,
  deadline: r.deadline ? new Date(r.deadline) : null,
  konbini: r.payment_number
    ? { paymentNumber: r.payment_number, confirmationNumber: r.confirmation_number!, expiresAt: new Date(r.expires_at!).toISOString() }
    : null,
});

export type RefundReason = 'order_cancelled' | 'order_refunded' | 'order_returned';

export interface LedgerEntry {
  id: string;
  delta: number;
  reason: string;
  orderId: string | null;
  shortfall: number;
  note: string | null;
  createdAt: string;
}

type LedgerRow = Selectable<PaymentsTables['payments.points_ledger']>;

const toEntry = (r: LedgerRow): LedgerEntry => ({
  id: r.id,
  delta: r.delta,
  reason: r.reason,
  orderId: r.order_id,
  shortfall: r.shortfall,
  note: r.note,
  createdAt: new Date(r.created_at).toISOString(),
});

export const paymentsRepo = {
  /**
   * A konbini slip with a fresh payment number; false when the number is taken (ON CONFLICT keeps
   * the transaction usable, so the caller draws another).
   */
  async insertKonbiniSlip(tx: Db, s: { paymentId: string; orderId: string; paymentNumber: string; confirmationNumber: string; expiresAt: Date; now: Date }): Promise<boolean> {
    const row = await t(tx)
      .insertInto('payments.konbini_slips')
      .values({ payment_id: s.paymentId, order_id: s.orderId, payment_number: s.paymentNumber, confirmation_number: s.confirmationNumber, expires_at: s.expiresAt, created_at: s.now })
      .onConflict((oc) => oc.column('payment_number').doNothing())
      .returning('payment_id')
      .executeTakeFirst();
    return row !== undefined;
  },

  async insertPayment(tx: Db, p: { id: string; orderId: string; userId: string; method: PaymentMethod; amount: number; now: Date }): Promise<void> {
    await t(tx)
      .insertInto('payments.payments')
      .values({ id: p.id, order_id: p.orderId, user_id: p.userId, method: p.method, status: 'pending', amount: p.amount, created_at: p.now, updated_at: p.now })
      .execute();
  },

  async setDeadline(tx: Db, id: string, deadline: Date | null): Promise<void> {
    await t(tx).updateTable('payments.payments').set({ deadline }).where('id', '=', id).execute();
  },

  /** Moves a payment only if it is still in `from` (a concurrent change makes this return false). */
  async setStatus(tx: Db, id: string, from: PaymentStatus, to: PaymentStatus, now: Date): Promise<boolean> {
    const stamp = to === 'paid' ? { paid_at: now } : to === 'refunded' ? { refunded_at: now } : to === 'cancelled' ? { cancelled_at: now } : {};
    const res = await t(tx)
      .updateTable('payments.payments')
      .set({ status: to, updated_at: now, ...stamp })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },

  async findByOrder(q: Db, orderId: string, opts: { lock?: boolean } = {}): Promise<PaymentRecord | null> {
    let query = selectPayments(q).where('p.order_id', '=', orderId);
    if (opts.lock) query = query.forUpdate('p');
    const row = await query.executeTakeFirst();
    return row ? toRecord(row) : null;
  },

  async findByOrders(q: Db, orderIds: string[]): Promise<PaymentRecord[]> {
    if (orderIds.length === 0) return [];
    const rows = await selectPayments(q).where('p.order_id', 'in', orderIds).execute();
    return rows.map(toRecord);
  },

  async insertRefund(tx: Db, r: { id: string; payment: PaymentRecord; amount: number; reason: RefundReason; reference: string; now: Date }): Promise<void> {
    await t(tx)
      .insertInto('payments.refunds')
      .values({ id: r.id, payment_id: r.payment.id, order_id: r.payment.orderId, method: r.payment.method, amount: r.amount, reason: r.reason, provider_reference: r.reference, created_at: r.now })
      .execute();
  },

  /** Money already refunded on a payment (partial refunds add up). */
  async refundedSum(q: Db, paymentId: string): Promise<number> {
    const row = await t(q).selectFrom('payments.refunds').select(sql<number>`coalesce(sum(amount), 0)::int`.as('sum')).where('payment_id', '=', paymentId).executeTakeFirst();
    return row?.sum ?? 0;
  },

  /** What an order's ledger entries of one reason accounted for (deltas minus shortfalls), for entries made in parts (returns). */
  async orderSum(q: Db, orderId: string, reason: string): Promise<number> {
    const row = await t(q).selectFrom('payments.points_ledger').select(sql<number>`coalesce(sum(delta - shortfall), 0)::int`.as('sum')).where('order_id', '=', orderId).where('reason', '=', reason).executeTakeFirst();
    return row?.sum ?? 0;
  },

  async listRefunds(q: Db, orderId: string) {
    return t(q).selectFrom('payments.refunds').selectAll().where('order_id', '=', orderId).orderBy('created_at').execute();
  },

  async balance(q: Db, userId: string, opts: { lock?: boolean } = {}): Promise<number> {
    let query = t(q).selectFrom('payments.points_balances').select('balance').where('user_id', '=', userId);
    if (opts.lock) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    return row?.balance ?? 0;
  },

  async balances(q: Db, userIds: string[]): Promise<Map<string, number>> {
    if (userIds.length === 0) return new Map();
    const rows = await t(q).selectFrom('payments.points_balances').select(['user_id', 'balance']).where('user_id', 'in', userIds).execute();
    return new Map(rows.map((r) => [r.user_id, r.balance]));
  },

  /** Adds points (delta > 0) or takes them only if the balance covers them; null when it does not. */
  async changeBalance(tx: Db, userId: string, delta: number, now: Date): Promise<number | null> {
    if (delta >= 0) {
      const row = await t(tx)
        .insertInto('payments.points_balances')
        .values({ user_id: userId, balance: delta, updated_at: now })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ balance: sql`payments.points_balances.balance + ${delta}`, updated_at: now }))
        .returning('balance')
        .executeTakeFirstOrThrow();
      return row.balance;
    }
    const row = await t(tx)
      .updateTable('payments.points_balances')
      .set({ balance: sql`balance + ${delta}`, updated_at: now })
      .where('user_id', '=', userId)
      .where('balance', '>=', -delta)
      .returning('balance')
      .executeTakeFirst();
    return row ? row.balance : null;
  },

  async insertLedger(tx: Db, e: { id: string; userId: string; delta: number; reason: string; orderId: string | null; shortfall?: number; note?: string | null; now: Date }): Promise<void> {
    await t(tx)
      .insertInto('payments.points_ledger')
      .values({ id: e.id, user_id: e.userId, delta: e.delta, reason: e.reason, order_id: e.orderId, shortfall: e.shortfall ?? 0, note: e.note ?? null, created_at: e.now })
      .execute();
  },

  /** The order's entry for one reason, if any (each happens at most once per order). */
  async orderEntry(q: Db, orderId: string, reason: string): Promise<LedgerEntry | null> {
    const row = await t(q).selectFrom('payments.points_ledger').selectAll().where('order_id', '=', orderId).where('reason', '=', reason).executeTakeFirst();
    return row ? toEntry(row) : null;
  },

  async entries(q: Db, userId: string, limit: number, beforeId: string | null): Promise<LedgerEntry[]> {
    let query = t(q).selectFrom('payments.points_ledger').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').limit(limit);
    if (beforeId) query = query.where('id', '<', beforeId);
    return (await query.execute()).map(toEntry);
  },

  async ledgerSum(q: Db, userId: string): Promise<number> {
    const row = await t(q).selectFrom('payments.points_ledger').select(sql<number>`coalesce(sum(delta), 0)::int`.as('sum')).where('user_id', '=', userId).executeTakeFirst();
    return row?.sum ?? 0;
  },
};
