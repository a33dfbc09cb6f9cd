create schema if not exists webhooks;

-- Outgoing webhook targets. `secret` is the whsec_ string (needed to sign; shown to the admin once).
create table webhooks.endpoints (
  id uuid primary key,
  url text not null,
  events text[] not null,
  description text,
  secret text not null,
  enabled boolean not null default true,
  disabled_reason text,
  -- circuit breaker: consecutive failed attempts, and until when deliveries wait
  consecutive_failures integer not null default 0,
  circuit_open_until timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- One delivery per (endpoint, event): the fan-out is idempotent by event id.
create table webhooks.deliveries (
  id uuid primary key,
  endpoint_id uuid not null references webhooks.endpoints (id) on delete cascade,
  event_id uuid not null,
  event_type text not null,
  payload text not null,
  status text not null default 'pending' check (status in ('pending', 'succeeded', 'failed')),
  attempts integer not null default 0,
  last_status_code integer,
  last_error text,
  next_attempt_at timestamptz,
  -- a worker holding the delivery (so duplicate jobs never send twice at once)
  lease_until timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (endpoint_id, event_id)
);
create index deliveries_by_endpoint on webhooks.deliveries (endpoint_id, id desc);
create index deliveries_due on webhooks.deliveries (next_attempt_at) where status = 'pending';

create table webhooks.attempts (
  id uuid primary key,
  delivery_id uuid not null references webhooks.deliveries (id) on delete cascade,
  attempt integer not null,
  started_at timestamptz not null,
  duration_ms integer not null,
  status_code integer,
  error text,
  succeeded boolean not null
);
create index attempts_by_delivery on webhooks.attempts (delivery_id, attempt);

-- Incoming webhook nonces, when Redis is not configured.
create table webhooks.incoming_nonces (
  scope text not null,
  nonce text not null,
  expires_at timestamptz not null,
  primary key (scope, nonce)
);
create index incoming_nonces_expiry on webhooks.incoming_nonces (expires_at);
