import { sql } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database';
import type { Metrics } from '../metrics';
import { type EventBus } from './bus';
import { OUTBOX_CHANNEL, type DomainEvent } from './outbox';

const RELAY_LOCK = 0x0b7b0c;

interface OutboxRow {
  seq: number;
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  data: Record<string, unknown>;
  created_at: Date;
}

/**
 * Moves committed outbox events to the bus, oldest first. Woken by NOTIFY, with a polling
 * fallback; one relay at a time across replicas (transaction-scoped advisory lock), so order
 * per aggregate is kept. Delivery is at least once: consumers dedupe by event id.
 */
export class OutboxRelay {
  private stopped = false;
  private running: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private pending = false;
  private unlisten: (() => Promise<void>) | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly database: Database,
    private readonly bus: EventBus,
    private readonly log: FastifyBaseLogger,
    private readonly metrics: Metrics,
    private readonly opts: { pollMs?: number; batch?: number } = {},
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

  /** Publishes everything committed so far (tests and shutdown use it). */
  async drain(): Promise<void> {
    while ((await this.publishBatch()) > 0) {
      /* keep going */
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
      } catch (err) {
        this.log.error({ err }, 'outbox relay batch failed');
        await new Promise((r) => setTimeout(r, 500));
        this.pending = true;
      }
    }
  }

  private async publishBatch(): Promise<number> {
    const limit = this.opts.batch ?? 200;
    return this.database.db.transaction().execute(async (tx) => {
      const locked = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${RELAY_LOCK}) as ok`.execute(tx);
      if (!locked.rows[0]?.ok) return 0;
      const rows = (await sql<OutboxRow>`
        select seq, id, type, aggregate_type, aggregate_id, data, created_at from events.outbox
        where published_at is null order by seq limit ${limit}`.execute(tx)).rows;
      if (rows.length === 0) {
        this.metrics.outboxLag.set(0);
        return 0;
      }
      this.metrics.outboxLag.set((Date.now() - new Date(rows[0].created_at).getTime()) / 1000);
      for (const row of rows) {
        const event: DomainEvent = {
          id: row.id,
          type: row.type,
          createdAt: new Date(row.created_at).toISOString(),
          data: row.data,
          aggregateType: row.aggregate_type,
          aggregateId: row.aggregate_id,
        };
        await this.bus.dispatch(event, tx, (name, err) => this.log.error({ err, eventId: row.id, subscriber: name }, 'event subscriber failed'));
        this.metrics.outboxPublished.inc({ type: row.type });
      }
      await sql`update events.outbox set published_at = now() where seq = any(${rows.map((r) => r.seq)})`.execute(tx);
      return rows.length;
    });
  }
}
