import type { Logger } from 'pino';
import { DELIVERY_CHANNEL } from './repo';
import { createDeliveryQueues, type QueueLimits } from './queues';
import type { WebhookService } from './service';

const SWEEP_EVERY_MS = 15_000;
const POLL_MS = 1000;
const LIMITS: QueueLimits = { perEndpoint: 16, total: 128, claim: 256 };
/** The embedded database shares this event loop: fewer requests in flight keep answers from being read after their timeout while it is busy. */
const EMBEDDED_LIMITS: QueueLimits = { perEndpoint: 8, total: 32, claim: 100 };

export interface DeliveryWorkerDeps {
  webhooks: WebhookService;
  log: Logger;
  /** LISTEN (fan-outs, re-enables and manual retries in any process NOTIFY the channel). */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /** Worker roles send; `api` processes only notify. */
  runsWorkers: boolean;
  embedded: boolean;
  /** Called after each relay batch commits (deliveries it queued are taken at once). */
  onBatchCommitted(fn: () => void): void;
  limits?: Partial<QueueLimits>;
}

/**
 * The per-endpoint delivery queues of a worker process, woken by its relay's commits, by NOTIFY
 * from other processes, by their own retry timers, and by a 1 s poll (another worker's leases that
 * ran out: a crashed worker's deliveries are taken over once their 30 s lease ends).
 */
export function createDeliveryWorker(deps: DeliveryWorkerDeps) {
  const { webhooks, log } = deps;
  let poll: NodeJS.Timeout | null = null;
  let sweeper: NodeJS.Timeout | null = null;
  let unlisten: (() => Promise<void>) | null = null;
  const queues = createDeliveryQueues({ webhooks, log, limits: { ...(deps.embedded ? EMBEDDED_LIMITS : LIMITS), ...deps.limits } });
  return {
    queues,
    async start(): Promise<void> {
      if (!deps.runsWorkers) return;
      unlisten = await deps.listen(DELIVERY_CHANNEL, () => queues.kick());
      deps.onBatchCommitted(() => queues.kick());
      poll = setInterval(() => queues.kick(), POLL_MS);
      poll.unref();
      sweeper = setInterval(() => {
        webhooks.sweep().catch((err) => log.error({ err }, 'webhook sweeper failed'));
      }, SWEEP_EVERY_MS);
      sweeper.unref();
      queues.kick();
    },

    /** Stops taking deliveries; waits for requests in flight and records them. */
    async stop(): Promise<void> {
      if (poll) clearInterval(poll);
      if (sweeper) clearInterval(sweeper);
      poll = sweeper = null;
      await unlisten?.().catch(() => undefined);
      unlisten = null;
      await queues.stop();
    },
  };
}
