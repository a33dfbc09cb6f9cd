import type { AuditService } from '../audit/index';
import type { IdentityService } from '../identity/index';
import { createRealtime } from '../realtime/index';
import { createStreamPublisher } from '../stream/index';
import type { App } from '../../platform/http/app';
import type { Platform } from '../../platform/platform';
import { createNonceStore } from './incoming';
import { pmsWebhookRoutes, type PmsHandlers } from './pms';
import { webhookRoutes } from './routes';
import { createWebhookService, DELIVERY_QUEUE } from './service';

export interface EventsModuleDeps {
  platform: Platform;
  app: App;
  identity: IdentityService;
  audit: AuditService;
  /** Services the incoming PMS webhook applies changes through (wired as those modules exist). */
  pms: PmsHandlers;
}

const SWEEP_EVERY_MS = 15_000;
const DELIVERY_WORKERS = 2;
const DELIVERY_BATCH = 50;

/**
 * Events everywhere, composed here so the composition root needs one call: outgoing webhooks
 * (fan-out subscriber + delivery jobs), incoming signed webhooks, real time (Socket.IO) and the
 * event stream (NATS JetStream). Outbox subscribers only run where the relay runs (worker/all).
 */
export function createEventsModule(deps: EventsModuleDeps) {
  const { platform, app } = deps;
  const { config, log, bus } = platform;
  const now = () => platform.clock.now();
  const runsWorkers = config.role !== 'api';

  const nonces = createNonceStore({ db: platform.db, redis: platform.redis, now });
  pmsWebhookRoutes(app, { config, nonces, handlers: deps.pms, now });

  const webhooks = createWebhookService({
    db: platform.db,
    audit: deps.audit,
    jobs: platform.jobs,
    metrics: platform.metrics,
    now,
    policy: { allowPrivate: config.webhookAllowPrivate },
  });
  webhookRoutes(app, { webhooks });
  bus.subscribeBatch('*', 'webhooks-fan-out', async (events, tx) => {
    await webhooks.fanOut(events, tx);
  });

  const realtime = createRealtime({ platform, app, identity: deps.identity });
  bus.subscribe('*', 'realtime', (event) => realtime.emit(event), { external: true });

  const stream = config.natsUrl && runsWorkers ? createStreamPublisher({ url: config.natsUrl, log }) : null;
  if (stream) {
    bus.subscribe('*', 'nats-stream', async (event) => {
      await stream.publish(event);
    }, { external: true });
  }

  let sweeper: NodeJS.Timeout | null = null;

  return {
    nonces,
    webhooks,
    realtime,
    stream,

    /** Queues declared, delivery workers running (worker/all), NATS connecting; call before the relay starts. */
    async start(): Promise<void> {
      const boss = platform.jobs.boss;
      await platform.jobs.ensureQueue(DELIVERY_QUEUE, { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 });
      await realtime.start();
      if (!runsWorkers) return;
      await stream?.start();
      // Attempts of one fetched batch run in parallel; each is idempotent (leased), so a failed batch is safe to redo.
      const workerIds: string[] = [];
      const wake = () => {
        for (const id of workerIds) boss.notifyWorker(id);
      };
      // The embedded database shares this event loop: fewer requests in flight keep answers from being
      // read after their 5 s timeout while it is busy.
      const [workers, batch] = platform.database.kind === 'pglite' ? [1, 10] : [DELIVERY_WORKERS, DELIVERY_BATCH];
      for (let i = 0; i < workers; i++) {
        const id: string = await boss.work<{ deliveryId: string }>(DELIVERY_QUEUE, { batchSize: batch, pollingIntervalSeconds: 0.5 }, async (jobs) => {
          // A full batch means more are waiting: fetch again at once instead of after the poll interval.
          if (jobs.length === batch) boss.notifyWorker(id);
          const results = await Promise.allSettled(jobs.map((j) => webhooks.attempt(j.data.deliveryId)));
          for (const r of results) if (r.status === 'rejected') log.error({ err: r.reason }, 'webhook delivery attempt failed');
        });
        workerIds.push(id);
      }
      // Deliveries the relay just queued are fetched now rather than at the next poll.
      bus.onBatchCommitted(wake);
      sweeper = setInterval(() => {
        webhooks.sweep().catch((err) => log.error({ err }, 'webhook sweeper failed'));
      }, SWEEP_EVERY_MS);
      sweeper.unref();
    },

    /** Call after the relay has stopped. */
    async stop(): Promise<void> {
      if (sweeper) clearInterval(sweeper);
      await realtime.stop();
      await stream?.stop();
    },
  };
}

export type EventsModule = ReturnType<typeof createEventsModule>;
