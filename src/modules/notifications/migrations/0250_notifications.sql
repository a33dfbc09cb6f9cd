create schema if not exists notifications;

-- One row per email: rendered when it is written (in the transaction of what caused it), sent by
-- the worker. `secret` (encrypted) fills the placeholder at send time and is wiped once sent, so a
-- reset token or a guest's access key never sits readable in the table or the admin.
create table notifications.messages (
  id uuid primary key,
  type text not null,
  recipient text not null,
  user_id uuid,
  locale text not null check (locale in ('ja', 'en')),
  subject text not null,
  text_body text not null,
  html_body text not null,
  secret text,
  -- What the message is for: a domain event id, an order id, a reset token id. One message per source, recipient and type.
  source_id text not null,
  event_id uuid,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed', 'kept')),
  attempts integer not null default 0,
  last_error text,
  next_attempt_at timestamptz not null,
  locked_until timestamptz,
  created_at timestamptz not null,
  sent_at timestamptz,
  updated_at timestamptz not null
);
create unique index messages_once on notifications.messages (source_id, recipient, type);
create index messages_due on notifications.messages (next_attempt_at) where status = 'pending';
create index messages_created on notifications.messages (created_at desc, id desc);
create index messages_recipient on notifications.messages (lower(recipient), created_at desc);

-- Every delivery attempt, successful or not.
create table notifications.attempts (
  id uuid primary key,
  message_id uuid not null references notifications.messages (id) on delete cascade,
  attempt integer not null,
  ok boolean not null,
  error text,
  response text,
  created_at timestamptz not null
);
create index attempts_message on notifications.attempts (message_id, attempt);
