import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../platform/db/database';
import { tables } from '../../platform/db/tables';
import type { AttemptRow, DeliveryRow, DeliveryStatus, EndpointRow, WebhooksTables } from './tables';

export type { AttemptRow, DeliveryRow, DeliveryStatus, EndpointRow } from './tables';
export type EndpointUpdate = Updateable<WebhooksTables['webhooks.endpoints']>;
export type DeliveryUpdate = Updateable<WebhooksTables['webhooks.deliveries']>;
export type ClaimedDelivery = DeliveryRow & { url: string; secret: string; enabled: boolean; circuit_open_until: Date | null };

const t = (q: Db) => tables<WebhooksTables>(q);

/** SQL for the `webhooks` schema; every function runs in the handle (transaction) it is given. */
export const repo = {
  insertEndpoint: (q: Db, row: Insertable<WebhooksTables['webhooks.endpoints']>): Promise<EndpointRow> =>
    t(q).insertInto('webhooks.endpoints').values(row).returningAll().executeTakeFirstOrThrow(),

  findEndpoint: (q: Db, id: string, forUpdate = false): Promise<EndpointRow | undefined> => {
    let query = t(q).selectFrom('webhooks.endpoints').selectAll().where('id', '=', id);
    if (forUpdate) query = query.forUpdate();
    return query.executeTakeFirst();
  },

  listEndpoints: (q: Db, opts: { limit: number; before?: string | null }): Promise<EndpointRow[]> => {
    let query = t(q).selectFrom('webhooks.endpoints').selectAll().orderBy('id', 'desc').limit(opts.limit + 1);
    if (opts.before) query = query.where('id', '<', opts.before);
    return query.execute();
  },

  enabledEndpoints: (q: Db): Promise<EndpointRow[]> => t(q).selectFrom('webhooks.endpoints').selectAll().where('enabled', '=', true).execute(),

  updateEndpoint: (q: Db, id: string, set: EndpointUpdate): Promise<EndpointRow> =>
    t(q).updateTable('webhooks.endpoints').set({ ...set, version: sql`version + 1` }).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),

  /** Breaker state only (no version bump: it is not an administrator's change). */
  setBreaker: async (q: Db, id: string, set: Pick<EndpointUpdate, 'consecutive_failures' | 'circuit_open_until' | 'enabled' | 'disabled_reason' | 'updated_at'>): Promise<void> => {
    await t(q).updateTable('webhooks.endpoints').set(set).where('id', '=', id).execute();
  },

  /** A success closes the breaker; matches (and locks) nothing while the endpoint is healthy, so parallel successes do not queue. */
  resetBreaker: async (q: Db, id: string): Promise<void> => {
    await t(q)
      .updateTable('webhooks.endpoints')
      .set({ consecutive_failures: 0, circuit_open_until: null })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('consecutive_failures', '>', 0), eb('circuit_open_until', 'is not', null)]))
      .execute();
  },

  deleteEndpoint: (q: Db, id: string) => t(q).deleteFrom('webhooks.endpoints').where('id', '=', id).executeTakeFirst(),

  /** One delivery per (endpoint, event); returns only rows that were new (a replayed event adds none). */
  insertDeliveries: async (q: Db, rows: { id: string; endpoint_id: string; event_id: string; event_type: string; payload: string; next_attempt_at: Date }[]) => {
    if (rows.length === 0) return [] as { id: string }[];
    return t(q).insertInto('webhooks.deliveries').values(rows).onConflict((oc) => oc.columns(['endpoint_id', 'event_id']).doNothing()).returning(['id']).execute();
  },

  findDelivery: (q: Db, endpointId: string, id: string): Promise<DeliveryRow | undefined> =>
    t(q).selectFrom('webhooks.deliveries').selectAll().where('endpoint_id', '=', endpointId).where('id', '=', id).executeTakeFirst(),

  listDeliveries: (q: Db, endpointId: string, opts: { limit: number; before?: string | null; status?: DeliveryStatus }): Promise<DeliveryRow[]> => {
    let query = t(q).selectFrom('webhooks.deliveries').selectAll().where('endpoint_id', '=', endpointId).orderBy('id', 'desc').limit(opts.limit + 1);
    if (opts.before) query = query.where('id', '<', opts.before);
    if (opts.status) query = query.where('status', '=', opts.status);
    return query.execute();
  },

  attemptsOf: (q: Db, deliveryId: string): Promise<AttemptRow[]> =>
    t(q).selectFrom('webhooks.attempts').selectAll().where('delivery_id', '=', deliveryId).orderBy('attempt').execute(),

  /**
   * Takes a due, pending delivery for one attempt (a lease, so a duplicate job cannot send it
   * concurrently); undefined when it is not due, already leased, or no longer pending.
   */
  claimDelivery: async (q: Db, id: string, now: Date, leaseMs: number): Promise<ClaimedDelivery | undefined> => {
    const res = await sql<ClaimedDelivery>`
      update webhooks.deliveries d set lease_until = ${new Date(now.getTime() + leaseMs)}
      from webhooks.endpoints e
      where d.id = ${id} and e.id = d.endpoint_id and d.status = 'pending'
        and (d.lease_until is null or d.lease_until < ${now})
        and (d.next_attempt_at is null or d.next_attempt_at <= ${new Date(now.getTime() + 1000)})
      returning d.*, e.url, e.secret, e.enabled, e.circuit_open_until`.execute(q);
    return res.rows[0];
  },

  insertAttempt: async (q: Db, row: AttemptRow): Promise<void> => {
    await t(q).insertInto('webhooks.attempts').values(row).execute();
  },

  updateDelivery: (q: Db, id: string, set: DeliveryUpdate): Promise<DeliveryRow> =>
    t(q).updateTable('webhooks.deliveries').set({ ...set, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),

  /** Pending deliveries that should have been attempted a while ago and nobody holds (a crashed worker's). */
  overdueDeliveries: (q: Db, before: Date, now: Date, limit: number) =>
    t(q)
      .selectFrom('webhooks.deliveries')
      .select(['id'])
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<', before)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      // still queued (a backlog, not a lost job): leave it to its job
      .where(sql<boolean>`not exists (select 1 from pgboss.job j where j.name = 'webhooks.deliver' and j.state in ('created', 'retry') and j.data->>'deliveryId' = webhooks.deliveries.id::text)`)
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute(),

  /** Pending deliveries of an endpoint (re-queued when it is enabled again). */
  pendingOf: (q: Db, endpointId: string) =>
    t(q).selectFrom('webhooks.deliveries').select(['id']).where('endpoint_id', '=', endpointId).where('status', '=', 'pending').execute(),

  rescheduleAll: async (q: Db, endpointId: string, at: Date): Promise<void> => {
    await t(q).updateTable('webhooks.deliveries').set({ next_attempt_at: at, lease_until: null }).where('endpoint_id', '=', endpointId).where('status', '=', 'pending').execute();
  },

  /** Expired nonces go; a stale one must not make a fresh request look replayed. */
  sweepNonces: async (q: Db, at: Date): Promise<void> => {
    await t(q).deleteFrom('webhooks.incoming_nonces').where('expires_at', '<', at).execute();
  },

  /** True the first time (scope, nonce) is stored while unexpired: a conflict with a live one is a replay. */
  rememberNonce: async (q: Db, scope: string, nonce: string, expiresAt: Date, at: Date): Promise<boolean> => {
    const res = await sql<{ nonce: string }>`
      insert into webhooks.incoming_nonces (scope, nonce, expires_at)
      values (${scope}, ${nonce}, ${expiresAt})
      on conflict (scope, nonce) do update set expires_at = excluded.expires_at
        where webhooks.incoming_nonces.expires_at < ${at}
      returning nonce`.execute(q);
    return res.rows.length === 1;
  },
};
