create schema if not exists inventory;

-- One stock record per SKU. The CHECKs are the last line of defence for "no oversell";
-- the service's conditional updates are the first.
create table inventory.stock (
  sku text primary key,
  product_id text not null,
  on_hand integer not null default 0 check (on_hand >= 0),
  reserved integer not null default 0 check (reserved >= 0),
  low_stock_threshold integer not null default 5 check (low_stock_threshold >= 0),
  -- available <= threshold right now; `low_stock_version` is the version at which it last fell there,
  -- so one UPDATE can tell whether it crossed the threshold (emit inventory.low_stock once per crossing).
  low_stock boolean not null default true,
  low_stock_version integer not null default 0,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint stock_reserved_within_on_hand check (reserved <= on_hand)
);
create index stock_product on inventory.stock (product_id);
create index stock_low on inventory.stock (sku) where low_stock;

-- The ledger: every change of on_hand or reserved is a row, so each record equals the sum of its movements.
create table inventory.movements (
  seq bigserial primary key,
  id uuid not null unique,
  sku text not null,
  type text not null check (type in ('adjustment', 'count', 'reservation', 'release', 'sale', 'return')),
  on_hand_delta integer not null,
  reserved_delta integer not null,
  reason text,
  note text,
  order_id text,
  actor_type text not null,
  actor_id text,
  created_at timestamptz not null default now()
);
create index movements_sku on inventory.movements (sku, seq desc);
create index movements_order on inventory.movements (order_id) where order_id is not null;
