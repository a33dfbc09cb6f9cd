import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../db/database';

/** The envelope every consumer sees: webhooks, Socket.IO, NATS and in-process subscribers. */
export interface DomainEvent<T = Record<string, unknown>> {
  id: string;
  type: string;
  createdAt: string;
  data: T;
  aggregateType: string;
  aggregateId: string;
  /**
   * 1, 2, 3... per (aggregateType, aggregateId), without gaps, in the commit order of the
   * transactions that emitted them: a consumer that sees 5 after 3 knows 4 is still coming.
   */
  sequence: number;
}

export interface NewEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  data: Record<string, unknown>;
}

export const OUTBOX_CHANNEL = 'inventra_outbox';

/**
 * Records domain events in the caller's transaction; the relay hands them out after commit.
 *
 * Each event takes the next `sequence` of its aggregate from `events.aggregate_sequences`: the
 * upsert row-locks the aggregate's counter until this transaction ends, so another transaction
 * emitting for the same aggregate waits, then numbers after it (commit order, no gaps: a rollback
 * returns the numbers). Counters are upserted in (type, id) order, so two multi-aggregate
 * emissions lock them in the same order.
 */
export async function recordEvents(tx: Db, events: NewEvent[]): Promise<DomainEvent[]> {
  if (events.length === 0) return [];
  const now = new Date();
  const counts = new Map<string, number>();
  const key = (e: NewEvent) => JSON.stringify([e.aggregateType, e.aggregateId]);
  const rows = events.map((e, ord) => {
    const k = (counts.get(key(e)) ?? 0) + 1;
    counts.set(key(e), k);
    return { ord, id: uuidv7(), k, e };
  });
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.ord}::int, ${r.id}::uuid, ${r.e.type}::text, ${r.e.aggregateType}::text, ${r.e.aggregateId}::text, ${JSON.stringify(r.e.data)}::jsonb, ${r.k}::bigint, ${counts.get(key(r.e))}::bigint)`,
    ),
  );
  // One round trip: counters, rows and the wake-up together (PostgreSQL folds a transaction's
  // identical notifications into one at commit, so several calls in one transaction still wake the relay once).
  const bumped = (
    await sql<{ aggregate_type: string; aggregate_id: string; last_sequence: string | number }>`
      with v (ord, id, type, aggregate_type, aggregate_id, data, k, n) as (values ${values}),
      bumped as (
        insert into events.aggregate_sequences as s (aggregate_type, aggregate_id, last_sequence)
        select aggregate_type, aggregate_id, max(n) from v group by aggregate_type, aggregate_id order by aggregate_type, aggregate_id
        on conflict (aggregate_type, aggregate_id) do update set last_sequence = s.last_sequence + excluded.last_sequence
        returning aggregate_type, aggregate_id, last_sequence),
      ins as (
        insert into events.outbox (id, type, aggregate_type, aggregate_id, data, created_at, sequence)
        select v.id, v.type, v.aggregate_type, v.aggregate_id, v.data, ${now}::timestamptz, b.last_sequence - v.n + v.k
        from v join bumped b on b.aggregate_type = v.aggregate_type and b.aggregate_id = v.aggregate_id
        order by v.ord)
      select b.aggregate_type, b.aggregate_id, b.last_sequence from bumped b cross join (select pg_notify(${OUTBOX_CHANNEL}, '')) n`.execute(tx)
  ).rows;
  const last = new Map(bumped.map((b) => [JSON.stringify([b.aggregate_type, b.aggregate_id]), Number(b.last_sequence)]));
  return rows.map((r) => ({
    id: r.id,
    type: r.e.type,
    createdAt: now.toISOString(),
    data: r.e.data,
    aggregateType: r.e.aggregateType,
    aggregateId: r.e.aggregateId,
    sequence: last.get(key(r.e))! - counts.get(key(r.e))! + r.k,
  }));
}

export const recordEvent = async (tx: Db, event: NewEvent) => (await recordEvents(tx, [event]))[0];
