-- Relay partitions: an aggregate's events always fall in the same one of 16 partitions, so
-- relays claiming different partitions never hand out one aggregate's events concurrently. The
-- count (16) is fixed here and in relay.ts (RELAY_PARTITIONS): every replica must agree on it.
alter table events.outbox add column relay_partition smallint
  generated always as ((hashtext(aggregate_type || '/' || aggregate_id) & 15)::smallint) stored;
drop index if exists events.outbox_unpublished;
create index outbox_unpublished on events.outbox (relay_partition, seq) where published_at is null;
