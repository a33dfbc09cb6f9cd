import { DomainError } from '../../platform/errors';

/**
 * A compare-at price is the "was" price shown struck through beside the price, so it must be
 * higher than the price; anything else would advertise a discount that is not one.
 */
export function compareAtProblem(price: number, compareAtPrice: number | null | undefined): string | null {
  if (compareAtPrice === null || compareAtPrice === undefined) return null;
  return compareAtPrice > price ? null : `must be greater than the price (${price}), or empty`;
}

/** Throws 400 validation_failed naming `path` when the variant's compare-at price does not exceed its price. */
export function assertCompareAt(price: number, compareAtPrice: number | null | undefined, path: string, sku?: string): void {
  const problem = compareAtProblem(price, compareAtPrice);
  if (problem) {
    throw new DomainError('validation_failed', `${sku ? `SKU ${sku}: ` : ''}the compare-at price (${compareAtPrice}) ${problem}`, { errors: [{ path, message: problem }] });
  }
}
