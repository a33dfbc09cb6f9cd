import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Button, ErrorMessage, TextField } from '../../../shared/ui';
import { Empty, Loading, PageHeader, Pager, QueryStatus, Table, useCursorPager } from '../components/common';
import { formatDateTime } from '../lib/format';
import { asPage } from '../lib/lists';
import { api } from '../lib/session';
import type { AuditEntry, AuditVerifyResult, Page } from '../lib/types';

const filterKeys = ['entityType', 'entityId', 'actorId'] as const;
type Filters = Record<(typeof filterKeys)[number], string>;

export default function AuditLog() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const [draft, setDraft] = useState<Filters>(filters);
  const [open, setOpen] = useState<string | null>(null);
  const pager = useCursorPager(JSON.stringify(filters));
  const logs = useQuery({
    queryKey: ['audit', filters, pager.cursor],
    queryFn: async () => asPage(await api.get<AuditEntry[] | Page<AuditEntry>>('/v1/admin/audit-logs', { query: { ...filters, limit: 50, cursor: pager.cursor } })),
    placeholderData: keepPreviousData,
  });
  const verify = useMutation({ mutationFn: () => api.get<AuditVerifyResult>('/v1/admin/audit-logs/verify') });

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const k of filterKeys) if (draft[k].trim()) next.set(k, draft[k].trim());
    setParams(next, { replace: true });
  }

  const items = logs.data?.items ?? [];
  return (
    <div>
      <PageHeader
        title="Audit log"
        description="Every admin change, append-only and hash-chained."
        actions={
          <Button variant="primary" loading={verify.isPending} onClick={() => verify.mutate()}>
            Verify chain
          </Button>
        }
      />
      {verify.data && (
        <div role="status" className={`mb-4 rounded-md border p-3 text-sm ${verify.data.ok ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : 'border-red-200 bg-red-50 text-red-900'}`}>
          {verify.data.ok ? (
            <>Chain intact: {verify.data.checked} entries checked, none altered.</>
          ) : (
            <>
              Chain broken after checking {verify.data.checked} entries. The first entry that does not match is <code className="font-mono">{verify.data.firstBadId}</code>. Treat the log from there on as tampered and investigate.
            </>
          )}
        </div>
      )}
      <ErrorMessage error={verify.error} className="mb-4" />
      <form onSubmit={submit} className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter audit log">
        <TextField label="Entity type" placeholder="e.g. product" value={draft.entityType} onChange={(e) => setDraft({ ...draft, entityType: e.target.value })} />
        <TextField label="Entity id" value={draft.entityId} onChange={(e) => setDraft({ ...draft, entityId: e.target.value })} />
        <TextField label="Actor id" value={draft.actorId} onChange={(e) => setDraft({ ...draft, actorId: e.target.value })} />
        <Button type="submit">Apply filters</Button>
        {filterKeys.some((k) => filters[k]) && (
          <Button
            variant="ghost"
            onClick={() => {
              setDraft({ entityType: '', entityId: '', actorId: '' });
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            Clear filters
          </Button>
        )}
      </form>
      <QueryStatus query={logs} label="Loading audit log…" />
      {logs.isSuccess && items.length === 0 && <Empty title="No entries match" />}
      {items.length > 0 && (
        <>
          <Table caption="Audit entries">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Action</th>
                <th scope="col">Entity</th>
                <th scope="col">Actor</th>
                <th scope="col">
                  <span className="sr-only">Details</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <Fragment key={a.id}>
                  <tr>
                    <td className="whitespace-nowrap text-slate-600">{formatDateTime(a.createdAt)}</td>
                    <td className="font-medium">{a.action}</td>
                    <td>
                      <span>{a.entityType}</span>
                      {a.entityId && <span className="block font-mono text-xs text-slate-500">{a.entityId}</span>}
                    </td>
                    <td>
                      <span>{a.actor?.type}</span>
                      {a.actor?.id && <span className="block font-mono text-xs text-slate-500">{a.actor.id}</span>}
                    </td>
                    <td className="text-right">
                      <Button size="sm" variant="ghost" aria-expanded={open === a.id} onClick={() => setOpen(open === a.id ? null : a.id)}>
                        {open === a.id ? 'Hide changes' : 'Show changes'}
                      </Button>
                    </td>
                  </tr>
                  {open === a.id && (
                    <tr className="bg-slate-50">
                      <td colSpan={5}>
                        <div className="grid gap-3 md:grid-cols-2">
                          <div>
                            <p className="text-xs font-semibold text-slate-600">Before</p>
                            <pre className="max-h-64 overflow-auto rounded bg-white p-2 text-xs">{JSON.stringify(a.changes?.before ?? null, null, 2)}</pre>
                          </div>
                          <div>
                            <p className="text-xs font-semibold text-slate-600">After</p>
                            <pre className="max-h-64 overflow-auto rounded bg-white p-2 text-xs">{JSON.stringify(a.changes?.after ?? null, null, 2)}</pre>
                          </div>
                        </div>
                        <p className="mt-2 text-xs text-slate-500">
                          Request {a.requestId ?? '—'} · IP {a.ip ?? '—'} · hash <span className="font-mono">{a.hash?.slice(0, 16)}…</span>
                        </p>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </Table>
          <Pager page={pager.page} hasNext={Boolean(logs.data?.nextCursor)} busy={logs.isFetching} onPrev={pager.prev} onNext={() => logs.data?.nextCursor && pager.next(logs.data.nextCursor)} />
        </>
      )}
    </div>
  );
}
