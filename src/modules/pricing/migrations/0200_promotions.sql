create schema if not exists pricing;

-- Discount codes. `code_key` (the code in lower case) makes codes unique case-insensitively.
create table pricing.promotions (
  id uuid primary key,
  code text not null,
  code_key text not null,
  description text not null default '',
  type text not null check (type in ('percentage', 'fixed', 'free_shipping')),
  value integer not null check (value >= 0),
  min_subtotal integer check (min_subtotal >= 0),
  starts_at timestamptz,
  ends_at timestamptz,
  usage_limit integer check (usage_limit >= 0),
  per_customer_limit integer check (per_customer_limit >= 0),
  product_ids text[] not null default '{}',
  category_ids text[] not null default '{}',
  active boolean not null default true,
  -- Counted in the order transaction (a guarded UPDATE), so a limit holds under concurrency.
  times_used integer not null default 0 check (times_used >= 0),
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index promotions_code_key on pricing.promotions (code_key);
create index promotions_created on pricing.promotions (created_at desc, id desc);

-- One row per order that used a code; cancelling the order releases it (released_at).
create table pricing.promotion_uses (
  order_id uuid primary key,
  promotion_id uuid not null references pricing.promotions (id),
  user_id uuid,
  amount integer not null,
  created_at timestamptz not null,
  released_at timestamptz
);
create index promotion_uses_customer on pricing.promotion_uses (promotion_id, user_id) where released_at is null;
