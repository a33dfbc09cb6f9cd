/** Pure rules of the points ledger (1 point = 1 currency unit). */

/** Points a completed order earns: floor(total × rate), computed in integers so 100 × 0.29 is 29, not 28. */
export function pointsEarned(total: number, rate: number): number {
  if (total <= 0 || rate <= 0) return 0;
  const ratePerMillion = Math.round(rate * 1_000_000);
  return Math.floor((total * ratePerMillion) / 1_000_000);
}

/**
 * Taking back points a refunded order earned: never below zero. Whatever the customer already
 * spent is the shortfall, recorded rather than taken.
 */
export function takeBack(balance: number, earned: number): { delta: number; shortfall: number } {
  const taken = Math.max(0, Math.min(balance, earned));
  return { delta: -taken, shortfall: earned - taken };
}
