create schema if not exists delivery;

-- A delivery zone: the postal codes it covers (normalised prefixes, digits only for Japan), its fee,
-- and whether it delivers the same day (orders before the cutoff, store time zone).
create table delivery.zones (
  id uuid primary key,
  name text not null,
  postal_code_prefixes text[] not null check (cardinality(postal_code_prefixes) > 0),
  fee integer not null check (fee >= 0),
  same_day boolean not null default false,
  same_day_cutoff text not null default '14:00' check (same_day_cutoff ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  area jsonb,
  version integer not null default 1,
  deleted_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index zones_prefixes on delivery.zones using gin (postal_code_prefixes) where deleted_at is null;

create table delivery.slots (
  id uuid primary key,
  zone_id uuid not null references delivery.zones (id),
  date date not null,
  start_time text not null check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_time text not null check (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  capacity integer not null check (capacity >= 0),
  booked integer not null default 0 check (booked >= 0 and booked <= capacity),
  created_at timestamptz not null,
  check (start_time < end_time),
  unique (zone_id, date, start_time)
);
create index slots_by_date on delivery.slots (date, zone_id);

-- One booking per order; released (not deleted) on cancel, so the order keeps its history.
create table delivery.bookings (
  order_id uuid primary key,
  slot_id uuid not null references delivery.slots (id),
  postal_code text not null,
  fee integer not null,
  released_at timestamptz,
  created_at timestamptz not null
);
create index bookings_by_slot on delivery.bookings (slot_id) where released_at is null;

create table delivery.shipments (
  id uuid primary key,
  order_id uuid not null,
  user_id uuid not null,
  carrier text not null,
  tracking_number text not null,
  status text not null default 'created' check (status in ('created', 'in_transit', 'out_for_delivery', 'delivered')),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  unique (carrier, tracking_number)
);
create index shipments_by_order on delivery.shipments (order_id, created_at);

create table delivery.tracking_events (
  id uuid primary key,
  shipment_id uuid not null references delivery.shipments (id),
  status text not null check (status in ('created', 'in_transit', 'out_for_delivery', 'delivered')),
  note text,
  created_at timestamptz not null
);
create index tracking_events_by_shipment on delivery.tracking_events (shipment_id, id);
