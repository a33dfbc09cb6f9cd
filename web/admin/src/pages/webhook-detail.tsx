import { useTranslation } from 'react-i18next';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../../shared/api';
import { Badge, Button, CheckboxField, ErrorMessage } from '../../../shared/ui';
import { Card, Empty, Loading, QueryError, useCursorPager, PageLayout } from '../components/common';
import { toWebhookDraft, webhookBody, WebhookFields } from '../components/webhook-fields';
import { formatDateTime } from '../lib/format';
import { toast } from '../lib/toast';
import { adminApi } from '../lib/api';
import { ListTable } from '../components/list-table';

export default function WebhookDetail() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const hook = useQuery({ queryKey: ['webhooks', id], queryFn: () => adminApi.webhooks.get(id) });
  const pager = useCursorPager(id);
  const deliveries = useQuery({
    queryKey: ['webhooks', id, 'deliveries', pager.cursor],
    queryFn: async () => adminApi.webhooks.deliveries(id, { limit: 50, cursor: pager.cursor }),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
  const { t } = useTranslation('integrations');
  const [draft, setDraft] = useState(() => toWebhookDraft());
  const [enabled, setEnabled] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (hook.data) {
      setDraft(toWebhookDraft(hook.data));
      setEnabled(hook.data.enabled);
    }
  }, [hook.data]);

  const save = useMutation({
    mutationFn: (body: object) => adminApi.webhooks.update(id, body),
    onSuccess: () => toast.success(t('detail.saved')),
    onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
  const remove = useMutation({
    mutationFn: () => adminApi.webhooks.remove(id),
    onSuccess: () => {
      toast.success(t('detail.deleted'));
      queryClient.invalidateQueries({ queryKey: ['webhooks'] });
      navigate('/webhooks');
    },
  });
  const retry = useMutation({
    mutationFn: (deliveryId: string) => adminApi.webhooks.retry(id, deliveryId),
    onSuccess: () => toast.success(t('detail.requeued')),
    onError: (err) => toast.error(t('detail.retryFailed', { reason: errorMessage(err) })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks', id, 'deliveries'] }),
  });

  const test = useMutation({
    mutationFn: () => adminApi.webhooks.test(id),
    onSuccess: (d) => {
      const last = d?.attemptLog?.[d.attemptLog.length - 1];
      if (d?.status === 'succeeded' || last?.succeeded) toast.success(t('detail.testDelivered'));
      else toast.error(t('detail.testRefused', { why: last?.statusCode ? ` (HTTP ${last.statusCode})` : last?.error ? ` (${last.error})` : '' }));
    },
    onError: (err) => toast.error(t('detail.testFailed', { reason: errorMessage(err) })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks', id, 'deliveries'] }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const r = webhookBody(draft);
    setErrors(r.errors);
    if (r.body) save.mutate({ ...r.body, description: draft.description.trim() || null, enabled });
  }

  if (hook.isPending) return <Loading />;
  if (hook.isError) return <QueryError error={hook.error} onRetry={() => hook.refetch()} />;

  return (
    <PageLayout
      narrow
      back={{ to: '/webhooks', label: t('detail.back') }}
      title={<span className="break-all">{hook.data.url}</span>}
      description={
        <span className="flex flex-wrap items-center gap-2">
          <Badge tone={hook.data.enabled ? 'green' : 'gray'}>{hook.data.enabled ? t('hooks.enabled') : t('hooks.disabled')}</Badge>
          {!hook.data.enabled && hook.data.disabledReason && <span>{hook.data.disabledReason}</span>}
          {hook.data.whileDisabled === 'keep' && <Badge tone="gray">{t('hooks.whileDisabledBadgeKeep')}</Badge>}
        </span>
      }
      actions={
        <Button loading={test.isPending} onClick={() => test.mutate()}>
          {t('detail.test')}
        </Button>
      }
    >
      <div className="flex flex-col gap-6">
        <Card title={t('detail.log')} actions={<Button size="sm" onClick={() => deliveries.refetch()} loading={deliveries.isFetching}>{t('detail.refresh')}</Button>}>
          <ListTable
            query={deliveries}
            label={t('detail.loading')}
            empty={<Empty title={t('detail.none')}>{t('detail.noneHint')}</Empty>}
            caption={t('hooks.deliveries')}
            columns={[t('detail.event'), t('hooks.status'), t('detail.attempts'), t('detail.lastResponse'), t('detail.nextAttempt'), { label: t('keys.actions'), hidden: true }]}
            pager={pager}
            rows={(items) =>
              items.map((d) => (
                <tr key={d.id}>
                  <td>
                    <span className="font-medium">{d.eventType}</span>
                    <span className="block font-mono text-xs text-slate-600">{d.eventId}</span>
                  </td>
                  <td>
                    <Badge tone={d.status === 'succeeded' ? 'green' : d.status === 'failed' ? 'red' : 'amber'}>{t(`detail.status.${d.status}`, { defaultValue: d.status })}</Badge>
                  </td>
                  <td className="tabular-nums">{d.attempts}</td>
                  <td className="max-w-xs text-xs">
                    {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : ''}
                    {d.lastError && d.lastError !== `HTTP ${d.lastStatusCode}` && <span className="block break-words text-red-700">{d.lastError}</span>}
                    {!d.lastStatusCode && !d.lastError && '—'}
                  </td>
                  <td className="whitespace-nowrap text-slate-600">{d.nextAttemptAt ? formatDateTime(d.nextAttemptAt) : '—'}</td>
                  <td className="text-right">
                    {d.status !== 'succeeded' && (
                      <Button size="sm" loading={retry.isPending && retry.variables === d.id} onClick={() => retry.mutate(d.id)} aria-label={t('detail.retryOf', { type: d.eventType, id: d.eventId })}>
                        {t('detail.retry')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))
            }
          />
        </Card>
        <Card title={t('detail.edit')}>
          <form onSubmit={submit} noValidate className="flex flex-col gap-4">
            <WebhookFields draft={draft} onChange={setDraft} errors={errors} />
            <CheckboxField label={t('hooks.enabled')} hint={t('detail.enabledHint')} checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            {save.isError && !Object.keys(errors).length && <ErrorMessage error={save.error} />}
            <div className="flex flex-wrap gap-2">
              <Button type="submit" variant="primary" loading={save.isPending}>
                {t('detail.save')}
              </Button>
              <Button variant="danger" loading={remove.isPending} onClick={() => window.confirm(t('detail.confirmDelete')) && remove.mutate()}>
                {t('detail.delete')}
              </Button>
            </div>
            <ErrorMessage error={remove.error} />
          </form>
        </Card>
      </div>
    </PageLayout>
  );
}
