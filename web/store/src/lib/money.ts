import { useMemo } from 'react';
import { useSettings } from './queries';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string): Intl.NumberFormat {
  let f = formatters.get(currency);
  if (!f) {
    f = new Intl.NumberFormat('ja-JP', { style: 'currency', currency });
    formatters.set(currency, f);
  }
  return f;
}

/**
 * Formats an integer amount in the currency's minor units: JPY 1200 → "¥1,200", USD 1250 → "$12.50".
 * ICU writes the yen sign full-width (U+FFE5) in ja-JP; the store shows the usual "¥".
 */
export function formatMoney(amount: number, currency: string): string {
  const f = formatter(currency);
  const digits = f.resolvedOptions().maximumFractionDigits ?? 0;
  return f.format(amount / 10 ** digits).replace('\uFFE5', '\u00A5');
}

/** A formatter bound to the store currency (GET /v1/store/settings); JPY until it loads. */
export function useMoney(): (amount: number) => string {
  const { data } = useSettings();
  const currency = data?.currency ?? 'JPY';
  return useMemo(() => (amount: number) => formatMoney(amount, currency), [currency]);
}

/** How many minor units make one major unit (JPY 1, USD 100): for inputs in major units. */
export function minorPerMajor(currency: string): number {
  return 10 ** (formatter(currency).resolvedOptions().maximumFractionDigits ?? 0);
}
