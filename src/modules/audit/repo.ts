import { type Insertable, sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import { tables } from '../../platform/db/tables';
import type { AuditTables, EntryRow } from './tables';

/** Held by the one linker at a time (any replica), never by writers. */
const LINKER_LOCK = 0xa0d18;
const t = (q: Db) => tables<AuditTables>(q);

export interface EntryFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  excludeEntityTypes?: string[];
  /** Entries before this chain position (the cursor). */
  beforePos: number | null;
  limit: number;
}

export interface Link {
  seq: number;
  pos: number;
  prevHash: string;
  hash: string;
}

/** The only SQL for the `audit` schema; every function runs in the handle it is given. */
export const auditRepo = {
  /** An entry as written: unlinked (no chain position or hashes yet). */
  async insert(tx: Db, row: Insertable<AuditTables['audit.entries']>): Promise<void> {
    await t(tx).insertInto('audit.entries').values(row).execute();
  },

  /**
   * Runs `fn` on one pinned connection holding the linker's session lock, or returns null when
   * `wait` is false and another linker holds it. A session lock (not a transaction one) so the
   * linking transaction can start its snapshot after the lock is held.
   */
  withLinkerLock<T>(db: Db, wait: boolean, fn: (conn: Db) => Promise<T>): Promise<T | null> {
    return db.connection().execute(async (conn) => {
      if (wait) await sql`select pg_advisory_lock(${LINKER_LOCK})`.execute(conn);
      else if (!(await sql<{ ok: boolean }>`select pg_try_advisory_lock(${LINKER_LOCK}) as ok`.execute(conn)).rows[0].ok) return null;
      try {
        return await fn(conn);
      } finally {
        await sql`select pg_advisory_unlock(${LINKER_LOCK})`.execute(conn);
      }
    });
  },

  /** The last linked entry. */
  chainTip(q: Db): Promise<{ chain_pos: number | null; hash: string | null } | undefined> {
    return t(q).selectFrom('audit.entries').select(['chain_pos', 'hash']).where('chain_pos', 'is not', null).orderBy('chain_pos', 'desc').limit(1).executeTakeFirst();
  },

  /** Unlinked entries visible to `q`, in insertion order, after `afterSeq`. */
  unlinkedPage(q: Db, afterSeq: number, limit: number): Promise<EntryRow[]> {
    return t(q).selectFrom('audit.entries').selectAll().where('chain_pos', 'is', null).where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  },

  /** Links entries (only unlinked ones: the trigger refuses anything else); returns how many. */
  async link(tx: Db, links: Link[]): Promise<number> {
    if (links.length === 0) return 0;
    const res = await sql`
      update audit.entries e set chain_pos = v.pos, prev_hash = v.prev_hash, hash = v.hash
      from unnest(${links.map((l) => l.seq)}::bigint[], ${links.map((l) => l.pos)}::bigint[],
                  ${links.map((l) => l.prevHash)}::text[], ${links.map((l) => l.hash)}::text[]) as v(seq, pos, prev_hash, hash)
      where e.seq = v.seq and e.chain_pos is null`.execute(tx);
    return Number(res.numAffectedRows ?? 0);
  },

  /** Which of these entries are linked (by this process or another). */
  async linkedAmong(q: Db, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await t(q).selectFrom('audit.entries').select('id').where('id', 'in', ids).where('chain_pos', 'is not', null).execute();
    return rows.map((r) => r.id);
  },

  /** Committed entries not yet linked, and the age of the oldest (linking lag). */
  async lag(q: Db): Promise<{ unlinked: number; oldestSeconds: number }> {
    const { rows } = await sql<{ n: number; oldest: number | null }>`
      select count(*)::int as n, extract(epoch from now() - min(created_at))::float8 as oldest
      from audit.entries where chain_pos is null`.execute(q);
    return { unlinked: rows[0]?.n ?? 0, oldestSeconds: Math.max(0, rows[0]?.oldest ?? 0) };
  },

  /** Linked entries, newest first in chain order. */
  list(q: Db, f: EntryFilter): Promise<EntryRow[]> {
    let query = t(q).selectFrom('audit.entries').selectAll().where('chain_pos', 'is not', null).orderBy('chain_pos', 'desc').limit(f.limit);
    if (f.entityType) query = query.where('entity_type', '=', f.entityType);
    if (f.entityId) query = query.where('entity_id', '=', f.entityId);
    if (f.actorId) query = query.where('actor_id', '=', f.actorId);
    if (f.excludeEntityTypes?.length) query = query.where('entity_type', 'not in', f.excludeEntityTypes);
    if (f.beforePos !== null) query = query.where('chain_pos', '<', f.beforePos);
    return query.execute();
  },

  /** Oldest first, from after chain position `afterPos`: the chain in pages. */
  chainPage(q: Db, afterPos: number, limit: number): Promise<EntryRow[]> {
    return t(q).selectFrom('audit.entries').selectAll().where('chain_pos', '>', afterPos).orderBy('chain_pos').limit(limit).execute();
  },
};
