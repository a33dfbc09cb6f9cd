import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import type { RequestContext } from '../../platform/core/context';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import { entryHash, GENESIS_HASH } from './hash';

const CHAIN_LOCK = 0xa0d17;

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

interface Row {
  seq: number;
  id: string;
  created_at: Date;
  actor_type: AuditEntry['actor']['type'];
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: { before: unknown; after: unknown };
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

const toEntry = (r: Row): AuditEntry => ({
  id: r.id,
  createdAt: new Date(r.created_at).toISOString(),
  actor: { type: r.actor_type, id: r.actor_id },
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  changes: r.changes,
  requestId: r.request_id,
  ip: r.ip,
  hash: r.hash,
  prevHash: r.prev_hash,
});

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
      await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(tx);
      const last = await sql<{ hash: string }>`select hash from audit.entries order by seq desc limit 1`.execute(tx);
      const prevHash = last.rows[0]?.hash ?? GENESIS_HASH;
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
      await tx
        .insertInto('audit.entries')
        .values({
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
        })
        .execute();
    },

    async list(db: Db, q: AuditQuery): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
      const after = decodeCursor(q.cursor, (v): v is number => typeof v === 'number');
      let query = db.selectFrom('audit.entries').selectAll().orderBy('seq', 'desc').limit(q.limit + 1);
      if (q.entityType) query = query.where('entity_type', '=', q.entityType);
      if (q.entityId) query = query.where('entity_id', '=', q.entityId);
      if (q.actorId) query = query.where('actor_id', '=', q.actorId);
      if (q.excludeEntityTypes?.length) query = query.where('entity_type', 'not in', q.excludeEntityTypes);
      if (after !== null) query = query.where('seq', '<', after);
      const rows = (await query.execute()) as Row[];
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
        const rows = (await db.selectFrom('audit.entries').selectAll().where('seq', '>', lastSeq).orderBy('seq').limit(1000).execute()) as Row[];
        if (rows.length === 0) return { ok: true, checked, firstBadId: null };
        for (const r of rows) {
          const expected = entryHash(prevHash, {
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
