import { useTranslation } from 'react-i18next';
import { i18next } from '../../../shared/i18n';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../../shared/api';
import { currencySymbol } from '../../../shared/money';
import { Badge, Button, CheckboxField, ChoiceField, ErrorMessage, SelectField, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { Card, Empty, Loading, PageHeader, QueryError, useCursorPager } from '../components/common';
import { formatDate, isoDay, parseIntOrNull, useCurrency, useMoney } from '../lib/format';
import { toast } from '../lib/toast';
import type { DeliveryZone } from '../lib/types';
import { adminApi } from '../lib/api';
import { ListTable } from '../components/list-table';
import { FormCard } from '../components/form-card';

interface ZoneDraft {
  name: string;
  prefixes: string;
  fee: string;
  sameDay: boolean;
  sameDayCutoff: string;
}

const emptyZone: ZoneDraft = { name: '', prefixes: '', fee: '', sameDay: false, sameDayCutoff: '14:00' };

function zoneToDraft(z: DeliveryZone): ZoneDraft {
  return { name: z.name, prefixes: z.postalCodePrefixes.join(', '), fee: String(z.fee), sameDay: z.sameDay, sameDayCutoff: z.sameDayCutoff ?? '14:00' };
}

function zoneBody(d: ZoneDraft) {
  const errors: Record<string, string> = {};
  const fee = parseIntOrNull(d.fee);
  const prefixes = d.prefixes.split(/[,\s]+/).map((s) => s.trim()).filter(Boolean);
  const t = (key: string) => i18next.t(`delivery:errors.${key}`);
  if (!d.name.trim()) errors.name = t('name');
  if (!prefixes.length) errors.postalCodePrefixes = t('prefixes');
  else if (prefixes.some((p) => !/^\d{1,7}$/.test(p.replace('-', '')))) errors.postalCodePrefixes = t('prefixDigits');
  if (fee === null || Number.isNaN(fee) || fee < 0) errors.fee = t('fee');
  if (d.sameDay && !/^\d{2}:\d{2}$/.test(d.sameDayCutoff)) errors.sameDayCutoff = t('cutoff');
  if (Object.keys(errors).length) return { errors };
  return { errors, body: { name: d.name.trim(), postalCodePrefixes: prefixes, fee: fee as number, sameDay: d.sameDay, sameDayCutoff: d.sameDayCutoff } };
}

function ZoneFields({ draft, onChange, errors }: { draft: ZoneDraft; onChange: (d: ZoneDraft) => void; errors: Record<string, string> }) {
  const currency = useCurrency();
  const { t } = useTranslation('delivery');
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <TextField label={t('zoneName')} value={draft.name} onChange={(e) => onChange({ ...draft, name: e.target.value })} error={errors.name} />
      <TextField label={t('prefixes')} value={draft.prefixes} onChange={(e) => onChange({ ...draft, prefixes: e.target.value })} error={errors.postalCodePrefixes} hint={t('prefixesHint')} />
      <TextField label={t('fee', { symbol: currencySymbol(currency) })} inputMode="numeric" value={draft.fee} onChange={(e) => onChange({ ...draft, fee: e.target.value })} error={errors.fee} />
      <div className="flex flex-col gap-2">
        <CheckboxField label={t('sameDay')} checked={draft.sameDay} onChange={(e) => onChange({ ...draft, sameDay: e.target.checked })} />
        {draft.sameDay && <TextField label={t('cutoff')} type="time" value={draft.sameDayCutoff} onChange={(e) => onChange({ ...draft, sameDayCutoff: e.target.value })} error={errors.sameDayCutoff} />}
      </div>
    </div>
  );
}

export default function Delivery() {
  const zones = useQuery({ queryKey: ['delivery', 'zones'], queryFn: async () => adminApi.delivery.zones({ limit: 100 }) });
  const { t } = useTranslation('delivery');
  return (
    <div className="max-w-6xl">
      <PageHeader title={t('title')} description={t('description')} />
      <div className="flex flex-col gap-8">
        <Zones zones={zones.data?.items ?? []} pending={zones.isPending} error={zones.error} retry={() => zones.refetch()} />
        <Slots zones={zones.data?.items ?? []} />
      </div>
    </div>
  );
}

function Zones({ zones, pending, error, retry }: { zones: DeliveryZone[]; pending: boolean; error: unknown; retry: () => void }) {
  const money = useMoney();
  const { t } = useTranslation('delivery');
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ZoneDraft>(emptyZone);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  const [editing, setEditing] = useState<string | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['delivery'] });

  const create = useMutation({
    mutationFn: (body: Parameters<typeof adminApi.delivery.createZone>[0]) => adminApi.delivery.createZone(body),
    onSuccess: (z) => {
      toast.success(t('zoneCreated', { name: z.name }));
      setDraft(emptyZone);
    },
    onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    onSettled: invalidate,
  });
  const remove = useMutation({
    mutationFn: (id: string) => adminApi.delivery.removeZone(id),
    onSuccess: () => toast.success(t('zoneDeleted')),
    onError: (err) => toast.error(t('zoneNotDeleted', { reason: errorMessage(err) })),
    onSettled: invalidate,
  });

  return (
    <section aria-labelledby="zones-heading" className="flex flex-col gap-4">
      <h2 id="zones-heading" className="text-lg font-semibold">
        {t('zones')}
      </h2>
      <FormCard
        title={t('newZone')}
        onSubmit={() => {
          const r = zoneBody(draft);
          setErrors(r.errors);
          if (r.body) create.mutate(r.body);
        }}
        fieldErrors={errors}
        error={create.error}
        busy={create.isPending}
        submitLabel={t('createZone')}
      >
        <ZoneFields draft={draft} onChange={setDraft} errors={errors} />
      </FormCard>
      {pending && <Loading />}
      {error ? <QueryError error={error} onRetry={retry} /> : null}
      {!pending && !error && zones.length === 0 && <Empty title={t('noZones')} />}
      {zones.length > 0 && (
        <ul className="flex flex-col gap-2">
          {zones.map((z) =>
            editing === z.id ? (
              <li key={z.id}>
                <EditZone zone={z} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={z.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
                <div>
                  <p className="font-medium">
                    {z.name} {z.sameDay && <Badge tone="blue">{t('sameDayUntil', { time: z.sameDayCutoff })}</Badge>}
                  </p>
                  <p className="text-sm text-slate-600">
                    {t('zoneSummary', { prefixes: z.postalCodePrefixes.join(', '), fee: money(z.fee) })}
                  </p>
                </div>
                <div className="flex gap-2">
                  <Button size="sm" onClick={() => setEditing(z.id)} aria-label={t('editZone', { name: z.name })}>
                    {t('edit')}
                  </Button>
                  <Button size="sm" variant="danger" onClick={() => window.confirm(t('confirmDeleteZone', { name: z.name })) && remove.mutate(z.id)} aria-label={t('deleteZone', { name: z.name })}>
                    {t('delete')}
                  </Button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}

function EditZone({ zone, onDone }: { zone: DeliveryZone; onDone: () => void }) {
  const queryClient = useQueryClient();
  const { t } = useTranslation('delivery');
  const [draft, setDraft] = useState(() => zoneToDraft(zone));
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  const save = useMutation({
    mutationFn: (body: object) => adminApi.delivery.updateZone(zone.id, body),
    onSuccess: () => {
      toast.success(t('zoneSaved'));
      onDone();
    },
    onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['delivery'] }),
  });
  return (
    <form
      noValidate
      className="flex flex-col gap-3 rounded-lg border border-indigo-200 bg-white p-4"
      aria-label={t('editZone', { name: zone.name })}
      onSubmit={(e) => {
        e.preventDefault();
        const r = zoneBody(draft);
        setErrors(r.errors);
        if (r.body) save.mutate(r.body);
      }}
    >
      <ZoneFields draft={draft} onChange={setDraft} errors={errors} />
      {save.isError && !Object.keys(errors).length && <ErrorMessage error={save.error} />}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" loading={save.isPending}>
          {t('saveZone')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('ui:cancel')}
        </Button>
      </div>
    </form>
  );
}

function Slots({ zones }: { zones: DeliveryZone[] }) {
  const { t } = useTranslation('delivery');
  const queryClient = useQueryClient();
  const [zoneId, setZoneId] = useState('');
  const [date, setDate] = useState('');
  // The server pages slots (100 at most per request): follow its cursor instead of stopping at the first page.
  const pager = useCursorPager(`${zoneId}|${date}`);
  const slots = useQuery({
    queryKey: ['delivery', 'slots', { zoneId, date, cursor: pager.cursor }],
    queryFn: async () => adminApi.delivery.slots({ zoneId, date, limit: 50, cursor: pager.cursor }),
    placeholderData: keepPreviousData,
  });
  const [form, setForm] = useState({ zoneId: '', date: isoDay(new Date()), startTime: '09:00', endTime: '12:00', capacity: '10' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  const create = useMutation({
    mutationFn: (body: Parameters<typeof adminApi.delivery.createSlot>[0]) => adminApi.delivery.createSlot(body),
    onSuccess: () => toast.success(t('slotCreated')),
    onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['delivery', 'slots'] }),
  });
  const zoneName = new Map(zones.map((z) => [z.id, z.name]));

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const capacity = parseIntOrNull(form.capacity);
    const zone = form.zoneId || zones[0]?.id;
    if (!zone) errs.zoneId = t('errors.zoneFirst');
    if (!form.date) errs.date = t('errors.date');
    if (!form.startTime || !form.endTime || form.startTime >= form.endTime) errs.endTime = t('errors.endTime');
    if (capacity === null || Number.isNaN(capacity) || capacity < 1) errs.capacity = t('errors.capacity');
    setErrors(errs);
    if (!Object.keys(errs).length) create.mutate({ zoneId: zone, date: form.date, startTime: form.startTime, endTime: form.endTime, capacity: capacity! });
  }

  return (
    <section aria-labelledby="slots-heading" className="flex flex-col gap-4">
      <h2 id="slots-heading" className="text-lg font-semibold">
        {t('slots')}
      </h2>
      <Card title={t('newSlot')}>
        <form noValidate onSubmit={submit} className="flex flex-wrap items-end gap-3">
          <SelectField label={t('zone')} value={form.zoneId || zones[0]?.id || ''} onChange={(e) => setForm({ ...form, zoneId: e.target.value })} error={errors.zoneId}>
            {zones.length === 0 && <option value="">{t('noZones')}</option>}
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name}
              </option>
            ))}
          </SelectField>
          <TextField label={t('date')} type="date" value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} error={errors.date} />
          <TextField label={t('start')} type="time" value={form.startTime} onChange={(e) => setForm({ ...form, startTime: e.target.value })} error={errors.startTime} />
          <TextField label={t('end')} type="time" value={form.endTime} onChange={(e) => setForm({ ...form, endTime: e.target.value })} error={errors.endTime} />
          <TextField label={t('capacity')} inputMode="numeric" value={form.capacity} onChange={(e) => setForm({ ...form, capacity: e.target.value })} error={errors.capacity} className="w-28" />
          <Button type="submit" variant="primary" loading={create.isPending}>
            {t('createSlot')}
          </Button>
        </form>
        {create.isError && !Object.keys(errors).length && <ErrorMessage error={create.error} className="mt-3" />}
      </Card>
      <div className="flex flex-wrap items-end gap-3">
        <ChoiceField label={t('showZone')} value={zoneId} onChange={(e) => setZoneId(e.target.value)} placeholder={t('allZones')} options={zones.map((z) => ({ value: z.id, label: z.name }))} />
        <TextField label={t('showDate')} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        {(zoneId || date) && (
          <Button
            variant="ghost"
            onClick={() => {
              setZoneId('');
              setDate('');
            }}
          >
            {t('clear')}
          </Button>
        )}
      </div>
      <ListTable
        query={slots}
        label={t('loadingSlots')}
        empty={<Empty title={t('noSlots')}>{t('noSlotsHint')}</Empty>}
        caption={t('slots')}
        columns={[t('date'), t('time'), t('zone'), { label: t('booked'), className: 'text-right' }, t('availability')]}
        pager={pager}
        rows={(items) =>
          [...items].sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime)).map((s) => (
            <tr key={s.id}>
              <td className="whitespace-nowrap">{formatDate(s.date)}</td>
              <td className="whitespace-nowrap tabular-nums">
                {s.startTime}–{s.endTime}
              </td>
              <td>{zoneName.get(s.zoneId) ?? '—'}</td>
              <td className="text-right tabular-nums">
                {s.booked} / {s.capacity}
              </td>
              <td>{s.booked >= s.capacity ? <Badge tone="red">{t('full')}</Badge> : <Badge tone="green">{t('left', { count: s.capacity - s.booked })}</Badge>}</td>
            </tr>
          ))
        }
      />
    </section>
  );
}
