import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../../shared/api';
import { Badge, Button, useFocusFirstInvalid } from '../../../shared/ui';
import { Empty, SecretReveal, PageLayout } from '../components/common';
import { toWebhookDraft, webhookBody, WebhookFields } from '../components/webhook-fields';
import { formatDateTime } from '../lib/format';
import { toast } from '../lib/toast';
import type { Page, Webhook } from '../lib/types';
import { adminApi } from '../lib/api';
import { ListTable } from '../components/list-table';
import { FormCard, TitledSection } from '../components/form-card';

export default function Webhooks() {
  const queryClient = useQueryClient();
  const hooks = useQuery({ queryKey: ['webhooks'], queryFn: async () => adminApi.webhooks.list() });
  const [draft, setDraft] = useState(() => toWebhookDraft());
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  const [created, setCreated] = useState<Webhook | null>(null);
  const { t } = useTranslation('integrations');

  const create = useMutation({
    mutationFn: (body: Parameters<typeof adminApi.webhooks.create>[0]) => adminApi.webhooks.create(body),
    onSuccess: (w) => {
      setCreated(w);
      setDraft(toWebhookDraft());
      setErrors({});
    },
    onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });

  const toggle = useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) => adminApi.webhooks.update(id, { enabled }),
    onMutate: async ({ id, enabled }) => {
      await queryClient.cancelQueries({ queryKey: ['webhooks'] });
      const previous = queryClient.getQueryData<Page<Webhook>>(['webhooks']);
      if (previous) queryClient.setQueryData<Page<Webhook>>(['webhooks'], { ...previous, items: previous.items.map((w) => (w.id === id ? { ...w, enabled } : w)) });
      return { previous };
    },
    onError: (err, _v, ctx) => {
      if (ctx?.previous) queryClient.setQueryData(['webhooks'], ctx.previous);
      toast.error(t('hooks.notChanged', { reason: errorMessage(err) }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });

  function submit() {
    const r = webhookBody(draft);
    setErrors(r.errors);
    if (r.body) create.mutate(r.body);
  }

  return (
    <PageLayout
      narrow
      title={t('hooks.title')}
      description={t('hooks.description')}
    >
      <div className="flex flex-col gap-6">
        {created?.secret && <SecretReveal label={t('hooks.secretFor', { url: created.url })} value={created.secret} onDone={() => setCreated(null)} />}
        <FormCard title={t('hooks.add')} onSubmit={submit} fieldErrors={errors} error={create.error} busy={create.isPending} submitLabel={t('hooks.addButton')}>
          <WebhookFields draft={draft} onChange={setDraft} errors={errors} />
        </FormCard>
        <TitledSection id="endpoints-heading" title={t('hooks.endpoints')}>
          <ListTable
            query={hooks}
            empty={<Empty title={t('hooks.none')} />}
            caption={t('hooks.endpoints')}
            columns={['URL', t('hooks.events'), t('hooks.status'), t('keys.created'), { label: t('keys.actions'), hidden: true }]}
            rows={(items) =>
              items.map((w) => (
                <tr key={w.id}>
                  <td className="max-w-xs">
                    <Link to={`/webhooks/${w.id}`} className="font-medium break-all text-indigo-700 hover:underline">
                      {w.url}
                    </Link>
                    {w.description && <span className="block text-xs text-slate-600">{w.description}</span>}
                  </td>
                  <td className="text-xs">{w.events.join(', ')}</td>
                  <td>
                    <Badge tone={w.enabled ? 'green' : 'gray'}>{w.enabled ? t('hooks.enabled') : t('hooks.disabled')}</Badge>
                    {w.whileDisabled === 'keep' && <span className="mt-1 block text-xs text-slate-600">{t('hooks.whileDisabledBadgeKeep')}</span>}
                  </td>
                  <td className="whitespace-nowrap text-slate-600">{formatDateTime(w.createdAt)}</td>
                  <td className="text-right whitespace-nowrap">
                    <Button size="sm" onClick={() => toggle.mutate({ id: w.id, enabled: !w.enabled })} aria-label={w.enabled ? t('hooks.disableUrl', { url: w.url }) : t('hooks.enableUrl', { url: w.url })}>
                      {w.enabled ? t('hooks.disable') : t('hooks.enable')}
                    </Button>{' '}
                    <Link to={`/webhooks/${w.id}`} className="rounded-md px-2.5 py-1 text-sm font-medium text-indigo-700 hover:bg-slate-100">
                      {t('hooks.deliveries')}
                    </Link>
                  </td>
                </tr>
              ))
            }
          />
        </TitledSection>
      </div>
    </PageLayout>
  );
}
