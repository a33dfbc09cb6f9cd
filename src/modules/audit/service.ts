import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import type { RequestContext } from '../../platform/core/context';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import { entryHash, GENESIS_HASH, type HashedFields } from './hash';
import { auditRepo as repo } from './repo';
import type { EntryRow } from './tables';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditEntry {
  id: string;
  createdAt: string;
  actor: { type: 'user' | 'api_key' | 'system'; id: string | null };
  action: string;
  entityType: string;
  entityId: string | null;
  changes: { before: unknown; after: unknown };
  requestId: string | null;
  ip: string | null;
  hash: string;
  prevHash: string;
}

/** What the hash covers, read back from a stored row. */
const hashedFields = (r: EntryRow): HashedFields => ({
  id: r.id,
  createdAt: new Date(r.created_at).toISOString(),
  actorType: r.actor_type,
  actorId: r.actor_id,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  changes: r.changes,
  requestId: r.request_id,
  ip: r.ip,
});

const toEntry = (r: EntryRow): AuditEntry => {
  const { actorType, actorId, ...fields } = hashedFields(r);
  return { ...fields, actor: { type: r.actor_type, id: actorId }, changes: r.changes, hash: r.hash, prevHash: r.prev_hash };
};

/** Strips secrets from audited snapshots (hashes, keys), whatever module they come from. */
function redact(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[k] = /password|secret|token|keyHash|key_hash/i.test(k) ? '[redacted]' : redact(v);
  }
  return out;
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  /** Entity types left out (what the caller may not read). */
  excludeEntityTypes?: string[];
  limit: number;
  cursor?: string;
}

export function createAuditService() {
  return {
    /** Appends an entry in the caller's transaction; the chain lock orders concurrent writers. */
    async record(tx: Db, ctx: RequestContext, input: AuditInput): Promise<void> {
      const prevHash = (await repo.lockChain(tx)) ?? GENESIS_HASH;
      const fields = {
        id: uuidv7(),
        createdAt: new Date().toISOString(),
        actorType: ctx.actor.type,
        actorId: ctx.actor.id,
        action: input.action,
        entityType: input.entityType,
        entityId: input.entityId,
        changes: { before: redact(input.before), after: redact(input.after) },
        requestId: ctx.requestId,
        ip: ctx.ip,
      };
      await repo.insert(tx, {
        id: fields.id,
        created_at: fields.createdAt,
        actor_type: fields.actorType,
        actor_id: fields.actorId,
        action: fields.action,
        entity_type: fields.entityType,
        entity_id: fields.entityId,
        changes: JSON.stringify(fields.changes),
        request_id: fields.requestId,
        ip: fields.ip,
        prev_hash: prevHash,
        hash: entryHash(prevHash, fields),
      });
    },

    async list(db: Db, q: AuditQuery): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
      const after = decodeCursor(q.cursor, (v): v is number => typeof v === 'number');
      const rows = await repo.list(db, { ...q, beforeSeq: after, limit: q.limit + 1 });
      const page = rows.slice(0, q.limit);
      return {
        items: page.map(toEntry),
        nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1].seq) : null,
      };
    },

    /** Recomputes the whole chain; the first entry whose hash or link is wrong is reported. */
    async verify(db: Db): Promise<{ ok: boolean; checked: number; firstBadId: string | null }> {
      let prevHash = GENESIS_HASH;
      let checked = 0;
      let lastSeq = 0;
      for (;;) {
        const rows = await repo.chainPage(db, lastSeq, 1000);
        if (rows.length === 0) return { ok: true, checked, firstBadId: null };
        for (const r of rows) {
          const expected = entryHash(prevHash, hashedFields(r));
          if (r.prev_hash !== prevHash || r.hash !== expected) return { ok: false, checked, firstBadId: r.id };
          prevHash = r.hash;
          checked++;
          lastSeq = r.seq;
        }
      }
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
