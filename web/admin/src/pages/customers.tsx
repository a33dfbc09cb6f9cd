import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button, TextField } from '../../../shared/ui';
import { Empty, PageHeader, useCursorPager } from '../components/common';
import { formatDate, useMoney } from '../lib/format';
import { adminApi } from '../lib/api';
import { ListTable } from '../components/list-table';

export default function Customers() {
  const { t } = useTranslation('customers');
  const money = useMoney();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const pager = useCursorPager(q);
  const customers = useQuery({
    queryKey: ['customers', { q, cursor: pager.cursor }],
    queryFn: () => adminApi.customers.list({ q, limit: 20, cursor: pager.cursor }),
    placeholderData: keepPreviousData,
  });

  function onSearch(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams(params);
    if (search.trim()) next.set('q', search.trim());
    else next.delete('q');
    setParams(next, { replace: true });
  }

  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} />
      <form onSubmit={onSearch} role="search" aria-label={t('search')} className="mb-4 flex max-w-xl items-end gap-2">
        <TextField className="min-w-0 flex-1" label={t('search')} type="search" placeholder={t('searchPlaceholder')} value={search} maxLength={200} onChange={(e) => setSearch(e.target.value)} />
        <Button type="submit">{t('find')}</Button>
      </form>
      <ListTable
        query={customers}
        label={t('loading')}
        empty={<Empty title={q ? t('noMatch') : t('none')} />}
        caption={t('title')}
        columns={[t('col.customer'), { label: t('col.orders'), className: 'text-right' }, { label: t('col.spent'), className: 'text-right' }, { label: t('col.points'), className: 'text-right' }, t('col.lastOrder'), t('col.since')]}
        pager={pager}
        rows={(items) =>
          items.map((c) => (
            <tr key={c.id} className="hover:bg-slate-50">
              <td>
                <Link to={`/customers/${c.id}`} className="font-medium text-indigo-700 hover:underline">
                  {c.name || c.email}
                </Link>
                <div className="text-xs break-all text-slate-600">{c.email}</div>
              </td>
              <td className="text-right tabular-nums">{c.ordersCount}</td>
              <td className="text-right tabular-nums">{money(c.totalSpent)}</td>
              <td className="text-right tabular-nums">{c.pointsBalance.toLocaleString()}</td>
              <td className="whitespace-nowrap">{formatDate(c.lastOrderAt)}</td>
              <td className="whitespace-nowrap">{formatDate(c.createdAt)}</td>
            </tr>
          ))
        }
      />
    </div>
  );
}
