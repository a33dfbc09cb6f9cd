import type { ColumnType, Generated, Selectable } from 'kysely';

export type ActorType = 'user' | 'api_key' | 'system';

/** The `audit` schema (migrations/0001_audit.sql): append-only, the database refuses changes. */
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
    prev_hash: string;
    hash: string;
  };
}

export type EntryRow = Selectable<AuditTables['audit.entries']>;
