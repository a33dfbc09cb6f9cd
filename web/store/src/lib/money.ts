import { useMemo } from 'react';
import { currencyDigits, formatMoney as formatShared } from '../../../shared/money';
import { useSettings } from './queries';

/**
 * An integer amount in the currency's minor units, the Japanese way: JPY 1200 → "¥1,200".
 * ICU writes the yen sign full-width (U+FFE5) for ja-JP; the store shows the usual "¥".
 */
export function formatMoney(amount: number, currency: string): string {
  return formatShared(amount, currency, 'ja-JP').replace('\uFFE5', '\u00A5');
}

/** A formatter bound to the store currency (GET /v1/store/settings); JPY until it loads. */
export function useMoney(): (amount: number) => string {
  const { data } = useSettings();
  const currency = data?.currency ?? 'JPY';
  return useMemo(() => (amount: number) => formatMoney(amount, currency), [currency]);
}

/** How many minor units make one major unit (JPY 1, USD 100): for inputs in major units. */
export function minorPerMajor(currency: string): number {
  return 10 ** currencyDigits(currency);
}
