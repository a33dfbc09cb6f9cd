import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/api';
import { Button, ErrorMessage, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { BankAccountCard } from '../components/BankAccountCard';
import { Card, Loading, PageHeader, QueryError } from '../components/common';
import { api } from '../lib/session';
import { toast } from '../lib/toast';
import type { Settings } from '../lib/types';

type Draft = Record<keyof Settings, string>;

const fields: Array<{ key: keyof Settings; label: string; hint?: string; kind: 'text' | 'int' | 'rate' | 'optionalInt' }> = [
  { key: 'storeName', label: 'Store name', kind: 'text' },
  { key: 'currency', label: 'Currency', hint: 'ISO 4217 code, e.g. JPY. Prices are stored in its minor unit.', kind: 'text' },
  { key: 'timeZone', label: 'Time zone', hint: 'IANA name, e.g. Asia/Tokyo. Used for same-day cutoffs.', kind: 'text' },
  { key: 'lowStockThreshold', label: 'Low-stock threshold', hint: 'Default for SKUs without their own threshold.', kind: 'int' },
  { key: 'reservationTtlMinutes', label: 'Reservation time (minutes)', kind: 'int' },
  { key: 'konbiniExpiryHours', label: 'Konbini payment deadline (hours)', kind: 'int' },
  { key: 'pointsEarnRate', label: 'Points earn rate', hint: 'Share of the total earned as points, e.g. 0.01 for 1 %.', kind: 'rate' },
  { key: 'shippingFee', label: 'Shipping fee', hint: 'Whole number in the store currency.', kind: 'int' },
  { key: 'freeShippingThreshold', label: 'Free shipping from', hint: 'Order subtotal for free shipping; leave empty for never.', kind: 'optionalInt' },
];

function toDraft(s: Settings): Draft {
  return Object.fromEntries(fields.map((f) => [f.key, s[f.key] === null || s[f.key] === undefined ? '' : String(s[f.key])])) as Draft;
}

export default function SettingsPage() {
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => api.get<Settings>('/v1/admin/settings') });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  useEffect(() => {
    if (settings.data) setDraft(toDraft(settings.data));
  }, [settings.data]);

  const save = useMutation({
    mutationFn: (body: Partial<Settings>) => api.patch<Settings>('/v1/admin/settings', body),
    onSuccess: (s) => {
      if (s) queryClient.setQueryData(['settings'], s);
      queryClient.invalidateQueries({ queryKey: ['store-settings'] });
      toast.success('Settings saved.');
    },
    onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
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
        if (!raw) errs[f.key] = 'This cannot be empty.';
        body[f.key] = f.key === 'currency' ? raw.toUpperCase() : raw;
      } else if (f.kind === 'rate') {
        const n = Number(raw);
        if (!raw || !Number.isFinite(n) || n < 0 || n > 1) errs[f.key] = 'Enter a number between 0 and 1, e.g. 0.01.';
        body[f.key] = n;
      } else {
        if (f.kind === 'optionalInt' && raw === '') {
          body[f.key] = null;
          continue;
        }
        if (!/^\d+$/.test(raw)) errs[f.key] = 'Enter a whole number of 0 or more.';
        body[f.key] = Number(raw);
      }
    }
    setErrors(errs);
    if (Object.keys(errs).length) return;
    if (!Object.keys(body).length) return toast.info('Nothing changed.');
    save.mutate(body as Partial<Settings>);
  }

  return (
    <div className="max-w-3xl">
      <PageHeader title="Settings" description="Store-wide settings. Every change is recorded in the audit log." />
      <Card>
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <div className="grid gap-4 sm:grid-cols-2">
            {fields.map((f) => (
              <TextField key={f.key} label={f.label} hint={f.hint} inputMode={f.kind === 'text' ? undefined : f.kind === 'rate' ? 'decimal' : 'numeric'} value={draft[f.key]} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} error={errors[f.key]} />
            ))}
          </div>
          {save.isError && <ErrorMessage error={save.error} title="Settings were not saved" />}
          <div>
            <Button type="submit" variant="primary" loading={save.isPending}>
              Save settings
            </Button>
          </div>
        </form>
      </Card>
      <BankAccountCard />
    </div>
  );
}
