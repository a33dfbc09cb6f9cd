create schema if not exists settings;

-- One row of store settings; values missing from `data` take their typed defaults in code.
create table settings.store (
  id smallint primary key default 1 check (id = 1),
  data jsonb not null default '{}',
  version integer not null default 1,
  updated_at timestamptz not null default now()
);
insert into settings.store (id) values (1);
