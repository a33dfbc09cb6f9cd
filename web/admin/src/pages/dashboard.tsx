import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, TextField } from '../../../shared/ui';
import { Card, Empty, OrderStatusBadge, PageHeader, QueryStatus, ListCard } from '../components/common';
import { SalesChart } from '../components/sales-chart';
import { WorkQueues } from '../components/work-queues';
import { isoDay, useMoney } from '../lib/format';
import type { AnalyticsSummary, OrderStatus } from '../lib/types';
import { adminApi } from '../lib/api';

function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return isoDay(d);
}

const presets = [6, 29, 89];

/** Every day of the range, zero-filled where the server has no row. */
function fillDays(from: string, to: string, rows: AnalyticsSummary['salesByDay']) {
  const byDate = new Map(rows.map((r) => [r.date.slice(0, 10), r]));
  const out: AnalyticsSummary['salesByDay'] = [];
  // Calendar arithmetic in UTC: the dates are already the store's, whatever the browser's zone.
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  for (let i = 0; d <= end && i < 400; i++, d.setUTCDate(d.getUTCDate() + 1)) {
    const key = d.toISOString().slice(0, 10);
    out.push(byDate.get(key) ?? { date: key, revenue: 0, orders: 0 });
  }
  return out;
}

function statusCounts(s: AnalyticsSummary['ordersByStatus']): Array<{ status: string; count: number }> {
  if (Array.isArray(s)) return s;
  return Object.entries(s ?? {}).map(([status, count]) => ({ status, count: Number(count) }));
}

export default function Dashboard() {
  const { t } = useTranslation('dashboard');
  const money = useMoney();
  const [range, setRange] = useState({ from: daysAgo(29), to: daysAgo(0) });
  const [draft, setDraft] = useState(range);
  const [rangeError, setRangeError] = useState('');

  const summary = useQuery({
    queryKey: ['dashboard', range],
    queryFn: () => adminApi.analyticsSummary(range),
  });
  const days = useMemo(() => (summary.data ? fillDays(range.from, range.to, summary.data.salesByDay ?? []) : []), [summary.data, range]);

  function apply(e: FormEvent) {
    e.preventDefault();
    if (!draft.from || !draft.to) return setRangeError(t('errors.bothDates'));
    if (draft.from > draft.to) return setRangeError(t('errors.order'));
    setRangeError('');
    setRange(draft);
  }

  const data = summary.data;
  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="mb-6">
        <WorkQueues />
      </div>
      <form onSubmit={apply} className="mb-6 flex flex-wrap items-end gap-3" aria-label={t('range')}>
        <TextField label={t('from')} type="date" value={draft.from} max={draft.to} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <TextField label={t('to')} type="date" value={draft.to} min={draft.from} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        <Button type="submit" variant="primary">
          {t('apply')}
        </Button>
        {presets.map((days) => (
          <Button
            key={days}
            size="sm"
            variant="ghost"
            onClick={() => {
              const r = { from: daysAgo(days), to: daysAgo(0) };
              setDraft(r);
              setRange(r);
              setRangeError('');
            }}
          >
            {t('lastDays', { count: days + 1 })}
          </Button>
        ))}
        {rangeError && (
          <p role="alert" className="w-full text-sm text-red-700">
            {rangeError}
          </p>
        )}
      </form>

      <QueryStatus query={summary} label={t('loading')} />
      {data && (
        <div className="flex flex-col gap-6">
          <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            <Kpi label={t('revenue')} value={money(data.revenue)} />
            <Kpi label={t('orders')} value={String(data.orders)} />
            <Kpi label={t('aov')} value={money(data.averageOrderValue)} />
            <Kpi
              label={t('lowStockSkus')}
              value={String(data.lowStockCount)}
              extra={
                <Link to="/inventory?lowStock=true" className="text-xs font-medium text-indigo-700 underline">
                  {t('viewLowStock')}
                </Link>
              }
            />
          </dl>
          <Card title={t('salesByDay')}>{days.every((d) => d.revenue === 0) ? <Empty title={t('noSales')}>{t('noSalesHint')}</Empty> : <SalesChart days={days} money={money} />}</Card>
          <div className="grid gap-6 lg:grid-cols-2">
            <ListCard
              title={t('byStatus')}
              items={statusCounts(data.ordersByStatus)}
              empty={t('noOrders')}
              className="flex flex-col gap-2"
              render={({ status, count }) => (
                <li key={status} className="flex items-center justify-between">
                  <Link to={`/orders?status=${status}`} className="hover:underline">
                    <OrderStatusBadge status={status as OrderStatus} />
                  </Link>
                  <span className="font-medium tabular-nums">{count}</span>
                </li>
              )}
            />
            <ListCard
              title={t('topProducts')}
              items={data.topProducts}
              empty={t('noProductsSold')}
              ordered
              className="flex flex-col gap-2"
              render={(p) => (
                <li key={p.productId} className="flex items-center justify-between gap-3 text-sm">
                  <Link to={`/products/${p.productId}`} className="truncate font-medium text-indigo-700 hover:underline">
                    {p.title}
                  </Link>
                  <span className="shrink-0 text-slate-600 tabular-nums">
                    {t('sold', { count: p.quantity, revenue: money(p.revenue) })}
                  </span>
                </li>
              )}
            />
          </div>
        </div>
      )}
    </div>
  );
}

function Kpi({ label, value, extra }: { label: string; value: string; extra?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</dd>
      {extra && <dd className="mt-1">{extra}</dd>}
    </div>
  );
}
