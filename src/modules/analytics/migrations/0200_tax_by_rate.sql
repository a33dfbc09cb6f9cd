-- Consumption tax per rate, from order.created (source 'order') and order.returned (source = the return id, negative).
create table analytics.order_taxes (
  order_id text not null,
  source text not null,
  rate double precision not null,
  taxable_amount integer not null,
  tax integer not null,
  primary key (order_id, source, rate)
);
