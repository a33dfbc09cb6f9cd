-- What happens to events while an endpoint is disabled: 'skip' (never delivered) or 'keep'
-- (stored and sent in order once it is enabled again).
alter table webhooks.endpoints add column while_disabled text not null default 'skip'
  check (while_disabled in ('skip', 'keep'));

-- Per-aggregate order: deliveries of one (endpoint, aggregate) go out one after another, in
-- (sequence, position) order. `sequence` is the event's per-aggregate sequence (0 when the event
-- has none); `position` is the fan-out order, the tie-breaker and the queue order.
alter table webhooks.deliveries add column aggregate_key text not null default '';
alter table webhooks.deliveries add column sequence bigint not null default 0;
alter table webhooks.deliveries add column position bigserial;
-- deliveries from before this migration have no known aggregate: each is its own chain
update webhooks.deliveries set aggregate_key = id::text where aggregate_key = '';

create index deliveries_queue on webhooks.deliveries (endpoint_id, position) where status = 'pending';
create index deliveries_chain on webhooks.deliveries (endpoint_id, aggregate_key, sequence, position) where status = 'pending';
