// Money is an integer in minor units of the store currency (JPY has none: 1200 → ¥1,200).
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, f);
  }
  return f;
}

/** Number of minor-unit digits of a currency (JPY 0, USD 2). */
export function currencyDigits(currency = 'JPY'): number {
  return formatter(currency, 'en-US').resolvedOptions().maximumFractionDigits ?? 0;
}

export function formatMoney(amount: number | null | undefined, currency = 'JPY', locale = 'en-US'): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '—';
  const f = formatter(currency, locale);
  const digits = f.resolvedOptions().maximumFractionDigits ?? 0;
  return f.format(amount / 10 ** digits);
}

/** The currency symbol alone, for input adornments ("¥"). */
export function currencySymbol(currency = 'JPY', locale = 'en-US'): string {
  return formatter(currency, locale).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
}
