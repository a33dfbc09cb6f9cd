import type { Logger } from 'pino';
import type { Jobs } from '../../platform/jobs';
import { DELIVERY_QUEUE, type WebhookService } from './service';

const SWEEP_EVERY_MS = 15_000;
const DELIVERY_WORKERS = 2;
const DELIVERY_BATCH = 50;

export interface DeliveryWorkerDeps {
  webhooks: WebhookService;
  jobs: Jobs;
  log: Logger;
  /** Worker roles send; `api` processes only declare the queue. */
  runsWorkers: boolean;
  /** The embedded database shares this event loop: fewer requests in flight. */
  embedded: boolean;
  /** Called after each relay batch commits (deliveries it queued are fetched at once). */
  onBatchCommitted(fn: () => void): void;
}

/** The delivery job workers and the sweeper that re-queues deliveries whose job died with a worker. */
export function createDeliveryWorker(deps: DeliveryWorkerDeps) {
  const { webhooks, jobs, log } = deps;
  let sweeper: NodeJS.Timeout | null = null;
  return {
    /** Queue declared, workers running (worker/all); call before the relay starts. */
    async start(): Promise<void> {
      await jobs.ensureQueue(DELIVERY_QUEUE, { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 });
      if (!deps.runsWorkers) return;
      const boss = jobs.boss;
      // Attempts of one fetched batch run in parallel; each is idempotent (leased), so a failed batch is safe to redo.
      const workerIds: string[] = [];
      // The embedded database shares this event loop: fewer requests in flight keep answers from being
      // read after their 5 s timeout while it is busy.
      const [workers, batch] = deps.embedded ? [1, 10] : [DELIVERY_WORKERS, DELIVERY_BATCH];
      for (let i = 0; i < workers; i++) {
        const id: string = await boss.work<{ deliveryId: string }>(DELIVERY_QUEUE, { batchSize: batch, pollingIntervalSeconds: 0.5 }, async (batchJobs) => {
          // A full batch means more are waiting: fetch again at once instead of after the poll interval.
          if (batchJobs.length === batch) boss.notifyWorker(id);
          const results = await Promise.allSettled(batchJobs.map((j) => webhooks.attempt(j.data.deliveryId)));
          for (const r of results) if (r.status === 'rejected') log.error({ err: r.reason }, 'webhook delivery attempt failed');
        });
        workerIds.push(id);
      }
      // Deliveries the relay just queued are fetched now rather than at the next poll.
      deps.onBatchCommitted(() => {
        for (const id of workerIds) boss.notifyWorker(id);
      });
      sweeper = setInterval(() => {
        webhooks.sweep().catch((err) => log.error({ err }, 'webhook sweeper failed'));
      }, SWEEP_EVERY_MS);
      sweeper.unref();
    },

    stop(): void {
      if (sweeper) clearInterval(sweeper);
      sweeper = null;
    },
  };
}
