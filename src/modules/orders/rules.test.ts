import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../inventory/service';
import { orderTotals } from './pricing';
import { assertTransition, canTransition, ORDER_STATUSES, ORDER_TRANSITIONS } from './status';

describe('order status machine', () => {
  it('allows exactly the documented transitions', () => {
    const allowed = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(['completed→refunded', 'pending→cancelled', 'pending→processing', 'processing→cancelled', 'processing→completed'].sort());
    expect(ORDER_TRANSITIONS.refunded).toEqual([]);
  });
  it('names from and to when refusing', () => {
    expect(() => assertTransition('completed', 'cancelled')).toThrow(/from completed to cancelled/);
    expect(() => assertTransition('refunded', 'pending')).toThrow(/refunded is final/);
  });
});

describe('order totals', () => {
  const opts = { baseShippingFee: 500, freeShippingThreshold: 5000, pointsToRedeem: 0 };
  it('charges the flat fee below the threshold and nothing at or above it', () => {
    expect(orderTotals([{ quantity: 2, unitPrice: 1200 }], opts)).toEqual({ subtotal: 2400, shippingFee: 500, pointsRedeemed: 0, total: 2900 });
    expect(orderTotals([{ quantity: 1, unitPrice: 5000 }], opts)).toMatchObject({ shippingFee: 0, total: 5000 });
    expect(orderTotals([{ quantity: 1, unitPrice: 9000 }], { ...opts, freeShippingThreshold: null })).toMatchObject({ shippingFee: 500 });
  });
  it('takes points off the total, never more than the subtotal', () => {
    expect(orderTotals([{ quantity: 1, unitPrice: 1000 }], { ...opts, pointsToRedeem: 1000 })).toMatchObject({ total: 500, pointsRedeemed: 1000 });
    expect(() => orderTotals([{ quantity: 1, unitPrice: 1000 }], { ...opts, pointsToRedeem: 1001 })).toThrow(/may not exceed the subtotal/);
  });
});

describe('stock line normalisation', () => {
  it('merges repeated SKUs and sorts, so every writer locks rows in one order', () => {
    expect(normalizeLines([{ sku: 'B', quantity: 1 }, { sku: 'A', quantity: 2 }, { sku: 'B', quantity: 3 }])).toEqual([
      { sku: 'A', quantity: 2, productId: undefined },
      { sku: 'B', quantity: 4, productId: undefined },
    ]);
    expect(() => normalizeLines([{ sku: 'A', quantity: 0 }])).toThrow();
  });
});
