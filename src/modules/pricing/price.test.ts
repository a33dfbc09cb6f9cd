import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PricingLine, type PromotionRule, priceOrder } from './price';
import { allocate, exactTaxOn, type TaxRules, taxOn } from './tax';

const JP: TaxRules = { rates: { standard: 0.1, reduced: 0.08 }, pricesIncludeTax: true, rounding: 'floor' };
const line = (unitPrice: number, taxClass: PricingLine['taxClass'] = 'standard', quantity = 1, productId = 'p1', categoryId: string | null = null): PricingLine => ({
  sku: `S-${productId}-${unitPrice}-${taxClass}`,
  productId,
  categoryId,
  quantity,
  unitPrice,
  taxClass,
});
const ship = (baseFee: number, freeShippingThreshold: number | null = null) => ({ baseFee, freeShippingThreshold });
const promo = (over: Partial<PromotionRule>): PromotionRule => ({ id: 'pr1', code: 'SAVE', type: 'percentage', value: 10, minSubtotal: null, productIds: [], categoryIds: [], ...over });

describe('priceOrder: API.md examples', () => {
  it('1,080 reduced + 1,100 standard + ¥500 shipping: tax per rate, shipping at the standard rate', () => {
    const p = priceOrder({ lines: [line(1080, 'reduced'), line(1100)], tax: JP, shipping: ship(500) });
    expect(p.taxes).toEqual([
      { rate: 0.08, taxableAmount: 1080, tax: 80 },
      { rate: 0.1, taxableAmount: 1600, tax: 145 },
    ]);
    expect(p).toMatchObject({ subtotal: 2180, shippingFee: 500, taxTotal: 225, total: 2680 });
    expect(p.lines.map((l) => [l.taxClass, l.taxRate])).toEqual([['reduced', 0.08], ['standard', 0.1]]);
  });

  it('three ¥1,010 reduced lines: ¥224 once per rate, not 3 × ¥74 = ¥222', () => {
    const lines = [line(1010, 'reduced', 1, 'a'), line(1010, 'reduced', 1, 'b'), line(1010, 'reduced', 1, 'c')];
    const p = priceOrder({ lines, tax: JP, shipping: ship(0) });
    expect(p.taxes).toEqual([{ rate: 0.08, taxableAmount: 3030, tax: 224 }]);
    expect(lines.reduce((s, l) => s + taxOn(l.unitPrice, 0.08, JP), 0)).toBe(222);
  });

  it('store rounding: floor, round (half up) and ceil', () => {
    expect(taxOn(3030, 0.08, { pricesIncludeTax: true, rounding: 'floor' })).toBe(224);
    expect(taxOn(3030, 0.08, { pricesIncludeTax: true, rounding: 'round' })).toBe(224);
    expect(taxOn(3030, 0.08, { pricesIncludeTax: true, rounding: 'ceil' })).toBe(225);
    expect(taxOn(1600, 0.1, { pricesIncludeTax: true, rounding: 'round' })).toBe(145);
    expect(taxOn(1650, 0.1, { pricesIncludeTax: true, rounding: 'round' })).toBe(150);
    expect(taxOn(1005, 0.1, { pricesIncludeTax: false, rounding: 'round' })).toBe(101); // 100.5 → 101
  });

  it('exempt lines carry no tax; tax-exclusive prices add the tax to the total', () => {
    const p = priceOrder({ lines: [line(1000, 'exempt'), line(1000)], tax: { ...JP, pricesIncludeTax: false }, shipping: ship(0) });
    expect(p.taxes).toEqual([{ rate: 0, taxableAmount: 1000, tax: 0 }, { rate: 0.1, taxableAmount: 1000, tax: 100 }]);
    expect(p.total).toBe(2100);
  });
});

describe('priceOrder: shipping, discounts, points', () => {
  it('free shipping at the threshold; says how much more is needed below it', () => {
    expect(priceOrder({ lines: [line(9200)], tax: JP, shipping: ship(500, 5000) })).toMatchObject({ shippingFee: 0, total: 9200, freeShippingRemaining: null });
    expect(priceOrder({ lines: [line(4200)], tax: JP, shipping: ship(500, 5000) })).toMatchObject({ shippingFee: 500, total: 4700, freeShippingRemaining: 800 });
  });

  it('a discount is split across rates in proportion to the lines and lowers each rate’s taxable amount', () => {
    const p = priceOrder({ lines: [line(1080, 'reduced'), line(1100)], tax: JP, shipping: ship(0), promotion: promo({ type: 'fixed', value: 218 }) });
    expect(p.discounts).toEqual([{ code: 'SAVE', promotionId: 'pr1', amount: 218 }]);
    expect(p.lines.map((l) => l.discount)).toEqual([108, 110]);
    expect(p.taxes).toEqual([{ rate: 0.08, taxableAmount: 972, tax: 72 }, { rate: 0.1, taxableAmount: 990, tax: 90 }]);
    expect(p.total).toBe(2180 - 218);
  });

  it('percentage codes restricted to products or categories apply to those lines only', () => {
    const lines = [line(1000, 'standard', 2, 'shirt', 'c-tops'), line(3000, 'reduced', 1, 'tea', 'c-food')];
    expect(priceOrder({ lines, tax: JP, shipping: ship(0), promotion: promo({ value: 10, productIds: ['tea'] }) }).lines.map((l) => l.discount)).toEqual([0, 300]);
    expect(priceOrder({ lines, tax: JP, shipping: ship(0), promotion: promo({ value: 50, categoryIds: ['c-tops'] }) }).discountTotal).toBe(1000);
    expect(() => priceOrder({ lines, tax: JP, shipping: ship(0), promotion: promo({ productIds: ['other'] }) })).toThrow(/applies to none/);
  });

  it('a fixed code never takes more than what it applies to; a minimum subtotal is enforced', () => {
    expect(priceOrder({ lines: [line(300)], tax: JP, shipping: ship(500), promotion: promo({ type: 'fixed', value: 1000 }) })).toMatchObject({ discountTotal: 300, total: 500 });
    expect(() => priceOrder({ lines: [line(300)], tax: JP, shipping: ship(500), promotion: promo({ minSubtotal: 301 }) })).toThrow(expect.objectContaining({ code: 'invalid_coupon' }));
  });

  it('a free-shipping code takes the fee off (and its tax with it)', () => {
    const p = priceOrder({ lines: [line(1080, 'reduced')], tax: JP, shipping: ship(500, 5000), promotion: promo({ type: 'free_shipping', value: 0 }) });
    expect(p).toMatchObject({ shippingFee: 500, shippingDiscount: 500, discountTotal: 500, total: 1080, freeShippingRemaining: null });
    expect(p.taxes).toEqual([{ rate: 0.08, taxableAmount: 1080, tax: 80 }, { rate: 0.1, taxableAmount: 0, tax: 0 }]);
  });

  it('points are payment: they lower the total, never the tax; never more than the subtotal or what is due', () => {
    const p = priceOrder({ lines: [line(1100)], tax: JP, shipping: ship(500), pointsToRedeem: 600 });
    expect(p).toMatchObject({ pointsRedeemed: 600, total: 1000, taxes: [{ rate: 0.1, taxableAmount: 1600, tax: 145 }] });
    expect(() => priceOrder({ lines: [line(1000)], tax: JP, shipping: ship(0), pointsToRedeem: 1001 })).toThrow(/may not exceed the subtotal/);
    expect(() => priceOrder({ lines: [line(1000)], tax: JP, shipping: ship(0), promotion: promo({ value: 50 }), pointsToRedeem: 600 })).toThrow(/amount due/);
  });

  it('allocate: parts add up and none exceeds its weight', () => {
    expect(allocate(10, [5, 5, 5])).toEqual([4, 3, 3]);
    expect(allocate(10, [1, 1, 1])).toEqual([1, 1, 1]);
    expect(allocate(3, [0, 5, 0])).toEqual([0, 3, 0]);
  });
});

const arbLine = fc.record({
  sku: fc.string(),
  productId: fc.constantFrom('p1', 'p2', 'p3'),
  categoryId: fc.constantFrom(null, 'c1', 'c2'),
  quantity: fc.integer({ min: 1, max: 20 }),
  unitPrice: fc.integer({ min: 0, max: 200_000 }),
  taxClass: fc.constantFrom('standard' as const, 'reduced' as const, 'exempt' as const),
});
const arbPromo = fc.option(
  fc.record({
    id: fc.constant('x'),
    code: fc.constant('X'),
    type: fc.constantFrom('percentage' as const, 'fixed' as const, 'free_shipping' as const),
    value: fc.integer({ min: 1, max: 100_000 }),
    minSubtotal: fc.constant(null),
    productIds: fc.subarray(['p1', 'p2']),
    categoryIds: fc.subarray(['c1']),
  }),
);
const arbRules = fc.record({
  rates: fc.record({ standard: fc.constantFrom(0.1, 0.08, 0.05), reduced: fc.constantFrom(0.08, 0.1, 0) }),
  pricesIncludeTax: fc.boolean(),
  rounding: fc.constantFrom('floor' as const, 'round' as const, 'ceil' as const),
});

describe('priceOrder: properties', () => {
  it('total = subtotal − discounts + shipping (+ tax when exclusive) − points; nothing negative; tax per rate within ¥1 of exact', () => {
    fc.assert(
      fc.property(arbLine.chain((l) => fc.array(arbLine, { maxLength: 6 }).map((ls) => [l, ...ls])), arbRules, arbPromo, fc.integer({ min: 0, max: 2000 }), fc.option(fc.integer({ min: 0, max: 50_000 })), fc.nat(), (lines, tax, promotion, baseFee, threshold, pointsSeed) => {
        let p;
        try {
          p = priceOrder({ lines, tax, shipping: { baseFee, freeShippingThreshold: threshold }, promotion: promotion ? { ...promotion, value: promotion.type === 'percentage' ? Math.min(100, promotion.value) : promotion.value } : null });
        } catch (err) {
          expect((err as { code?: string }).code).toBe('invalid_coupon');
          return;
        }
        const points = Math.min(p.subtotal, p.total) === 0 ? 0 : pointsSeed % (Math.min(p.subtotal, p.total) + 1);
        const q = priceOrder({ lines, tax, shipping: { baseFee, freeShippingThreshold: threshold }, promotion: promotion ? { ...promotion, value: promotion.type === 'percentage' ? Math.min(100, promotion.value) : promotion.value } : null, pointsToRedeem: points });
        expect(q.total).toBe(q.subtotal - q.discountTotal + q.shippingFee + (tax.pricesIncludeTax ? 0 : q.taxTotal) - q.pointsRedeemed);
        expect(q.total).toBeGreaterThanOrEqual(0);
        expect(q.discounts.reduce((s, d) => s + d.amount, 0)).toBe(q.discountTotal);
        for (const l of q.lines) {
          expect(l.discount).toBeGreaterThanOrEqual(0);
          expect(l.lineTotal - l.discount).toBeGreaterThanOrEqual(0);
        }
        expect(q.lines.reduce((s, l) => s + l.lineTotal - l.discount, 0) + q.shippingFee - q.shippingDiscount).toBe(q.taxes.reduce((s, t) => s + t.taxableAmount, 0));
        expect(new Set(q.taxes.map((t) => t.rate)).size).toBe(q.taxes.length);
        for (const t of q.taxes) {
          expect(t.taxableAmount).toBeGreaterThanOrEqual(0);
          expect(t.tax).toBeGreaterThanOrEqual(0);
          expect(Math.abs(t.tax - exactTaxOn(t.taxableAmount, t.rate, tax.pricesIncludeTax))).toBeLessThan(1);
        }
        expect(q.taxTotal).toBe(q.taxes.reduce((s, t) => s + t.tax, 0));
      }),
      { numRuns: 500 },
    );
  });
});
