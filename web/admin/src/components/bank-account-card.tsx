import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { Button, ErrorMessage, SelectField, TextField } from '../../../shared/ui';
import { toast } from '../lib/toast';
import { Card } from './common';
import type { Settings } from '../lib/types';
import { adminApi } from '../lib/api';
import { queryKeys, useSettings } from '../lib/queries';

type BankAccount = NonNullable<Settings['bankAccount']>;
const EMPTY: BankAccount = { bankName: '', branchName: '', accountType: 'ordinary', accountNumber: '', accountHolder: '' };
const TEXT_FIELDS = ['bankName', 'branchName', 'accountNumber', 'accountHolder'] as const;

/** The account bank-transfer customers pay into; their order confirmation email shows it. */
export function BankAccountCard() {
  const { t } = useTranslation('bank-account');
  const qc = useQueryClient();
  const settings = useSettings();
  const [draft, setDraft] = useState<BankAccount>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (settings.data?.bankAccount) setDraft(settings.data.bankAccount);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: (bankAccount: BankAccount) => adminApi.settings.update({ bankAccount }),
    onSuccess: () => {
      setErrors({});
      toast.success(t('saved'));
      void qc.invalidateQueries({ queryKey: queryKeys.settings });
    },
    onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d*$/.test(draft.accountNumber.trim())) return setErrors({ 'bankAccount/accountNumber': t('digitsOnly') });
    save.mutate({ ...draft, accountNumber: draft.accountNumber.trim() });
  };
  if (!settings.data) return null;
  return (
    <Card title={t('title')} className="mt-6">
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <p className="text-sm text-slate-600">{t('description')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {TEXT_FIELDS.map((k) => (
            <TextField key={k} label={t(k)} value={draft[k]} inputMode={k === 'accountNumber' ? 'numeric' : undefined} onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} error={errors[`bankAccount/${k}`] ?? errors[k]} />
          ))}
          <SelectField label={t('accountType')} value={draft.accountType} onChange={(e) => setDraft({ ...draft, accountType: e.target.value as BankAccount['accountType'] })}>
            {(['ordinary', 'checking', 'savings'] as const).map((v) => <option key={v} value={v}>{t(`types.${v}`)}</option>)}
          </SelectField>
        </div>
        {save.isError && !Object.keys(errors).length && <ErrorMessage error={save.error} />}
        <div>
          <Button type="submit" variant="primary" loading={save.isPending}>{t('save')}</Button>
        </div>
      </form>
    </Card>
  );
}
