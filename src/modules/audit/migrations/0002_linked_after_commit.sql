-- Writers no longer chain entries under a global lock: they insert them unlinked, and one linker
-- (audit/linker.ts) later gives each committed entry its chain position and hashes, in the order
-- the entries became visible (commit order). docs/security.md says why.
alter table audit.entries
  alter column prev_hash drop not null,
  alter column hash drop not null,
  add column chain_pos bigint;

-- Entries so far were chained under the lock, in seq order.
drop trigger entries_no_update on audit.entries;
update audit.entries e set chain_pos = r.pos
  from (select seq, row_number() over (order by seq) as pos from audit.entries) r
  where e.seq = r.seq;

alter table audit.entries add constraint entries_linked_whole
  check ((chain_pos is null) = (hash is null) and (hash is null) = (prev_hash is null));
create unique index entries_chain_pos on audit.entries (chain_pos);
-- What the linker looks for: small, since entries leave it within moments of committing.
create index entries_unlinked on audit.entries (seq) where chain_pos is null;
drop index audit.entries_entity;
drop index audit.entries_actor;
create index entries_entity on audit.entries (entity_type, entity_id, chain_pos desc);
create index entries_actor on audit.entries (actor_id, chain_pos desc);

-- Still append-only: the one change allowed is linking an unlinked entry, once, without
-- touching what it records. Deletes and truncation stay refused (entries_no_truncate).
create function audit.link_only() returns trigger language plpgsql as $$
begin
  if old.chain_pos is not null or new.chain_pos is null
     or (new.seq, new.id, new.created_at, new.actor_type, new.actor_id, new.action, new.entity_type,
         new.entity_id, new.changes, new.request_id, new.ip)
        is distinct from
        (old.seq, old.id, old.created_at, old.actor_type, old.actor_id, old.action, old.entity_type,
         old.entity_id, old.changes, old.request_id, old.ip) then
    raise exception 'audit log is append-only';
  end if;
  return new;
end $$;
create trigger entries_link_only before update on audit.entries
  for each row execute function audit.link_only();
create trigger entries_no_delete before delete on audit.entries
  for each row execute function audit.refuse_change();
