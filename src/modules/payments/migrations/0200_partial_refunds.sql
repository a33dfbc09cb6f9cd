-- Partial refunds (returns): a payment may be refunded in several parts, each recorded.
drop index payments.refunds_one_per_payment;
create index refunds_payment on payments.refunds (payment_id);
alter table payments.refunds drop constraint refunds_reason_check;
alter table payments.refunds add constraint refunds_reason_check check (reason in ('order_cancelled', 'order_refunded', 'order_returned'));

-- Returns give back redeemed points and take back earned points in parts (several entries per order).
alter table payments.points_ledger drop constraint points_ledger_reason_check;
alter table payments.points_ledger add constraint points_ledger_reason_check
  check (reason in ('redeemed', 'redemption_returned', 'earned', 'earned_reversed', 'adjustment', 'return_points', 'return_earned'));
drop index payments.points_ledger_once_per_order;
create unique index points_ledger_once_per_order on payments.points_ledger (order_id, reason)
  where order_id is not null and reason in ('redeemed', 'redemption_returned', 'earned', 'earned_reversed');
