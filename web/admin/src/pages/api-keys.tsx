import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../shared/api';
import { Button, CheckboxField, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { Empty, SecretReveal, PageLayout } from '../components/common';
import { formatDateTime } from '../lib/format';
import { toast } from '../lib/toast';
import { apiKeyScopes, type ApiKeyScope, type CreatedApiKey } from '../lib/types';
import { adminApi } from '../lib/api';
import { ListTable } from '../components/list-table';
import { FormCard, TitledSection } from '../components/form-card';

export default function ApiKeys() {
  const { t } = useTranslation('integrations');
  const queryClient = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: async () => adminApi.apiKeys.list() });
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['catalog:read']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  const create = useMutation({
    mutationFn: (body: Parameters<typeof adminApi.apiKeys.create>[0]) => adminApi.apiKeys.create(body),
    onSuccess: (k) => {
      setCreated(k);
      setName('');
      setErrors({});
    },
    onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => adminApi.apiKeys.remove(id),
    onSuccess: () => toast.success(t('keys.revoked')),
    onError: (err) => toast.error(t('keys.notRevoked', { reason: errorMessage(err) })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });

  function submit() {
    const errs: Record<string, string> = {};
    if (!name.trim()) errs.name = t('keys.nameRequired');
    if (!scopes.length) errs.scopes = t('keys.scopesRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) create.mutate({ name: name.trim(), scopes });
  }

  return (
    <PageLayout
      narrow
      title={t('keys.title')}
      description={t('keys.description')}
    >
      <div className="flex flex-col gap-6">
        {created?.key && <SecretReveal label={t('keys.newKey', { name: created.name })} value={created.key} onDone={() => setCreated(null)} />}
        <FormCard title={t('keys.create')} onSubmit={submit} fieldErrors={errors} error={create.error} busy={create.isPending} submitLabel={t('keys.createButton')}>
            <TextField label={t('keys.name')} value={name} onChange={(e) => setName(e.target.value)} error={errors.name} className="max-w-sm" />
            <fieldset>
              <legend className="mb-2 text-sm font-medium text-slate-700">{t('keys.scopes')}</legend>
              <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-4">
                {apiKeyScopes.map((s) => (
                  <CheckboxField key={s} label={s} checked={scopes.includes(s)} onChange={(e) => setScopes(e.target.checked ? [...scopes, s] : scopes.filter((x) => x !== s))} />
                ))}
              </div>
              {errors.scopes && <p className="mt-1 text-xs font-medium text-red-700">{errors.scopes}</p>}
            </fieldset>
        </FormCard>
        <TitledSection id="keys-heading" title={t('keys.existing')}>
          <ListTable
            query={keys}
            empty={<Empty title={t('keys.none')} />}
            caption={t('keys.title')}
            columns={[t('keys.name'), t('keys.prefix'), t('keys.scopes'), t('keys.created'), t('keys.lastUsed'), { label: t('keys.actions'), hidden: true }]}
            rows={(items) =>
              items.map((k) => (
                <tr key={k.id}>
                  <td className="font-medium">{k.name}</td>
                  <td className="font-mono text-xs">{k.prefix}…</td>
                  <td className="text-xs">{k.scopes.join(', ')}</td>
                  <td className="whitespace-nowrap text-slate-600">{formatDateTime(k.createdAt)}</td>
                  <td className="whitespace-nowrap text-slate-600">{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('keys.never')}</td>
                  <td className="text-right">
                    <Button size="sm" variant="danger" loading={revoke.isPending && revoke.variables === k.id} onClick={() => window.confirm(t('keys.confirmRevoke', { name: k.name })) && revoke.mutate(k.id)}>
                      {t('keys.revoke')}
                    </Button>
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
