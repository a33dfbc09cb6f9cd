import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../shared/api';
import { Badge, Button, SelectField, TextField } from '../../../shared/ui';
import { Empty, Loading, PageHeader, Pager, QueryStatus, Table, useCursorPager } from '../components/common';
import { formatDate } from '../lib/format';
import { asPage } from '../lib/lists';
import { api, useSession } from '../lib/session';
import { toast } from '../lib/toast';
import type { Page, Role, User } from '../lib/types';

export default function Users() {
  const me = useSession((s) => s.session?.user.id);
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const role = params.get('role') ?? '';
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const pager = useCursorPager(`${role}|${q}`);
  const key = ['users', { role, q, cursor: pager.cursor }];

  const users = useQuery({
    queryKey: key,
    queryFn: async () => asPage(await api.get<User[] | Page<User>>('/v1/admin/users', { query: { role, q, limit: 50, cursor: pager.cursor } })),
    placeholderData: keepPreviousData,
  });

  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<Pick<User, 'role' | 'isActive'>> }) => api.patch<User>(`/v1/admin/users/${id}`, patch),
    onMutate: async ({ id, patch }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Page<User>>(key);
      if (previous) queryClient.setQueryData<Page<User>>(key, { ...previous, items: previous.items.map((u) => (u.id === id ? { ...u, ...patch } : u)) });
      return { previous };
    },
    onError: (err, _v, ctx) => {
      if (ctx?.previous) queryClient.setQueryData(key, ctx.previous);
      toast.error(`The change was not saved. ${errorMessage(err)}`);
    },
    onSuccess: (u, { patch }) => toast.success(patch.isActive === false ? `${u?.email ?? 'User'} deactivated and signed out everywhere.` : `${u?.email ?? 'User'} updated.`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });

  function setParam(k: string, v: string) {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  }

  const items = users.data?.items ?? [];
  return (
    <div>
      <PageHeader title="Customers & staff" description="Change roles and deactivate accounts. Deactivating signs the person out everywhere." />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <form
          role="search"
          className="flex items-end gap-2"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            setParam('q', search.trim());
          }}
        >
          <TextField label="Search people" type="search" placeholder="Name or email" value={search} onChange={(e) => setSearch(e.target.value)} />
          <Button type="submit">Search</Button>
        </form>
        <SelectField label="Role" value={role} onChange={(e) => setParam('role', e.target.value)}>
          <option value="">Everyone</option>
          <option value="customer">Customers</option>
          <option value="staff">Staff</option>
          <option value="admin">Admins</option>
        </SelectField>
      </div>
      <QueryStatus query={users} label="Loading people…" />
      {users.isSuccess && items.length === 0 && <Empty title="Nobody matches">Try another search or role.</Empty>}
      {items.length > 0 && (
        <>
          <Table caption="Users">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Joined</th>
              </tr>
            </thead>
            <tbody>
              {items.map((u) => {
                const self = u.id === me;
                return (
                  <tr key={u.id}>
                    <td className="font-medium">
                      {u.name || '—'} {self && <Badge tone="blue">You</Badge>}
                    </td>
                    <td className="text-slate-700">{u.email}</td>
                    <td>
                      <SelectField label={`Role of ${u.email}`} hideLabel className="min-w-32" value={u.role} disabled={self} onChange={(e) => update.mutate({ id: u.id, patch: { role: e.target.value as Role } })}>
                        <option value="customer">Customer</option>
                        <option value="staff">Staff</option>
                        <option value="admin">Admin</option>
                      </SelectField>
                    </td>
                    <td>
                      <div className="flex items-center gap-2">
                        <Badge tone={u.isActive === false ? 'gray' : 'green'}>{u.isActive === false ? 'Inactive' : 'Active'}</Badge>
                        {!self && (
                          <Button
                            size="sm"
                            variant={u.isActive === false ? 'secondary' : 'danger'}
                            onClick={() => {
                              if (u.isActive !== false && !window.confirm(`Deactivate ${u.email}? They will be signed out everywhere.`)) return;
                              update.mutate({ id: u.id, patch: { isActive: u.isActive === false } });
                            }}
                          >
                            {u.isActive === false ? 'Reactivate' : 'Deactivate'}
                          </Button>
                        )}
                      </div>
                    </td>
                    <td className="whitespace-nowrap text-slate-600">{formatDate(u.createdAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <Pager page={pager.page} hasNext={Boolean(users.data?.nextCursor)} busy={users.isFetching} onPrev={pager.prev} onNext={() => users.data?.nextCursor && pager.next(users.data.nextCursor)} />
        </>
      )}
    </div>
  );
}
