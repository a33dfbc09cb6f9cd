import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import type { PaymentRecord } from './providers';
import type { PaymentMethod, PaymentStatus } from './status';

interface PaymentRow {
  id: string;
  order_id: string;
  user_id: string;
  method: PaymentMethod;
  status: PaymentStatus;
  amount: number;
  deadline: Date | null;
  payment_number: string | null;
  confirmation_number: string | null;
  expires_at: Date | null;
}

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

const selectPayments = (q: Db) =>
  q
    .selectFrom('payments.payments as p')
    .leftJoin('payments.konbini_slips as k', 'k.payment_id', 'p.id')
    .select(['p.id', 'p.order_id', 'p.user_id', 'p.method', 'p.status', 'p.amount', 'p.deadline', 'k.payment_number', 'k.confirmation_number', 'k.expires_at']);

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

interface LedgerRow {
  id: string;
  delta: number;
  reason: string;
  order_id: string | null;
  shortfall: number;
  note: string | null;
  created_at: Date;
}

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
  async insertPayment(tx: Db, p: { id: string; orderId: string; userId: string; method: PaymentMethod; amount: number; now: Date }): Promise<void> {
    await tx
      .insertInto('payments.payments')
      .values({ id: p.id, order_id: p.orderId, user_id: p.userId, method: p.method, status: 'pending', amount: p.amount, created_at: p.now, updated_at: p.now })
      .execute();
  },

  async setDeadline(tx: Db, id: string, deadline: Date | null): Promise<void> {
    await tx.updateTable('payments.payments').set({ deadline }).where('id', '=', id).execute();
  },

  /** Moves a payment only if it is still in `from` (a concurrent change makes this return false). */
  async setStatus(tx: Db, id: string, from: PaymentStatus, to: PaymentStatus, now: Date): Promise<boolean> {
    const stamp = to === 'paid' ? { paid_at: now } : to === 'refunded' ? { refunded_at: now } : to === 'cancelled' ? { cancelled_at: now } : {};
    const res = await tx
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
    const row = (await query.executeTakeFirst()) as PaymentRow | undefined;
    return row ? toRecord(row) : null;
  },

  async findByOrders(q: Db, orderIds: string[]): Promise<PaymentRecord[]> {
    if (orderIds.length === 0) return [];
    const rows = (await selectPayments(q).where('p.order_id', 'in', orderIds).execute()) as PaymentRow[];
    return rows.map(toRecord);
  },

  async insertRefund(tx: Db, r: { id: string; payment: PaymentRecord; amount: number; reason: RefundReason; reference: string; now: Date }): Promise<void> {
    await tx
      .insertInto('payments.refunds')
      .values({ id: r.id, payment_id: r.payment.id, order_id: r.payment.orderId, method: r.payment.method, amount: r.amount, reason: r.reason, provider_reference: r.reference, created_at: r.now })
      .execute();
  },

  /** Money already refunded on a payment (partial refunds add up). */
  async refundedSum(q: Db, paymentId: string): Promise<number> {
    const row = await q.selectFrom('payments.refunds').select(sql<number>`coalesce(sum(amount), 0)::int`.as('sum')).where('payment_id', '=', paymentId).executeTakeFirst();
    return row?.sum ?? 0;
  },

  /** What an order's ledger entries of one reason accounted for (deltas minus shortfalls), for entries made in parts (returns). */
  async orderSum(q: Db, orderId: string, reason: string): Promise<number> {
    const row = await q.selectFrom('payments.points_ledger').select(sql<number>`coalesce(sum(delta - shortfall), 0)::int`.as('sum')).where('order_id', '=', orderId).where('reason', '=', reason).executeTakeFirst();
    return row?.sum ?? 0;
  },

  async listRefunds(q: Db, orderId: string) {
    return q.selectFrom('payments.refunds').selectAll().where('order_id', '=', orderId).orderBy('created_at').execute();
  },

  async balance(q: Db, userId: string, opts: { lock?: boolean } = {}): Promise<number> {
    let query = q.selectFrom('payments.points_balances').select('balance').where('user_id', '=', userId);
    if (opts.lock) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    return row?.balance ?? 0;
  },

  async balances(q: Db, userIds: string[]): Promise<Map<string, number>> {
    if (userIds.length === 0) return new Map();
    const rows = await q.selectFrom('payments.points_balances').select(['user_id', 'balance']).where('user_id', 'in', userIds).execute();
    return new Map(rows.map((r) => [r.user_id as string, r.balance as number]));
  },

  /** Adds points (delta > 0) or takes them only if the balance covers them; null when it does not. */
  async changeBalance(tx: Db, userId: string, delta: number, now: Date): Promise<number | null> {
    if (delta >= 0) {
      const row = await tx
        .insertInto('payments.points_balances')
        .values({ user_id: userId, balance: delta, updated_at: now })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ balance: sql`payments.points_balances.balance + ${delta}`, updated_at: now }))
        .returning('balance')
        .executeTakeFirstOrThrow();
      return row.balance;
    }
    const row = await tx
      .updateTable('payments.points_balances')
      .set({ balance: sql`balance + ${delta}`, updated_at: now })
      .where('user_id', '=', userId)
      .where('balance', '>=', -delta)
      .returning('balance')
      .executeTakeFirst();
    return row ? row.balance : null;
  },

  async insertLedger(tx: Db, e: { id: string; userId: string; delta: number; reason: string; orderId: string | null; shortfall?: number; note?: string | null; now: Date }): Promise<void> {
    await tx
      .insertInto('payments.points_ledger')
      .values({ id: e.id, user_id: e.userId, delta: e.delta, reason: e.reason, order_id: e.orderId, shortfall: e.shortfall ?? 0, note: e.note ?? null, created_at: e.now })
      .execute();
  },

  /** The order's entry for one reason, if any (each happens at most once per order). */
  async orderEntry(q: Db, orderId: string, reason: string): Promise<LedgerEntry | null> {
    const row = (await q.selectFrom('payments.points_ledger').selectAll().where('order_id', '=', orderId).where('reason', '=', reason).executeTakeFirst()) as LedgerRow | undefined;
    return row ? toEntry(row) : null;
  },

  async entries(q: Db, userId: string, limit: number, beforeId: string | null): Promise<LedgerEntry[]> {
    let query = q.selectFrom('payments.points_ledger').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').limit(limit);
    if (beforeId) query = query.where('id', '<', beforeId);
    return ((await query.execute()) as LedgerRow[]).map(toEntry);
  },

  async ledgerSum(q: Db, userId: string): Promise<number> {
    const row = await q.selectFrom('payments.points_ledger').select(sql<number>`coalesce(sum(delta), 0)::int`.as('sum')).where('user_id', '=', userId).executeTakeFirst();
    return row?.sum ?? 0;
  },
};
