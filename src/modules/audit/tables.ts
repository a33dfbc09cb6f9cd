import type { ColumnType, Generated, Selectable } from 'kysely';

export type ActorType = 'user' | 'api_key' | 'system';

/**
 * The `audit` schema (migrations/0001, 0002): append-only, the database refuses changes except
 * linking an entry once. Writers insert entries unlinked (chain fields null); the linker sets them.
 */
export interface AuditTables {
  'audit.entries': {
    seq: Generated<number>;
    id: string;
    created_at: ColumnType<Date, Date | string, never>;
    actor_type: ActorType;
    actor_id: string | null;
    action: string;
    entity_type: string;
    entity_id: string | null;
    /** jsonb: written as its JSON text. */
    changes: ColumnType<{ before: unknown; after: unknown }, string, never>;
    request_id: string | null;
    ip: string | null;
    /** Position in the hash chain (1, 2, ...): the order entries committed in; null until linked. */
    chain_pos: number | null;
    prev_hash: string | null;
    hash: string | null;
  };
}

export type EntryRow = Selectable<AuditTables['audit.entries']>;
