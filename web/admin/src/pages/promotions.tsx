import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../../shared/api';
import { Badge, Button, CheckboxField, ErrorMessage, SelectField, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { Card, Empty, PageHeader, QueryStatus, Table } from '../components/common';
import { formatDateTime, parseIntOrNull, useMoney } from '../lib/format';
import { toast } from '../lib/toast';
import type { Promotion } from '../lib/types';
import { adminApi } from '../lib/api';


type Draft = Record<'code' | 'description' | 'type' | 'value' | 'minSubtotal' | 'startsAt' | 'endsAt' | 'usageLimit' | 'perCustomerLimit' | 'productIds' | 'categoryIds', string> & { active: boolean };

const blank: Draft = { code: '', description: '', type: 'percentage', value: '', minSubtotal: '', startsAt: '', endsAt: '', usageLimit: '', perCustomerLimit: '', productIds: '', categoryIds: '', active: true };
const toLocal = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16) : '');
const toDraft = (p: Promotion): Draft => ({
  code: p.code,
  description: p.description,
  type: p.type,
  value: p.type === 'free_shipping' ? '' : String(p.value),
  minSubtotal: p.minSubtotal === null ? '' : String(p.minSubtotal),
  startsAt: toLocal(p.startsAt),
  endsAt: toLocal(p.endsAt),
  usageLimit: p.usageLimit === null ? '' : String(p.usageLimit),
  perCustomerLimit: p.perCustomerLimit === null ? '' : String(p.perCustomerLimit),
  productIds: p.productIds.join(', '),
  categoryIds: p.categoryIds.join(', '),
  active: p.active,
});

/** Checks a draft the way the server will, so mistakes show next to their field. */
function toBody(d: Draft, t: (k: string) => string): { body?: Record<string, unknown>; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!/^[A-Za-z0-9_-]{3,40}$/.test(d.code.trim())) errors.code = t('errors.code');
  const value = d.type === 'free_shipping' ? 0 : parseIntOrNull(d.value);
  if (d.type === 'percentage' && (value === null || value < 1 || value > 100)) errors.value = t('errors.percentage');
  if (d.type === 'fixed' && (value === null || value < 1)) errors.value = t('errors.fixed');
  const num = (k: 'minSubtotal' | 'usageLimit' | 'perCustomerLimit') => {
    if (d[k].trim() === '') return null;
    const n = parseIntOrNull(d[k]);
    if (n === null || n < (k === 'minSubtotal' ? 0 : 1)) errors[k] = t('errors.number');
    return n;
  };
  const ids = (s: string) => s.split(/[\s,]+/).filter(Boolean);
  const startsAt = d.startsAt ? new Date(d.startsAt).toISOString() : null;
  const endsAt = d.endsAt ? new Date(d.endsAt).toISOString() : null;
  if (startsAt && endsAt && endsAt <= startsAt) errors.endsAt = t('errors.dates');
  const body = {
    code: d.code.trim(),
    description: d.description.trim(),
    type: d.type,
    value: value ?? 0,
    minSubtotal: num('minSubtotal'),
    usageLimit: num('usageLimit'),
    perCustomerLimit: num('perCustomerLimit'),
    startsAt,
    endsAt,
    productIds: ids(d.productIds),
    categoryIds: ids(d.categoryIds),
    active: d.active,
  };
  return Object.keys(errors).length ? { errors } : { body, errors };
}

function PromotionForm({ initial, submitLabel, busy, serverError, onSubmit, onCancel }: { initial: Draft; submitLabel: string; busy: boolean; serverError: unknown; onSubmit: (body: Record<string, unknown>) => void; onCancel?: () => void }) {
  const { t } = useTranslation('promotions');
  const [d, setD] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  const fieldErrors = serverError instanceof ApiError ? serverError.fieldErrors() : {};
  const err = (k: string) => errors[k] ?? fieldErrors[k];
  const set = (k: keyof Draft) => (e: { target: { value: string } }) => setD({ ...d, [k]: e.target.value });
  function submit(e: FormEvent) {
    e.preventDefault();
    const r = toBody(d, t);
    setErrors(r.errors);
    if (r.body) onSubmit(r.body);
  }
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-2" aria-label={submitLabel}>
      <TextField label={t('fields.code')} value={d.code} onChange={set('code')} error={err('code')} hint={t('hints.code')} />
      <TextField label={t('fields.description')} value={d.description} onChange={set('description')} maxLength={500} />
      <SelectField label={t('fields.type')} value={d.type} onChange={set('type')}>
        <option value="percentage">{t('types.percentage')}</option>
        <option value="fixed">{t('types.fixed')}</option>
        <option value="free_shipping">{t('types.free_shipping')}</option>
      </SelectField>
      {d.type !== 'free_shipping' ? <TextField label={d.type === 'percentage' ? t('fields.percent') : t('fields.amount')} inputMode="numeric" value={d.value} onChange={set('value')} error={err('value')} /> : <div />}
      <TextField label={t('fields.minSubtotal')} inputMode="numeric" value={d.minSubtotal} onChange={set('minSubtotal')} error={err('minSubtotal')} />
      <TextField label={t('fields.usageLimit')} inputMode="numeric" value={d.usageLimit} onChange={set('usageLimit')} error={err('usageLimit')} hint={t('hints.unlimited')} />
      <TextField label={t('fields.perCustomerLimit')} inputMode="numeric" value={d.perCustomerLimit} onChange={set('perCustomerLimit')} error={err('perCustomerLimit')} hint={t('hints.unlimited')} />
      <div />
      <TextField label={t('fields.startsAt')} type="datetime-local" value={d.startsAt} onChange={set('startsAt')} error={err('startsAt')} />
      <TextField label={t('fields.endsAt')} type="datetime-local" value={d.endsAt} onChange={set('endsAt')} error={err('endsAt')} />
      <TextField label={t('fields.productIds')} value={d.productIds} onChange={set('productIds')} hint={t('hints.ids')} />
      <TextField label={t('fields.categoryIds')} value={d.categoryIds} onChange={set('categoryIds')} hint={t('hints.ids')} />
      <CheckboxField label={t('fields.active')} checked={d.active} onChange={(e) => setD({ ...d, active: e.target.checked })} />
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" variant="primary" loading={busy}>{submitLabel}</Button>
        {onCancel ? <Button variant="ghost" onClick={onCancel}>{t('cancel')}</Button> : null}
      </div>
      {serverError && !Object.keys(fieldErrors).length ? <ErrorMessage error={serverError} className="sm:col-span-2" /> : null}
    </form>
  );
}

export default function Promotions() {
  const { t } = useTranslation('promotions');
  const money = useMoney();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['promotions'], queryFn: () => adminApi.promotions.list({ limit: 100 }) });
  const [editing, setEditing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['promotions'] });

  const create = useMutation({
    mutationFn: (body: Parameters<typeof adminApi.promotions.create>[0]) => adminApi.promotions.create(body),
    onSuccess: (p) => {
      toast.success(t('created', { code: p.code }));
      setFormKey((k) => k + 1);
    },
    onSettled: invalidate,
  });
  const update = useMutation({
    mutationFn: ({ p, body }: { p: Promotion; body: object }) => adminApi.promotions.update(p.id, body, p.version),
    onSuccess: (p) => {
      toast.success(t('saved', { code: p.code }));
      setEditing(null);
    },
    onError: (err) => toast.error(`${t('notSaved')} ${errorMessage(err)}`),
    onSettled: invalidate,
  });

  const describe = (p: Promotion) =>
    p.type === 'percentage' ? t('describe.percentage', { value: p.value }) : p.type === 'fixed' ? t('describe.fixed', { amount: money(p.value) }) : t('describe.free_shipping');

  const items = list.data?.items ?? [];
  return (
    <div className="max-w-5xl">
      <PageHeader title={t('title')} description={t('description')} />
      <div className="flex flex-col gap-6">
        <Card title={t('new')}>
          <PromotionForm key={formKey} initial={blank} submitLabel={t('create')} busy={create.isPending} serverError={create.error} onSubmit={(body) => create.mutate(body as Parameters<typeof adminApi.promotions.create>[0])} />
        </Card>
        <Card title={t('list')}>
          <QueryStatus query={list} label={t('loading')} />
          {list.isSuccess && items.length === 0 ? <Empty title={t('empty')} /> : null}
          {items.length > 0 ? (
            <Table caption={t('list')}>
              <thead>
                <tr className="text-left text-slate-600">
                  <th scope="col" className="py-1 pr-3 font-medium">{t('fields.code')}</th>
                  <th scope="col" className="py-1 pr-3 font-medium">{t('columns.discount')}</th>
                  <th scope="col" className="py-1 pr-3 font-medium">{t('columns.uses')}</th>
                  <th scope="col" className="py-1 pr-3 font-medium">{t('columns.period')}</th>
                  <th scope="col" className="py-1 pr-3 font-medium">{t('columns.status')}</th>
                  <th scope="col" className="py-1 font-medium"><span className="sr-only">{t('columns.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id} className="border-t border-slate-100 align-top">
                    {editing === p.id ? (
                      <td colSpan={6} className="py-3">
                        <PromotionForm initial={toDraft(p)} submitLabel={t('save')} busy={update.isPending} serverError={update.error} onSubmit={(body) => update.mutate({ p, body })} onCancel={() => setEditing(null)} />
                      </td>
                    ) : (
                      <>
                        <td className="py-2 pr-3 font-mono">{p.code}{p.description ? <span className="block font-sans text-xs text-slate-500">{p.description}</span> : null}</td>
                        <td className="py-2 pr-3">{describe(p)}{p.minSubtotal ? <span className="block text-xs text-slate-500">{t('describe.min', { amount: money(p.minSubtotal) })}</span> : null}</td>
                        <td className="py-2 pr-3 tabular-nums" data-testid={`uses-${p.code}`}>{p.usageLimit === null ? t('uses.unlimited', { used: p.timesUsed }) : t('uses.limited', { used: p.timesUsed, limit: p.usageLimit })}</td>
                        <td className="py-2 pr-3 text-xs">{p.startsAt || p.endsAt ? `${p.startsAt ? formatDateTime(p.startsAt) : '…'} – ${p.endsAt ? formatDateTime(p.endsAt) : '…'}` : t('always')}</td>
                        <td className="py-2 pr-3"><Badge tone={p.active ? 'green' : 'gray'}>{p.active ? t('active') : t('paused')}</Badge></td>
                        <td className="py-2">
                          <div className="flex flex-wrap gap-1">
                            <Button size="sm" onClick={() => setEditing(p.id)} aria-label={t('editCode', { code: p.code })}>{t('edit')}</Button>
                            <Button size="sm" loading={update.isPending && update.variables?.p.id === p.id} onClick={() => update.mutate({ p, body: { active: !p.active } })} aria-label={t(p.active ? 'pauseCode' : 'resumeCode', { code: p.code })}>
                              {p.active ? t('pause') : t('resume')}
                            </Button>
                          </div>
                        </td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
        </Card>
      </div>
    </div>
  );
}
