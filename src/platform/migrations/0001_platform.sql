create extension if not exists pg_trgm;
create extension if not exists unaccent;

create schema if not exists events;

-- The transactional outbox: a domain event commits with the change that caused it.
create table events.outbox (
  seq bigserial primary key,
  id uuid not null unique,
  type text not null,
  aggregate_type text not null,
  aggregate_id text not null,
  data jsonb not null,
  created_at timestamptz not null default now(),
  published_at timestamptz
);
create index outbox_unpublished on events.outbox (seq) where published_at is null;
