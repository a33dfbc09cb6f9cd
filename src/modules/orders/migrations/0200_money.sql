-- Consumption tax, discounts and returns on orders (see docs/money.md).
alter table orders.orders
  add column discount_total integer not null default 0 check (discount_total >= 0),
  add column shipping_discount integer not null default 0 check (shipping_discount >= 0),
  add column discounts jsonb not null default '[]',
  add column taxes jsonb not null default '[]',
  add column tax_total integer not null default 0 check (tax_total >= 0),
  add column refunded_total integer not null default 0 check (refunded_total >= 0),
  add column shipping_refunded boolean not null default false;

alter table orders.lines
  add column tax_class text not null default 'standard',
  add column tax_rate double precision not null default 0.1,
  add column discount integer not null default 0 check (discount >= 0),
  add column returned_quantity integer not null default 0 check (returned_quantity >= 0),
  add constraint lines_returned_at_most_bought check (returned_quantity <= quantity);

-- Returns and partial refunds of completed orders: what came back, and how the money went back.
create table orders.returns (
  id uuid primary key,
  order_id uuid not null references orders.orders (id) on delete cascade,
  items jsonb not null,
  refund_amount integer not null check (refund_amount >= 0),
  shipping_amount integer not null default 0,
  money_refunded integer not null check (money_refunded >= 0),
  points_returned integer not null default 0,
  taxes jsonb not null,
  restock boolean not null,
  note text,
  actor_type text not null,
  actor_id text,
  created_at timestamptz not null
);
create index returns_order on orders.returns (order_id, created_at);
