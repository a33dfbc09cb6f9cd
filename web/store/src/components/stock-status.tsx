import { i18next } from '../../../shared/i18n';

export function stockText(available: number): string {
  if (available <= 0) return i18next.t('shop:stock.soldOut');
  if (available <= 5) return i18next.t('shop:stock.only', { count: available });
  return i18next.t('shop:stock.inStock');
}

export function StockStatus({ available }: { available: number }) {
  const tone = available <= 0 ? 'text-red-700' : available <= 5 ? 'text-amber-700' : 'text-emerald-700';
  return (
    <span className={`inline-flex items-center gap-1.5 text-sm font-medium ${tone}`}>
      <span aria-hidden="true" className={`size-2 rounded-full ${available <= 0 ? 'bg-red-600' : available <= 5 ? 'bg-amber-500' : 'bg-emerald-600'}`} />
      {stockText(available)}
    </span>
  );
}
