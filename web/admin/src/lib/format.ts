import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { formatMoney } from '../../../shared/money';
import { api } from './session';

interface StoreSettings {
  storeName: string;
  currency: string;
}

/** Public store settings (name, currency); every role may read them. */
export function useStoreSettings() {
  return useQuery({
    queryKey: ['store-settings'],
    queryFn: () => api.get<StoreSettings>('/v1/store/settings'),
    staleTime: 5 * 60_000,
  });
}

export function useCurrency(): string {
  return useStoreSettings().data?.currency ?? 'JPY';
}

export function useMoney() {
  const currency = useCurrency();
  return useCallback((amount: number | null | undefined) => formatMoney(amount, currency), [currency]);
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return Number.isNaN(d.getTime()) ? iso : dateOnly.format(d);
}

/** YYYY-MM-DD in local time. */
export function isoDay(d: Date): string {
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${m}-${day}`;
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
