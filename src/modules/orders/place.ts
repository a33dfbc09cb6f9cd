import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import { type NewEvent, recordEvents } from '../../platform/events/outbox';
import type { RequestContext } from '../../platform/core/context';
import type { StockLine } from '../inventory/index';
import type { PromotionRule } from '../pricing/index';
import type { StoreSettings } from '../settings/index';
import type { OrderParts } from './deps';
import { claimKey, keepOrder, replayed, requestHash, settleFailure } from './idempotency';
import { assertPublished, baseShippingFee, mergeItems, priceCheckout, pricedColumns, resolveCoupon } from './pricing-lines';
import type { AddressValue, DeliveryBooking, PaymentMethod, PublishedSku } from './ports';
import { iso, type Order, presentPayment, toLine } from './present';
import { ordersRepo as repo } from './repo';

/** Placing an order: address, published snapshots, the order transaction, Idempotency-Key. */

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

/** What the order's transaction reads before it starts. */
interface Prepared {
  items: { sku: string; quantity: number }[];
  published: Map<string, PublishedSku>;
  /** The zone fee for the address when no slot is booked (undefined: no delivery module or a slot is booked). */
  quotedFee: number | null | undefined;
  promotion: PromotionRule | null;
}

/** One order being placed: who, what, where, with which settings and key. */
interface Placement {
  ctx: RequestContext;
  userId: string;
  input: CreateOrderInput;
  address: AddressValue;
  store: StoreSettings;
  key: string | null;
  prep: Prepared;
  afterPlace?: (tx: Db, order: Order) => Promise<void>;
}

const valueOf = (a: Omit<AddressValue, 'line2'> & { line2?: string | null }): AddressValue => ({
  name: a.name,
  postalCode: a.postalCode,
  prefecture: a.prefecture,
  city: a.city,
  line1: a.line1,
  line2: a.line2 ?? null,
  phone: a.phone,
});

async function resolveAddress(d: OrderParts, userId: string, input: CreateOrderInput): Promise<AddressValue> {
  const hasId = input.addressId !== undefined && input.addressId !== null;
  const hasValue = input.shippingAddress !== undefined && input.shippingAddress !== null;
  if (hasId === hasValue) {
    throw new DomainError('validation_failed', 'Send either addressId or shippingAddress (exactly one)', {
      errors: [{ path: hasId ? 'shippingAddress' : 'addressId', message: hasId ? 'must not be sent together with addressId' : 'is required (or shippingAddress)' }],
    });
  }
  if (!hasId) return valueOf(input.shippingAddress!);
  const a = await d.identity.getAddress(userId, input.addressId!).catch((err) => {
    if (err instanceof DomainError && err.code === 'not_found') {
      throw new DomainError('unprocessable', `Address ${input.addressId} is not one of your addresses`, { errors: [{ path: 'addressId', message: 'is not one of your addresses' }] });
    }
    throw err;
  });
  return valueOf(a);
}

/**
 * The order's reads, before its transaction and side by side: the published snapshots and the zone
 * fee. Nothing in the transaction locks them, so reading them inside it would see the same thing
 * (READ COMMITTED) while holding a connection for two more round trips.
 */
async function prepare(d: OrderParts, input: CreateOrderInput, address: AddressValue, userId: string): Promise<Prepared> {
  const items = mergeItems(input.items);
  const [published, quotedFee, promotion] = await Promise.all([
    d.catalog.resolvePublishedSkus(d.db, items.map((i) => i.sku)),
    d.delivery && !input.deliverySlotId ? d.delivery.quoteFee(d.db, address.postalCode) : Promise.resolve(undefined),
    input.couponCode ? resolveCoupon(d.db, d.promotions, input.couponCode, userId) : Promise.resolve(null),
  ]);
  return { items, published, quotedFee, promotion };
}

/** The delivery slot booked for the order (if one was asked for) and the shipping fee before free shipping. */
async function shipping(d: OrderParts, tx: Db, p: Placement, orderId: string): Promise<{ booking: (DeliveryBooking & { fee: number }) | null; baseFee: number }> {
  if (p.input.deliverySlotId) {
    if (!d.delivery) throw new DomainError('unprocessable', 'Delivery slots are not available in this store', { errors: [{ path: 'deliverySlotId', message: 'is not supported' }] });
    const booking = await d.delivery.bookSlot(tx, { slotId: p.input.deliverySlotId, orderId, postalCode: p.address.postalCode });
    return { booking, baseFee: booking.fee };
  }
  return { booking: null, baseFee: d.delivery ? baseShippingFee(p.store, p.prep.quotedFee) : p.store.shippingFee };
}

/** The order transaction: validate against published snapshots, reserve, book, pay, record. */
async function placeOrder(d: OrderParts, tx: Db, p: Placement): Promise<Order> {
  const { ctx, userId, input, address, store, prep } = p;
  const { items, published } = prep;
  assertPublished(input.items, items, published);
  const orderId = uuidv7();
  const now = d.clock.now();
  const stockLines: StockLine[] = items.map((l) => ({ sku: l.sku, quantity: l.quantity, productId: published.get(l.sku)!.productId }));

  const { booking, baseFee } = await shipping(d, tx, p, orderId);
  const priced = priceCheckout(items, published, store, { baseShippingFee: baseFee, promotion: prep.promotion, pointsToRedeem: input.pointsToRedeem ?? 0 });
  const { order: money, line: lineMoney } = pricedColumns(priced);
  const totals = { subtotal: priced.subtotal, discounts: priced.discounts, discountTotal: priced.discountTotal, shippingFee: priced.shippingFee, taxes: priced.taxes, taxTotal: priced.taxTotal, pointsRedeemed: priced.pointsRedeemed, total: priced.total };
  const lines = items.map((it, position) => {
    const pub = published.get(it.sku)!;
    return { position, sku: it.sku, product_id: pub.productId, title: pub.title, options: pub.options ?? {}, quantity: it.quantity, unit_price: pub.price, line_total: pub.price * it.quantity, ...lineMoney(it.sku) };
  });
  // The coupon's use is counted here, in the order's transaction: its row lock queues concurrent orders on one code.
  if (prep.promotion) await d.promotions!.take(tx, { promotion: prep.promotion, orderId, userId, amount: priced.discountTotal });
  if (totals.pointsRedeemed > 0) await d.payments.redeemPoints(tx, { userId, orderId, points: totals.pointsRedeemed });
  const payment = await d.payments.createForOrder(tx, { orderId, userId, method: input.paymentMethod, amount: totals.total, settings: store });

  // The counter row (gap-free numbers) and the stock rows are the hottest rows in the store, and
  // both stay locked until commit: the order insert that takes the number and the reservation go
  // out in one flight (counter first, then stock: the lock order every placement uses), and what
  // follows them is one more flight and the commit. See docs/performance.md.
  const inserted = repo.insertOrder(
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
  const reserved = d.inventory.reserveUnrecorded(tx, stockLines, { orderId, actor: ctx.actor });
  const [number, stockEvents] = await settleAll(inserted, reserved);
  const order: Order = {
    id: orderId,
    number,
    userId,
    status: 'pending',
    items: lines.map((l) => toLine({ ...l, order_id: orderId, returned_quantity: 0 })),
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
  // order.created goes into the outbox first, in the same insert as the stock events; the
  // idempotency outcome and the caller's work (the confirmation) go out in the same flight.
  await settleAll(recordEvents(tx, [created, ...stockEvents]), p.key ? keepOrder(tx, userId, p.key, order) : Promise.resolve(), p.afterPlace?.(tx, order) ?? Promise.resolve());
  return order;
}

/**
 * Waits for every statement issued together, then throws the first failure: a transaction's
 * connection is handed back only once nothing is in flight on it.
 */
async function settleAll<A, B>(a: Promise<A>, b: Promise<B>, ...rest: Promise<unknown>[]): Promise<[A, B]> {
  const settled = await Promise.allSettled([a, b, ...rest]);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return [(settled[0] as PromiseFulfilledResult<A>).value, (settled[1] as PromiseFulfilledResult<B>).value];
}

/**
 * Places an order for a customer. With an Idempotency-Key, the first outcome is stored in
 * the same transaction and replayed for 24 h.
 */
export async function createOrder(d: OrderParts, ctx: RequestContext, userId: string, input: CreateOrderInput, idempotencyKey?: string, hooks: PlaceHooks = {}): Promise<CreateResult> {
  const key = idempotencyKey ?? null;
  if (key !== null) {
    const stored = await claimKey(d, userId, key, requestHash(input));
    if (stored) return { status: 201, order: replayed(stored), replayed: true };
  }
  try {
    const address = await resolveAddress(d, userId, input);
    // Read before the transaction: on the embedded database the root handle waits for the transaction's connection.
    const store = await d.settings.get();
    const prep = await prepare(d, input, address, userId);
    const order = await d.transact((tx) => placeOrder(d, tx, { ctx, userId, input, address, store, key, prep, afterPlace: hooks.afterPlace }));
    await d.inventory.forget(order.items.map((i) => i.sku));
    return { status: 201, order, replayed: false };
  } catch (err) {
    if (key !== null) await settleFailure(d, userId, key, err);
    throw err;
  }
}
