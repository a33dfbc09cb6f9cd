-- A subscriber that failed on an event gets it again later, without holding up the others.
create table events.subscriber_retries (
  event_id uuid not null,
  subscriber text not null,
  attempts integer not null default 1,
  last_error text,
  next_attempt_at timestamptz not null,
  created_at timestamptz not null default now(),
  primary key (event_id, subscriber)
);
create index subscriber_retries_due on events.subscriber_retries (next_attempt_at);
