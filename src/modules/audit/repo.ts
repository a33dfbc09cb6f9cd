import { type Insertable, sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import { tables } from '../../platform/db/tables';
import type { AuditTables, EntryRow } from './tables';

const CHAIN_LOCK = 0xa0d17;
const t = (q: Db) => tables<AuditTables>(q);

export interface EntryFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  excludeEntityTypes?: string[];
  /** Entries before this sequence number (the cursor). */
  beforeSeq: number | null;
  limit: number;
}

/** The only SQL for the `audit` schema; every function runs in the handle it is given. */
export const auditRepo = {
  /** Orders concurrent writers of the chain until the caller's transaction ends; returns the last hash. */
  async lockChain(tx: Db): Promise<string | null> {
    await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(tx);
    const last = await t(tx).selectFrom('audit.entries').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
    return last?.hash ?? null;
  },

  async insert(tx: Db, row: Insertable<AuditTables['audit.entries']>): Promise<void> {
    await t(tx).insertInto('audit.entries').values(row).execute();
  },

  /** Newest first. */
  list(q: Db, f: EntryFilter): Promise<EntryRow[]> {
    let query = t(q).selectFrom('audit.entries').selectAll().orderBy('seq', 'desc').limit(f.limit);
    if (f.entityType) query = query.where('entity_type', '=', f.entityType);
    if (f.entityId) query = query.where('entity_id', '=', f.entityId);
    if (f.actorId) query = query.where('actor_id', '=', f.actorId);
    if (f.excludeEntityTypes?.length) query = query.where('entity_type', 'not in', f.excludeEntityTypes);
    if (f.beforeSeq !== null) query = query.where('seq', '<', f.beforeSeq);
    return query.execute();
  },

  /** Oldest first, from after `afterSeq`: the chain in pages. */
  chainPage(q: Db, afterSeq: number, limit: number): Promise<EntryRow[]> {
    return t(q).selectFrom('audit.entries').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  },
};
