import { randomInt } from 'node:crypto';
import type { Db } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import type { StoreSettings } from '../settings/index';
import type { PaymentMethod, PaymentStatus } from './status';

export interface KonbiniSlip {
  paymentNumber: string;
  confirmationNumber: string;
  expiresAt: string;
}

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

export interface ProviderContext {
  tx: Db;
  now: Date;
  settings: StoreSettings;
}

export interface CreatedPayment {
  status: 'pending' | 'paid';
  deadline: Date | null;
  konbini?: KonbiniSlip;
}

/** What a provider reports about money that arrived: checked against the payment before it is marked paid. */
export interface PaymentNotification {
  paymentNumber: string;
  amount: number;
}

/** One way of paying. The payment service owns the rows and the status machine; a provider owns the money side. */
export interface PaymentProvider {
  readonly method: PaymentMethod;
  /** Starts paying for an order (the payment row already exists, status pending). */
  create(c: ProviderContext, payment: { id: string; orderId: string; amount: number }): Promise<CreatedPayment>;
  /** Handles a provider notification: resolves when it proves this payment was made in full (the service then marks it paid), else throws. */
  handleNotification(c: ProviderContext, payment: PaymentRecord, notification: PaymentNotification): Promise<void>;
  /** Throws unless staff may mark this payment paid by hand (money received outside the system). */
  capture(c: ProviderContext, payment: PaymentRecord): Promise<void>;
  /** Returns `amount` of the payment (all of it, or part for a return); resolves to the provider's reference for the refund. */
  refund(c: ProviderContext, payment: PaymentRecord, amount: number): Promise<{ reference: string }>;
}

const noNotifications = (method: PaymentMethod) => async () => {
  throw new DomainError('unprocessable', `${method} payments do not receive provider notifications`);
};

const noCapture = (method: PaymentMethod) => async (_c: ProviderContext, p: PaymentRecord) => {
  throw new DomainError('invalid_transition', `A ${method} payment cannot be captured by hand (status ${p.status})`);
};

/** Money handed over outside the system (bank transfer, cash on delivery) is refunded by transfer. */
const manualRefund = (prefix: string) => async (_c: ProviderContext, p: PaymentRecord) => ({ reference: `${prefix}-${p.id}` });

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}

/** Convenience-store payment: a slip with a payment number the customer pays at the till before it expires. */
export const konbiniProvider: PaymentProvider = {
  method: 'konbini',
  async create(c, payment) {
    const expiresAt = addHours(c.now, c.settings.konbiniExpiryHours);
    const confirmationNumber = digits(6);
    for (let attempt = 0; attempt < 5; attempt++) {
      const paymentNumber = digits(12);
      // A colliding 12-digit number is skipped (ON CONFLICT keeps the transaction usable) and a fresh one drawn.
      const row = await c.tx
        .insertInto('payments.konbini_slips')
        .values({ payment_id: payment.id, order_id: payment.orderId, payment_number: paymentNumber, confirmation_number: confirmationNumber, expires_at: expiresAt, created_at: c.now })
        .onConflict((oc) => oc.column('payment_number').doNothing())
        .returning('payment_id')
        .executeTakeFirst();
      if (row) return { status: 'pending', deadline: expiresAt, konbini: { paymentNumber, confirmationNumber, expiresAt: expiresAt.toISOString() } };
    }
    throw new Error('could not draw an unused konbini payment number');
  },
  async handleNotification(c, payment, n) {
    const slip = payment.konbini;
    if (!slip || slip.paymentNumber !== n.paymentNumber) {
      throw new DomainError('unprocessable', 'The payment number does not match this order\'s konbini slip');
    }
    if (n.amount !== payment.amount) {
      throw new DomainError('unprocessable', `Amount ${n.amount} does not match the amount due (${payment.amount})`);
    }
    if (c.now.getTime() > new Date(slip.expiresAt).getTime()) {
      throw new DomainError('unprocessable', `The konbini slip expired at ${slip.expiresAt}`);
    }
  },
  capture: noCapture('konbini'),
  refund: manualRefund('konbini-refund'),
};

export const bankTransferProvider: PaymentProvider = {
  method: 'bank_transfer',
  async create(c) {
    return { status: 'pending', deadline: addHours(c.now, c.settings.konbiniExpiryHours) };
  },
  handleNotification: noNotifications('bank_transfer'),
  async capture() {},
  refund: manualRefund('bank-refund'),
};

export const cashOnDeliveryProvider: PaymentProvider = {
  method: 'cod',
  async create() {
    return { status: 'pending', deadline: null };
  },
  handleNotification: noNotifications('cod'),
  async capture() {},
  refund: manualRefund('cod-refund'),
};

/** Paid entirely with points: the redemption already happened in the order transaction, so nothing is left to pay. */
export const pointsProvider: PaymentProvider = {
  method: 'points',
  async create(_c, payment) {
    if (payment.amount !== 0) {
      throw new DomainError('insufficient_points', `Paying with points needs the whole total redeemed; ${payment.amount} is still due`);
    }
    return { status: 'paid', deadline: null };
  },
  handleNotification: noNotifications('points'),
  capture: noCapture('points'),
  // Redeemed points are returned by the payment service (they are ledger entries, not money).
  refund: async (_c, p) => ({ reference: `points-refund-${p.id}` }),
};

export const BUILT_IN_PROVIDERS: readonly PaymentProvider[] = [konbiniProvider, bankTransferProvider, cashOnDeliveryProvider, pointsProvider];
