import { DomainError } from '../../platform/errors';

export const PAYMENT_METHODS = ['konbini', 'cod', 'bank_transfer', 'points'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_STATUSES = ['pending', 'paid', 'refunded', 'cancelled'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** The payment machine as data: from → allowed targets. */
export const PAYMENT_TRANSITIONS: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = Object.freeze({
  pending: ['paid', 'cancelled'],
  paid: ['refunded'],
  refunded: [],
  cancelled: [],
});

export function canTransition(from: PaymentStatus, to: PaymentStatus): boolean {
  return PAYMENT_TRANSITIONS[from].includes(to);
}

/** Throws 409 invalid_transition when the machine forbids `from → to`. */
export function assertTransition(from: PaymentStatus, to: PaymentStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError('invalid_transition', `A ${from} payment cannot become ${to}`);
  }
}
