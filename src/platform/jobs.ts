import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database, Db } from './db/database';
import type { Metrics } from './metrics';

const JOBS_LOCK = 0x70b5;

type Executor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }> };

/** pg-boss speaks to our database through this adapter, on PGlite and PostgreSQL alike. */
function executorFor(database: Database): Executor {
  if (database.pglite) {
    const pglite = database.pglite;
    return {
      executeSql: (text, values = []) =>
        database.db.connection().execute(async () => {
          if (values.length === 0) {
            const res = await pglite.exec(text);
            return { rows: res.length ? res[res.length - 1].rows : [] };
          }
          return { rows: (await pglite.query(text, values as any[])).rows };
        }),
    };
  }
  const pool = database.pool!;
  return { executeSql: async (text, values = []) => ({ rows: (await pool.query(text, values as any[])).rows }) };
}

/** Runs pg-boss statements inside one of our Kysely transactions (enqueue atomically with a change). */
export function txExecutor(tx: Db): Executor {
  return {
    executeSql: async (text, values = []) => ({ rows: (await tx.executeQuery(CompiledQuery.raw(text, values as unknown[]))).rows as any[] }),
  };
}

export type JobHandler<T> = (data: T, job: { id: string; retryCount: number }) => Promise<void>;

/**
 * Durable jobs on PostgreSQL (pg-boss): retried, visible in the `pgboss` schema, surviving restarts.
 * Every role can enqueue; only `worker`/`all` processes run handlers (`startWorkers`).
 */
export class Jobs {
  readonly boss: PgBoss;
  private readonly handlers = new Map<string, { handler: JobHandler<any>; opts: QueueOptions }>();
  private started = false;

  constructor(private readonly database: Database, private readonly log: Logger, private readonly metrics?: Metrics) {
    this.boss = new PgBoss({ db: executorFor(database) as any, schedule: true, supervise: true, migrate: true });
    this.boss.on('error', (err) => log.error({ err }, 'job queue error'));
  }

  /** Declares a queue and its handler; call before `start`. */
  define<T extends object>(queue: string, handler: JobHandler<T>, opts: QueueOptions = {}): void {
    this.handlers.set(queue, { handler, opts });
  }

  async start(runWorkers: boolean): Promise<void> {
    // Replicas starting together on a fresh database would race in pg-boss's DDL (its queue
    // partitions deadlock); one at a time, under a lock every replica shares, they do not.
    await this.database.withAdvisoryLock(JOBS_LOCK, async () => {
      await this.boss.start();
      for (const [name, { opts }] of this.handlers) {
        await this.createQueueOnce(name, { retryLimit: opts.retryLimit ?? 5, retryDelay: opts.retryDelaySeconds ?? 5, retryBackoff: opts.retryBackoff ?? true });
        if (opts.cron) await this.boss.schedule(name, opts.cron, {});
      }
    });
    this.started = true;
    if (!runWorkers) return;
    for (const [name, { handler, opts }] of this.handlers) {
      await this.boss.work(name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 1, batchSize: opts.batchSize ?? 5 }, async (jobs) => {
        for (const job of jobs) {
          try {
            await handler(job.data as any, { id: job.id, retryCount: (job as any).retryCount ?? 0 });
          } catch (err) {
            this.metrics?.jobFailures.inc({ queue: name });
            throw err;
          }
        }
      });
    }
  }

  /** Creates a queue that a module works itself (outside `define`), safely across replicas. */
  async ensureQueue(name: string, options: Record<string, unknown>): Promise<void> {
    await this.database.withAdvisoryLock(JOBS_LOCK, () => this.createQueueOnce(name, options));
  }

  private async createQueueOnce(name: string, options: Record<string, unknown>): Promise<void> {
    if (await this.boss.getQueue(name)) return;
    await this.boss.createQueue(name, { name, ...options } as any);
  }

  /** Enqueues a job; with `tx`, the job commits (or rolls back) with that transaction. */
  async send<T extends object>(queue: string, data: T, opts: { startAfter?: Date | number; singletonKey?: string; tx?: Db; retryLimit?: number } = {}): Promise<string | null> {
    const { tx, ...rest } = opts;
    return this.boss.send(queue, data, { ...rest, ...(tx ? { db: txExecutor(tx) as any } : {}) } as any);
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}

export interface QueueOptions {
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  pollingIntervalSeconds?: number;
  batchSize?: number;
  /** Run on a schedule (cron, UTC), e.g. '* * * * *' for a sweeper. */
  cron?: string;
}
