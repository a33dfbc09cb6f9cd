import { i18next } from '../../../shared/i18n';
import type { OrderStatus } from '../lib/types';

const styles: Record<string, string> = {
  pending: 'bg-amber-100 text-amber-900',
  processing: 'bg-sky-100 text-sky-900',
  completed: 'bg-emerald-100 text-emerald-900',
  cancelled: 'bg-slate-200 text-slate-700',
  refunded: 'bg-violet-100 text-violet-900',
};

const KNOWN = new Set(['pending', 'processing', 'completed', 'cancelled', 'refunded']);

export const orderStatusLabel = (status: OrderStatus | string): string => (KNOWN.has(status) ? i18next.t(`shopAccount:status.${status}`) : status);

export function OrderStatusBadge({ status }: { status: OrderStatus | string }) {
  return <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${styles[status] ?? 'bg-slate-100'}`}>{orderStatusLabel(status)}</span>;
}
