import { DomainError } from '../../platform/errors';

export interface PricedLine {
  quantity: number;
  unitPrice: number;
}

export interface Totals {
  subtotal: number;
  shippingFee: number;
  pointsRedeemed: number;
  total: number;
}

/**
 * Money for an order, in integer minor units, in one place. Shipping is the zone's fee when a
 * zone covers the address (else the flat fee) and free at or above the free-shipping threshold;
 * points take 1 unit each off the total and may not exceed the subtotal.
 */
export function orderTotals(
  lines: PricedLine[],
  opts: { baseShippingFee: number; freeShippingThreshold: number | null; pointsToRedeem: number },
): Totals {
  let subtotal = 0;
  for (const l of lines) {
    if (!Number.isInteger(l.quantity) || !Number.isInteger(l.unitPrice) || l.quantity <= 0 || l.unitPrice < 0) {
      throw new Error(`orderTotals: bad line ${JSON.stringify(l)}`);
    }
    subtotal += l.quantity * l.unitPrice;
  }
  if (!Number.isSafeInteger(subtotal)) throw new DomainError('unprocessable', 'The order total is too large');
  const free = opts.freeShippingThreshold !== null && subtotal >= opts.freeShippingThreshold;
  const shippingFee = free ? 0 : opts.baseShippingFee;
  const points = opts.pointsToRedeem;
  if (!Number.isInteger(points) || points < 0) throw new DomainError('validation_failed', 'pointsToRedeem must be a whole number ≥ 0');
  if (points > subtotal) {
    throw new DomainError('unprocessable', `pointsToRedeem (${points}) may not exceed the subtotal (${subtotal})`, {
      errors: [{ path: 'pointsToRedeem', message: `must be at most the subtotal ${subtotal}` }],
    });
  }
  return { subtotal, shippingFee, pointsRedeemed: points, total: subtotal + shippingFee - points };
}
