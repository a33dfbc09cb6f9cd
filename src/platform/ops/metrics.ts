import { Gauge } from 'prom-client';
import type { Db } from '../db/database';
import type { Metrics } from '../metrics';
import { opsRepo } from './repo';

/**
 * Gauges read from the database at scrape time: the outbox backlog and its age, job queue depth
 * per state, and subscriber retries. Computed on scrape so any replica (and the worker's own
 * listener) reports the truth, not what its own relay last saw. A failing read leaves them unset.
 */
export function registerOpsMetrics(metrics: Metrics, db: Db): void {
  const registers = [metrics.registry];
  new Gauge({
    name: 'outbox_pending_events',
    help: 'Domain events committed but not yet relayed',
    registers,
    async collect() {
      this.set((await opsRepo.outbox(db).catch(() => null))?.pending ?? 0);
    },
  });
  new Gauge({
    name: 'outbox_oldest_pending_seconds',
    help: 'Age of the oldest event not yet relayed (outbox lag, read at scrape time)',
    registers,
    async collect() {
      this.set((await opsRepo.outbox(db).catch(() => null))?.oldestSeconds ?? 0);
    },
  });
  new Gauge({
    name: 'job_queue_depth',
    help: 'Jobs by queue and state (created, retry, active, failed)',
    labelNames: ['queue', 'state'] as const,
    registers,
    async collect() {
      const rows = await opsRepo.jobQueues(db).catch(() => []);
      this.reset();
      for (const r of rows) this.set({ queue: r.queue, state: r.state }, r.count);
    },
  });
  new Gauge({
    name: 'event_subscriber_retries',
    help: 'Events waiting to be retried for one subscriber that failed on them',
    registers,
    async collect() {
      this.set(await opsRepo.subscriberRetries(db).catch(() => 0));
    },
  });
}
