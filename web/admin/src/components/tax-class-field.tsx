import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/ui';

/** The product's consumption-tax class: standard 10 %, reduced 8 % (food and drink), or exempt. */
export function TaxClassField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useTranslation('tax');
  return (
    <SelectField label={t('label')} value={value || 'standard'} onChange={(e) => onChange(e.target.value)} error={error} hint={t('hint')}>
      <option value="standard">{t('standard')}</option>
      <option value="reduced">{t('reduced')}</option>
      <option value="exempt">{t('exempt')}</option>
    </SelectField>
  );
}
