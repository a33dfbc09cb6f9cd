import type { Db } from '../platform/db/database';
import type { BatchHandler, EventHandler } from '../platform/events/bus';
import type { DomainEvent } from '../platform/events/outbox';
import type { App } from '../platform/http/app';
import type { Platform } from '../platform/platform';
import type { IdentityService } from '../modules/identity/index';
import { createRealtime } from './realtime/index';
import { createStreamPublisher } from './stream/index';

/** What the consumers call on the modules: each a handler the module owns. */
export interface ConsumerDeps {
  platform: Platform;
  app: App;
  identity: IdentityService;
  inventory: { forget(skus: string[]): Promise<void> };
  storefront: { subscribe(bus: Platform['bus']): void };
  orderSearch: { applyPaymentEvent: EventHandler };
  analytics: { applyBatch: BatchHandler };
  checkout: { claim(tx: Db, userId: string, email: string): Promise<unknown> };
  notifications: { onShipmentCreated: EventHandler; onOrderClosed: EventHandler; onOrderReturned: EventHandler; onLowStock: EventHandler };
  webhooks: { fanOut(events: DomainEvent[], tx: Db): Promise<unknown> };
}

/**
 * Every subscription to committed domain events, in one place (docs/events.md). Handlers run in
 * the relay's transaction, in this order; `external` ones (Socket.IO, NATS) write nothing there.
 * Subscriptions run only where the relay runs (roles worker and all).
 */
export function registerConsumers(deps: ConsumerDeps) {
  const { platform } = deps;
  const { bus, config, log } = platform;

  // Caches and read models.
  bus.subscribe('inventory.updated', 'inventory-availability-cache', (e) => deps.inventory.forget([String(e.data.sku)]));
  deps.storefront.subscribe(bus); // inventory.updated → catalog.stock-read-model
  bus.subscribe('payment.*', 'orders-payment-status', (e, tx) => deps.orderSearch.applyPaymentEvent(e, tx));
  // A relay batch of orders is three statements, not three per order (docs/performance.md).
  bus.subscribeBatch('order.*', 'analytics-read-model', (events, tx) => deps.analytics.applyBatch(events, tx));

  // Workflows: a guest's orders join the account registered with their email.
  bus.subscribe('user.registered', 'orders-guest-claim', async (e, tx) => {
    await deps.checkout.claim(tx, String(e.data.userId), String(e.data.email));
  });

  // Email, written in the relay's transaction and sent by the notifications worker.
  bus.subscribe('shipment.created', 'notifications', (e, tx) => deps.notifications.onShipmentCreated(e, tx));
  bus.subscribe('order.cancelled', 'notifications', (e, tx) => deps.notifications.onOrderClosed(e, tx));
  bus.subscribe('order.refunded', 'notifications', (e, tx) => deps.notifications.onOrderClosed(e, tx));
  bus.subscribe('order.returned', 'notifications', (e, tx) => deps.notifications.onOrderReturned(e, tx));
  bus.subscribe('inventory.low_stock', 'notifications', (e, tx) => deps.notifications.onLowStock(e, tx));

  // Outgoing: webhooks (one delivery row and job per matching endpoint), Socket.IO, NATS JetStream.
  bus.subscribeBatch('*', 'webhooks-fan-out', async (events, tx) => {
    await deps.webhooks.fanOut(events, tx);
  });
  const realtime = createRealtime({ platform, app: deps.app, identity: deps.identity });
  bus.subscribe('*', 'realtime', (event) => realtime.emit(event), { external: true });
  const stream = config.natsUrl && config.role !== 'api' ? createStreamPublisher({ url: config.natsUrl, log }) : null;
  if (stream) {
    bus.subscribe('*', 'nats-stream', async (event) => {
      await stream.publish(event);
    }, { external: true });
  }

  return {
    realtime,
    stream,
    /** Redis adapter and NATS connecting; call before the relay starts. */
    async start(): Promise<void> {
      await realtime.start();
      await stream?.start();
    },
    /** Call after the relay has stopped. */
    async stop(): Promise<void> {
      await realtime.stop();
      await stream?.stop();
    },
  };
}

export type Consumers = ReturnType<typeof registerConsumers>;
