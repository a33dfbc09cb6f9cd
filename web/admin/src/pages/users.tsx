import { useTranslation } from 'react-i18next';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../shared/api';
import { Badge, Button, ChoiceField, TextField } from '../../../shared/ui';
import { Empty, PageHeader, useCursorPager } from '../components/common';
import { formatDate } from '../lib/format';
import { useSession } from '../lib/session';
import { toast } from '../lib/toast';
import type { Page, Role, User } from '../lib/types';

const ROLES: readonly Role[] = ['customer', 'staff', 'admin'];
import { adminApi } from '../lib/api';
import { ListTable } from '../components/list-table';
import { useParamSetter } from '../lib/list-state';

export default function Users() {
  const { t } = useTranslation('people');
  const me = useSession((s) => s.session?.user.id);
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const role = params.get('role') ?? '';
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const pager = useCursorPager(`${role}|${q}`);
  const key = ['users', { role, q, cursor: pager.cursor }];

  const users = useQuery({
    queryKey: key,
    queryFn: async () => adminApi.users.list({ role, q, limit: 50, cursor: pager.cursor }),
    placeholderData: keepPreviousData,
  });

  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<Pick<User, 'role' | 'isActive'>> }) => adminApi.users.update(id, patch),
    onMutate: async ({ id, patch }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Page<User>>(key);
      if (previous) queryClient.setQueryData<Page<User>>(key, { ...previous, items: previous.items.map((u) => (u.id === id ? { ...u, ...patch } : u)) });
      return { previous };
    },
    onError: (err, _v, ctx) => {
      if (ctx?.previous) queryClient.setQueryData(key, ctx.previous);
      toast.error(t('notSaved', { reason: errorMessage(err) }));
    },
    onSuccess: (u, { patch }) => toast.success(patch.isActive === false ? t('deactivated', { email: u?.email ?? '' }) : t('updated', { email: u?.email ?? '' })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });

  const setParam = useParamSetter();

  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <form
          role="search"
          aria-label={t('search')}
          className="flex items-end gap-2"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            setParam('q', search.trim());
          }}
        >
          <TextField label={t('search')} type="search" placeholder={t('searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} />
          <Button type="submit">{t('find')}</Button>
        </form>
        <ChoiceField
          label={t('role')}
          value={role}
          onChange={(e) => setParam('role', e.target.value)}
          placeholder={t('everyone')}
          options={[
            { value: 'customer', label: t('roles.customers') },
            { value: 'staff', label: t('roles.staff') },
            { value: 'admin', label: t('roles.admins') },
          ]}
        />
      </div>
      <ListTable
        query={users}
        label={t('loading')}
        empty={<Empty title={t('noMatch')}>{t('noMatchHint')}</Empty>}
        caption={t('caption')}
        columns={[t('col.name'), t('col.email'), t('role'), t('col.status'), t('col.joined')]}
        pager={pager}
        rows={(items) =>
          items.map((u) => {
            const self = u.id === me;
            return (
              <tr key={u.id}>
                <td className="font-medium">
                  {u.name || '—'} {self && <Badge tone="blue">{t('you')}</Badge>}
                </td>
                <td className="text-slate-700">{u.email}</td>
                <td>
                  <ChoiceField
                    label={t('roleOf', { email: u.email })}
                    hideLabel
                    className="min-w-32"
                    value={u.role}
                    disabled={self}
                    onChange={(e) => update.mutate({ id: u.id, patch: { role: e.target.value as Role } })}
                    options={ROLES.map((r) => ({ value: r, label: t(`shell:roles.${r}`) }))}
                  />
                </td>
                <td>
                  <div className="flex items-center gap-2">
                    <Badge tone={u.isActive === false ? 'gray' : 'green'}>{u.isActive === false ? t('inactive') : t('active')}</Badge>
                    {!self && (
                      <Button
                        size="sm"
                        variant={u.isActive === false ? 'secondary' : 'danger'}
                        onClick={() => {
                          if (u.isActive !== false && !window.confirm(t('confirmDeactivate', { email: u.email }))) return;
                          update.mutate({ id: u.id, patch: { isActive: u.isActive === false } });
                        }}
                      >
                        {u.isActive === false ? t('reactivate') : t('deactivate')}
                      </Button>
                    )}
                  </div>
                </td>
                <td className="whitespace-nowrap text-slate-600">{formatDate(u.createdAt)}</td>
              </tr>
            );
          })
        }
      />
    </div>
  );
}
