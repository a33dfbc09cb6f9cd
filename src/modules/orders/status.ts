import { DomainError } from '../../platform/errors';

export const ORDER_STATUSES = ['pending', 'processing', 'completed', 'cancelled', 'refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The order machine as data: from → allowed targets. */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = Object.freeze({
  pending: ['processing', 'cancelled'],
  processing: ['completed', 'cancelled'],
  completed: ['refunded'],
  cancelled: [],
  refunded: [],
});

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** Throws 409 invalid_transition, naming from and to, when the machine forbids the step. */
export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    const allowed = ORDER_TRANSITIONS[from];
    throw new DomainError(
      'invalid_transition',
      `An order cannot go from ${from} to ${to}${allowed.length ? ` (from ${from} it can go to ${allowed.join(' or ')})` : ` (${from} is final)`}`,
    );
  }
}
