import { sql } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Db } from '../db/database';
import type { Metrics } from '../metrics';
import { type EventBus, matchesPattern, type Subscriber } from './bus';
import { OUTBOX_CHANNEL, type DomainEvent } from './outbox';

const RELAY_LOCK = 0x0b7b0c;
const MAX_RETRY_DELAY_MS = 5 * 60_000;
const RETENTION_DAYS = 7;

interface OutboxRow {
  seq: number;
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  sequence: number | string;
  data: Record<string, unknown>;
  created_at: Date;
}

interface RetryRow extends OutboxRow {
  subscriber: string;
  attempts: number;
}

export interface RelayOptions {
  pollMs?: number;
  batch?: number;
  /** First retry delay for a failed subscriber; doubles per attempt up to 5 min. */
  retryBaseMs?: number;
}

/** A subscriber failed while the batch ran without savepoints: redo the batch carefully. */
class CarefulRedo extends Error {}

const toEvent = (row: OutboxRow): DomainEvent => ({
  id: row.id,
  type: row.type,
  createdAt: new Date(row.created_at).toISOString(),
  data: row.data,
  aggregateType: row.aggregate_type,
  aggregateId: row.aggregate_id,
  sequence: Number(row.sequence),
});

/** Subscriptions grouped by subscriber name (a name is retried as a unit). */
function byName(subs: Subscriber[]): Map<string, Subscriber[]> {
  const m = new Map<string, Subscriber[]>();
  for (const s of subs) m.set(s.name, [...(m.get(s.name) ?? []), s]);
  return m;
}

/**
 * Moves committed outbox events to the bus, oldest first. Woken by NOTIFY, with a polling
 * fallback; one relay at a time across replicas (transaction-scoped advisory lock), so order
 * per aggregate is kept. Delivery is at least once: consumers dedupe by event id.
 *
 * A batch first runs without savepoints (fast). If any subscriber throws, the batch is rolled
 * back and run again with a savepoint around each subscriber: a failing subscriber's writes are
 * undone, the event is recorded in `events.subscriber_retries` for that subscriber alone (retried
 * with backoff), and the other subscribers and events go on. Side effects outside the database
 * (Socket.IO, NATS) may therefore happen twice; that is what "at least once" allows.
 */
export class OutboxRelay {
  private stopped = false;
  private running: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private pending = false;
  private unlisten: (() => Promise<void>) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastCleanup = 0;
  private exclusive: Promise<void> = Promise.resolve();

  constructor(
    private readonly database: Database,
    private readonly bus: EventBus,
    private readonly log: FastifyBaseLogger,
    private readonly metrics: Metrics,
    private readonly opts: RelayOptions = {},
  ) {}

  async start(): Promise<void> {
    this.unlisten = await this.database.listen(OUTBOX_CHANNEL, () => this.kick());
    this.timer = setInterval(() => this.kick(), this.opts.pollMs ?? 1000);
    this.timer.unref();
    this.running = this.loop();
    this.kick();
  }

  kick(): void {
    this.pending = true;
    this.wake?.();
  }

  /**
   * Publishes everything committed so far, including due subscriber retries (tests and shutdown
   * use it). If another relay holds the lock, waits for it (up to `timeoutMs`).
   */
  async drain(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const n = await this.publishBatch();
      if (n === 0) return;
      if (n < 0) {
        if (Date.now() > deadline) return;
        await new Promise((r) => setTimeout(r, 10));
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.wake?.();
    await this.running;
    await this.unlisten?.();
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      if (!this.pending) await new Promise<void>((r) => (this.wake = r));
      this.wake = null;
      if (this.stopped) break;
      this.pending = false;
      try {
        while (!this.stopped && (await this.publishBatch()) > 0) {
          /* drain */
        }
        await this.cleanup();
      } catch (err) {
        this.log.error({ err }, 'outbox relay batch failed');
        await new Promise((r) => setTimeout(r, 500));
        this.pending = true;
      }
    }
  }

  /** Events handed out (including retries); 0 when there was nothing to do, -1 when another relay holds the lock. */
  /** One batch at a time in this process (the loop and drain() share it), so a redo is not interleaved. */
  private publishBatch(): Promise<number> {
    const run = this.exclusive.then(() => this.publishBatchNow());
    this.exclusive = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async publishBatchNow(): Promise<number> {
    // External subscribers that succeeded in a pass that was then rolled back are not run again.
    const done = new Set<string>();
    let n: number;
    try {
      n = await this.runBatch(false, done);
    } catch (err) {
      if (!(err instanceof CarefulRedo)) throw err;
      n = await this.runBatch(true, done);
    }
    if (n > 0) this.bus.batchCommitted();
    return n;
  }

  private runBatch(careful: boolean, done: Set<string>): Promise<number> {
    // The embedded database runs on this event loop: smaller batches keep each statement short.
    const limit = this.opts.batch ?? (this.database.kind === 'pglite' ? 100 : 500);
    return this.database.db.transaction().execute(async (tx) => {
      const locked = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${RELAY_LOCK}) as ok`.execute(tx);
      if (!locked.rows[0]?.ok) return -1;
      const rows = (await sql<OutboxRow>`
        select seq, id, type, aggregate_type, aggregate_id, sequence, data, created_at from events.outbox
        where published_at is null order by seq limit ${limit}`.execute(tx)).rows;
      this.metrics.outboxLag.set(rows.length ? (Date.now() - new Date(rows[0].created_at).getTime()) / 1000 : 0);
      const events = rows.map(toEvent);
      for (const event of events) {
        for (const [name, subs] of byName(this.bus.matching(event.type))) {
          // fast path: batch subscribers get the whole batch below
          if (!careful && subs.every((s) => s.batch)) continue;
          const key = `${event.id}:${name}`;
          if (done.has(key)) continue;
          const err = await this.run(tx, event, subs, careful);
          if (err !== null) await this.scheduleRetry(tx, event, name, 1, err);
          else if (subs.every((s) => s.external)) done.add(key);
        }
        this.metrics.outboxPublished.inc({ type: event.type });
      }
      if (!careful) {
        for (const sub of this.bus.batchSubscribers()) {
          const matching = events.filter((e) => matchesPattern(sub.pattern, e.type) && !done.has(`${e.id}:${sub.name}`));
          if (matching.length === 0) continue;
          try {
            await sub.batch!(matching, tx);
          } catch (err) {
            this.log.warn({ err, subscriber: sub.name }, 'batch subscriber failed; redoing the batch event by event');
            throw new CarefulRedo();
          }
          if (sub.external) for (const e of matching) done.add(`${e.id}:${sub.name}`);
        }
      }
      if (rows.length) await sql`update events.outbox set published_at = now() where seq = any(${rows.map((r) => r.seq)})`.execute(tx);
      const retried = await this.runRetries(tx, careful, done);
      return rows.length + retried;
    });
  }

  /** Runs one subscriber's handlers for an event; returns the error when it failed (careful mode). */
  private async run(tx: Db, event: DomainEvent, subs: Subscriber[], careful: boolean): Promise<unknown | null> {
    if (!careful) {
      try {
        for (const s of subs) await s.handler(event, tx);
        return null;
      } catch (err) {
        this.log.warn({ err, eventId: event.id, subscriber: subs[0].name }, 'event subscriber failed; redoing the batch with savepoints');
        throw new CarefulRedo();
      }
    }
    await sql`savepoint relay_subscriber`.execute(tx);
    try {
      for (const s of subs) await s.handler(event, tx);
      await sql`release savepoint relay_subscriber`.execute(tx);
      return null;
    } catch (err) {
      await sql`rollback to savepoint relay_subscriber`.execute(tx);
      this.log.error({ err, eventId: event.id, subscriber: subs[0].name }, 'event subscriber failed; will retry');
      return err;
    }
  }

  private async scheduleRetry(tx: Db, event: DomainEvent, subscriber: string, attempts: number, err: unknown): Promise<void> {
    const delay = Math.min((this.opts.retryBaseMs ?? 1000) * 2 ** (attempts - 1), MAX_RETRY_DELAY_MS);
    const message = String((err as Error)?.message ?? err).slice(0, 500);
    await sql`
      insert into events.subscriber_retries (event_id, subscriber, attempts, last_error, next_attempt_at)
      values (${event.id}, ${subscriber}, ${attempts}, ${message}, now() + ${`${delay} milliseconds`}::interval)
      on conflict (event_id, subscriber) do update
        set attempts = excluded.attempts, last_error = excluded.last_error, next_attempt_at = excluded.next_attempt_at`.execute(tx);
  }

  /** Due retries, oldest event first; a subscriber that no longer exists drops its retries. */
  private async runRetries(tx: Db, careful: boolean, done: Set<string>): Promise<number> {
    const due = (await sql<RetryRow>`
      select r.subscriber, r.attempts, o.seq, o.id, o.type, o.aggregate_type, o.aggregate_id, o.sequence, o.data, o.created_at
      from events.subscriber_retries r join events.outbox o on o.id = r.event_id
      where r.next_attempt_at <= now() order by o.seq limit 100`.execute(tx)).rows;
    for (const row of due) {
      const event = toEvent(row);
      const subs = this.bus.named(row.subscriber, event.type);
      const key = `retry:${event.id}:${row.subscriber}`;
      const err = subs.length && !done.has(key) ? await this.run(tx, event, subs, careful) : null;
      if (err === null && subs.every((s) => s.external)) done.add(key);
      if (err === null) await sql`delete from events.subscriber_retries where event_id = ${row.id} and subscriber = ${row.subscriber}`.execute(tx);
      else await this.scheduleRetry(tx, event, row.subscriber, row.attempts + 1, err);
    }
    return due.length;
  }

  /** Published events are kept a week (for inspection and late retries), then deleted. */
  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 10 * 60_000) return;
    this.lastCleanup = Date.now();
    await sql`
      delete from events.outbox o where o.published_at < now() - ${`${RETENTION_DAYS} days`}::interval
        and not exists (select 1 from events.subscriber_retries r where r.event_id = o.id)`.execute(this.database.db);
  }
}
