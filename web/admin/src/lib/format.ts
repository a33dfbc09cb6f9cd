import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { formatMoney } from '../../../shared/money';
import { useTranslation } from 'react-i18next';
import { i18next } from '../../../shared/i18n';
import { adminApi } from './api';


/** Public store settings (name, currency, time zone, language); every role may read them. */
export function useStoreSettings() {
  return useQuery({
    queryKey: ['store-settings'],
    queryFn: () => adminApi.storeSettings(),
    staleTime: 5 * 60_000,
  });
}

export function useCurrency(): string {
  return useStoreSettings().data?.currency ?? 'JPY';
}

/** The Intl locale for the admin's language. */
export const intlLocale = () => (i18next.language === 'en' ? 'en-GB' : 'ja-JP');

export function useMoney() {
  const currency = useCurrency();
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-US' : 'ja-JP';
  return useCallback((amount: number | null | undefined) => formatMoney(amount, currency, locale), [currency, locale]);
}

// Dates and times are shown in the store's time zone (settings.timeZone), not the browser's:
// staff abroad and the shop's customers must read the same day.
let storeZone = 'Asia/Tokyo';
export function setStoreTimeZone(tz: string | undefined) {
  if (tz) storeZone = tz;
}
export const storeTimeZone = () => storeZone;

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(kind: 'dateTime' | 'date' | 'day', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}|${intlLocale()}`;
  let f = formatters.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions = kind === 'dateTime' ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
    f = new Intl.DateTimeFormat(intlLocale(), { ...opts, timeZone });
    formatters.set(key, f);
  }
  return f;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat('dateTime', storeZone).format(d);
}

/** A timestamp's date in the store time zone, or a calendar date (YYYY-MM-DD) as it is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  if (iso.length === 10) {
    const d = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : dateFormat('day', 'UTC').format(d);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat('date', storeZone).format(d);
}

/** YYYY-MM-DD of `d` in the store's time zone. */
export function isoDay(d: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: storeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function humanize(s: string): string {
  const t = s.replace(/[_.-]+/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Parses a whole-number input; empty → null, anything else that is not an integer → NaN. */
export function parseIntOrNull(value: string): number | null {
  const t = value.trim().replace(/[,\s]/g, '');
  if (t === '') return null;
  return /^-?\d+$/.test(t) ? Number(t) : Number.NaN;
}
