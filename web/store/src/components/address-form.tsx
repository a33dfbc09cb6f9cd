import { useState, type ChangeEvent, type FormEvent } from 'react';
import { fieldError } from '../lib/api';
import { useSaveAddress } from '../lib/queries';
import type { Address, AddressInput } from '../lib/types';
import { Button, ErrorAlert, Field } from './ui';

const PREFECTURES = [
  'Hokkaido', 'Aomori', 'Iwate', 'Miyagi', 'Akita', 'Yamagata', 'Fukushima', 'Ibaraki', 'Tochigi', 'Gunma', 'Saitama', 'Chiba',
  'Tokyo', 'Kanagawa', 'Niigata', 'Toyama', 'Ishikawa', 'Fukui', 'Yamanashi', 'Nagano', 'Gifu', 'Shizuoka', 'Aichi', 'Mie',
  'Shiga', 'Kyoto', 'Osaka', 'Hyogo', 'Nara', 'Wakayama', 'Tottori', 'Shimane', 'Okayama', 'Hiroshima', 'Yamaguchi',
  'Tokushima', 'Kagawa', 'Ehime', 'Kochi', 'Fukuoka', 'Saga', 'Nagasaki', 'Kumamoto', 'Oita', 'Miyazaki', 'Kagoshima', 'Okinawa',
];

const empty: AddressInput = { name: '', postalCode: '', prefecture: '', city: '', line1: '', line2: '', phone: '', isDefault: false };

interface Props {
  address?: Address;
  defaultName?: string;
  onSaved: (address: Address) => void;
  onCancel?: () => void;
  submitLabel?: string;
}

export function AddressForm({ address, defaultName = '', onSaved, onCancel, submitLabel = 'Save address' }: Props) {
  const save = useSaveAddress();
  const [form, setForm] = useState<AddressInput>(() =>
    address ? { ...empty, ...address, line2: address.line2 ?? '' } : { ...empty, name: defaultName },
  );
  const [local, setLocal] = useState<Partial<Record<keyof AddressInput, string>>>({});
  const errorFor = (k: keyof AddressInput) => local[k] ?? fieldError(save.error, k);
  const set = (k: keyof AddressInput) => (e: ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    const errors: typeof local = {};
    for (const k of ['name', 'postalCode', 'prefecture', 'city', 'line1', 'phone'] as const) {
      if (!String(form[k]).trim()) errors[k] = 'Required.';
    }
    if (form.postalCode && !/^\d{3}-?\d{4}$/.test(form.postalCode.trim())) errors.postalCode = 'Use 7 digits, like 100-0001.';
    setLocal(errors);
    if (Object.keys(errors).length) return;
    const input = pick(form);
    // Clearing line 2 of a saved address has to be sent; on a new one it is simply left out.
    if (address?.line2 && input.line2 === undefined) input.line2 = '';
    save.mutate(address ? { ...input, id: address.id } : input, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={address ? 'Edit address' : 'New address'}>
      {save.isError ? <ErrorAlert error={save.error} /> : null}
      <Field label="Full name" autoComplete="name" required value={form.name} onChange={set('name')} error={errorFor('name')} />
      <div className="grid grid-cols-2 gap-3">
        <Field label="Postal code" autoComplete="postal-code" inputMode="numeric" placeholder="100-0001" required value={form.postalCode} onChange={set('postalCode')} error={errorFor('postalCode')} />
        <Field label="Prefecture" autoComplete="address-level1" list="prefectures" required value={form.prefecture} onChange={set('prefecture')} error={errorFor('prefecture')} />
      </div>
      <datalist id="prefectures">
        {PREFECTURES.map((p) => <option key={p} value={p} />)}
      </datalist>
      <Field label="City / ward" autoComplete="address-level2" required value={form.city} onChange={set('city')} error={errorFor('city')} />
      <Field label="Address line 1" autoComplete="address-line1" required value={form.line1} onChange={set('line1')} error={errorFor('line1')} />
      <Field label="Address line 2 (optional)" autoComplete="address-line2" value={form.line2 ?? ''} onChange={set('line2')} error={errorFor('line2')} />
      <Field label="Phone" type="tel" autoComplete="tel" required value={form.phone} onChange={set('phone')} error={errorFor('phone')} />
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" className="size-5 shrink-0 accent-indigo-600" checked={form.isDefault} onChange={set('isDefault')} />
        Use as my default address
      </label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={save.isPending}>{save.isPending ? 'Saving…' : submitLabel}</Button>
        {onCancel ? <Button variant="secondary" onClick={onCancel}>Cancel</Button> : null}
      </div>
    </form>
  );
}

/** Only the contract's fields, trimmed (unknown fields are a 400), without an empty line2. */
function pick(a: AddressInput): AddressInput {
  const t = (s: string | null | undefined) => (s ?? '').trim();
  const out: AddressInput = {
    name: t(a.name), postalCode: t(a.postalCode), prefecture: t(a.prefecture), city: t(a.city),
    line1: t(a.line1), phone: t(a.phone), isDefault: a.isDefault,
  };
  if (t(a.line2)) out.line2 = t(a.line2);
  return out;
}

export function AddressText({ address }: { address: Omit<AddressInput, 'isDefault'> }) {
  return (
    <address className="text-sm not-italic leading-relaxed text-slate-700">
      <span className="font-medium text-slate-900">{address.name}</span>
      <br />{address.postalCode} {address.prefecture} {address.city}
      <br />{address.line1}
      {address.line2 ? <><br />{address.line2}</> : null}
      <br />{address.phone}
    </address>
  );
}
