-- Per-aggregate sequence: 1, 2, 3... for each (aggregate_type, aggregate_id), assigned in the
-- emitting transaction. The counter row is upserted (and so row-locked) until commit, so two
-- transactions emitting for one aggregate take turns: numbers follow commit order and a rolled-back
-- transaction gives its numbers back (no gaps). Kept when published events are deleted.
create table events.aggregate_sequences (
  aggregate_type text not null,
  aggregate_id text not null,
  last_sequence bigint not null,
  primary key (aggregate_type, aggregate_id)
);
alter table events.outbox add column sequence bigint;
update events.outbox o set sequence = n.rn
  from (select seq, row_number() over (partition by aggregate_type, aggregate_id order by seq) as rn from events.outbox) n
  where n.seq = o.seq;
insert into events.aggregate_sequences (aggregate_type, aggregate_id, last_sequence)
  select aggregate_type, aggregate_id, max(sequence) from events.outbox group by aggregate_type, aggregate_id;
alter table events.outbox alter column sequence set not null;
create unique index outbox_aggregate_sequence on events.outbox (aggregate_type, aggregate_id, sequence);
