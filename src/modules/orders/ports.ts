import type { Db } from '../../platform/db/database';
import type { RequestContext } from '../../platform/core/context';
import type { PromotionRule } from '../pricing/index';
import type { StoreSettings } from '../settings/index';

/**
 * What orders needs from other modules, called inside the order transaction where a `tx` is
 * taken. The composition root passes the real services (they satisfy these shapes).
 */
export interface PublishedSku {
  sku: string;
  productId: string;
  title: string;
  options: Record<string, string>;
  price: number;
  compareAtPrice: number | null;
  taxClass: 'standard' | 'reduced' | 'exempt';
  categoryId?: string | null;
}

export interface CatalogPort {
  /** Published variants by SKU; an absent SKU is unknown or not published. */
  resolvePublishedSkus(q: Db, skus: string[]): Promise<Map<string, PublishedSku>>;
}

export interface AddressValue {
  name: string;
  postalCode: string;
  prefecture: string;
  city: string;
  line1: string;
  line2: string | null;
  phone: string;
}

export interface IdentityPort {
  getAddress(userId: string, id: string): Promise<AddressValue & { id: string }>;
}

export type PaymentMethod = 'konbini' | 'cod' | 'bank_transfer' | 'points';

export interface PaymentSummary {
  method: PaymentMethod;
  status: string;
  amount: number;
  konbini?: { paymentNumber: string; confirmationNumber: string; expiresAt: string | Date };
}

export interface PaymentsPort {
  redeemPoints(tx: Db, input: { userId: string; orderId: string; points: number }): Promise<void>;
  createForOrder(tx: Db, input: { orderId: string; userId: string; method: PaymentMethod; amount: number; settings?: StoreSettings }): Promise<{ summary: PaymentSummary; deadline: Date | null }>;
  getForOrders(q: Db, orderIds: string[]): Promise<Map<string, PaymentSummary>>;
  isPaid(q: Db, orderId: string): Promise<boolean>;
  onOrderCancelled(tx: Db, ctx: RequestContext, input: { orderId: string; userId: string }): Promise<void>;
  onOrderCompleted(tx: Db, ctx: RequestContext, input: { orderId: string; userId: string; total: number; earnPoints?: boolean }): Promise<void>;
  onOrderRefunded(tx: Db, ctx: RequestContext, input: { orderId: string; userId: string }): Promise<void>;
  capture(tx: Db, ctx: RequestContext, orderId: string): Promise<PaymentSummary>;
  onOrderReturned(
    tx: Db,
    ctx: RequestContext,
    input: { orderId: string; userId: string; refundAmount: number; returnedBefore: number; grossValue: number },
  ): Promise<{ moneyRefunded: number; pointsReturned: number }>;
}

export interface DeliveryBooking {
  slotId: string;
  date: string;
  startTime: string;
  endTime: string;
}

export interface DeliveryPort {
  quoteFee(q: Db, postalCode: string): Promise<number | null>;
  bookSlot(tx: Db, input: { slotId: string; orderId: string; postalCode: string }): Promise<DeliveryBooking & { fee: number }>;
  getForOrders(q: Db, orderIds: string[]): Promise<Map<string, DeliveryBooking>>;
  releaseSlot(tx: Db, orderId: string): Promise<void>;
  /** What booking would give, without booking (quotes). */
  checkSlot(q: Db, input: { slotId: string; postalCode: string }): Promise<DeliveryBooking & { fee: number }>;
}

/** Coupon codes: resolved before the order transaction, counted (and given back) inside it. */
export interface PromotionsPort {
  resolve(q: Db, code: string, customer: { userId: string | null }): Promise<PromotionRule>;
  take(tx: Db, use: { promotion: PromotionRule; orderId: string; userId: string | null; amount: number }): Promise<void>;
  release(tx: Db, orderId: string): Promise<void>;
}
