import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldError } from '../lib/api';
import { canonicalPrefecture, halfWidth, normalizePostalCode, PREFECTURES, prefectureLabel } from '../lib/prefectures';
import { useSaveAddress } from '../lib/queries';
import type { Address, AddressInput } from '../lib/types';
import { Button, ErrorAlert, Field } from './ui';
import type { ResponseOf } from '../../../shared/api-types';

const empty: AddressInput = { name: '', nameKana: '', postalCode: '', prefecture: '', city: '', line1: '', line2: '', phone: '', isDefault: false };
const KANA = /^[\u3040-\u30FF\uFF65-\uFF9F\u3000 ]*$/;

interface Props {
  address?: Address;
  defaultName?: string;
  onSaved: (address: Address) => void;
  onCancel?: () => void;
  submitLabel?: string;
}

type PostalLookup = ResponseOf<'/v1/store/postal-codes/{code}'>;

export function AddressForm({ address, defaultName = '', onSaved, onCancel, submitLabel }: Props) {
  const { t, i18n } = useTranslation('shopCheckout');
  const save = useSaveAddress();
  const [form, setForm] = useState<AddressInput>(() =>
    address
      ? { ...empty, ...address, nameKana: address.nameKana ?? '', line2: address.line2 ?? '', prefecture: canonicalPrefecture(address.prefecture) }
      : { ...empty, name: defaultName },
  );
  const [local, setLocal] = useState<Partial<Record<keyof AddressInput, string>>>({});
  const [filled, setFilled] = useState('');
  const errorFor = (k: keyof AddressInput) => local[k] ?? fieldError(save.error, k);
  const set = (k: keyof AddressInput) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setForm({ ...form, [k]: e.target instanceof HTMLInputElement && e.target.type === 'checkbox' ? e.target.checked : e.target.value });

  // Seven digits typed (full-width too): fill prefecture and city from Japan Post's data, if empty.
  const postalBlur = async () => {
    const code = normalizePostalCode(form.postalCode);
    if (code !== form.postalCode) setForm((f) => ({ ...f, postalCode: code }));
    if (!/^\d{3}-\d{4}$/.test(code)) return;
    try {
      const { addresses } = await api<PostalLookup>(`/v1/store/postal-codes/${code}`);
      const [first] = addresses;
      if (!first) return;
      setForm((f) => ({ ...f, prefecture: f.prefecture || first.prefecture, city: f.city || `${first.city}${first.town}` }));
      setFilled(t('addressForm.filled', { place: `${prefectureLabel(first.prefecture)} ${first.city}${first.town}` }));
    } catch {
      // An unknown code is fine: the shopper types the address.
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    const errors: typeof local = {};
    for (const k of ['name', 'postalCode', 'prefecture', 'city', 'line1', 'phone'] as const) {
      if (!String(form[k]).trim()) errors[k] = t('addressForm.required');
    }
    const postal = normalizePostalCode(form.postalCode);
    if (form.postalCode && !/^\d{3}-?\d{4}$/.test(postal)) errors.postalCode = t('addressForm.postalFormat');
    if (form.nameKana && !KANA.test(form.nameKana)) errors.nameKana = t('addressForm.kanaFormat');
    setLocal(errors);
    if (Object.keys(errors).length) return;
    const input = pick({ ...form, postalCode: postal, phone: halfWidth(form.phone) });
    // Clearing line 2 of a saved address has to be sent; on a new one it is simply left out.
    if (address?.line2 && input.line2 === undefined) input.line2 = '';
    if (address?.nameKana && input.nameKana === undefined) input.nameKana = null;
    save.mutate(address ? { ...input, id: address.id } : input, { onSuccess: onSaved });
  };

  const selectClass = 'mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-2 text-base sm:text-sm';
  const prefectureError = errorFor('prefecture');
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={address ? t('addressForm.edit') : t('addressForm.new')}>
      {save.isError ? <ErrorAlert error={save.error} /> : null}
      <Field label={t('addressForm.name')} autoComplete="name" required value={form.name} onChange={set('name')} error={errorFor('name')} />
      <Field label={t('addressForm.nameKana')} hint={t('addressForm.nameKanaHint')} value={form.nameKana ?? ''} onChange={set('nameKana')} error={errorFor('nameKana')} />
      <div className="grid grid-cols-2 gap-3">
        <Field
          label={t('addressForm.postalCode')}
          autoComplete="postal-code"
          inputMode="numeric"
          placeholder="100-0001"
          required
          value={form.postalCode}
          onChange={set('postalCode')}
          onBlur={() => void postalBlur()}
          error={errorFor('postalCode')}
        />
        <div>
          <label className="block text-sm font-medium text-slate-800">
            {t('addressForm.prefecture')}
            <select
              autoComplete="address-level1"
              required
              value={form.prefecture}
              onChange={set('prefecture')}
              aria-invalid={prefectureError ? true : undefined}
              aria-describedby={prefectureError ? 'prefecture-error' : undefined}
              className={selectClass}
            >
              <option value="">{t('addressForm.choose')}</option>
              {PREFECTURES.map(([ja, en]) => (
                <option key={ja} value={ja}>{i18n.language === 'en' ? en : ja}</option>
              ))}
              {form.prefecture && !PREFECTURES.some(([ja]) => ja === form.prefecture) ? <option value={form.prefecture}>{form.prefecture}</option> : null}
            </select>
          </label>
          {prefectureError ? <p id="prefecture-error" className="mt-1 text-sm text-red-700">{prefectureError}</p> : null}
        </div>
      </div>
      {filled ? <p role="status" className="text-sm text-slate-600">{filled}</p> : null}
      <Field label={t('addressForm.city')} autoComplete="address-level2" required value={form.city} onChange={set('city')} error={errorFor('city')} />
      <Field label={t('addressForm.line1')} autoComplete="address-line1" required value={form.line1} onChange={set('line1')} error={errorFor('line1')} />
      <Field label={t('addressForm.line2')} autoComplete="address-line2" value={form.line2 ?? ''} onChange={set('line2')} error={errorFor('line2')} />
      <Field label={t('addressForm.phone')} type="tel" autoComplete="tel" required value={form.phone} onChange={set('phone')} error={errorFor('phone')} />
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" className="size-5 shrink-0 accent-indigo-600" checked={form.isDefault} onChange={set('isDefault')} />
        {t('addressForm.default')}
      </label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={save.isPending}>{save.isPending ? t('addressForm.saving') : (submitLabel ?? t('addressForm.save'))}</Button>
        {onCancel ? <Button variant="secondary" onClick={onCancel}>{t('addressForm.cancel')}</Button> : null}
      </div>
    </form>
  );
}

/** Only the contract's fields, trimmed (unknown fields are a 400), without an empty line2 or furigana. */
function pick(a: AddressInput): AddressInput {
  const t = (s: string | null | undefined) => (s ?? '').trim();
  const out: AddressInput = {
    name: t(a.name), postalCode: t(a.postalCode), prefecture: t(a.prefecture), city: t(a.city),
    line1: t(a.line1), phone: t(a.phone), isDefault: a.isDefault,
  };
  if (t(a.line2)) out.line2 = t(a.line2);
  if (t(a.nameKana)) out.nameKana = t(a.nameKana);
  return out;
}

export function AddressText({ address }: { address: Omit<AddressInput, 'isDefault'> }) {
  return (
    <address className="text-sm not-italic leading-relaxed text-slate-700">
      {address.nameKana ? <span className="block text-xs text-slate-600">{address.nameKana}</span> : null}
      <span className="font-medium text-slate-900">{address.name}</span>
      <br />〒{address.postalCode} {prefectureLabel(address.prefecture)} {address.city}
      <br />{address.line1}
      {address.line2 ? <><br />{address.line2}</> : null}
      <br />{address.phone}
    </address>
  );
}
