import { DomainError } from '../../platform/errors';
import { allocate, rateOf, type TaxClass, type TaxLine, type TaxRules, taxByRate } from './tax';

export interface PricingLine {
  sku: string;
  productId: string;
  categoryId: string | null;
  quantity: number;
  unitPrice: number;
  taxClass: TaxClass;
}

export type PromotionType = 'percentage' | 'fixed' | 'free_shipping';

/** What pricing needs of a promotion; whether it may be used at all (dates, limits) is checked before. */
export interface PromotionRule {
  id: string;
  code: string;
  type: PromotionType;
  value: number;
  minSubtotal: number | null;
  productIds: string[];
  categoryIds: string[];
}

export interface PricingInput {
  lines: PricingLine[];
  tax: TaxRules;
  shipping: { baseFee: number; freeShippingThreshold: number | null };
  promotion?: PromotionRule | null;
  pointsToRedeem?: number;
}

export interface PricedLine extends PricingLine {
  lineTotal: number;
  taxRate: number;
  /** This line's share of the order's discount. */
  discount: number;
}

export interface Discount {
  code: string;
  promotionId: string;
  amount: number;
}

export interface PricedOrder {
  lines: PricedLine[];
  subtotal: number;
  discounts: Discount[];
  discountTotal: number;
  shippingFee: number;
  /** The part of discountTotal that took the shipping fee off (a free-shipping code). */
  shippingDiscount: number;
  taxes: TaxLine[];
  taxTotal: number;
  pointsRedeemed: number;
  total: number;
  /** How much more (in goods) gets free shipping; null when shipping is already free or there is no threshold. */
  freeShippingRemaining: number | null;
}

const invalidCoupon = (code: string, why: string) => new DomainError('invalid_coupon', `Coupon ${code} ${why}`, { errors: [{ path: 'couponCode', message: why }] });

const eligible = (p: PromotionRule, l: PricingLine) =>
  (p.productIds.length === 0 && p.categoryIds.length === 0) || p.productIds.includes(l.productId) || (l.categoryId !== null && p.categoryIds.includes(l.categoryId));

/** The goods discount of a percentage or fixed code, split over the lines it applies to. */
function goodsDiscount(p: PromotionRule, lines: { line: PricingLine; lineTotal: number }[]): number[] {
  if (p.type === 'free_shipping') return lines.map(() => 0);
  const weights = lines.map((l) => (eligible(p, l.line) ? l.lineTotal : 0));
  const base = weights.reduce((s, w) => s + w, 0);
  const amount = p.type === 'percentage' ? Math.floor((base * Math.min(100, p.value)) / 100) : Math.min(p.value, base);
  return allocate(amount, weights);
}

/**
 * The one pricing function: lines, tax rules, promotion, shipping and points → the priced order.
 * Quotes and orders both call it, so the page and the charge agree to the yen.
 * - discounts split across lines (hence rates) in proportion to the lines' amounts;
 * - shipping is free when the goods after discount reach the threshold, and is taxed at the standard rate;
 * - tax is computed once per rate on the order's taxable amount, rounded the store's way;
 * - points are a means of payment: they lower what is paid, never the taxable amount.
 */
export function priceOrder(input: PricingInput): PricedOrder {
  const { tax, shipping } = input;
  const promotion = input.promotion ?? null;
  let subtotal = 0;
  const base = input.lines.map((line) => {
    if (!Number.isInteger(line.quantity) || !Number.isInteger(line.unitPrice) || line.quantity <= 0 || line.unitPrice < 0) {
      throw new Error(`priceOrder: bad line ${JSON.stringify(line)}`);
    }
    const lineTotal = line.quantity * line.unitPrice;
    subtotal += lineTotal;
    return { line, lineTotal };
  });
  if (!Number.isSafeInteger(subtotal) || subtotal > 100_000_000_000) throw new DomainError('unprocessable', 'The order total is too large');

  if (promotion) {
    if (promotion.minSubtotal !== null && subtotal < promotion.minSubtotal) throw invalidCoupon(promotion.code, `needs a subtotal of at least ${promotion.minSubtotal}`);
    if (!base.some((b) => eligible(promotion, b.line))) throw invalidCoupon(promotion.code, 'applies to none of these items');
  }
  const lineDiscounts = promotion ? goodsDiscount(promotion, base) : base.map(() => 0);
  const goodsDiscountTotal = lineDiscounts.reduce((s, d) => s + d, 0);
  const goods = subtotal - goodsDiscountTotal;

  const thresholdMet = shipping.freeShippingThreshold !== null && goods >= shipping.freeShippingThreshold;
  const shippingFee = thresholdMet ? 0 : shipping.baseFee;
  const shippingDiscount = promotion?.type === 'free_shipping' ? shippingFee : 0;
  const freeShippingRemaining = shippingFee > 0 && shippingDiscount === 0 && shipping.freeShippingThreshold !== null ? shipping.freeShippingThreshold - goods : null;

  const lines: PricedLine[] = base.map((b, i) => ({ ...b.line, lineTotal: b.lineTotal, taxRate: rateOf(tax, b.line.taxClass), discount: lineDiscounts[i] }));
  const amounts = lines.map((l) => ({ rate: l.taxRate, amount: l.lineTotal - l.discount }));
  if (shippingFee > 0) amounts.push({ rate: tax.rates.standard, amount: shippingFee - shippingDiscount });
  const taxes = taxByRate(amounts, { pricesIncludeTax: tax.pricesIncludeTax, rounding: tax.rounding });
  const taxTotal = taxes.reduce((s, t) => s + t.tax, 0);

  const discountTotal = goodsDiscountTotal + shippingDiscount;
  const discounts: Discount[] = promotion ? [{ code: promotion.code, promotionId: promotion.id, amount: discountTotal }] : [];
  const due = subtotal - discountTotal + shippingFee + (tax.pricesIncludeTax ? 0 : taxTotal);

  const points = input.pointsToRedeem ?? 0;
  if (!Number.isInteger(points) || points < 0) throw new DomainError('validation_failed', 'pointsToRedeem must be a whole number ≥ 0');
  if (points > subtotal) {
    throw new DomainError('unprocessable', `pointsToRedeem (${points}) may not exceed the subtotal (${subtotal})`, {
      errors: [{ path: 'pointsToRedeem', message: `must be at most the subtotal ${subtotal}` }],
    });
  }
  if (points > due) {
    throw new DomainError('unprocessable', `pointsToRedeem (${points}) may not exceed the amount due (${due})`, {
      errors: [{ path: 'pointsToRedeem', message: `must be at most the amount due ${due}` }],
    });
  }
  return { lines, subtotal, discounts, discountTotal, shippingFee, shippingDiscount, taxes, taxTotal, pointsRedeemed: points, total: due - points, freeShippingRemaining };
}
