import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { Button, ErrorMessage, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { BankAccountCard } from '../components/bank-account-card';
import { Card, Loading, PageHeader, QueryError } from '../components/common';
import { CurrencyField, RepricingConfirm } from '../components/currency-field';
import { toast } from '../lib/toast';
import type { Settings } from '../lib/types';
import { adminApi } from '../lib/api';
import { useSettings } from '../lib/queries';

type Draft = Record<keyof Settings, string>;

// Labels and hints are the keys of the same name in locales/<lang>/storeSettings.json (`<key>` and `<key>Hint`).
const fields: Array<{ key: keyof Settings; hint?: boolean; kind: 'text' | 'int' | 'rate' | 'optionalInt' }> = [
  { key: 'storeName', kind: 'text' },
  { key: 'currency', hint: true, kind: 'text' },
  { key: 'timeZone', hint: true, kind: 'text' },
  { key: 'lowStockThreshold', hint: true, kind: 'int' },
  { key: 'reservationTtlMinutes', kind: 'int' },
  { key: 'konbiniExpiryHours', kind: 'int' },
  { key: 'pointsEarnRate', hint: true, kind: 'rate' },
  { key: 'shippingFee', hint: true, kind: 'int' },
  { key: 'freeShippingThreshold', hint: true, kind: 'optionalInt' },
];

function toDraft(s: Settings): Draft {
  return Object.fromEntries(fields.map((f) => [f.key, s[f.key] === null || s[f.key] === undefined ? '' : String(s[f.key])])) as Draft;
}

export default function SettingsPage() {
  const { t } = useTranslation('storeSettings');
  const queryClient = useQueryClient();
  // A currency change the server refused (409) until it is confirmed: the body to resend with confirmRepricing.
  const [repricing, setRepricing] = useState<Record<string, unknown> | null>(null);
  const settings = useSettings();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  useEffect(() => {
    if (settings.data) setDraft(toDraft(settings.data));
  }, [settings.data]);

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => adminApi.settings.update(body),
    onSuccess: (s) => {
      if (s) queryClient.setQueryData(['settings'], s);
      queryClient.invalidateQueries({ queryKey: ['store-settings'] });
      setRepricing(null);
      toast.success(t('saved'));
    },
    onError: (err, body) => {
      if (err instanceof ApiError && err.status === 409 && body.currency !== undefined && !body.confirmRepricing) return setRepricing(body);
      if (err instanceof ApiError) setErrors(err.fieldErrors());
    },
  });

  if (settings.isPending || (settings.data && !draft)) return <Loading />;
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => settings.refetch()} />;
  if (!draft) return null;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft || !settings.data) return;
    const errs: Record<string, string> = {};
    const body: Record<string, unknown> = {};
    for (const f of fields) {
      const raw = draft[f.key].trim();
      if (raw === (settings.data[f.key] === null || settings.data[f.key] === undefined ? '' : String(settings.data[f.key]))) continue;
      if (f.kind === 'text') {
        if (!raw) errs[f.key] = t('errors.empty');
        body[f.key] = f.key === 'currency' ? raw.toUpperCase() : raw;
      } else if (f.kind === 'rate') {
        const n = Number(raw);
        if (!raw || !Number.isFinite(n) || n < 0 || n > 1) errs[f.key] = t('errors.rate');
        body[f.key] = n;
      } else {
        if (f.kind === 'optionalInt' && raw === '') {
          body[f.key] = null;
          continue;
        }
        if (!/^\d+$/.test(raw)) errs[f.key] = t('errors.int');
        body[f.key] = Number(raw);
      }
    }
    setErrors(errs);
    if (Object.keys(errs).length) return;
    if (!Object.keys(body).length) return toast.info(t('nothingChanged'));
    save.mutate(body);
  }

  return (
    <div className="max-w-3xl">
      <PageHeader title={t('title')} description={t('description')} />
      <Card>
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <div className="grid gap-4 sm:grid-cols-2">
            {fields.map((f) =>
              f.key === 'currency' ? (
                <CurrencyField key={f.key} value={draft.currency} onChange={(code) => setDraft({ ...draft, currency: code })} error={errors.currency} />
              ) : (
                <TextField key={f.key} label={t(f.key)} hint={f.hint ? t(`${f.key}Hint`) : undefined} inputMode={f.kind === 'text' ? undefined : f.kind === 'rate' ? 'decimal' : 'numeric'} value={draft[f.key]} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} error={errors[f.key]} />
              ),
            )}
          </div>
          {repricing && settings.data && (
            <RepricingConfirm from={settings.data.currency} to={String(repricing.currency)} busy={save.isPending} onConfirm={() => save.mutate({ ...repricing, confirmRepricing: true })} onCancel={() => setRepricing(null)} />
          )}
          {save.isError && !repricing && <ErrorMessage error={save.error} title={t('notSaved')} />}
          <div>
            <Button type="submit" variant="primary" loading={save.isPending}>
              {t('save')}
            </Button>
          </div>
        </form>
      </Card>
      <BankAccountCard />
    </div>
  );
}
