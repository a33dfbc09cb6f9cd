import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import type { RequestContext } from '../../platform/core/context';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import { Gauge } from 'prom-client';
import type { Metrics } from '../../platform/metrics';
import { entryHash, GENESIS_HASH, hashedFields } from './hash';
import { createAuditLinker, type LinkerLog } from './linker';
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

const toEntry = (r: EntryRow): AuditEntry => {
  const { actorType, actorId, ...fields } = hashedFields(r);
  // Only linked entries are read (list), so the chain fields are there.
  return { ...fields, actor: { type: r.actor_type, id: actorId }, changes: r.changes, hash: r.hash!, prevHash: r.prev_hash! };
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

export interface AuditDeps {
  /** Where the linker reads and links (the primary). */
  db: Db;
  metrics?: Metrics;
  log?: LinkerLog;
}

/** Linking lag on /metrics, read at scrape time so every replica reports the database's truth. */
function registerLagMetrics(metrics: Metrics, db: Db): void {
  // Both gauges are collected in the same scrape: they share one query.
  let inFlight: Promise<Awaited<ReturnType<typeof repo.lag>> | null> | null = null;
  const lag = () =>
    (inFlight ??= repo
      .lag(db)
      .catch(() => null)
      .finally(() => {
        inFlight = null;
      }));
  new Gauge({
    name: 'audit_unlinked_entries',
    help: 'Committed audit entries not yet linked into the hash chain (not yet covered by verify)',
    registers: [metrics.registry],
    async collect() {
      this.set((await lag())?.unlinked ?? 0);
    },
  });
  new Gauge({
    name: 'audit_oldest_unlinked_seconds',
    help: 'Age of the oldest audit entry not yet linked into the hash chain (linking lag)',
    registers: [metrics.registry],
    async collect() {
      this.set((await lag())?.oldestSeconds ?? 0);
    },
  });
}

export function createAuditService(deps: AuditDeps) {
  const linker = createAuditLinker(deps.db, deps.log);
  if (deps.metrics) registerLagMetrics(deps.metrics, deps.db);
  return {
    /**
     * Appends an entry in the caller's transaction, unlinked: writers take no shared lock. The
     * linker gives it its place in the hash chain after the transaction commits.
     */
    async record(tx: Db, ctx: RequestContext, input: AuditInput): Promise<void> {
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
      });
      linker.recorded(fields.id);
    },

    /** Starts the linker in this process (every role: after its own writes, and sweeping). */
    startLinking: () => linker.start(),
    stopLinking: () => linker.stop(),
    /** Links every entry committed so far; returns how many this call linked. */
    linkCommitted: () => linker.linkCommitted(),

    /**
     * Linked entries, newest first in chain order. Everything committed before the call is linked
     * first, so a write is listed as soon as it has been answered, with its hashes.
     */
    async list(db: Db, q: AuditQuery): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
      const before = decodeCursor(q.cursor, (v): v is number => typeof v === 'number');
      await linker.linkCommitted();
      const rows = await repo.list(db, { ...q, beforePos: before, limit: q.limit + 1 });
      const page = rows.slice(0, q.limit);
      return {
        items: page.map(toEntry),
        nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1].chain_pos) : null,
      };
    },

    /**
     * Links everything committed so far, then recomputes the whole chain in chain order; the first
     * entry whose hash, link or position is wrong is reported. `checked` counts linked entries.
     */
    async verify(db: Db): Promise<{ ok: boolean; checked: number; firstBadId: string | null }> {
      await linker.linkCommitted();
      let prevHash = GENESIS_HASH;
      let checked = 0;
      for (;;) {
        const rows = await repo.chainPage(db, checked, 1000);
        if (rows.length === 0) return { ok: true, checked, firstBadId: null };
        for (const r of rows) {
          // Positions run 1, 2, 3, ... with no gap: a gap is a removed entry.
          const expected = entryHash(prevHash, hashedFields(r));
          if (r.chain_pos !== checked + 1 || r.prev_hash !== prevHash || r.hash !== expected) return { ok: false, checked, firstBadId: r.id };
          prevHash = r.hash;
          checked++;
        }
      }
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
