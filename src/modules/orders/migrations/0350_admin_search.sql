-- Gapless order numbers: a counter row updated in the order's transaction, so a checkout that
-- rolls back gives its number back (a sequence would not). The row lock is taken late in the
-- transaction and held until commit; numbers are therefore assigned in commit order.
create table orders.order_number_counter (
  id boolean primary key default true check (id),
  last_number bigint not null
);
insert into orders.order_number_counter (id, last_number)
  select true, coalesce(max(number), 1000) from orders.orders;
alter table orders.orders alter column number drop default;

-- The payment's status as the orders module last heard it (payment.* events), so that the admin
-- can filter orders by payment status without reading the payments schema.
alter table orders.orders add column payment_status text not null default 'pending';
-- One-time backfill of orders placed before this column existed.
update orders.orders o set payment_status = p.status from payments.payments p where p.order_id = o.id;
create index orders_payment_status on orders.orders (payment_status, created_at desc, id desc);

-- Admin search: a SKU within an order's lines, and the shipping name.
create index lines_sku on orders.lines (lower(sku));
create index orders_ship_name on orders.orders using gin ((shipping_address->>'name') gin_trgm_ops);
