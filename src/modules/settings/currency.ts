import { DomainError } from '../../platform/errors';

let known: Set<string> | null = null;

/** ISO 4217 codes this runtime's Intl can format (what the admin and storefront use to show prices). */
export function isKnownCurrency(code: string): boolean {
  known ??= new Set(Intl.supportedValuesOf('currency'));
  return known.has(code);
}

/**
 * Prices are integers in minor units of the store currency, so a new currency re-reads every
 * price (¥3,300 stored as 3300 becomes $33.00). With products in the catalog that needs the
 * caller's explicit `confirmRepricing`.
 */
export async function checkCurrencyChange(
  from: string,
  to: string | undefined,
  opts: { confirmRepricing?: boolean; productsExist: () => Promise<boolean> },
): Promise<void> {
  if (to === undefined) return;
  if (!isKnownCurrency(to)) {
    throw new DomainError('validation_failed', `${to} is not an ISO 4217 currency code (for example JPY, USD, EUR)`, {
      errors: [{ path: 'currency', message: 'must be an ISO 4217 currency code such as JPY' }],
    });
  }
  if (to === from || opts.confirmRepricing === true) return;
  if (await opts.productsExist()) {
    throw new DomainError(
      'conflict',
      `Changing the currency from ${from} to ${to} keeps every price's number and reads it in ${to} (prices are stored in minor units, so they are not converted). Send confirmRepricing: true to change it anyway, then review the prices.`,
    );
  }
}
