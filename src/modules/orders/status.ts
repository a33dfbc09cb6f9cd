import { statusMachine } from '../../platform/core/status-machine';

export const ORDER_STATUSES = ['pending', 'processing', 'completed', 'cancelled', 'refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The order machine as data: from → allowed targets; a step it forbids throws 409 invalid_transition, naming from and to. */
const machine = statusMachine<OrderStatus>(
  {
    pending: ['processing', 'cancelled'],
    processing: ['completed', 'cancelled'],
    completed: ['refunded'],
    cancelled: [],
    refunded: [],
  },
  (from, to, allowed) =>
    `An order cannot go from ${from} to ${to}${allowed.length ? ` (from ${from} it can go to ${allowed.join(' or ')})` : ` (${from} is final)`}`,
);
export const ORDER_TRANSITIONS = machine.transitions;
export const canTransition = machine.can;
export const assertTransition = machine.assert;
