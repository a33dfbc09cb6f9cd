-- Large CSV imports run as jobs (issue 11); any replica answers GET /v1/admin/imports/:id from here.
create table catalog.imports (
  id uuid primary key,
  status text not null check (status in ('running', 'done', 'failed')),
  encoding text not null,
  total integer not null default 0,
  processed integer not null default 0,
  created integer not null default 0,
  updated integer not null default 0,
  unchanged integer not null default 0,
  error_count integer not null default 0,
  errors jsonb not null default '[]',
  actor_type text not null,
  actor_id text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
