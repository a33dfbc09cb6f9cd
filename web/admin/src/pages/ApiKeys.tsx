import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../../shared/api';
import { Button, CheckboxField, ErrorMessage, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { Card, Empty, PageHeader, QueryStatus, SecretReveal, Table } from '../components/common';
import { formatDateTime } from '../lib/format';
import { asPage } from '../lib/lists';
import { api } from '../lib/session';
import { toast } from '../lib/toast';
import { apiKeyScopes, type ApiKey, type Page } from '../lib/types';

export default function ApiKeys() {
  const queryClient = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: async () => asPage(await api.get<ApiKey[] | Page<ApiKey>>('/v1/admin/api-keys')) });
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['catalog:read']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  const [created, setCreated] = useState<ApiKey | null>(null);

  const create = useMutation({
    mutationFn: (body: { name: string; scopes: string[] }) => api.post<ApiKey>('/v1/admin/api-keys', body),
    onSuccess: (k) => {
      setCreated(k);
      setName('');
      setErrors({});
    },
    onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/v1/admin/api-keys/${id}`),
    onSuccess: () => toast.success('API key revoked. It stopped working immediately.'),
    onError: (err) => toast.error(`The key was not revoked. ${errorMessage(err)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!name.trim()) errs.name = 'Name the key after what uses it, for example “ERP sync”.';
    if (!scopes.length) errs.scopes = 'Pick at least one scope.';
    setErrors(errs);
    if (!Object.keys(errs).length) create.mutate({ name: name.trim(), scopes });
  }

  const items = keys.data?.items ?? [];
  return (
    <div className="max-w-5xl">
      <PageHeader title="API keys" description="Keys let integrations call the API with limited scopes. The key itself is shown only once." />
      <div className="flex flex-col gap-6">
        {created?.key && <SecretReveal label={`New API key “${created.name}”`} value={created.key} onDone={() => setCreated(null)} />}
        <Card title="Create an API key">
          <form onSubmit={submit} noValidate className="flex flex-col gap-4">
            <TextField label="Key name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} className="max-w-sm" />
            <fieldset>
              <legend className="mb-2 text-sm font-medium text-slate-700">Scopes</legend>
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
                Create key
              </Button>
            </div>
          </form>
        </Card>
        <section aria-labelledby="keys-heading">
          <h2 id="keys-heading" className="mb-3 text-lg font-semibold">
            Existing keys
          </h2>
          <QueryStatus query={keys} />
          {keys.isSuccess && items.length === 0 && <Empty title="No API keys yet" />}
          {items.length > 0 && (
            <Table caption="API keys">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Key starts with</th>
                  <th scope="col">Scopes</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((k) => (
                  <tr key={k.id}>
                    <td className="font-medium">{k.name}</td>
                    <td className="font-mono text-xs">{k.prefix}…</td>
                    <td className="text-xs">{k.scopes.join(', ')}</td>
                    <td className="whitespace-nowrap text-slate-600">{formatDateTime(k.createdAt)}</td>
                    <td className="whitespace-nowrap text-slate-600">{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : 'Never'}</td>
                    <td className="text-right">
                      <Button size="sm" variant="danger" loading={revoke.isPending && revoke.variables === k.id} onClick={() => window.confirm(`Revoke “${k.name}”? Anything using it stops working at once.`) && revoke.mutate(k.id)}>
                        Revoke
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
      </div>
    </div>
  );
}
