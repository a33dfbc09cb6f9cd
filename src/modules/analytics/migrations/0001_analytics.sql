create schema if not exists analytics;

-- Read model for the dashboard, fed by order events (never by reading the orders schema).
create table analytics.orders (
  order_id text primary key,
  placed_at timestamptz not null,
  status text not null,
  total integer not null,
  status_event_at timestamptz not null
);
create index analytics_orders_placed on analytics.orders (placed_at);

create table analytics.order_lines (
  order_id text not null,
  line_no integer not null,
  product_id text not null,
  title text not null,
  quantity integer not null,
  line_total integer not null,
  primary key (order_id, line_no)
);
create index analytics_lines_product on analytics.order_lines (product_id);
