import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import { recordEvent } from '../../platform/events/outbox';
import type { RequestContext } from '../../platform/core/context';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import type { Clock } from '../../platform/platform';
import type { AuditService } from '../audit/index';
import type { SettingsService, StoreSettings } from '../settings/index';
import { pointsEarned, takeBack } from './points';
import { BUILT_IN_PROVIDERS, type KonbiniSlip, type PaymentNotification, type PaymentProvider, type PaymentRecord, type ProviderContext } from './providers';
import { type LedgerEntry, paymentsRepo as repo, type RefundReason } from './repo';
import { assertTransition, type PaymentMethod, type PaymentStatus } from './status';
import { isUuid } from '../../platform/core/schemas';

export interface PaymentSummary {
  method: PaymentMethod;
  status: PaymentStatus;
  amount: number;
  konbini?: KonbiniSlip;
}

export interface PaymentDetail extends PaymentSummary {
  id: string;
  orderId: string;
  userId: string;
  deadline: string | null;
  refunds: { id: string; amount: number; reason: string; providerReference: string; createdAt: string }[];
}

export interface PointsView {
  balance: number;
  entries: LedgerEntry[];
  nextCursor: string | null;
}


const summaryOf = (p: PaymentRecord): PaymentSummary => ({
  method: p.method,
  status: p.status,
  amount: p.amount,
  ...(p.konbini ? { konbini: p.konbini } : {}),
});

export function createPaymentService(deps: { db: Db; audit: AuditService; settings: SettingsService; clock: Clock; providers?: readonly PaymentProvider[] }) {
  const { db, audit, settings, clock } = deps;
  const providers = new Map((deps.providers ?? BUILT_IN_PROVIDERS).map((p) => [p.method, p]));

  const providerFor = (method: PaymentMethod): PaymentProvider => {
    const p = providers.get(method);
    if (!p) throw new DomainError('unprocessable', `Payment method ${method} is not available`);
    return p;
  };

  const providerContext = async (tx: Db): Promise<ProviderContext> => ({ tx, now: clock.now(), settings: await settings.get(tx) });

  const paymentEvent = (tx: Db, type: string, p: PaymentRecord, status: PaymentStatus) =>
    recordEvent(tx, {
      type,
      aggregateType: 'payment',
      aggregateId: p.id,
      data: { paymentId: p.id, orderId: p.orderId, userId: p.userId, method: p.method, amount: p.amount, status },
    });

  /** Applies one step of the payment machine: row, domain event, all in `tx`. */
  const move = async (tx: Db, p: PaymentRecord, to: PaymentStatus): Promise<PaymentRecord> => {
    assertTransition(p.status, to);
    if (!(await repo.setStatus(tx, p.id, p.status, to, clock.now()))) {
      throw new DomainError('invalid_transition', `The payment of order ${p.orderId} changed meanwhile; it is no longer ${p.status}`);
    }
    await paymentEvent(tx, `payment.${to}`, p, to);
    return { ...p, status: to };
  };

  /**
   * Returns money through the payment's provider: `amount` (a return), or whatever is left. The
   * payment becomes `refunded` once all of it has gone back.
   */
  const refund = async (tx: Db, ctx: RequestContext, p: PaymentRecord, reason: RefundReason, amount?: number): Promise<PaymentRecord> => {
    assertTransition(p.status, 'refunded');
    const left = p.amount - (await repo.refundedSum(tx, p.id));
    const part = Math.min(amount ?? left, left);
    let reference = '';
    if (part > 0 || amount === undefined) {
      ({ reference } = await providerFor(p.method).refund(await providerContext(tx), p, part));
      await repo.insertRefund(tx, { id: uuidv7(), payment: p, amount: part, reason, reference, now: clock.now() });
    }
    const after = part === left ? await move(tx, p, 'refunded') : p;
    await audit.record(tx, ctx, { action: 'payment.refunded', entityType: 'payment', entityId: p.id, before: summaryOf(p), after: { ...summaryOf(after), reason, amount: part, providerReference: reference } });
    return after;
  };

  const pointsEvent = (tx: Db, userId: string, e: { delta: number; reason: string; orderId: string | null; balance: number; shortfall?: number }) =>
    recordEvent(tx, { type: 'points.updated', aggregateType: 'points', aggregateId: userId, data: { userId, ...e } });

  /** Adds points to a balance and the ledger together. */
  const credit = async (tx: Db, userId: string, delta: number, reason: string, orderId: string | null, note: string | null = null) => {
    const now = clock.now();
    const balance = (await repo.changeBalance(tx, userId, delta, now))!;
    await repo.insertLedger(tx, { id: uuidv7(), userId, delta, reason, orderId, note, now });
    await pointsEvent(tx, userId, { delta, reason, orderId, balance });
    return balance;
  };

  /** Gives back what an order redeemed, once. */
  const returnRedeemed = async (tx: Db, orderId: string, userId: string) => {
    const redeemed = await repo.orderEntry(tx, orderId, 'redeemed');
    if (!redeemed || (await repo.orderEntry(tx, orderId, 'redemption_returned'))) return;
    const left = -redeemed.delta - (await repo.orderSum(tx, orderId, 'return_points'));
    if (left > 0) await credit(tx, userId, left, 'redemption_returned', orderId);
  };

  return {
    providers: () => [...providers.keys()],

    /** Takes `points` off the customer's balance for an order (in the order transaction). */
    async redeemPoints(tx: Db, input: { userId: string; orderId: string; points: number }): Promise<void> {
      const { userId, orderId, points } = input;
      if (!Number.isInteger(points) || points < 0) throw new DomainError('validation_failed', 'pointsToRedeem must be a whole number ≥ 0');
      if (points === 0) return;
      const now = clock.now();
      const balance = await repo.changeBalance(tx, userId, -points, now);
      if (balance === null) {
        const have = await repo.balance(tx, userId);
        throw new DomainError('insufficient_points', `Redeeming ${points} points needs a balance of at least ${points}; the balance is ${have}`);
      }
      await repo.insertLedger(tx, { id: uuidv7(), userId, delta: -points, reason: 'redeemed', orderId, now });
      await pointsEvent(tx, userId, { delta: -points, reason: 'redeemed', orderId, balance });
    },

    /** Starts the order's payment with its provider; `deadline` is when an unpaid order lapses (null: never). */
    async createForOrder(
      tx: Db,
      input: { orderId: string; userId: string; method: PaymentMethod; amount: number; settings?: StoreSettings },
    ): Promise<{ summary: PaymentSummary; deadline: Date | null }> {
      if (!Number.isInteger(input.amount) || input.amount < 0) throw new DomainError('unprocessable', `A payment amount must be a whole number ≥ 0 (got ${input.amount})`);
      const provider = providerFor(input.method);
      // The order hands over the settings it read before its transaction (no settings read inside it).
      const c: ProviderContext = input.settings ? { tx, now: clock.now(), settings: input.settings } : await providerContext(tx);
      const id = uuidv7();
      await repo.insertPayment(tx, { id, orderId: input.orderId, userId: input.userId, method: input.method, amount: input.amount, now: c.now });
      const created = await provider.create(c, { id, orderId: input.orderId, amount: input.amount });
      if (created.deadline !== null) await repo.setDeadline(tx, id, created.deadline);
      let record: PaymentRecord = { id, orderId: input.orderId, userId: input.userId, method: input.method, status: 'pending', amount: input.amount, deadline: created.deadline, konbini: created.konbini ?? null };
      if (created.status === 'paid') record = await move(tx, record, 'paid');
      return { summary: summaryOf(record), deadline: created.deadline };
    },

    async getForOrders(q: Db, orderIds: string[]): Promise<Map<string, PaymentSummary>> {
      const rows = await repo.findByOrders(q, [...new Set(orderIds)]);
      return new Map(rows.map((p) => [p.orderId, summaryOf(p)]));
    },

    async isPaid(q: Db, orderId: string): Promise<boolean> {
      return (await repo.findByOrder(q, orderId))?.status === 'paid';
    },

    /** Cancelled order: a pending payment is cancelled, a paid one refunded; redeemed points come back. */
    async onOrderCancelled(tx: Db, ctx: RequestContext, input: { orderId: string; userId: string }): Promise<void> {
      const p = await repo.findByOrder(tx, input.orderId, { lock: true });
      if (p?.status === 'pending') await move(tx, p, 'cancelled');
      else if (p?.status === 'paid') await refund(tx, ctx, p, 'order_cancelled');
      await returnRedeemed(tx, input.orderId, input.userId);
    },

    /**
     * Completed order: only a paid one may complete (409 payment_required), except cash on
     * delivery, which is captured now; it then earns floor(total × pointsEarnRate) points, once.
     */
    async onOrderCompleted(tx: Db, ctx: RequestContext, input: { orderId: string; userId: string; total: number; earnPoints?: boolean }): Promise<void> {
      const p = await repo.findByOrder(tx, input.orderId, { lock: true });
      if (p && p.status === 'pending' && p.method === 'cod') {
        await providerFor(p.method).capture(await providerContext(tx), p);
        await move(tx, p, 'paid');
        await audit.record(tx, ctx, { action: 'payment.captured', entityType: 'payment', entityId: p.id, before: summaryOf(p), after: { ...summaryOf(p), status: 'paid' } });
      } else if (p && p.status !== 'paid') {
        throw new DomainError('payment_required', `The order cannot be completed: its ${p.method} payment is ${p.status}, not paid`, { status: 409 });
      }
      const { pointsEarnRate } = await settings.get(tx);
      // earnPoints false: a guest order, which earns nothing.
      const earned = input.earnPoints === false ? 0 : pointsEarned(input.total, pointsEarnRate);
      if (earned <= 0 || (await repo.orderEntry(tx, input.orderId, 'earned'))) return;
      await credit(tx, input.userId, earned, 'earned', input.orderId);
    },

    /**
     * Refunded order: the payment is refunded through its provider (an unpaid one cancelled), what
     * the order redeemed comes back, and what it earned is taken back, never below zero: whatever
     * the customer already spent is recorded as the shortfall.
     */
    async onOrderRefunded(tx: Db, ctx: RequestContext, input: { orderId: string; userId: string }): Promise<void> {
      const p = await repo.findByOrder(tx, input.orderId, { lock: true });
      if (p?.status === 'paid') await refund(tx, ctx, p, 'order_refunded');
      else if (p?.status === 'pending') await move(tx, p, 'cancelled');
      await returnRedeemed(tx, input.orderId, input.userId);
      const earned = await repo.orderEntry(tx, input.orderId, 'earned');
      if (!earned || (await repo.orderEntry(tx, input.orderId, 'earned_reversed'))) return;
      const balance = await repo.balance(tx, input.userId, { lock: true });
      // Returns may already have taken part of it back (their entries are negative).
      const { delta, shortfall } = takeBack(balance, earned.delta + (await repo.orderSum(tx, input.orderId, 'return_earned')));
      const now = clock.now();
      const after = (await repo.changeBalance(tx, input.userId, delta, now))!;
      await repo.insertLedger(tx, { id: uuidv7(), userId: input.userId, delta, reason: 'earned_reversed', orderId: input.orderId, shortfall, now });
      await pointsEvent(tx, input.userId, { delta, reason: 'earned_reversed', orderId: input.orderId, balance: after, shortfall });
    },

    /**
     * A return of part of a completed order worth `refundAmount`: every means of payment goes back
     * in proportion to the order's gross value (money through the provider, redeemed points to the
     * balance), and the points the order earned are taken back in the same proportion. Computed on
     * the running total of returns, so the parts add up exactly to the whole.
     */
    async onOrderReturned(
      tx: Db,
      ctx: RequestContext,
      input: { orderId: string; userId: string; refundAmount: number; returnedBefore: number; grossValue: number },
    ): Promise<{ moneyRefunded: number; pointsReturned: number }> {
      const { orderId, userId, refundAmount, returnedBefore, grossValue } = input;
      const share = (whole: number, part: number) => (grossValue <= 0 ? 0 : Math.floor((whole * Math.min(part, grossValue)) / grossValue));
      const redeemed = -((await repo.orderEntry(tx, orderId, 'redeemed'))?.delta ?? 0);
      const pointsReturned = share(redeemed, returnedBefore + refundAmount) - share(redeemed, returnedBefore);
      const p = await repo.findByOrder(tx, orderId, { lock: true });
      // Money goes back only if it was received; never more than is left of the payment.
      const money = p?.status === 'paid' ? Math.min(refundAmount - pointsReturned, p.amount - (await repo.refundedSum(tx, p.id))) : 0;
      if (p?.status === 'paid' && money > 0) await refund(tx, ctx, p, 'order_returned', money);
      if (pointsReturned > 0) await credit(tx, userId, pointsReturned, 'return_points', orderId);
      const earned = (await repo.orderEntry(tx, orderId, 'earned'))?.delta ?? 0;
      const take = share(earned, returnedBefore + refundAmount) + (await repo.orderSum(tx, orderId, 'return_earned'));
      if (take > 0) {
        const balance = await repo.balance(tx, userId, { lock: true });
        const { delta, shortfall } = takeBack(balance, take);
        const after = (await repo.changeBalance(tx, userId, delta, clock.now()))!;
        await repo.insertLedger(tx, { id: uuidv7(), userId, delta, reason: 'return_earned', orderId, shortfall, now: clock.now() });
        await pointsEvent(tx, userId, { delta, reason: 'return_earned', orderId, balance: after, shortfall });
      }
      return { moneyRefunded: money, pointsReturned };
    },

    /** Staff confirm money received outside the system: bank transfer or cash on delivery → paid. */
    async capture(tx: Db, ctx: RequestContext, orderId: string): Promise<PaymentSummary> {
      const p = await repo.findByOrder(tx, orderId, { lock: true });
      if (!p) throw notFound('Payment');
      assertTransition(p.status, 'paid');
      await providerFor(p.method).capture(await providerContext(tx), p);
      const after = await move(tx, p, 'paid');
      await audit.record(tx, ctx, { action: 'payment.captured', entityType: 'payment', entityId: p.id, before: summaryOf(p), after: summaryOf(after) });
      return summaryOf(after);
    },

    /**
     * A verified konbini notification (signature and nonce already checked by the route): marks the
     * slip paid. A wrong number or amount, or an expired slip, changes nothing (422).
     */
    async konbiniNotified(ctx: RequestContext, n: PaymentNotification & { orderId: string }): Promise<{ orderId: string; status: PaymentStatus }> {
      if (!isUuid(n.orderId)) throw new DomainError('unprocessable', `Order ${n.orderId} has no konbini payment`);
      return db.transaction().execute(async (tx) => {
        const p = await repo.findByOrder(tx, n.orderId, { lock: true });
        if (!p || p.method !== 'konbini') throw new DomainError('unprocessable', `Order ${n.orderId} has no konbini payment`);
        const provider = providerFor('konbini');
        const c = await providerContext(tx);
        if (p.status === 'paid') {
          // The provider resending (with a new nonce) a payment already recorded: same facts, same answer.
          if (p.konbini?.paymentNumber !== n.paymentNumber || p.amount !== n.amount) {
            throw new DomainError('unprocessable', 'This order\'s konbini slip was paid with a different number or amount');
          }
          return { orderId: p.orderId, status: p.status };
        }
        if (p.status !== 'pending') throw new DomainError('invalid_transition', `The payment of order ${p.orderId} is ${p.status}; it cannot be paid now`);
        await provider.handleNotification(c, p, n);
        await move(tx, p, 'paid');
        await audit.record(tx, ctx, { action: 'payment.paid', entityType: 'payment', entityId: p.id, before: summaryOf(p), after: { ...summaryOf(p), status: 'paid' } });
        return { orderId: p.orderId, status: 'paid' as const };
      });
    },

    async getPayment(orderId: string, q: Db = db): Promise<PaymentDetail> {
      const p = isUuid(orderId) ? await repo.findByOrder(q, orderId) : null;
      if (!p) throw notFound('Payment');
      const refunds = await repo.listRefunds(q, orderId);
      return {
        ...summaryOf(p),
        id: p.id,
        orderId: p.orderId,
        userId: p.userId,
        deadline: p.deadline ? p.deadline.toISOString() : null,
        refunds: refunds.map((r: any) => ({ id: r.id, amount: r.amount, reason: r.reason, providerReference: r.provider_reference, createdAt: new Date(r.created_at).toISOString() })),
      };
    },

    /** The customer's balance and ledger, newest first. */
    async points(userId: string, page: { limit: number; cursor?: string } = { limit: 100 }): Promise<PointsView> {
      const before = decodeCursor(page.cursor, (v): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v));
      const [balance, rows] = await Promise.all([repo.balance(db, userId), repo.entries(db, userId, page.limit + 1, before)]);
      const entries = rows.slice(0, page.limit);
      return { balance, entries, nextCursor: rows.length > page.limit ? encodeCursor(entries[entries.length - 1].id) : null };
    },

    /** Current balances of several customers (absent: 0), for the admin's customer list. */
    balances: (userIds: string[]): Promise<Map<string, number>> => repo.balances(db, [...new Set(userIds)]),

    /** Staff grant or remove points by hand (goodwill, corrections); audited, never below zero. */
    async adjustPoints(ctx: RequestContext, input: { userId: string; delta: number; note: string }): Promise<{ balance: number; entry: LedgerEntry }> {
      return db.transaction().execute(async (tx) => {
        const now = clock.now();
        const before = await repo.balance(tx, input.userId);
        const balance = await repo.changeBalance(tx, input.userId, input.delta, now);
        if (balance === null) throw new DomainError('insufficient_points', `Removing ${-input.delta} points needs a balance of at least that; the balance is ${before}`);
        const id = uuidv7();
        await repo.insertLedger(tx, { id, userId: input.userId, delta: input.delta, reason: 'adjustment', orderId: null, note: input.note, now });
        await pointsEvent(tx, input.userId, { delta: input.delta, reason: 'adjustment', orderId: null, balance });
        await audit.record(tx, ctx, { action: 'points.adjusted', entityType: 'points', entityId: input.userId, before: { balance: before }, after: { balance, delta: input.delta, note: input.note } });
        const entry = (await repo.entries(tx, input.userId, 1, null))[0];
        return { balance, entry };
      });
    },

    /** Ledger invariant (tests, diagnostics): the stored balance equals the sum of the entries. */
    async checkLedger(q: Db, userId: string): Promise<{ balance: number; ledgerSum: number }> {
      return { balance: await repo.balance(q, userId), ledgerSum: await repo.ledgerSum(q, userId) };
    },
  };
}

export type PaymentService = ReturnType<typeof createPaymentService>;
