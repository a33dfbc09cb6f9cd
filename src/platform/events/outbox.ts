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
}

export interface NewEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  data: Record<string, unknown>;
}

export const OUTBOX_CHANNEL = 'inventra_outbox';

/** Records domain events in the caller's transaction; the relay hands them out after commit. */
export async function recordEvents(tx: Db, events: NewEvent[]): Promise<DomainEvent[]> {
  if (events.length === 0) return [];
  const now = new Date();
  const rows = events.map((e) => ({
    id: uuidv7(),
    type: e.type,
    aggregate_type: e.aggregateType,
    aggregate_id: e.aggregateId,
    data: JSON.stringify(e.data),
    created_at: now,
  }));
  // One round trip: the rows and the wake-up together (PostgreSQL folds a transaction's identical
  // notifications into one at commit, so several calls in one transaction still wake the relay once).
  await tx
    .with('ins', (w) => w.insertInto('events.outbox').values(rows))
    .selectNoFrom(sql`pg_notify(${OUTBOX_CHANNEL}, '')`.as('n'))
    .execute();
  return rows.map((r, i) => ({
    id: r.id,
    type: r.type,
    createdAt: now.toISOString(),
    data: events[i].data,
    aggregateType: r.aggregate_type,
    aggregateId: r.aggregate_id,
  }));
}

export const recordEvent = async (tx: Db, event: NewEvent) => (await recordEvents(tx, [event]))[0];
