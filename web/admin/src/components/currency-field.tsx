import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/ui';
import { formatMoney } from '../../../shared/money';
import { Button } from '../../../shared/ui';
import { intlLocale } from '../lib/format';

/** ISO 4217 codes the browser can format, which is what the server accepts too. */
const CODES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['JPY', 'USD', 'EUR'];

export function CurrencyField({ value, onChange, error }: { value: string; onChange: (code: string) => void; error?: string }) {
  const { t } = useTranslation('storeSettings');
  const names = new Intl.DisplayNames([intlLocale()], { type: 'currency' });
  const codes = CODES.includes(value) || !value ? CODES : [value, ...CODES];
  return (
    <SelectField label={t('currency')} hint={t('currencyHint')} value={value} onChange={(e) => onChange(e.target.value)} error={error}>
      {codes.map((c) => (
        <option key={c} value={c}>
          {c} — {names.of(c) ?? c}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * The explicit confirmation the server asks for (409) when products exist: prices are integers in
 * the currency's minor unit, so they keep their numbers and are read in the new currency.
 */
export function RepricingConfirm({ from, to, busy, onConfirm, onCancel }: { from: string; to: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('storeSettings');
  const example = 3300;
  return (
    <div role="alertdialog" aria-labelledby="reprice-title" aria-describedby="reprice-body" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
      <p id="reprice-title" className="font-semibold">
        {t('reprice.title', { from, to })}
      </p>
      <p id="reprice-body" className="mt-1">
        {t('reprice.body', { from, to, before: formatMoney(example, from, intlLocale()), after: formatMoney(example, to, intlLocale()) })}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="danger" size="sm" loading={busy} onClick={onConfirm}>
          {t('reprice.confirm', { to })}
        </Button>
        <Button size="sm" onClick={onCancel} disabled={busy}>
          {t('reprice.cancel')}
        </Button>
      </div>
    </div>
  );
}
