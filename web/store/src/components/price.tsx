import { useTranslation } from 'react-i18next';
import { useMoney } from '../lib/money';
import { useSettings } from '../lib/queries';

/** "税込" / "tax incl." (or "税抜" / "excl. tax" when the store's prices exclude tax). */
export function TaxNote({ className = 'ml-1 text-xs font-normal text-slate-600' }: { className?: string }) {
  const { t } = useTranslation('shop');
  const { data } = useSettings();
  return <span className={className}>{data?.pricesIncludeTax === false ? t('taxExcluded') : t('common:taxIncluded')}</span>;
}

/** A price shown to shoppers: the amount with its tax basis. */
export function Price({ amount, className }: { amount: number; className?: string }) {
  const money = useMoney();
  return (
    <span className={className}>
      {money(amount)}
      <TaxNote />
    </span>
  );
}
