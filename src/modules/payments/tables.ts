import type { Generated } from 'kysely';
import type { PaymentMethod, PaymentStatus } from './status';

/** The `payments` schema as its migrations (migrations/*.sql) leave it. */
export interface PaymentsTables {
  'payments.payments': {
    id: string;
    order_id: string;
    user_id: string;
    method: PaymentMethod;
    status: Generated<PaymentStatus>;
    amount: number;
    deadline: Date | null;
    paid_at: Date | null;
    refunded_at: Date | null;
    cancelled_at: Date | null;
    created_at: Date;
    updated_at: Date;
  };
  'payments.konbini_slips': {
    payment_id: string;
    order_id: string;
    payment_number: string;
    confirmation_number: string;
    expires_at: Date;
    created_at: Date;
  };
  'payments.refunds': {
    id: string;
    payment_id: string;
    order_id: string;
    method: PaymentMethod;
    amount: number;
    reason: 'order_cancelled' | 'order_refunded' | 'order_returned';
    provider_reference: string;
    created_at: Date;
  };
  'payments.points_ledger': {
    id: string;
    user_id: string;
    delta: number;
    reason: string;
    order_id: string | null;
    shortfall: Generated<number>;
    note: string | null;
    created_at: Date;
  };
  'payments.points_balances': {
    user_id: string;
    balance: number;
    updated_at: Date;
  };
}
