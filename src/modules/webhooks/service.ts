import { Counter } from 'prom-client';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import { matchesPattern } from '../../platform/events/bus';
import { type DomainEvent, recordEvent } from '../../platform/events/outbox';
import type { RequestContext } from '../../platform/core/context';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import type { Metrics } from '../../platform/metrics';
import type { AuditService } from '../audit/index';
import { type AttemptRow, type DeliveryRow, type DeliveryStatus, type EndpointRow, type EndpointUpdate, repo, type SettledAttempt } from './repo';
import type { WhileDisabled } from './tables';
import { DELIVERY_TIMEOUT_MS, sendWebhook, type SendResult } from './sender';
import { generateSecret, webhookHeaders } from './signing';
import { type TargetPolicy, UnsafeTargetError, vetTarget } from './ssrf';
import { isUuid } from '../../platform/core/schemas';

/** Standard Webhooks retry schedule: after the first attempt, retry after these delays; then `failed`. */
export const STANDARD_SCHEDULE_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 5 * 3600_000, 10 * 3600_000, 10 * 3600_000];

/** Circuit breaker: after this many consecutive failed attempts an endpoint rests before the next try. */
export const BREAKER_THRESHOLD = 5;
const BREAKER_MAX_MS = 10 * 60_000;
/** A delivery's lease: at least 30 s, and always well beyond one request's timeout. */
const LEASE_MS = 30_000;

export interface Endpoint {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  enabled: boolean;
  disabledReason: string | null;
  whileDisabled: WhileDisabled;
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
  whileDisabled: r.while_disabled,
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

/** The event's per-aggregate sequence (null only for events recorded before sequences existed). */
const sequenceOf = (e: DomainEvent): number | null => e.sequence ?? null;

/**
 * The webhook body: the event, its aggregate and its per-aggregate `sequence` (increasing in commit
 * order), so a receiver can put one aggregate's events back in order and drop repeats.
 */
export const envelopeOf = (e: DomainEvent) => ({
  id: e.id,
  type: e.type,
  createdAt: e.createdAt,
  aggregateType: e.aggregateType,
  aggregateId: e.aggregateId,
  sequence: sequenceOf(e),
  data: e.data,
});

/** One attempt made by the delivery queues, handed to `settleAttempts`. */
export interface Outcome {
  delivery: DeliveryRow;
  result: SendResult;
  startedAt: Date;
}

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
  metrics: Metrics;
  now: () => Date;
  policy: TargetPolicy;
  /** Retry delays (ms); tests shorten them. */
  schedule?: readonly number[];
  timeoutMs?: number;
}

export function createWebhookService(deps: WebhookDeps) {
  const { db, audit, now, policy } = deps;
  let schedule = deps.schedule ?? STANDARD_SCHEDULE_MS;
  let timeoutMs = deps.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const leaseMs = () => Math.max(LEASE_MS, timeoutMs + 15_000);
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


  const mustFind = async (q: Db, id: string, forUpdate = false) => {
    if (!isUuid(id)) throw notFound('Webhook');
    const row = await repo.findEndpoint(q, id, forUpdate);
    if (!row) throw notFound('Webhook');
    return row;
  };

  const recordEndpointEvent = (tx: Db, type: string, r: EndpointRow) =>
    recordEvent(tx, { type, aggregateType: 'webhook', aggregateId: r.id, data: { id: r.id, url: r.url, events: r.events, enabled: r.enabled } });

  /** Breaker after failed attempts (and 410 Gone): counts, rests the endpoint, disables it. */
  async function failEndpoint(tx: Db, endpointId: string, failures: number, sinceSuccess: boolean, gone: boolean, at: Date) {
    const ep = await repo.findEndpoint(tx, endpointId, true);
    if (!ep) return null;
    const count = sinceSuccess ? failures : ep.consecutive_failures + failures;
    const open = ep.circuit_open_until && new Date(ep.circuit_open_until) > at;
    // attempts that were already in flight when the circuit opened do not extend it
    const cooldown = open ? null : breakerCooldown(count);
    const openUntil = open ? new Date(ep.circuit_open_until!) : cooldown === null ? null : new Date(at.getTime() + cooldown);
    const disable = gone && ep.enabled ? { enabled: false, disabled_reason: 'The receiver answered 410 Gone', updated_at: at } : {};
    await repo.setBreaker(tx, ep.id, { consecutive_failures: count, circuit_open_until: openUntil, ...disable });
    if (gone && ep.enabled) await recordEndpointEvent(tx, 'webhook.disabled', { ...ep, enabled: false });
    return { openUntil, disabled: gone || !ep.enabled };
  }

  /** The new state of a delivery after one attempt (retries follow the schedule unless `retries` is off). */
  function nextState(o: Outcome, whileDisabled: WhileDisabled, retries: boolean, at: Date): SettledAttempt {
    const attempt = o.delivery.attempts + 1;
    const gone = o.result.statusCode === 410;
    const delay = o.result.ok || gone || !retries ? null : nextRetryDelay(attempt, schedule);
    // 410 disables the endpoint: an endpoint that keeps events keeps this one too, for the replay
    const status: DeliveryStatus = o.result.ok ? 'succeeded' : (gone && whileDisabled === 'keep' && retries) || delay !== null ? 'pending' : 'failed';
    results.inc({ result: o.result.ok ? 'success' : o.result.error?.startsWith('refused') ? 'refused' : 'failure' });
    return {
      id: o.delivery.id,
      attempt_id: uuidv7(),
      attempt,
      status,
      code: o.result.statusCode,
      error: o.result.ok ? null : (o.result.error?.slice(0, 500) ?? null),
      next_at: delay === null ? null : new Date(at.getTime() + delay).toISOString(),
      started_at: o.startedAt.toISOString(),
      duration_ms: o.result.durationMs,
      ok: o.result.ok,
    };
  }

  /**
   * Records a batch of attempts of one endpoint in one transaction (one statement when all
   * succeeded) and gives back the leases of `released` deliveries. `halt` when the endpoint is
   * now resting or disabled; `wakeAt` when a retry or the end of a rest is due.
   */
  async function settleAttempts(endpoint: EndpointRow, outcomes: Outcome[], released: string[], retries = true) {
    const at = now();
    const rows = outcomes.map((o) => nextState(o, endpoint.while_disabled, retries, at));
    return db.transaction().execute(async (tx) => {
      if (!(await repo.settleBatch(tx, endpoint.id, rows, released, at))) return { rows, halt: true, wakeAt: null }; // deleted meanwhile
      const failed = outcomes.filter((o) => !o.result.ok).length;
      let halt: { openUntil: Date | null; disabled: boolean } | null = null;
      if (failed > 0) {
        const lastOk = outcomes.findLastIndex((o) => o.result.ok);
        halt = await failEndpoint(tx, endpoint.id, outcomes.length - 1 - lastOk, lastOk >= 0, outcomes.some((o) => o.result.statusCode === 410), at);
      }
      const due = rows.filter((r) => r.next_at).map((r) => new Date(r.next_at!).getTime());
      if (halt?.openUntil) due.push(halt.openUntil.getTime());
      return { rows, halt: !!halt && (halt.disabled || (halt.openUntil !== null && halt.openUntil > at)), wakeAt: due.length ? new Date(Math.min(...due)) : null };
    });
  }

  return {
    /** One request's timeout in ms (tests hold answers longer than the default 5 s). */
    setTimeoutMs(ms: number): void {
      timeoutMs = ms;
    },
    timeoutMs: () => timeoutMs,

    /** Retry delays in ms (tests use short ones instead of hours). */
    setSchedule(delays: readonly number[]): void {
      schedule = delays;
    },

    async create(ctx: RequestContext, input: { url: string; events: string[]; description?: string | null; whileDisabled?: WhileDisabled }): Promise<Endpoint & { secret: string }> {
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
          while_disabled: input.whileDisabled ?? 'skip',
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

    async update(ctx: RequestContext, id: string, patch: { url?: string; events?: string[]; description?: string | null; enabled?: boolean; whileDisabled?: WhileDisabled }): Promise<Endpoint> {
      if (patch.url !== undefined) await vet(patch.url);
      const row = await db.transaction().execute(async (tx) => {
        const before = await mustFind(tx, id, true);
        const set: EndpointUpdate = { updated_at: now() };
        if (patch.url !== undefined) set.url = patch.url;
        if (patch.events !== undefined) set.events = [...new Set(patch.events)];
        if (patch.description !== undefined) set.description = patch.description;
        if (patch.whileDisabled !== undefined) set.while_disabled = patch.whileDisabled;
        const reEnabled = patch.enabled === true && !before.enabled;
        if (patch.enabled !== undefined) set.enabled = patch.enabled;
        // Switching an endpoint back on closes its circuit and sends what waited meanwhile.
        if (patch.enabled === true) Object.assign(set, { disabled_reason: null, consecutive_failures: 0, circuit_open_until: null });
        if (patch.enabled === false) set.disabled_reason = 'Disabled by an administrator';
        const after = await repo.updateEndpoint(tx, id, set);
        if (reEnabled || (patch.enabled === true && before.circuit_open_until)) {
          // what waited (and, with whileDisabled: keep, what was kept) goes now, in order
          await repo.rescheduleAll(tx, id, now());
          await repo.notify(tx);
        }
        await audit.record(tx, ctx, { action: 'webhook.updated', entityType: 'webhook', entityId: id, before: toEndpoint(before), after: toEndpoint(after) });
        await recordEndpointEvent(tx, 'webhook.updated', after);
        return after;
      });
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
        await repo.setBreaker(tx, endpointId, { circuit_open_until: null });
        await repo.notify(tx);
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
        // leased by this request, so the delivery queues never send it too
        const [r] = await repo.insertDeliveries(tx, [{ id: uuidv7(), endpoint_id: ep.id, event_id: event.id, event_type: event.type, payload, next_attempt_at: at, lease_until: new Date(at.getTime() + leaseMs()), aggregate_key: `webhook.test:${event.id}` }]);
        await audit.record(tx, ctx, { action: 'webhook.test_sent', entityType: 'webhook', entityId: ep.id, after: { eventId: event.id } });
        return (await repo.findDelivery(tx, ep.id, r.id))!;
      });
      const result = await sendWebhook(ep.url, webhookHeaders(ep.secret, event.id, Math.floor(at.getTime() / 1000), payload), payload, policy, timeoutMs);
      await settleAttempts(ep, [{ delivery, result, startedAt: at }], [], false);
      const settled = (await repo.findDelivery(db, ep.id, delivery.id))!;
      return { ...toDelivery(settled), attemptLog: (await repo.attemptsOf(db, settled.id)).map(toAttempt) };
    },

    /**
     * Relay subscriber: one delivery per (event, target endpoint), written in the relay's
     * transaction with one statement per 1,000 rows. Targets are the enabled endpoints matching the
     * type, and disabled ones that keep events (`whileDisabled: keep`). Idempotent by event id.
     */
    async fanOut(events: DomainEvent[], tx: Db): Promise<number> {
      const endpoints = await repo.fanOutTargets(tx);
      if (endpoints.length === 0) return 0;
      const at = now();
      const rows = events.flatMap((event) => {
        const targets = endpoints.filter((e) => e.events.some((p) => matchesPattern(p, event.type)));
        if (targets.length === 0) return [];
        const payload = JSON.stringify(envelopeOf(event));
        const aggregate = `${event.aggregateType}:${event.aggregateId}`;
        const sequence = sequenceOf(event) ?? 0;
        return targets.map((e) => ({ id: uuidv7(), endpoint_id: e.id, event_id: event.id, event_type: event.type, payload, next_attempt_at: at, aggregate_key: aggregate, sequence }));
      });
      let created = 0;
      for (let i = 0; i < rows.length; i += 1000) created += (await repo.insertDeliveries(tx, rows.slice(i, i + 1000))).length;
      if (created > 0) await repo.notify(tx);
      return created;
    },

    /** For the delivery queues: leases the next deliveries of an endpoint (see repo.claimBatch). */
    claim: (endpointId: string, limit: number) => repo.claimBatch(db, endpointId, now(), leaseMs(), limit),

    /** Endpoints with deliveries that may go now. */
    busyEndpoints: () => repo.busyEndpoints(db, now()),

    /** One attempt of a leased delivery, outside any transaction (the queues record it with `settleAttempts`). */
    async send(endpoint: EndpointRow, d: DeliveryRow): Promise<Outcome> {
      const startedAt = now();
      const headers = webhookHeaders(endpoint.secret, d.event_id, Math.floor(startedAt.getTime() / 1000), d.payload);
      return { delivery: d, result: await sendWebhook(endpoint.url, headers, d.payload, policy, timeoutMs), startedAt };
    },

    settleAttempts,

    now,

    /** Pending deliveries long overdue and unleased (a backlog, or a crashed worker's): wakes the queues; returns how many. */
    async sweep(graceMs = 30_000): Promise<number> {
      const at = now();
      const rows = await repo.overdueDeliveries(db, new Date(at.getTime() - graceMs), at, 500);
      if (rows.length) await repo.notify(db);
      return rows.length;
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;

