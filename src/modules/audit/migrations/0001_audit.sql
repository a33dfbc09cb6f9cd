create schema if not exists audit;

create table audit.entries (
  seq bigserial primary key,
  id uuid not null unique,
  created_at timestamptz not null,
  actor_type text not null check (actor_type in ('user', 'api_key', 'system')),
  actor_id text,
  action text not null,
  entity_type text not null,
  entity_id text,
  changes jsonb not null,
  request_id text,
  ip text,
  prev_hash text not null,
  hash text not null
);
create index entries_entity on audit.entries (entity_type, entity_id, seq desc);
create index entries_actor on audit.entries (actor_id, seq desc);

-- Append-only: the database itself refuses to change or remove history.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit log is append-only';
end $$;
create trigger entries_no_update before update or delete on audit.entries
  for each row execute function audit.refuse_change();
create trigger entries_no_truncate before truncate on audit.entries
  for each statement execute function audit.refuse_change();
