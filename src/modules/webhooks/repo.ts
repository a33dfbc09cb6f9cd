import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../platform/db/database';
import { tables } from '../../platform/db/tables';
import type { AttemptRow, DeliveryRow, DeliveryStatus, EndpointRow, WebhooksTables } from './tables';

export type { AttemptRow, DeliveryRow, DeliveryStatus, EndpointRow } from './tables';
export type EndpointUpdate = Updateable<WebhooksTables['webhooks.endpoints']>;
export type DeliveryUpdate = Updateable<WebhooksTables['webhooks.deliveries']>;

/** One attempt's outcome as `settleBatch` writes it. */
export interface SettledAttempt {
  id: string;
  attempt_id: string;
  attempt: number;
  status: DeliveryStatus;
  code: number | null;
  error: string | null;
  next_at: string | null;
  started_at: string;
  duration_ms: number;
  ok: boolean;
}

export const DELIVERY_CHANNEL = 'inventra_webhooks';
/** Advisory lock class for per-endpoint claims (the object id is a hash of the endpoint id). */
const CLAIM_LOCK_CLASS = 0x3e6b;

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

  /** Endpoints an event is fanned out to: enabled ones, and disabled ones that keep events for later. */
  fanOutTargets: (q: Db): Promise<EndpointRow[]> =>
    t(q)
      .selectFrom('webhooks.endpoints')
      .selectAll()
      .where((eb) => eb.or([eb('enabled', '=', true), eb('while_disabled', '=', 'keep')]))
      .execute(),

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
  insertDeliveries: async (q: Db, rows: Insertable<WebhooksTables['webhooks.deliveries']>[]) => {
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
   * Leases the next deliveries of one endpoint that may go now: due, unleased, and each the head of
   * its (endpoint, aggregate) chain or preceded only by deliveries leased in the same statement.
   * An earlier delivery still in flight, waiting for a retry, or beyond this batch blocks the rest
   * of its chain. Claims of one endpoint are serialised (transaction-scoped advisory lock), so two
   * workers never lease parts of one chain. Returns nothing while the endpoint is disabled or resting.
   */
  claimBatch: (q: Db, endpointId: string, now: Date, leaseMs: number, limit: number) =>
    q.transaction().execute(async (tx) => {
      await sql`select pg_advisory_xact_lock(${CLAIM_LOCK_CLASS}, hashtext(${endpointId}))`.execute(tx);
      // shared lock: an administrator's change or delete of the endpoint waits for this claim, not a deadlock
      const ep = await t(tx).selectFrom('webhooks.endpoints').selectAll().where('id', '=', endpointId).forShare().executeTakeFirst();
      if (!ep || !ep.enabled || (ep.circuit_open_until && new Date(ep.circuit_open_until) > now)) return { endpoint: ep, deliveries: [] as DeliveryRow[] };
      const res = await sql<DeliveryRow>`
        with cand as (
          select id, aggregate_key, sequence, position from webhooks.deliveries
          where endpoint_id = ${endpointId} and status = 'pending'
            and (lease_until is null or lease_until < ${now})
            and (next_attempt_at is null or next_attempt_at <= ${now})
          order by position limit ${limit}
        ), heads as (
          select c.id from cand c where not exists (
            select 1 from webhooks.deliveries p
            where p.endpoint_id = ${endpointId} and p.aggregate_key = c.aggregate_key and p.status = 'pending'
              and (p.sequence, p.position) < (c.sequence, c.position)
              and p.id not in (select id from cand))
        )
        update webhooks.deliveries d set lease_until = ${new Date(now.getTime() + leaseMs)}
        from heads where d.id = heads.id
        returning d.*`.execute(tx);
      return { endpoint: ep, deliveries: res.rows.sort((a, b) => a.position - b.position) };
    }),

  /**
   * One batch of attempts at once: the attempt log, every delivery's new state, the leases of
   * deliveries that were claimed but not sent given back, and (when all succeeded) the breaker closed.
   */
  settleBatch: async (q: Db, endpointId: string, settled: SettledAttempt[], released: string[], now: Date): Promise<boolean> => {
    // The endpoint row first: a concurrent delete or re-enable waits for this batch (or it for them)
    // instead of deadlocking on delivery rows, and settles of one endpoint from several workers take
    // turns on its breaker (fan-out inserts only take key-share locks, which this does not block).
    const live = await t(q).selectFrom('webhooks.endpoints').select('id').where('id', '=', endpointId).forNoKeyUpdate().executeTakeFirst();
    if (!live) return false;
    const allOk = settled.every((s) => s.ok);
    await sql`
      with v as (
        select * from jsonb_to_recordset(${JSON.stringify(settled)}::jsonb) as v(
          id uuid, attempt_id uuid, attempt int, status text, code int, error text, next_at timestamptz,
          started_at timestamptz, duration_ms int, ok boolean)
      ), a as (
        insert into webhooks.attempts (id, delivery_id, attempt, started_at, duration_ms, status_code, error, succeeded)
        select attempt_id, id, attempt, started_at, duration_ms, code, error, ok from v
      ), r as (
        update webhooks.deliveries set lease_until = null where id = any(${released}::uuid[]) and status = 'pending'
      ), b as (
        update webhooks.endpoints set consecutive_failures = 0, circuit_open_until = null
        where id = ${endpointId} and ${allOk && settled.length > 0}
          and (consecutive_failures > 0 or circuit_open_until is not null)
      )
      update webhooks.deliveries d set status = v.status, attempts = v.attempt, last_status_code = v.code,
        last_error = v.error, next_attempt_at = v.next_at, lease_until = null, updated_at = ${now}
      from v where d.id = v.id`.execute(q);
    return true;
  },

  /** Enabled endpoints, not resting, with a delivery that may be due now (their queues start). */
  busyEndpoints: async (q: Db, now: Date): Promise<string[]> => {
    const res = await sql<{ id: string }>`
      select e.id from webhooks.endpoints e
      where e.enabled and (e.circuit_open_until is null or e.circuit_open_until <= ${now})
        and exists (select 1 from webhooks.deliveries d where d.endpoint_id = e.id and d.status = 'pending'
          and (d.lease_until is null or d.lease_until < ${now}) and (d.next_attempt_at is null or d.next_attempt_at <= ${now}))`.execute(q);
    return res.rows.map((r) => r.id);
  },

  updateDelivery: (q: Db, id: string, set: DeliveryUpdate): Promise<DeliveryRow> =>
    t(q).updateTable('webhooks.deliveries').set({ ...set, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),

  /** Wakes the delivery workers of every process (they LISTEN on this channel). */
  notify: async (q: Db): Promise<void> => {
    await sql`select pg_notify(${DELIVERY_CHANNEL}, '')`.execute(q);
  },

  /** Pending deliveries that should have been attempted a while ago and nobody holds (a crashed worker's). */
  overdueDeliveries: (q: Db, before: Date, now: Date, limit: number) =>
    t(q)
      .selectFrom('webhooks.deliveries')
      .select(['id'])
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<', before)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute(),

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
