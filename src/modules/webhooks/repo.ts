import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';

export interface EndpointRow {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  secret: string;
  enabled: boolean;
  disabled_reason: string | null;
  consecutive_failures: number;
  circuit_open_until: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: Date | null;
  lease_until: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface AttemptRow {
  id: string;
  delivery_id: string;
  attempt: number;
  started_at: Date;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  succeeded: boolean;
}

/** SQL for the `webhooks` schema; every function runs in the handle (transaction) it is given. */
export const repo = {
  insertEndpoint: (q: Db, row: Omit<EndpointRow, 'consecutive_failures' | 'circuit_open_until' | 'disabled_reason' | 'version'>) =>
    q.insertInto('webhooks.endpoints').values(row).returningAll().executeTakeFirstOrThrow() as Promise<EndpointRow>,

  findEndpoint: (q: Db, id: string, forUpdate = false) => {
    let query = q.selectFrom('webhooks.endpoints').selectAll().where('id', '=', id);
    if (forUpdate) query = query.forUpdate();
    return query.executeTakeFirst() as Promise<EndpointRow | undefined>;
  },

  listEndpoints: (q: Db, opts: { limit: number; before?: string | null }) => {
    let query = q.selectFrom('webhooks.endpoints').selectAll().orderBy('id', 'desc').limit(opts.limit + 1);
    if (opts.before) query = query.where('id', '<', opts.before);
    return query.execute() as Promise<EndpointRow[]>;
  },

  enabledEndpoints: (q: Db) => q.selectFrom('webhooks.endpoints').selectAll().where('enabled', '=', true).execute() as Promise<EndpointRow[]>,

  updateEndpoint: (q: Db, id: string, set: Record<string, unknown>) =>
    q.updateTable('webhooks.endpoints').set({ ...set, version: sql`version + 1` }).where('id', '=', id).returningAll().executeTakeFirstOrThrow() as Promise<EndpointRow>,

  deleteEndpoint: (q: Db, id: string) => q.deleteFrom('webhooks.endpoints').where('id', '=', id).executeTakeFirst(),

  /** One delivery per (endpoint, event); returns only rows that were new (a replayed event adds none). */
  insertDeliveries: async (q: Db, rows: { id: string; endpoint_id: string; event_id: string; event_type: string; payload: string; next_attempt_at: Date }[]) => {
    if (rows.length === 0) return [] as { id: string }[];
    return q.insertInto('webhooks.deliveries').values(rows).onConflict((oc) => oc.columns(['endpoint_id', 'event_id']).doNothing()).returning(['id']).execute();
  },

  findDelivery: (q: Db, endpointId: string, id: string) =>
    q.selectFrom('webhooks.deliveries').selectAll().where('endpoint_id', '=', endpointId).where('id', '=', id).executeTakeFirst() as Promise<DeliveryRow | undefined>,

  listDeliveries: (q: Db, endpointId: string, opts: { limit: number; before?: string | null; status?: DeliveryStatus }) => {
    let query = q.selectFrom('webhooks.deliveries').selectAll().where('endpoint_id', '=', endpointId).orderBy('id', 'desc').limit(opts.limit + 1);
    if (opts.before) query = query.where('id', '<', opts.before);
    if (opts.status) query = query.where('status', '=', opts.status);
    return query.execute() as Promise<DeliveryRow[]>;
  },

  attemptsOf: (q: Db, deliveryId: string) =>
    q.selectFrom('webhooks.attempts').selectAll().where('delivery_id', '=', deliveryId).orderBy('attempt').execute() as Promise<AttemptRow[]>,

  /**
   * Takes a due, pending delivery for one attempt (a lease, so a duplicate job cannot send it
   * concurrently); undefined when it is not due, already leased, or no longer pending.
   */
  claimDelivery: async (q: Db, id: string, now: Date, leaseMs: number) => {
    const res = await sql<DeliveryRow & { url: string; secret: string; enabled: boolean; circuit_open_until: Date | null }>`
      update webhooks.deliveries d set lease_until = ${new Date(now.getTime() + leaseMs)}
      from webhooks.endpoints e
      where d.id = ${id} and e.id = d.endpoint_id and d.status = 'pending'
        and (d.lease_until is null or d.lease_until < ${now})
        and (d.next_attempt_at is null or d.next_attempt_at <= ${new Date(now.getTime() + 1000)})
      returning d.*, e.url, e.secret, e.enabled, e.circuit_open_until`.execute(q);
    return res.rows[0];
  },

  insertAttempt: (q: Db, row: AttemptRow) => q.insertInto('webhooks.attempts').values(row).execute(),

  updateDelivery: (q: Db, id: string, set: Record<string, unknown>) =>
    q.updateTable('webhooks.deliveries').set({ ...set, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow() as Promise<DeliveryRow>,

  /** Pending deliveries that should have been attempted a while ago and nobody holds (a crashed worker's). */
  overdueDeliveries: (q: Db, before: Date, now: Date, limit: number) =>
    q
      .selectFrom('webhooks.deliveries')
      .select(['id'])
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<', before)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      // still queued (a backlog, not a lost job): leave it to its job
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('pgboss.job as j').select(sql`1`.as('one')).where('j.name', '=', 'webhooks.deliver').where('j.state', 'in', ['created', 'retry']).whereRef(sql`j.data->>'deliveryId'`, '=', sql`webhooks.deliveries.id::text`))),
      )
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute(),

  /** Pending deliveries of an endpoint (re-queued when it is enabled again). */
  pendingOf: (q: Db, endpointId: string) =>
    q.selectFrom('webhooks.deliveries').select(['id']).where('endpoint_id', '=', endpointId).where('status', '=', 'pending').execute(),

  rescheduleAll: (q: Db, endpointId: string, at: Date) =>
    q.updateTable('webhooks.deliveries').set({ next_attempt_at: at, lease_until: null }).where('endpoint_id', '=', endpointId).where('status', '=', 'pending').execute(),
};
