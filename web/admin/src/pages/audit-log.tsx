import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button, ErrorMessage, SelectField } from '../../../shared/ui';
import { useCursorPager, Empty, PageLayout } from '../components/common';
import { entityName, peopleIn } from '../lib/entity-names';
import { formatDateTime } from '../lib/format';
import { personLabel, usePeople } from '../lib/people';
import { useSession } from '../lib/session';
import type { AuditEntry } from '../lib/types';
import { adminApi } from '../lib/api';
import { ListTable } from '../components/list-table';

const filterKeys = ['entityType', 'entityId', 'actorId'] as const;
type Filters = Record<(typeof filterKeys)[number], string>;
export const AUDIT_ENTITY_TYPES = ['product', 'category', 'stock', 'order', 'payment', 'points', 'shipment', 'delivery_zone', 'delivery_slot', 'user', 'api_key', 'webhook', 'webhook_delivery', 'settings'] as const;

export default function AuditLog() {
  const { t } = useTranslation('audit');
  const isAdmin = useSession((s) => s.session?.user.role === 'admin');
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const [open, setOpen] = useState<string | null>(null);
  const pager = useCursorPager(JSON.stringify(filters));
  const logs = useQuery({
    queryKey: ['audit', filters, pager.cursor],
    queryFn: async () => adminApi.auditLogs.list({ ...filters, limit: 50, cursor: pager.cursor }),
    placeholderData: keepPreviousData,
  });
  const verify = useMutation({ mutationFn: () => adminApi.auditLogs.verify() });
  // Admins may list every staff member; staff pick among the people on the page.
  const team = useQuery({
    queryKey: ['users', 'team'],
    queryFn: async () => {
      const [staff, admins] = await Promise.all(['staff', 'admin'].map((role) => adminApi.users.list({ role, limit: 100 })));
      return [...staff.items, ...admins.items];
    },
    enabled: isAdmin,
    staleTime: 5 * 60_000,
  });
  const items = logs.data?.items ?? [];
  const people = usePeople([...peopleIn(items), filters.actorId]);
  const actorOptions = new Map<string, string>();
  for (const u of team.data ?? []) actorOptions.set(u.id, u.name ? `${u.name} (${u.email})` : u.email);
  for (const a of items) if (a.actor?.type === 'user' && a.actor.id) actorOptions.set(a.actor.id, personLabel(people, a.actor.id));
  if (filters.actorId && !actorOptions.has(filters.actorId)) actorOptions.set(filters.actorId, personLabel(people, filters.actorId));

  function setFilter(patch: Partial<Filters>) {
    const next = new URLSearchParams();
    const merged = { ...filters, ...patch };
    for (const k of filterKeys) if (merged[k]) next.set(k, merged[k]);
    setParams(next, { replace: true });
  }
  const actorLabel = (a: AuditEntry) => (a.actor?.type === 'user' ? personLabel(people, a.actor.id) : t(`actorType.${a.actor?.type ?? 'system'}`, { defaultValue: a.actor?.type ?? '' }));
  const focused = filters.entityId ? items.find((a) => a.entityId === filters.entityId) : undefined;

  return (
    <PageLayout
      title={t('title')}
      description={t('description')}
      actions={
        <Button variant="primary" loading={verify.isPending} onClick={() => verify.mutate()}>
          {t('verify')}
        </Button>
      }
    >
      {verify.data && (
        <div role="status" className={`mb-4 rounded-md border p-3 text-sm ${verify.data.ok ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : 'border-red-200 bg-red-50 text-red-900'}`}>
          {verify.data.ok ? t('intact', { count: verify.data.checked }) : t('broken', { count: verify.data.checked, id: verify.data.firstBadId })}
        </div>
      )}
      <ErrorMessage error={verify.error} className="mb-4" />
      <div className="mb-4 flex flex-wrap items-end gap-3" role="group" aria-label={t('filters')}>
        <SelectField label={t('entityType')} value={filters.entityType} onChange={(e) => setFilter({ entityType: e.target.value, entityId: '' })}>
          <option value="">{t('allTypes')}</option>
          {AUDIT_ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type.${type}`, { defaultValue: type })}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('actor')} value={filters.actorId} onChange={(e) => setFilter({ actorId: e.target.value })}>
          <option value="">{t('everyone')}</option>
          {[...actorOptions].map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </SelectField>
        {filters.entityId && (
          <p className="self-center text-sm">
            {t('onlyEntity', { name: focused ? (entityName(focused.entityType, focused.entityId, focused.changes, people) ?? filters.entityId) : filters.entityId })}
          </p>
        )}
        {filterKeys.some((k) => filters[k]) && (
          <Button variant="ghost" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t('clear')}
          </Button>
        )}
      </div>
      <ListTable
        query={logs}
        label={t('loading')}
        empty={<Empty title={t('none')} />}
        caption={t('caption')}
        columns={[t('col.when'), t('col.action'), t('col.entity'), t('col.actor'), { label: t('col.details'), hidden: true }]}
        pager={pager}
        rows={(items) =>
          items.map((a) => {
            const name = entityName(a.entityType, a.entityId, a.changes, people);
            return (
              <Fragment key={a.id}>
                <tr>
                  <td className="whitespace-nowrap text-slate-600">{formatDateTime(a.createdAt)}</td>
                  <td className="font-medium">{a.action}</td>
                  <td>
                    <span className="text-slate-600">{t(`type.${a.entityType}`, { defaultValue: a.entityType })}</span>
                    {a.entityId && (
                      <button type="button" className="block text-left text-indigo-700 hover:underline" onClick={() => setFilter({ entityType: a.entityType, entityId: a.entityId ?? '' })} title={t('historyOf')}>
                        {name ?? a.entityId}
                      </button>
                    )}
                  </td>
                  <td>{actorLabel(a)}</td>
                  <td className="text-right">
                    <Button size="sm" variant="ghost" aria-expanded={open === a.id} onClick={() => setOpen(open === a.id ? null : a.id)}>
                      {open === a.id ? t('hide') : t('show')}
                    </Button>
                  </td>
                </tr>
                {open === a.id && (
                  <tr className="bg-slate-50">
                    <td colSpan={5}>
                      <div className="grid gap-3 md:grid-cols-2">
                        <div>
                          <p className="text-xs font-semibold text-slate-600">{t('before')}</p>
                          <pre className="max-h-64 overflow-auto rounded bg-white p-2 text-xs">{JSON.stringify(a.changes?.before ?? null, null, 2)}</pre>
                        </div>
                        <div>
                          <p className="text-xs font-semibold text-slate-600">{t('after')}</p>
                          <pre className="max-h-64 overflow-auto rounded bg-white p-2 text-xs">{JSON.stringify(a.changes?.after ?? null, null, 2)}</pre>
                        </div>
                      </div>
                      <p className="mt-2 text-xs text-slate-600">
                        {t('meta', { requestId: a.requestId ?? '—', ip: a.ip ?? '—', id: a.entityId ?? '—' })} · <span className="font-mono">{a.hash?.slice(0, 16)}…</span>
                      </p>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })
        }
      />
    </PageLayout>
  );
}
