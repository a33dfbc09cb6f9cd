import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../inventory/service';
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

describe('stock line normalisation', () => {
  it('merges repeated SKUs and sorts, so every writer locks rows in one order', () => {
    expect(normalizeLines([{ sku: 'B', quantity: 1 }, { sku: 'A', quantity: 2 }, { sku: 'B', quantity: 3 }])).toEqual([
      { sku: 'A', quantity: 2, productId: undefined },
      { sku: 'B', quantity: 4, productId: undefined },
    ]);
    expect(() => normalizeLines([{ sku: 'A', quantity: 0 }])).toThrow();
  });
});
