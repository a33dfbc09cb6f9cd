import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../../shared/api';
import { Button, CheckboxField, ErrorMessage, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { Card, Empty, PageHeader, QueryStatus, SecretReveal, Table } from '../components/common';
import { formatDateTime } from '../lib/format';
import { toast } from '../lib/toast';
import { apiKeyScopes, type ApiKeyScope, type CreatedApiKey } from '../lib/types';
import { adminApi } from '../lib/api';
import { ListTable } from '../components/list-table';

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

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!name.trim()) errs.name = t('keys.nameRequired');
    if (!scopes.length) errs.scopes = t('keys.scopesRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) create.mutate({ name: name.trim(), scopes });
  }

  const items = keys.data?.items ?? [];
  return (
    <div className="max-w-5xl">
      <PageHeader title={t('keys.title')} description={t('keys.description')} />
      <div className="flex flex-col gap-6">
        {created?.key && <SecretReveal label={t('keys.newKey', { name: created.name })} value={created.key} onDone={() => setCreated(null)} />}
        <Card title={t('keys.create')}>
          <form onSubmit={submit} noValidate className="flex flex-col gap-4">
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
            {create.isError && !Object.keys(errors).length && <ErrorMessage error={create.error} />}
            <div>
              <Button type="submit" variant="primary" loading={create.isPending}>
                {t('keys.createButton')}
              </Button>
            </div>
          </form>
        </Card>
        <section aria-labelledby="keys-heading">
          <h2 id="keys-heading" className="mb-3 text-lg font-semibold">
            {t('keys.existing')}
          </h2>
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
        </section>
      </div>
    </div>
  );
}
