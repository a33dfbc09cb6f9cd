-- The language of a customer's emails; null follows settings.defaultLocale.
alter table identity.users add column locale text check (locale in ('ja', 'en'));

-- Password reset tokens: only the SHA-256 of the token is kept; single use, short-lived.
create table identity.password_resets (
  id uuid primary key,
  user_id uuid not null references identity.users (id) on delete cascade,
  token_hash text not null unique,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null
);
create index password_resets_user on identity.password_resets (user_id) where used_at is null;
