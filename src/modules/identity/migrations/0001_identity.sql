create schema if not exists identity;

create table identity.users (
  id uuid primary key,
  email text not null,
  name text not null,
  password_hash text not null,
  role text not null default 'customer' check (role in ('customer', 'staff', 'admin')),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_email_unique on identity.users (lower(email));
create index users_role on identity.users (role, created_at desc);

-- Rotating refresh tokens: one row per issued token, grouped in families (one per sign-in).
create table identity.refresh_tokens (
  id uuid primary key,
  user_id uuid not null references identity.users (id) on delete cascade,
  family_id uuid not null,
  token_hash text not null unique,
  expires_at timestamptz not null,
  used_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create index refresh_tokens_family on identity.refresh_tokens (family_id);
create index refresh_tokens_user on identity.refresh_tokens (user_id) where revoked_at is null;

create table identity.addresses (
  id uuid primary key,
  user_id uuid not null references identity.users (id) on delete cascade,
  name text not null,
  postal_code text not null,
  prefecture text not null,
  city text not null,
  line1 text not null,
  line2 text,
  phone text not null,
  is_default boolean not null default false,
  created_at timestamptz not null default now()
);
create index addresses_user on identity.addresses (user_id, created_at);
create unique index addresses_one_default on identity.addresses (user_id) where is_default;

create table identity.api_keys (
  id uuid primary key,
  name text not null,
  prefix text not null unique,
  key_hash text not null,
  scopes text[] not null,
  created_by uuid,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
