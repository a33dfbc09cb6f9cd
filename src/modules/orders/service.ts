import type { Db } from '../../platform/db/database';
import type { Jobs } from '../../platform/jobs';
import type { OrderParts, OrdersDeps } from './deps';
import { createOrder } from './place';
import { createPresenter } from './present';
import { getOrder, listOrders, lookupOrder } from './reads';
import { ordersRepo as repo } from './repo';
import { actOn, cancelOwn, capturePayment, expireDue, returnItems } from './transitions';
import type { OrderRow } from './tables';

export type { OrdersDeps } from './deps';
export type { CreateOrderInput, CreateResult, PlaceHooks } from './place';
export type { Order, OrderEvent, OrderLine, OrderReturn, PresentedPayment } from './present';
export type { OrderFacts } from './reads';
export type { AdminAction } from './transitions';
export { requestHash } from './idempotency';

export const EXPIRY_QUEUE = 'orders.expire-unpaid';

/**
 * The order service: placing (place.ts, idempotency.ts), the status machine (transitions.ts) and
 * reads (reads.ts), composed over one deps object.
 */
export function createOrderService(deps: OrdersDeps) {
  const d: OrderParts = { ...deps, transact: deps.transact ?? ((fn) => deps.db.transaction().execute(fn)), delivery: deps.delivery ?? null, promotions: deps.promotions ?? null, present: createPresenter({ payments: deps.payments, delivery: deps.delivery ?? null }) };

  const service = {
    create: (...a: Tail<Parameters<typeof createOrder>>) => createOrder(d, ...a),
    get: (...a: Tail<Parameters<typeof getOrder>>) => getOrder(d, ...a),
    list: (...a: Tail<Parameters<typeof listOrders>>) => listOrders(d, ...a),
    act: (...a: Tail<Parameters<typeof actOn>>) => actOn(d, ...a),
    cancelOwn: (...a: Tail<Parameters<typeof cancelOwn>>) => cancelOwn(d, ...a),
    returnItems: (...a: Tail<Parameters<typeof returnItems>>) => returnItems(d, ...a),
    capturePayment: (...a: Tail<Parameters<typeof capturePayment>>) => capturePayment(d, ...a),
    expireDue: (limit?: number) => expireDue(d, limit),
    /** Owner and status of an order, for modules that act on orders (delivery's `orders.lookup` port). */
    lookup: lookupOrder,
    productHasOrders: (q: Db, productId: string) => repo.productHasOrders(q, productId),
    /** API objects for rows another part of the module selected (the admin search). */
    presentRows: (rows: OrderRow[]) => d.present(d.db, rows),
    /**
     * Crash recovery: releases the Idempotency-Key leases of requests that died with a previous
     * process, so their clients' retries run now instead of waiting out the lease. Only safe where
     * no other process can hold a lease (the embedded database, owned through its lock file).
     */
    releaseAbandonedLeases: () => repo.idempotency.dropRunning(d.db),
    /** Declares the durable expiry sweeper (pg-boss cron, every minute). Call before jobs start. */
    defineJobs(jobs: Jobs): void {
      jobs.define(EXPIRY_QUEUE, async () => {
        await service.expireDue();
      }, { cron: '* * * * *', retryLimit: 3 });
    },
  };
  return service;
}

type Tail<T extends unknown[]> = T extends [unknown, ...infer R] ? R : never;

export type OrderService = ReturnType<typeof createOrderService>;
