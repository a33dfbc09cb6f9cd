create schema if not exists orders;

-- Human order numbers: ascending, never reused (gaps after rollbacks are fine).
create sequence orders.order_number start with 1001;

create table orders.orders (
  id uuid primary key,
  number bigint not null unique default nextval('orders.order_number'),
  user_id uuid not null,
  status text not null check (status in ('pending', 'processing', 'completed', 'cancelled', 'refunded')),
  subtotal integer not null check (subtotal >= 0),
  shipping_fee integer not null check (shipping_fee >= 0),
  points_redeemed integer not null default 0 check (points_redeemed >= 0),
  total integer not null check (total >= 0),
  currency text not null,
  shipping_address jsonb not null,
  payment_method text not null,
  payment_deadline timestamptz,
  delivery_slot_id text,
  note text not null default '',
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index orders_user on orders.orders (user_id, created_at desc, id desc);
create index orders_status on orders.orders (status, created_at desc, id desc);
create index orders_created on orders.orders (created_at desc, id desc);
create index orders_due on orders.orders (payment_deadline) where status = 'pending' and payment_deadline is not null;

create table orders.lines (
  order_id uuid not null references orders.orders (id) on delete cascade,
  position integer not null,
  sku text not null,
  product_id text not null,
  title text not null,
  options jsonb not null default '{}',
  quantity integer not null check (quantity > 0),
  unit_price integer not null check (unit_price >= 0),
  line_total integer not null check (line_total >= 0),
  primary key (order_id, position)
);
create index lines_product on orders.lines (product_id);

-- The order's history: creation and every status change, with who did it.
create table orders.events (
  id uuid primary key,
  order_id uuid not null references orders.orders (id) on delete cascade,
  type text not null,
  from_status text,
  to_status text,
  actor_type text not null,
  actor_id text,
  note text,
  created_at timestamptz not null
);
create index events_order on orders.events (order_id, created_at, id);

-- Idempotency-Key records, per customer: the first response is kept and replayed for 24 h.
create table orders.idempotency_keys (
  user_id uuid not null,
  key text not null,
  request_hash text not null,
  state text not null check (state in ('running', 'done')),
  locked_until timestamptz not null,
  response_status integer,
  response_body jsonb,
  order_id uuid,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  primary key (user_id, key)
);
create index idempotency_expiry on orders.idempotency_keys (expires_at);
