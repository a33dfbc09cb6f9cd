import { DomainError } from '../../platform/errors';
import { type PricedOrder, priceOrder, type PromotionRule, taxRulesOf } from '../pricing/index';
import type { StoreSettings } from '../settings/index';
import type { Db } from '../../platform/db/database';
import type { PromotionsPort, PublishedSku } from './ports';

export interface ItemInput {
  sku: string;
  quantity: number;
}

/** Merges repeated SKUs (first position wins) so an order has one line per SKU. */
export function mergeItems(items: ItemInput[]): ItemInput[] {
  const merged = new Map<string, number>();
  for (const it of items) merged.set(it.sku, (merged.get(it.sku) ?? 0) + it.quantity);
  return [...merged].map(([sku, quantity]) => ({ sku, quantity }));
}

/** 422 unknown_sku naming every SKU that is not a published variant (paths point into the request). */
export function assertPublished(requested: ItemInput[], items: ItemInput[], published: Map<string, PublishedSku>): void {
  const unknown = items.filter((it) => !published.has(it.sku));
  if (unknown.length === 0) return;
  throw new DomainError('unknown_sku', `Unknown or unavailable SKU${unknown.length > 1 ? 's' : ''}: ${unknown.map((u) => u.sku).join(', ')}`, {
    errors: unknown.map((it) => ({ path: `items/${requested.findIndex((x) => x.sku === it.sku)}/sku`, message: `${it.sku} is not a published product variant` })),
  });
}

/** The shipping fee before the free-shipping rule: the booked slot's zone fee, the address's zone fee, or the flat fee. */
export const baseShippingFee = (store: StoreSettings, fee: number | null | undefined) => fee ?? store.shippingFee;

/** Prices published lines with the store's tax rules, the promotion, shipping and points: what quotes and orders charge. */
export function priceCheckout(
  items: ItemInput[],
  published: Map<string, PublishedSku>,
  store: StoreSettings,
  opts: { baseShippingFee: number; promotion: PromotionRule | null; pointsToRedeem: number },
): PricedOrder {
  return priceOrder({
    lines: items.map((it) => {
      const p = published.get(it.sku)!;
      return { sku: it.sku, productId: p.productId, categoryId: p.categoryId ?? null, quantity: it.quantity, unitPrice: p.price, taxClass: p.taxClass ?? 'standard' };
    }),
    tax: taxRulesOf(store),
    shipping: { baseFee: opts.baseShippingFee, freeShippingThreshold: store.freeShippingThreshold },
    promotion: opts.promotion,
    pointsToRedeem: opts.pointsToRedeem,
  });
}

/** The order columns and line columns for a priced order. */
export function pricedColumns(priced: PricedOrder) {
  return {
    order: {
      subtotal: priced.subtotal,
      discount_total: priced.discountTotal,
      shipping_discount: priced.shippingDiscount,
      discounts: priced.discounts,
      shipping_fee: priced.shippingFee,
      taxes: priced.taxes,
      tax_total: priced.taxTotal,
      points_redeemed: priced.pointsRedeemed,
      total: priced.total,
    },
    line: (sku: string) => {
      const l = priced.lines.find((x) => x.sku === sku)!;
      return { tax_class: l.taxClass, tax_rate: l.taxRate, discount: l.discount };
    },
  };
}

/** The promotion a coupon names (422 invalid_coupon / 409 coupon_exhausted when it may not be used). */
export async function resolveCoupon(q: Db, promotions: PromotionsPort | null, code: string, userId: string | null): Promise<PromotionRule> {
  if (!promotions) throw new DomainError('invalid_coupon', `Coupon ${code} does not exist`, { errors: [{ path: 'couponCode', message: 'does not exist' }] });
  return promotions.resolve(q, code, { userId });
}
