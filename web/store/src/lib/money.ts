import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyDigits, formatMoney as formatShared } from '../../../shared/money';
import { useSettings } from './queries';

/**
 * An integer amount in the currency's minor units, in the shopper's language: JPY 1200 → "¥1,200".
 * ICU writes the yen sign full-width (U+FFE5) for ja-JP; the store shows the usual "¥".
 */
export function formatMoney(amount: number, currency: string, lang = 'ja'): string {
  return formatShared(amount, currency, lang === 'en' ? 'en-US' : 'ja-JP').replace('\uFFE5', '\u00A5');
}

/** A formatter bound to the store currency (GET /v1/store/settings) and the current language; JPY until it loads. */
export function useMoney(): (amount: number) => string {
  const { data } = useSettings();
  const { i18n } = useTranslation();
  const currency = data?.currency ?? 'JPY';
  const lang = i18n.language;
  return useMemo(() => (amount: number) => formatMoney(amount, currency, lang), [currency, lang]);
}

/** How many minor units make one major unit (JPY 1, USD 100): for inputs in major units. */
export function minorPerMajor(currency: string): number {
  return 10 ** currencyDigits(currency);
}

/** Count of points etc. in the shopper's language ("1,200"). */
export function useNumber(): (n: number) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en-US' : 'ja-JP';
  return useMemo(() => (n: number) => n.toLocaleString(lang), [lang]);
}
