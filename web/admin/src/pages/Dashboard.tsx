import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, TextField } from '../../../shared/ui';
import { Card, Empty, Loading, OrderStatusBadge, PageHeader, QueryStatus } from '../components/common';
import { SalesChart } from '../components/SalesChart';
import { isoDay, useMoney } from '../lib/format';
import { api } from '../lib/session';
import type { AnalyticsSummary, OrderStatus } from '../lib/types';

function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return isoDay(d);
}

const presets = [
  { label: 'Last 7 days', days: 6 },
  { label: 'Last 30 days', days: 29 },
  { label: 'Last 90 days', days: 89 },
];

/** Every day of the range, zero-filled where the server has no row. */
function fillDays(from: string, to: string, rows: AnalyticsSummary['salesByDay']) {
  const byDate = new Map(rows.map((r) => [r.date.slice(0, 10), r]));
  const out: AnalyticsSummary['salesByDay'] = [];
  const d = new Date(`${from}T00:00:00`);
  const end = new Date(`${to}T00:00:00`);
  for (let i = 0; d <= end && i < 400; i++, d.setDate(d.getDate() + 1)) {
    const key = isoDay(d);
    out.push(byDate.get(key) ?? { date: key, revenue: 0, orders: 0 });
  }
  return out;
}

function statusCounts(s: AnalyticsSummary['ordersByStatus']): Array<{ status: string; count: number }> {
  if (Array.isArray(s)) return s;
  return Object.entries(s ?? {}).map(([status, count]) => ({ status, count: Number(count) }));
}

export default function Dashboard() {
  const money = useMoney();
  const [range, setRange] = useState({ from: daysAgo(29), to: daysAgo(0) });
  const [draft, setDraft] = useState(range);
  const [rangeError, setRangeError] = useState('');

  const summary = useQuery({
    queryKey: ['dashboard', range],
    queryFn: () => api.get<AnalyticsSummary>('/v1/admin/analytics/summary', { query: range }),
  });
  const days = useMemo(() => (summary.data ? fillDays(range.from, range.to, summary.data.salesByDay ?? []) : []), [summary.data, range]);

  function apply(e: FormEvent) {
    e.preventDefault();
    if (!draft.from || !draft.to) return setRangeError('Pick both a start and an end date.');
    if (draft.from > draft.to) return setRangeError('The start date must be on or before the end date.');
    setRangeError('');
    setRange(draft);
  }

  const data = summary.data;
  return (
    <div>
      <PageHeader title="Dashboard" description="Sales and stock at a glance." />
      <form onSubmit={apply} className="mb-6 flex flex-wrap items-end gap-3" aria-label="Date range">
        <TextField label="From" type="date" value={draft.from} max={draft.to} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <TextField label="To" type="date" value={draft.to} min={draft.from} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        <Button type="submit" variant="primary">
          Apply range
        </Button>
        {presets.map((p) => (
          <Button
            key={p.label}
            size="sm"
            variant="ghost"
            onClick={() => {
              const r = { from: daysAgo(p.days), to: daysAgo(0) };
              setDraft(r);
              setRange(r);
              setRangeError('');
            }}
          >
            {p.label}
          </Button>
        ))}
        {rangeError && (
          <p role="alert" className="w-full text-sm text-red-700">
            {rangeError}
          </p>
        )}
      </form>

      <QueryStatus query={summary} label="Loading figures…" />
      {data && (
        <div className="flex flex-col gap-6">
          <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            <Kpi label="Revenue" value={money(data.revenue)} />
            <Kpi label="Orders" value={String(data.orders)} />
            <Kpi label="Average order value" value={money(data.averageOrderValue)} />
            <Kpi
              label="Low-stock SKUs"
              value={String(data.lowStockCount)}
              extra={
                <Link to="/inventory?lowStock=true" className="text-xs font-medium text-indigo-700 underline">
                  View low stock
                </Link>
              }
            />
          </dl>
          <Card title="Sales by day">{days.every((d) => d.revenue === 0) ? <Empty title="No sales in this range">Pick a wider range, or wait for the first orders.</Empty> : <SalesChart days={days} money={money} />}</Card>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card title="Orders by status">
              {statusCounts(data.ordersByStatus).length === 0 ? (
                <p className="text-sm text-slate-600">No orders in this range.</p>
              ) : (
                <ul className="flex flex-col gap-2">
                  {statusCounts(data.ordersByStatus).map(({ status, count }) => (
                    <li key={status} className="flex items-center justify-between">
                      <Link to={`/orders?status=${status}`} className="hover:underline">
                        <OrderStatusBadge status={status as OrderStatus} />
                      </Link>
                      <span className="font-medium tabular-nums">{count}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card title="Top products">
              {data.topProducts.length === 0 ? (
                <p className="text-sm text-slate-600">No products sold in this range.</p>
              ) : (
                <ol className="flex flex-col gap-2">
                  {data.topProducts.map((p) => (
                    <li key={p.productId} className="flex items-center justify-between gap-3 text-sm">
                      <Link to={`/products/${p.productId}`} className="truncate font-medium text-indigo-700 hover:underline">
                        {p.title}
                      </Link>
                      <span className="shrink-0 text-slate-600 tabular-nums">
                        {p.quantity} sold · {money(p.revenue)}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </Card>
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
