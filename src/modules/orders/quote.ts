import type { Db } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import type { Discount, TaxLine } from '../pricing/index';
import type { SettingsService } from '../settings/index';
import { assertPublished, baseShippingFee, mergeItems, priceCheckout, resolveCoupon } from './pricing-lines';
import type { CatalogPort, DeliveryPort, PromotionsPort } from './ports';
import type { OrderLine } from './present';

export interface QuoteInput {
  items: { sku: string; quantity: number }[];
  couponCode?: string;
  postalCode?: string;
  deliverySlotId?: string | null;
  pointsToRedeem?: number;
}

/** A priced line as an order would have it (nothing returned yet), with the stock available now. */
export interface QuoteLine extends Omit<OrderLine, 'returnedQuantity'> {
  available: number;
}

export interface Quote {
  items: QuoteLine[];
  subtotal: number;
  discounts: Discount[];
  discountTotal: number;
  shippingFee: number;
  taxes: TaxLine[];
  taxTotal: number;
  pointsRedeemed: number;
  total: number;
  currency: string;
  pricesIncludeTax: boolean;
  freeShippingThreshold: number | null;
  freeShippingRemaining: number | null;
}

export interface QuoteDeps {
  db: Db;
  settings: SettingsService;
  catalog: CatalogPort;
  delivery: DeliveryPort | null;
  promotions: PromotionsPort | null;
  availability: (skus: string[]) => Promise<Map<string, number>>;
  pointsBalance: (userId: string) => Promise<number>;
}

/**
 * What POST /v1/store/orders would charge for the same body now, through the same pricing
 * (checkout.ts); reserves nothing. Stock is reported per line (`available`) instead of refused.
 */
export function createQuoter(deps: QuoteDeps) {
  const { db, settings, catalog, delivery, promotions } = deps;

  async function shippingBase(input: QuoteInput, fallback: number): Promise<number> {
    if (input.deliverySlotId) {
      if (!delivery) throw new DomainError('unprocessable', 'Delivery slots are not available in this store', { errors: [{ path: 'deliverySlotId', message: 'is not supported' }] });
      if (!input.postalCode) throw new DomainError('validation_failed', 'postalCode is needed to quote a delivery slot', { errors: [{ path: 'postalCode', message: 'is required with deliverySlotId' }] });
      return (await delivery.checkSlot(db, { slotId: input.deliverySlotId, postalCode: input.postalCode })).fee;
    }
    return delivery && input.postalCode ? ((await delivery.quoteFee(db, input.postalCode)) ?? fallback) : fallback;
  }

  return async function quote(userId: string | null, input: QuoteInput): Promise<Quote> {
    const store = await settings.get();
    const items = mergeItems(input.items);
    const points = input.pointsToRedeem ?? 0;
    const [published, fee, promotion, available, balance] = await Promise.all([
      catalog.resolvePublishedSkus(db, items.map((i) => i.sku)),
      shippingBase(input, store.shippingFee),
      input.couponCode ? resolveCoupon(db, promotions, input.couponCode, userId) : Promise.resolve(null),
      deps.availability(items.map((i) => i.sku)),
      points > 0 && userId ? deps.pointsBalance(userId) : Promise.resolve(0),
    ]);
    assertPublished(input.items, items, published);
    if (points > balance) throw new DomainError('insufficient_points', `Redeeming ${points} points needs a balance of at least ${points}; the balance is ${balance}`);
    const priced = priceCheckout(items, published, store, { baseShippingFee: baseShippingFee(store, fee), promotion, pointsToRedeem: points });
    return {
      items: priced.lines.map((l) => {
        const p = published.get(l.sku)!;
        return { sku: l.sku, productId: l.productId, title: p.title, options: p.options ?? {}, quantity: l.quantity, unitPrice: l.unitPrice, lineTotal: l.lineTotal, taxClass: l.taxClass, taxRate: l.taxRate, discount: l.discount, available: Math.max(0, available.get(l.sku) ?? 0) };
      }),
      subtotal: priced.subtotal,
      discounts: priced.discounts,
      discountTotal: priced.discountTotal,
      shippingFee: priced.shippingFee,
      taxes: priced.taxes,
      taxTotal: priced.taxTotal,
      pointsRedeemed: priced.pointsRedeemed,
      total: priced.total,
      currency: store.currency,
      pricesIncludeTax: store.pricesIncludeTax,
      freeShippingThreshold: store.freeShippingThreshold,
      freeShippingRemaining: priced.freeShippingRemaining,
    };
  };
}

export type Quoter = ReturnType<typeof createQuoter>;
