import { createHash } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import { type NewEvent, recordEvent } from '../../platform/events/outbox';
import { type Actor, type RequestContext, systemContext } from '../../platform/core/context';
import { toProblem } from '../../platform/http/problem';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import type { Jobs } from '../../platform/jobs';
import type { Clock } from '../../platform/platform';
import type { AuditService } from '../audit/index';
import type { InventoryService, StockLine } from '../inventory/index';
import type { PromotionRule } from '../pricing/index';
import type { SettingsService, StoreSettings } from '../settings/index';
import { assertPublished, baseShippingFee, mergeItems, priceCheckout, pricedColumns, resolveCoupon } from './pricing-lines';
import type { AddressValue, CatalogPort, DeliveryBooking, DeliveryPort, IdentityPort, PaymentMethod, PaymentsPort, PromotionsPort, PublishedSku } from './ports';
import { createPresenter, iso, type Order, type OrderReturn, presentPayment, toLine } from './present';
import { returnsRepo } from './repo/returns';
import { recordReturn, type ReturnInput } from './returns';
import { type OrderRow, ordersRepo as repo } from './repo';
import { assertTransition, type OrderStatus } from './status';
import { isUuid } from '../../platform/core/schemas';
import { canonicalJson } from '../../platform/core/canonical-json';
import { isCreatedAtKey } from '../../platform/core/paging';

export type { Order, OrderEvent, OrderLine, OrderReturn, PresentedPayment } from './present';

export interface CreateOrderInput {
  items: { sku: string; quantity: number }[];
  addressId?: string | null;
  shippingAddress?: (Omit<AddressValue, 'line2'> & { line2?: string | null }) | null;
  paymentMethod: PaymentMethod;
  pointsToRedeem?: number;
  deliverySlotId?: string | null;
  note?: string;
  couponCode?: string;
}

export interface CreateResult {
  status: 201;
  order: Order;
  replayed: boolean;
}

/** Work that commits with the order (guest columns, the confirmation email): see checkout.ts. */
export interface PlaceHooks {
  afterPlace?: (tx: Db, order: Order) => Promise<void>;
}

export type AdminAction = 'process' | 'complete' | 'cancel' | 'refund';
const TARGET: Record<AdminAction, OrderStatus> = { process: 'processing', complete: 'completed', cancel: 'cancelled', refund: 'refunded' };

const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const IDEMPOTENCY_LEASE_MS = 60 * 1000;
export const EXPIRY_QUEUE = 'orders.expire-unpaid';

export interface OrdersDeps {
  db: Db;
  audit: AuditService;
  settings: SettingsService;
  inventory: InventoryService;
  identity: IdentityPort;
  catalog: CatalogPort;
  payments: PaymentsPort;
  delivery?: DeliveryPort | null;
  promotions?: PromotionsPort | null;
  jobs?: Jobs;
  clock: Clock;
}

/** What an Idempotency-Key is bound to: the request body, canonically hashed. */
export const requestHash = (input: CreateOrderInput) => createHash('sha256').update(canonicalJson(input)).digest('hex');


/** What a refund event says: this refund's amount (after partial returns, only what was left), or that the returns settled it. */
const refundFacts = (row: OrderRow, opts: { restock?: boolean; settled?: boolean }) => ({
  restock: Boolean(opts.restock),
  refundedAmount: opts.settled ? 0 : Math.max(0, row.total - (row.refunded_total ?? 0)),
  ...(opts.settled ? { settledByReturns: true } : {}),
});

export function createOrderService(deps: OrdersDeps) {
  const { db, audit, settings, inventory, identity, catalog, payments, clock } = deps;
  const delivery = deps.delivery ?? null;
  const promotions = deps.promotions ?? null;
  const present = createPresenter({ payments, delivery });

  async function resolveAddress(userId: string, input: CreateOrderInput): Promise<AddressValue> {
    const hasId = input.addressId !== undefined && input.addressId !== null;
    const hasValue = input.shippingAddress !== undefined && input.shippingAddress !== null;
    if (hasId === hasValue) {
      throw new DomainError('validation_failed', 'Send either addressId or shippingAddress (exactly one)', {
        errors: [{ path: hasId ? 'shippingAddress' : 'addressId', message: hasId ? 'must not be sent together with addressId' : 'is required (or shippingAddress)' }],
      });
    }
    if (hasId) {
      const a = await identity.getAddress(userId, input.addressId!).catch((err) => {
        if (err instanceof DomainError && err.code === 'not_found') {
          throw new DomainError('unprocessable', `Address ${input.addressId} is not one of your addresses`, { errors: [{ path: 'addressId', message: 'is not one of your addresses' }] });
        }
        throw err;
      });
      return { name: a.name, postalCode: a.postalCode, prefecture: a.prefecture, city: a.city, line1: a.line1, line2: a.line2 ?? null, phone: a.phone };
    }
    const s = input.shippingAddress!;
    return { name: s.name, postalCode: s.postalCode, prefecture: s.prefecture, city: s.city, line1: s.line1, line2: s.line2 ?? null, phone: s.phone };
  }

  /** The order transaction: validate against published snapshots, reserve, book, pay, record. */
  interface Prepared {
    items: { sku: string; quantity: number }[];
    published: Map<string, PublishedSku>;
    /** The zone fee for the address when no slot is booked (undefined: no delivery module or a slot is booked). */
    quotedFee: number | null | undefined;
    promotion: PromotionRule | null;
  }

  /**
   * The order's reads, before its transaction and side by side: the published snapshots and the zone
   * fee. Nothing in the transaction locks them, so reading them inside it would see the same thing
   * (READ COMMITTED) while holding a connection for two more round trips.
   */
  async function prepare(input: CreateOrderInput, address: AddressValue, userId: string): Promise<Prepared> {
    const items = mergeItems(input.items);
    const [published, quotedFee, promotion] = await Promise.all([
      catalog.resolvePublishedSkus(db, items.map((i) => i.sku)),
      delivery && !input.deliverySlotId ? delivery.quoteFee(db, address.postalCode) : Promise.resolve(undefined),
      input.couponCode ? resolveCoupon(db, promotions, input.couponCode, userId) : Promise.resolve(null),
    ]);
    return { items, published, quotedFee, promotion };
  }

  async function placeOrder(tx: Db, ctx: RequestContext, userId: string, input: CreateOrderInput, address: AddressValue, store: StoreSettings, idem: { key: string } | null, prep: Prepared): Promise<Order> {
    const { items, published } = prep;
    assertPublished(input.items, items, published);
    const orderId = uuidv7();
    const now = clock.now();
    const stockLines: StockLine[] = items.map((l) => ({ sku: l.sku, quantity: l.quantity, productId: published.get(l.sku)!.productId }));

    let baseFee = store.shippingFee;
    let booking: (DeliveryBooking & { fee: number }) | null = null;
    if (input.deliverySlotId) {
      if (!delivery) throw new DomainError('unprocessable', 'Delivery slots are not available in this store', { errors: [{ path: 'deliverySlotId', message: 'is not supported' }] });
      booking = await delivery.bookSlot(tx, { slotId: input.deliverySlotId, orderId, postalCode: address.postalCode });
      baseFee = booking.fee;
    } else if (delivery) {
      baseFee = baseShippingFee(store, prep.quotedFee);
    }
    const priced = priceCheckout(items, published, store, { baseShippingFee: baseFee, promotion: prep.promotion, pointsToRedeem: input.pointsToRedeem ?? 0 });
    const { order: money, line: lineMoney } = pricedColumns(priced);
    const totals = { subtotal: priced.subtotal, discounts: priced.discounts, discountTotal: priced.discountTotal, shippingFee: priced.shippingFee, taxes: priced.taxes, taxTotal: priced.taxTotal, pointsRedeemed: priced.pointsRedeemed, total: priced.total };
    const lines = items.map((it, position) => {
      const p = published.get(it.sku)!;
      return { position, sku: it.sku, product_id: p.productId, title: p.title, options: p.options ?? {}, quantity: it.quantity, unit_price: p.price, line_total: p.price * it.quantity, ...lineMoney(it.sku) };
    });
    // The coupon's use is counted here, in the order's transaction: its row lock queues concurrent orders on one code.
    if (prep.promotion) await promotions!.take(tx, { promotion: prep.promotion, orderId, userId, amount: priced.discountTotal });
    if (totals.pointsRedeemed > 0) await payments.redeemPoints(tx, { userId, orderId, points: totals.pointsRedeemed });
    const payment = await payments.createForOrder(tx, { orderId, userId, method: input.paymentMethod, amount: totals.total, settings: store });

    const number = await repo.insertOrder(
      tx,
      {
        id: orderId,
        user_id: userId,
        status: 'pending',
        ...money,
        currency: store.currency,
        shipping_address: address,
        payment_method: input.paymentMethod,
        payment_deadline: payment.deadline,
        delivery_slot_id: booking?.slotId ?? null,
        note: input.note ?? '',
        created_at: now,
        updated_at: now,
      },
      lines,
      { id: uuidv7(), order_id: orderId, type: 'created', from_status: null, to_status: 'pending', actor_type: ctx.actor.type, actor_id: ctx.actor.id, note: null, created_at: now },
    );
    const order: Order = {
      id: orderId,
      number,
      userId,
      status: 'pending',
      items: lines.map((l) => toLine({ ...l, order_id: orderId })),
      ...totals,
      currency: store.currency,
      shippingAddress: address,
      returns: [],
      refundedTotal: 0,
      payment: { ...presentPayment(payment.summary), deadline: iso(payment.deadline) },
      delivery: booking ? { slotId: booking.slotId, date: booking.date, startTime: booking.startTime, endTime: booking.endTime } : null,
      note: input.note ?? '',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const created: NewEvent = {
      type: 'order.created',
      aggregateType: 'order',
      aggregateId: orderId,
      data: { orderId, number, userId, status: 'pending', items: order.items, subtotal: order.subtotal, discountTotal: order.discountTotal, shippingFee: order.shippingFee, taxes: order.taxes, taxTotal: order.taxTotal, pointsRedeemed: order.pointsRedeemed, total: order.total, currency: order.currency, paymentMethod: input.paymentMethod },
    };
    // Stock rows are the hottest rows in the store: lock them last, so they are held only until commit.
    // order.created goes into the outbox first, in the same insert as the stock events.
    await inventory.reserve(tx, stockLines, { orderId, actor: ctx.actor }, [created]);
    if (idem) await repo.idempotency.complete(tx, userId, idem.key, 201, order, orderId);
    return order;
  }

  /** Claims an Idempotency-Key for this customer, or answers what the key already stands for. */
  async function claimKey(userId: string, key: string, hash: string): Promise<{ replay: { status: number; body: unknown } } | null> {
    const now = clock.now();
    const leaseUntil = new Date(now.getTime() + IDEMPOTENCY_LEASE_MS);
    if (await repo.idempotency.claim(db, { userId, key, hash, now, leaseUntil, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) })) return null;
    const row = await repo.idempotency.find(db, userId, key);
    if (!row) return claimKey(userId, key, hash); // expired and purged meanwhile
    if (row.request_hash !== hash) {
      throw new DomainError('idempotency_key_reused', `Idempotency-Key ${key} was used for a different request; use a new key for a new order`);
    }
    if (row.state === 'done') return { replay: { status: row.response_status!, body: row.response_body } };
    if (await repo.idempotency.takeOver(db, userId, key, now, leaseUntil)) return null;
    // The holder is still working, or crashed and its lease has not lapsed: say when to come back.
    const retryAfter = Math.max(1, Math.ceil((new Date(row.locked_until).getTime() - now.getTime()) / 1000));
    throw new DomainError('idempotency_key_in_use', `A request with Idempotency-Key ${key} is still being processed; retry in ${retryAfter} s`, {
      headers: { 'retry-after': String(Math.min(retryAfter, 60)) },
    });
  }

  /** Applies one step of the order machine with its side effects, in one transaction. */
  async function transition(
    tx: Db,
    ctx: RequestContext,
    row: OrderRow,
    to: OrderStatus,
    opts: { note?: string | null; restock?: boolean; audited: boolean; settled?: boolean },
  ): Promise<string[]> {
    assertTransition(row.status, to);
    const now = clock.now();
    const ref = { orderId: row.id, actor: ctx.actor };
    const needsLines = to === 'cancelled' || to === 'completed' || (to === 'refunded' && opts.restock && !opts.settled);
    // Units already returned (partial returns) are not in stock movements again.
    const stockLines: StockLine[] = needsLines
      ? (await repo.lines(tx, [row.id])).map((l) => ({ sku: l.sku, quantity: l.quantity - (l.returned_quantity ?? 0), productId: l.product_id })).filter((l) => l.quantity > 0)
      : [];

    // Locks follow one order everywhere (slot → payment/points → stock rows in SKU order), as in creation.
    if (to === 'cancelled') {
      if (delivery && row.delivery_slot_id) await delivery.releaseSlot(tx, row.id);
      await payments.onOrderCancelled(tx, ctx, { orderId: row.id, userId: row.user_id });
      await promotions?.release(tx, row.id);
      await inventory.release(tx, stockLines, ref);
    } else if (to === 'completed') {
      // Guests earn no points (see guests.ts).
      await payments.onOrderCompleted(tx, ctx, { orderId: row.id, userId: row.user_id, total: row.total, earnPoints: !row.guest_email });
      await inventory.sell(tx, stockLines, ref);
    } else if (to === 'refunded' && !opts.settled) {
      await payments.onOrderRefunded(tx, ctx, { orderId: row.id, userId: row.user_id });
      await returnsRepo.addRefunded(tx, row.id, row.total + row.points_redeemed - (row.refunded_total ?? 0), true);
      if (opts.restock) await inventory.returnGoods(tx, stockLines, ref);
    }
    if (!(await repo.setStatus(tx, row.id, row.status, to, now))) {
      throw new DomainError('invalid_transition', `Order ${row.number} changed meanwhile; reload it`);
    }
    const note = opts.note ?? null;
    await repo.insertEvent(tx, { id: uuidv7(), order_id: row.id, type: 'status_changed', from_status: row.status, to_status: to, actor_type: ctx.actor.type, actor_id: ctx.actor.id, note, created_at: now });
    await recordEvent(tx, {
      type: `order.${to}`,
      aggregateType: 'order',
      aggregateId: row.id,
      data: { orderId: row.id, number: row.number, userId: row.user_id, status: to, from: row.status, to, total: row.total, currency: row.currency, note, ...(to === 'refunded' ? refundFacts(row, opts) : {}) },
    });
    if (opts.audited) {
      await audit.record(tx, ctx, {
        action: `order.${to}`,
        entityType: 'order',
        entityId: row.id,
        before: { status: row.status },
        after: { status: to, note, ...(to === 'refunded' ? { restock: Boolean(opts.restock) } : {}) },
      });
    }
    // The SKUs whose cached availability the caller drops once this transaction has committed.
    return stockLines.map((l) => l.sku);
  }

  async function findVisible(q: Db, id: string, userId?: string, lock = false): Promise<OrderRow> {
    if (!isUuid(id)) throw notFound('Order');
    const row = await repo.find(q, id, { userId, lock });
    if (!row) throw notFound('Order');
    return row;
  }

  const service = {
    /**
     * Places an order for a customer. With an Idempotency-Key, the first response is stored in
     * the same transaction and replayed for 24 h.
     */
    async create(ctx: RequestContext, userId: string, input: CreateOrderInput, idempotencyKey?: string, hooks: PlaceHooks = {}): Promise<CreateResult> {
      let idem: { key: string } | null = null;
      if (idempotencyKey !== undefined) {
        const claimed = await claimKey(userId, idempotencyKey, requestHash(input));
        if (claimed) {
          const { status, body } = claimed.replay;
          if (status >= 400) {
            const p = body as { code: string; detail?: string; errors?: { path: string; message: string }[] };
            throw new DomainError(p.code, p.detail, { status, errors: p.errors, headers: { 'idempotent-replayed': 'true' } });
          }
          return { status: 201, order: body as Order, replayed: true };
        }
        idem = { key: idempotencyKey };
      }
      try {
        const address = await resolveAddress(userId, input);
        // Read before the transaction: on the embedded database the root handle waits for the transaction's connection.
        const store = await settings.get();
        const prep = await prepare(input, address, userId);
        const order = await db.transaction().execute(async (tx) => {
          const placed = await placeOrder(tx, ctx, userId, input, address, store, idem, prep);
          await hooks.afterPlace?.(tx, placed);
          return placed;
        });
        await inventory.forget(order.items.map((i) => i.sku));
        return { status: 201, order, replayed: false };
      } catch (err) {
        if (idem) {
          // A business refusal is the first response too (replayed); anything unexpected frees the key for a retry.
          if (err instanceof DomainError && (toProblem(err, '').body.status < 500)) {
            const { body } = toProblem(err, '');
            const { requestId: _r, ...stored } = body;
            await repo.idempotency.complete(db, userId, idem.key, body.status, stored, null).catch(() => {});
          } else {
            await repo.idempotency.drop(db, userId, idem.key).catch(() => {});
          }
        }
        throw err;
      }
    },

    async get(id: string, opts: { userId?: string; withEvents?: boolean } = {}): Promise<Order> {
      const row = await findVisible(db, id, opts.userId);
      return (await present(db, [row], opts.withEvents))[0];
    },

    async list(f: { userId?: string; status?: OrderStatus; number?: number; limit: number; cursor?: string }): Promise<{ items: Order[]; nextCursor: string | null }> {
      const after = decodeCursor(f.cursor, isCreatedAtKey);
      if (f.userId !== undefined && !isUuid(f.userId)) return { items: [], nextCursor: null };
      const rows = await repo.list(db, { userId: f.userId, status: f.status, number: f.number, after, limit: f.limit + 1 });
      const page = rows.slice(0, f.limit);
      const last = page[page.length - 1];
      return {
        items: await present(db, page),
        nextCursor: rows.length > f.limit ? encodeCursor({ createdAt: new Date(last.created_at).toISOString(), id: last.id }) : null,
      };
    },

    /** Staff actions: process, complete, cancel, refund (with or without restock). Audited. */
    async act(ctx: RequestContext, id: string, action: AdminAction, opts: { note?: string | null; restock?: boolean } = {}): Promise<Order> {
      const { order, skus } = await db.transaction().execute(async (tx) => {
        const row = await findVisible(tx, id, undefined, true);
        const skus = await transition(tx, ctx, row, TARGET[action], { ...opts, audited: true });
        return { order: (await present(tx, [(await repo.find(tx, id))!], true))[0], skus };
      });
      await inventory.forget(skus);
      return order;
    },

    /** A customer cancels an own order while it is still pending. */
    async cancelOwn(ctx: RequestContext, userId: string, id: string, note?: string | null): Promise<Order> {
      const order = await db.transaction().execute(async (tx) => {
        const row = await findVisible(tx, id, userId, true);
        if (row.status !== 'pending') {
          throw new DomainError('invalid_transition', `An order cannot go from ${row.status} to cancelled by the customer (only pending orders can be cancelled; contact the store)`);
        }
        const skus = await transition(tx, ctx, row, 'cancelled', { note: note ?? 'Cancelled by the customer', audited: false });
        return { order: (await present(tx, [(await repo.find(tx, id))!]))[0], skus };
      });
      await inventory.forget(order.skus);
      return order.order;
    },

    /** Staff take back some units of a completed order (returns.ts); once nothing is left the order is refunded. */
    async returnItems(ctx: RequestContext, id: string, input: ReturnInput): Promise<OrderReturn> {
      const store = await settings.get();
      const { ret, skus } = await db.transaction().execute(async (tx) => {
        const row = await findVisible(tx, id, undefined, true);
        const r = await recordReturn(tx, ctx, row, input, store, { payments, inventory, audit, clock });
        if (r.allReturned) await transition(tx, ctx, row, 'refunded', { note: input.note ?? null, audited: true, settled: true });
        return r;
      });
      await inventory.forget(skus);
      return ret;
    },

    /** Staff confirm a bank transfer or cash-on-delivery payment. */
    async capturePayment(ctx: RequestContext, id: string): Promise<Order> {
      return db.transaction().execute(async (tx) => {
        const row = await findVisible(tx, id, undefined, true);
        if (row.status === 'cancelled' || row.status === 'refunded') {
          throw new DomainError('invalid_transition', `Order ${row.number} is ${row.status}; its payment cannot be captured`);
        }
        await payments.capture(tx, ctx, id);
        await repo.insertEvent(tx, { id: uuidv7(), order_id: id, type: 'payment_captured', from_status: null, to_status: null, actor_type: ctx.actor.type, actor_id: ctx.actor.id, note: null, created_at: clock.now() });
        return (await present(tx, [row], true))[0];
      });
    },

    /** Owner and status of an order, for modules that act on orders (delivery's shipments and tracking). */
    async lookup(q: Db, id: string): Promise<{ userId: string; status: OrderStatus; number: number } | null> {
      if (!isUuid(id)) return null;
      const row = await repo.find(q, id);
      return row ? { userId: row.user_id, status: row.status, number: row.number } : null;
    },

    /**
     * Cancels pending orders whose payment deadline has passed and releases their stock (the
     * sweeper job runs it every minute; tests call it directly after moving the clock).
     */
    async expireDue(limit = 100): Promise<number> {
      const due = await repo.dueForExpiry(db, clock.now(), limit);
      let expired = 0;
      for (const id of due) {
        const skus = await db.transaction().execute(async (tx) => {
          const row = await repo.find(tx, id, { lock: true });
          if (!row || row.status !== 'pending' || !row.payment_deadline || new Date(row.payment_deadline) > clock.now()) return null;
          if (await payments.isPaid(tx, id)) return null;
          return transition(tx, systemContext(), row, 'cancelled', { note: 'Payment deadline passed', audited: true });
        });
        if (skus) {
          await inventory.forget(skus);
          expired++;
        }
      }
      await repo.idempotency.purgeExpired(db, clock.now());
      return expired;
    },

    productHasOrders: (q: Db, productId: string) => repo.productHasOrders(q, productId),

    /** API objects for rows another part of the module selected (the admin search). */
    presentRows: (rows: OrderRow[]) => present(db, rows),

    /**
     * Crash recovery: releases the Idempotency-Key leases of requests that died with a previous
     * process, so their clients' retries run now instead of waiting out the lease. Only safe where
     * no other process can hold a lease (the embedded database, owned through its lock file).
     */
    releaseAbandonedLeases: () => repo.idempotency.dropRunning(db),

    /** Declares the durable expiry sweeper (pg-boss cron, every minute). Call before jobs start. */
    defineJobs(jobs: Jobs): void {
      jobs.define(EXPIRY_QUEUE, async () => {
        await service.expireDue();
      }, { cron: '* * * * *', retryLimit: 3 });
    },
  };
  return service;
}

export type OrderService = ReturnType<typeof createOrderService>;
