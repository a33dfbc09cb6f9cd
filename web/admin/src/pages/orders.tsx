import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../shared/api';
import { Button, ChoiceField, TextField } from '../../../shared/ui';
import { Empty, OrderStatusBadge, useCursorPager, PageLayout, OrderLink } from '../components/common';
import { OrderBulkBar } from '../components/order-bulk-bar';
import { saveText } from '../lib/download';
import { formatDateTime, isoDay, useMoney } from '../lib/format';
import { usePeople } from '../lib/people';
import { toast } from '../lib/toast';
import { adminApi } from '../lib/api';
import { ListTable, SelectCell } from '../components/list-table';
import { useSelectableList } from '../lib/list-state';

export const orderStatuses = ['pending', 'processing', 'completed', 'cancelled', 'refunded'] as const;
export const paymentStatuses = ['pending', 'paid', 'refunded', 'cancelled'] as const;
const FILTERS = ['q', 'status', 'paymentStatus', 'from', 'to'] as const;

export default function Orders() {
  const { t } = useTranslation('orders');
  const money = useMoney();
  const [params] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const filterKey = FILTERS.map((k) => filters[k]).join('|');
  const pager = useCursorPager(filterKey);
  const filtered = FILTERS.some((k) => filters[k]);

  const orders = useQuery({
    queryKey: ['orders', 'list', { ...filters, cursor: pager.cursor }],
    queryFn: () => adminApi.orders.list({ ...filters, limit: 20, cursor: pager.cursor }),
    placeholderData: keepPreviousData,
  });
  const items = orders.data?.items ?? [];
  const people = usePeople(items.map((o) => o.userId));

  const exportCsv = useMutation({
    mutationFn: () => adminApi.orders.export(filters),
    onSuccess: (csv) => saveText(csv, `orders-${isoDay(new Date())}.csv`, 'text/csv;charset=utf-8', { bom: true }),
    onError: (err) => toast.error(t('exportFailed', { reason: errorMessage(err) })),
  });

  const { search, setSearch, selection, setParam, onSearch, clearFilters } = useSelectableList(items, filters.q);
  const { selected, allOnPage, toggle, toggleAll } = selection;

  return (
    <PageLayout
      title={t('title')}
      description={t('description')}
      actions={
        <Button onClick={() => exportCsv.mutate()} loading={exportCsv.isPending}>
          {filtered ? t('exportFiltered') : t('exportAll')}
        </Button>
      }
    >
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <form onSubmit={onSearch} role="search" aria-label={t('searchLabel')} className="flex min-w-0 flex-1 basis-64 items-end gap-2">
          <TextField className="min-w-0 flex-1" label={t('searchLabel')} type="search" placeholder={t('searchPlaceholder')} value={search} maxLength={200} onChange={(e) => setSearch(e.target.value)} />
          <Button type="submit">{t('find')}</Button>
        </form>
        <ChoiceField label={t('status')} value={filters.status} onChange={(e) => setParam('status', e.target.value)} placeholder={t('allStatuses')} options={orderStatuses.map((s) => ({ value: s, label: t(`ui:orderStatus.${s}`) }))} />
        <ChoiceField label={t('payment')} value={filters.paymentStatus} onChange={(e) => setParam('paymentStatus', e.target.value)} placeholder={t('allPayments')} options={paymentStatuses.map((s) => ({ value: s, label: t(`ui:paymentStatus.${s}`) }))} />
        <TextField label={t('from')} type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => setParam('from', e.target.value)} />
        <TextField label={t('to')} type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => setParam('to', e.target.value)} />
        {filtered && (
          <Button variant="ghost" onClick={() => clearFilters()}>
            {t('clear')}
          </Button>
        )}
      </div>
      <OrderBulkBar selected={[...selected.values()]} onDone={selection.clear} />
      <ListTable
        query={orders}
        label={t('loading')}
        empty={<Empty title={filtered ? t('noMatch') : t('none')}>{filtered ? t('noMatchHint') : t('noneHint')}</Empty>}
        caption={t('title')}
        columns={[{ label: <input type="checkbox" aria-label={t('selectAll')} checked={allOnPage} onChange={toggleAll} className="h-4 w-4" />, className: 'w-8' }, t('col.order'), t('col.placed'), t('col.customer'), t('col.items'), { label: t('col.total'), className: 'text-right' }, t('col.payment'), t('col.status')]}
        pager={pager}
        rows={(items) =>
          items.map((o) => {
            const who = o.userId ? people.get(o.userId) : undefined;
            return (
              <tr key={o.id} className="hover:bg-slate-50">
                <SelectCell label={t('select', { number: o.number })} checked={selected.has(o.id)} onToggle={() => toggle(o)} />
                <td>
                  <OrderLink order={o} />
                </td>
                <td className="whitespace-nowrap text-slate-600">{formatDateTime(o.createdAt)}</td>
                <td className="min-w-0">
                  <div>{who?.name || o.shippingAddress?.name || '—'}</div>
                  {who && <div className="text-xs break-all text-slate-600">{who.email}</div>}
                </td>
                <td className="tabular-nums">{o.items?.reduce((n, l) => n + l.quantity, 0) ?? '—'}</td>
                <td className="text-right tabular-nums">{money(o.total)}</td>
                <td className="whitespace-nowrap">
                  {t(`ui:paymentMethod.${o.payment?.method}`, { defaultValue: o.payment?.method ?? '' })} ·{' '}
                  <span className={o.payment?.status === 'paid' ? 'text-emerald-700' : 'text-slate-600'}>{t(`ui:paymentStatus.${o.payment?.status}`, { defaultValue: o.payment?.status ?? '' })}</span>
                </td>
                <td>
                  <OrderStatusBadge status={o.status} />
                </td>
              </tr>
            );
          })
        }
      />
    </PageLayout>
  );
}
