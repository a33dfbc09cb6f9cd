import { Counter } from 'prom-client';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import { matchesPattern } from '../../platform/events/bus';
import { type DomainEvent, recordEvent } from '../../platform/events/outbox';
import type { RequestContext } from '../../platform/core/context';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import { type Jobs, txExecutor } from '../../platform/jobs';
import type { Metrics } from '../../platform/metrics';
import type { AuditService } from '../audit/index';
import { type AttemptRow, type DeliveryRow, type DeliveryStatus, type EndpointRow, repo } from './repo';
import { sendWebhook, type SendResult } from './sender';
import { generateSecret, webhookHeaders } from './signing';
import { type TargetPolicy, UnsafeTargetError, vetTarget } from './ssrf';
import { isUuid } from '../../platform/core/schemas';

export const DELIVERY_QUEUE = 'webhooks.deliver';

/** Standard Webhooks retry schedule: after the first attempt, retry after these delays; then `failed`. */
export const STANDARD_SCHEDULE_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 5 * 3600_000, 10 * 3600_000, 10 * 3600_000];

/** Circuit breaker: after this many consecutive failed attempts an endpoint rests before the next try. */
export const BREAKER_THRESHOLD = 5;
const BREAKER_MAX_MS = 10 * 60_000;
const LEASE_MS = 30_000;

export interface Endpoint {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  enabled: boolean;
  disabledReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
}

export interface Attempt {
  attempt: number;
  startedAt: string;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  succeeded: boolean;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

const toEndpoint = (r: EndpointRow): Endpoint => ({
  id: r.id,
  url: r.url,
  events: r.events,
  description: r.description,
  enabled: r.enabled,
  disabledReason: r.disabled_reason,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

const toDelivery = (r: DeliveryRow): Delivery => ({
  id: r.id,
  eventId: r.event_id,
  eventType: r.event_type,
  status: r.status,
  attempts: r.attempts,
  lastStatusCode: r.last_status_code,
  lastError: r.last_error,
  nextAttemptAt: r.status === 'pending' ? iso(r.next_attempt_at) : null,
  createdAt: iso(r.created_at)!,
});

const toAttempt = (r: AttemptRow): Attempt => ({
  attempt: r.attempt,
  startedAt: iso(r.started_at)!,
  durationMs: r.duration_ms,
  statusCode: r.status_code,
  error: r.error,
  succeeded: r.succeeded,
});

/** `order.*`, `product.published`, `*`: lowercase dotted names, a trailing `.*` wildcard. */
export const EVENT_PATTERN = '^(\\*|[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*(\\.\\*)?)$';

/** The body every consumer gets: webhooks, Socket.IO, NATS. */
export const envelopeOf = (e: DomainEvent) => ({ id: e.id, type: e.type, createdAt: e.createdAt, data: e.data });

/** Delay before the next try after `attempts` failed attempts; null when the schedule is exhausted. */
export function nextRetryDelay(attempts: number, schedule: readonly number[]): number | null {
  return attempts >= 1 && attempts <= schedule.length ? schedule[attempts - 1] : null;
}

/**
 * How long an endpoint rests once its circuit opens: 30 s, doubling each time the failure count
 * doubles (5, 10, 20, … failures), at most 10 min. Counting doublings rather than single failures
 * keeps one batch of parallel attempts failing together from escalating straight to the maximum.
 */
export function breakerCooldown(consecutiveFailures: number): number | null {
  if (consecutiveFailures < BREAKER_THRESHOLD) return null;
  const doublings = Math.floor(Math.log2(consecutiveFailures / BREAKER_THRESHOLD));
  return Math.min(30_000 * 2 ** doublings, BREAKER_MAX_MS);
}

export interface WebhookDeps {
  db: Db;
  audit: AuditService;
  jobs: Jobs;
  metrics: Metrics;
  now: () => Date;
  policy: TargetPolicy;
  /** Retry delays (ms); tests shorten them. */
  schedule?: readonly number[];
  timeoutMs?: number;
}

export function createWebhookService(deps: WebhookDeps) {
  const { db, audit, jobs, now, policy } = deps;
  let schedule = deps.schedule ?? STANDARD_SCHEDULE_MS;
  const results = new Counter({
    name: 'webhook_delivery_attempts_total',
    help: 'Outgoing webhook attempts by result (success, failure, refused)',
    labelNames: ['result'] as const,
    registers: [deps.metrics.registry],
  });

  const vet = async (url: string) => {
    try {
      await vetTarget(url, policy);
    } catch (err) {
      if (err instanceof UnsafeTargetError) {
        throw new DomainError('validation_failed', `url ${err.message}`, { errors: [{ path: 'url', message: err.message }] });
      }
      throw err;
    }
  };

  const enqueue = (q: Db | undefined, deliveryId: string, delayMs = 0) =>
    jobs.send(DELIVERY_QUEUE, { deliveryId }, { ...(q ? { tx: q } : {}), ...(delayMs > 0 ? { startAfter: Math.ceil(delayMs / 1000) } : {}) });

  const mustFind = async (q: Db, id: string, forUpdate = false) => {
    if (!isUuid(id)) throw notFound('Webhook');
    const row = await repo.findEndpoint(q, id, forUpdate);
    if (!row) throw notFound('Webhook');
    return row;
  };

  const recordEndpointEvent = (tx: Db, type: string, r: EndpointRow) =>
    recordEvent(tx, { type, aggregateType: 'webhook', aggregateId: r.id, data: { id: r.id, url: r.url, events: r.events, enabled: r.enabled } });

  /** Applies one attempt's outcome: attempt log, delivery state, endpoint breaker; schedules the retry. */
  async function settle(delivery: DeliveryRow, endpoint: { id: string }, result: SendResult, startedAt: Date, retries: boolean): Promise<DeliveryRow> {
    return db.transaction().execute(async (tx) => {
      const attempt = delivery.attempts + 1;
      await repo.insertAttempt(tx, {
        id: uuidv7(),
        delivery_id: delivery.id,
        attempt,
        started_at: startedAt,
        duration_ms: result.durationMs,
        status_code: result.statusCode,
        error: result.error,
        succeeded: result.ok,
      });
      results.inc({ result: result.ok ? 'success' : result.error?.startsWith('refused') ? 'refused' : 'failure' });
      const at = now();
      if (result.ok) {
        // Matches (and locks) nothing while the endpoint is healthy, so parallel successes do not queue.
        await tx
          .updateTable('webhooks.endpoints')
          .set({ consecutive_failures: 0, circuit_open_until: null })
          .where('id', '=', endpoint.id)
          .where((eb) => eb.or([eb('consecutive_failures', '>', 0), eb('circuit_open_until', 'is not', null)]))
          .execute();
        return repo.updateDelivery(tx, delivery.id, { status: 'succeeded', attempts: attempt, last_status_code: result.statusCode, last_error: null, next_attempt_at: null, lease_until: null });
      }
      const ep = await repo.findEndpoint(tx, endpoint.id, true);
      if (ep) {
        const failures = ep.consecutive_failures + 1;
        const open = ep.circuit_open_until && new Date(ep.circuit_open_until) > at;
        // attempts that were already in flight when the circuit opened do not extend it
        const cooldown = open ? null : breakerCooldown(failures);
        const set: Record<string, unknown> = { consecutive_failures: failures, circuit_open_until: open ? ep.circuit_open_until : cooldown === null ? null : new Date(at.getTime() + cooldown) };
        if (result.statusCode === 410) {
          Object.assign(set, { enabled: false, disabled_reason: 'The receiver answered 410 Gone', updated_at: at });
        }
        await tx.updateTable('webhooks.endpoints').set(set).where('id', '=', ep.id).execute();
        if (result.statusCode === 410) {
          await recordEndpointEvent(tx, 'webhook.disabled', { ...ep, enabled: false });
        }
      }
      const delay = retries && result.statusCode !== 410 ? nextRetryDelay(attempt, schedule) : null;
      const base = { attempts: attempt, last_status_code: result.statusCode, last_error: result.error?.slice(0, 500) ?? null, lease_until: null };
      if (delay === null) return repo.updateDelivery(tx, delivery.id, { ...base, status: 'failed', next_attempt_at: null });
      const updated = await repo.updateDelivery(tx, delivery.id, { ...base, status: 'pending', next_attempt_at: new Date(at.getTime() + delay) });
      await enqueue(tx, delivery.id, delay);
      return updated;
    });
  }

  return {
    /** Retry delays in ms (tests use short ones instead of hours). */
    setSchedule(delays: readonly number[]): void {
      schedule = delays;
    },

    async create(ctx: RequestContext, input: { url: string; events: string[]; description?: string | null }): Promise<Endpoint & { secret: string }> {
      await vet(input.url);
      const secret = generateSecret();
      const row = await db.transaction().execute(async (tx) => {
        const at = now();
        const r = await repo.insertEndpoint(tx, {
          id: uuidv7(),
          url: input.url,
          events: [...new Set(input.events)],
          description: input.description ?? null,
          secret,
          enabled: true,
          created_at: at,
          updated_at: at,
        });
        await audit.record(tx, ctx, { action: 'webhook.created', entityType: 'webhook', entityId: r.id, after: toEndpoint(r) });
        await recordEndpointEvent(tx, 'webhook.created', r);
        return r;
      });
      return { ...toEndpoint(row), secret };
    },

    async get(id: string): Promise<Endpoint> {
      return toEndpoint(await mustFind(db, id));
    },

    async list(q: { limit: number; cursor?: string }): Promise<{ items: Endpoint[]; nextCursor: string | null }> {
      const before = decodeCursor(q.cursor, (v): v is string => typeof v === 'string');
      const rows = await repo.listEndpoints(db, { limit: q.limit, before });
      const page = rows.slice(0, q.limit);
      return { items: page.map(toEndpoint), nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1].id) : null };
    },

    async update(ctx: RequestContext, id: string, patch: { url?: string; events?: string[]; description?: string | null; enabled?: boolean }): Promise<Endpoint> {
      if (patch.url !== undefined) await vet(patch.url);
      const { row, requeue } = await db.transaction().execute(async (tx) => {
        const before = await mustFind(tx, id, true);
        const set: Record<string, unknown> = { updated_at: now() };
        if (patch.url !== undefined) set.url = patch.url;
        if (patch.events !== undefined) set.events = [...new Set(patch.events)];
        if (patch.description !== undefined) set.description = patch.description;
        const reEnabled = patch.enabled === true && !before.enabled;
        if (patch.enabled !== undefined) set.enabled = patch.enabled;
        // Switching an endpoint back on closes its circuit and sends what waited meanwhile.
        if (patch.enabled === true) Object.assign(set, { disabled_reason: null, consecutive_failures: 0, circuit_open_until: null });
        if (patch.enabled === false) set.disabled_reason = 'Disabled by an administrator';
        const after = await repo.updateEndpoint(tx, id, set);
        let pending: { id: string }[] = [];
        if (reEnabled || (patch.enabled === true && before.circuit_open_until)) {
          await repo.rescheduleAll(tx, id, now());
          pending = await repo.pendingOf(tx, id);
          for (const p of pending) await enqueue(tx, p.id);
        }
        await audit.record(tx, ctx, { action: 'webhook.updated', entityType: 'webhook', entityId: id, before: toEndpoint(before), after: toEndpoint(after) });
        await recordEndpointEvent(tx, 'webhook.updated', after);
        return { row: after, requeue: pending.length };
      });
      void requeue;
      return toEndpoint(row);
    },

    async remove(ctx: RequestContext, id: string): Promise<void> {
      await db.transaction().execute(async (tx) => {
        const before = await mustFind(tx, id, true);
        await repo.deleteEndpoint(tx, id);
        await audit.record(tx, ctx, { action: 'webhook.deleted', entityType: 'webhook', entityId: id, before: toEndpoint(before) });
        await recordEndpointEvent(tx, 'webhook.deleted', { ...before, enabled: false });
      });
    },

    async listDeliveries(endpointId: string, q: { limit: number; cursor?: string; status?: DeliveryStatus }) {
      await mustFind(db, endpointId);
      const before = decodeCursor(q.cursor, (v): v is string => typeof v === 'string');
      const rows = await repo.listDeliveries(db, endpointId, { limit: q.limit, before, status: q.status });
      const page = rows.slice(0, q.limit);
      return { items: page.map(toDelivery), nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1].id) : null };
    },

    async getDelivery(endpointId: string, deliveryId: string): Promise<Delivery & { attemptLog: Attempt[] }> {
      await mustFind(db, endpointId);
      if (!isUuid(deliveryId)) throw notFound('Delivery');
      const row = await repo.findDelivery(db, endpointId, deliveryId);
      if (!row) throw notFound('Delivery');
      return { ...toDelivery(row), attemptLog: (await repo.attemptsOf(db, deliveryId)).map(toAttempt) };
    },

    /** Manual retry: the delivery is pending again and attempted now (one more try after the schedule ran out). */
    async retry(ctx: RequestContext, endpointId: string, deliveryId: string): Promise<Delivery> {
      const row = await db.transaction().execute(async (tx) => {
        const ep = await mustFind(tx, endpointId, true);
        if (!isUuid(deliveryId)) throw notFound('Delivery');
        const before = await repo.findDelivery(tx, endpointId, deliveryId);
        if (!before) throw notFound('Delivery');
        if (before.status === 'succeeded') throw new DomainError('invalid_transition', 'This delivery already succeeded; nothing to retry');
        if (!ep.enabled) throw new DomainError('invalid_transition', 'The endpoint is disabled; enable it first (its pending deliveries are then sent)');
        // A manual retry gets a full attempt even after the schedule ran out.
        const attempts = before.status === 'failed' ? Math.min(before.attempts, schedule.length) : before.attempts;
        const after = await repo.updateDelivery(tx, deliveryId, { status: 'pending', attempts, next_attempt_at: now(), lease_until: null });
        await tx.updateTable('webhooks.endpoints').set({ circuit_open_until: null }).where('id', '=', endpointId).execute();
        await enqueue(tx, deliveryId);
        await audit.record(tx, ctx, { action: 'webhook.delivery_retried', entityType: 'webhook_delivery', entityId: deliveryId, before: toDelivery(before), after: toDelivery(after) });
        return after;
      });
      return toDelivery(row);
    },

    /** Sends a `webhook.test` event to the endpoint now, once (no retries); the attempt is logged. */
    async sendTest(ctx: RequestContext, endpointId: string): Promise<Delivery & { attemptLog: Attempt[] }> {
      const ep = await mustFind(db, endpointId);
      const at = now();
      const event = { id: uuidv7(), type: 'webhook.test', createdAt: at.toISOString(), data: { endpointId: ep.id, message: 'Test delivery from Inventra' } };
      const payload = JSON.stringify(event);
      const delivery = await db.transaction().execute(async (tx) => {
        const [r] = await repo.insertDeliveries(tx, [{ id: uuidv7(), endpoint_id: ep.id, event_id: event.id, event_type: event.type, payload, next_attempt_at: at }]);
        await audit.record(tx, ctx, { action: 'webhook.test_sent', entityType: 'webhook', entityId: ep.id, after: { eventId: event.id } });
        return (await repo.findDelivery(tx, ep.id, r.id))!;
      });
      const result = await sendWebhook(ep.url, webhookHeaders(ep.secret, event.id, Math.floor(at.getTime() / 1000), payload), payload, policy, deps.timeoutMs);
      const settled = await settle(delivery, ep, result, at, false);
      return { ...toDelivery(settled), attemptLog: (await repo.attemptsOf(db, settled.id)).map(toAttempt) };
    },

    /**
     * Relay subscriber: one delivery per (event, matching enabled endpoint) and its job, written in
     * the relay's transaction with a few statements per batch. Idempotent by event id.
     */
    async fanOut(events: DomainEvent[], tx: Db): Promise<number> {
      const endpoints = await repo.enabledEndpoints(tx);
      if (endpoints.length === 0) return 0;
      const at = now();
      const rows = events.flatMap((event) => {
        const targets = endpoints.filter((e) => e.events.some((p) => matchesPattern(p, event.type)));
        if (targets.length === 0) return [];
        const payload = JSON.stringify(envelopeOf(event));
        return targets.map((e) => ({ id: uuidv7(), endpoint_id: e.id, event_id: event.id, event_type: event.type, payload, next_attempt_at: at }));
      });
      let created = 0;
      for (let i = 0; i < rows.length; i += 1000) {
        const inserted = await repo.insertDeliveries(tx, rows.slice(i, i + 1000));
        if (inserted.length) await jobs.boss.insert(inserted.map((d) => ({ name: DELIVERY_QUEUE, data: { deliveryId: d.id } })), { db: txExecutor(tx) } as any);
        created += inserted.length;
      }
      return created;
    },

    /** Job handler: one attempt of one delivery, sent outside any transaction. */
    async attempt(deliveryId: string): Promise<void> {
      const at = now();
      const claimed = await repo.claimDelivery(db, deliveryId, at, LEASE_MS);
      if (!claimed) return;
      if (!claimed.enabled) {
        // Waits until the endpoint is enabled again (PATCH enabled: true re-queues it).
        await repo.updateDelivery(db, deliveryId, { lease_until: null, next_attempt_at: null });
        return;
      }
      if (claimed.circuit_open_until && new Date(claimed.circuit_open_until) > at) {
        const wait = new Date(claimed.circuit_open_until).getTime() - at.getTime();
        await db.transaction().execute(async (tx) => {
          await repo.updateDelivery(tx, deliveryId, { lease_until: null, next_attempt_at: claimed.circuit_open_until });
          await enqueue(tx, deliveryId, wait);
        });
        return;
      }
      const headers = webhookHeaders(claimed.secret, claimed.event_id, Math.floor(at.getTime() / 1000), claimed.payload);
      const result = await sendWebhook(claimed.url, headers, claimed.payload, policy, deps.timeoutMs);
      await settle(claimed, { id: claimed.endpoint_id }, result, at, true);
    },

    /** Re-queues pending deliveries that are long overdue and unleased (their job died with a worker). */
    async sweep(graceMs = 30_000): Promise<number> {
      const at = now();
      const rows = await repo.overdueDeliveries(db, new Date(at.getTime() - graceMs), at, 500);
      for (const r of rows) await enqueue(undefined, r.id);
      return rows.length;
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;

