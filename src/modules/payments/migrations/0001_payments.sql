create schema if not exists payments;

-- One payment per order; its status follows the payment machine (pending → paid → refunded, pending → cancelled).
create table payments.payments (
  id uuid primary key,
  order_id uuid not null unique,
  user_id uuid not null,
  method text not null check (method in ('konbini', 'cod', 'bank_transfer', 'points')),
  status text not null default 'pending' check (status in ('pending', 'paid', 'refunded', 'cancelled')),
  amount integer not null check (amount >= 0),
  deadline timestamptz,
  paid_at timestamptz,
  refunded_at timestamptz,
  cancelled_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index payments_user on payments.payments (user_id, created_at desc);
create index payments_pending_deadline on payments.payments (deadline) where status = 'pending';

create table payments.konbini_slips (
  payment_id uuid primary key references payments.payments (id),
  order_id uuid not null unique,
  payment_number text not null unique,
  confirmation_number text not null,
  expires_at timestamptz not null,
  created_at timestamptz not null
);

create table payments.refunds (
  id uuid primary key,
  payment_id uuid not null references payments.payments (id),
  order_id uuid not null,
  method text not null,
  amount integer not null check (amount >= 0),
  reason text not null check (reason in ('order_cancelled', 'order_refunded')),
  provider_reference text not null,
  created_at timestamptz not null
);
create unique index refunds_one_per_payment on payments.refunds (payment_id);

-- The points ledger: the balance is the sum of a customer's deltas, kept in points_balances too
-- so that redemption is one conditional UPDATE. Order-linked entries happen once per order and reason.
create table payments.points_ledger (
  id uuid primary key,
  user_id uuid not null,
  delta integer not null,
  reason text not null check (reason in ('redeemed', 'redemption_returned', 'earned', 'earned_reversed', 'adjustment')),
  order_id uuid,
  shortfall integer not null default 0 check (shortfall >= 0),
  note text,
  created_at timestamptz not null
);
create index points_ledger_user on payments.points_ledger (user_id, id desc);
create unique index points_ledger_once_per_order on payments.points_ledger (order_id, reason) where order_id is not null;

create table payments.points_balances (
  user_id uuid primary key,
  balance integer not null check (balance >= 0),
  updated_at timestamptz not null
);
