import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, SelectField, TextField } from '../../../shared/ui';
import { Empty, Loading, OrderStatusBadge, PageHeader, Pager, QueryStatus, Table, useCursorPager } from '../components/common';
import { formatDateTime, humanize, useMoney } from '../lib/format';
import { api } from '../lib/session';
import type { Order, Page } from '../lib/types';

export const orderStatuses = ['pending', 'processing', 'completed', 'cancelled', 'refunded'] as const;

export default function Orders() {
  const money = useMoney();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const number = params.get('number') ?? '';
  const [search, setSearch] = useState(number);
  const pager = useCursorPager(`${status}|${number}`);

  const orders = useQuery({
    queryKey: ['orders', 'list', { status, number, cursor: pager.cursor }],
    queryFn: () => api.get<Page<Order>>('/v1/admin/orders', { query: { status, number, limit: 20, cursor: pager.cursor } }),
    placeholderData: keepPreviousData,
  });

  function setParam(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }
  const [searchError, setSearchError] = useState('');
  function onSearch(e: FormEvent) {
    e.preventDefault();
    const n = search.trim().replace(/^#/, '');
    if (n && !/^\d+$/.test(n)) return setSearchError('Enter an order number, for example 1024.');
    setSearchError('');
    setParam('number', n);
  }

  const items = orders.data?.items ?? [];
  return (
    <div>
      <PageHeader title="Orders" description="New orders appear here live." />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <form onSubmit={onSearch} role="search" className="flex items-end gap-2">
          <TextField label="Order number" type="search" inputMode="numeric" placeholder="e.g. 1024" value={search} onChange={(e) => setSearch(e.target.value)} error={searchError} />
          <Button type="submit">Find</Button>
        </form>
        <SelectField label="Status" value={status} onChange={(e) => setParam('status', e.target.value)}>
          <option value="">All statuses</option>
          {orderStatuses.map((s) => (
            <option key={s} value={s}>
              {humanize(s)}
            </option>
          ))}
        </SelectField>
        {(status || number) && (
          <Button
            variant="ghost"
            onClick={() => {
              setSearch('');
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            Clear filters
          </Button>
        )}
      </div>
      <QueryStatus query={orders} label="Loading orders…" />
      {orders.isSuccess && items.length === 0 && <Empty title={status || number ? 'No orders match' : 'No orders yet'}>{status || number ? 'Try another status or order number.' : 'Orders placed in the storefront will show up here.'}</Empty>}
      {items.length > 0 && (
        <>
          <Table caption="Orders">
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Placed</th>
                <th scope="col">Customer</th>
                <th scope="col">Items</th>
                <th scope="col" className="text-right">Total</th>
                <th scope="col">Payment</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody aria-busy={orders.isFetching}>
              {items.map((o) => (
                <tr key={o.id} className="hover:bg-slate-50">
                  <td>
                    <Link to={`/orders/${o.id}`} className="font-medium text-indigo-700 hover:underline">
                      #{o.number}
                    </Link>
                  </td>
                  <td className="whitespace-nowrap text-slate-600">{formatDateTime(o.createdAt)}</td>
                  <td>{o.shippingAddress?.name ?? o.customer?.name ?? o.customer?.email ?? '—'}</td>
                  <td className="tabular-nums">{o.items?.reduce((n, l) => n + l.quantity, 0) ?? '—'}</td>
                  <td className="text-right tabular-nums">{money(o.total)}</td>
                  <td className="whitespace-nowrap">
                    {humanize(o.payment?.method ?? '')} · <span className={o.payment?.status === 'paid' ? 'text-emerald-700' : 'text-slate-600'}>{o.payment?.status}</span>
                  </td>
                  <td>
                    <OrderStatusBadge status={o.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pager page={pager.page} hasNext={Boolean(orders.data?.nextCursor)} busy={orders.isFetching} onPrev={pager.prev} onNext={() => orders.data?.nextCursor && pager.next(orders.data.nextCursor)} />
        </>
      )}
    </div>
  );
}
