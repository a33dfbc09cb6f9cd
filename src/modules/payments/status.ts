import { statusMachine } from '../../platform/core/status-machine';

export const PAYMENT_METHODS = ['konbini', 'cod', 'bank_transfer', 'points'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_STATUSES = ['pending', 'paid', 'refunded', 'cancelled'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** The payment machine as data: from → allowed targets; a step it forbids throws 409 invalid_transition. */
const machine = statusMachine<PaymentStatus>(
  {
    pending: ['paid', 'cancelled'],
    paid: ['refunded'],
    refunded: [],
    cancelled: [],
  },
  (from, to) => `A ${from} payment cannot become ${to}`,
);
export const PAYMENT_TRANSITIONS = machine.transitions;
export const canTransition = machine.can;
export const assertTransition = machine.assert;
