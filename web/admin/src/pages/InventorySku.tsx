import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Badge } from '../../../shared/ui';
import { AdjustStock } from '../components/AdjustStock';
import { CountStock } from '../components/CountStock';
import { Card, Empty, Loading, PageHeader, Pager, QueryStatus, Table, useCursorPager } from '../components/common';
import { formatDateTime, humanize } from '../lib/format';
import { api } from '../lib/session';
import type { Movement, Page, StockRecord } from '../lib/types';
import { StockBadge } from './Inventory';

function signed(n: number) {
  return n > 0 ? `+${n}` : String(n);
}

function actorLabel(actor: Movement['actor']): string {
  if (!actor) return '—';
  if (typeof actor === 'string') return actor;
  return actor.type === 'user' ? `User ${actor.id?.slice(0, 8) ?? ''}` : humanize(actor.type);
}

export default function InventorySku() {
  const { sku = '' } = useParams();
  const path = `/v1/admin/inventory/${encodeURIComponent(sku)}`;
  const record = useQuery({ queryKey: ['inventory', 'sku', sku], queryFn: () => api.get<StockRecord>(path) });
  const pager = useCursorPager(sku);
  const movements = useQuery({
    queryKey: ['inventory', 'movements', sku, pager.cursor],
    queryFn: () => api.get<Page<Movement>>(`${path}/movements`, { query: { limit: 50, cursor: pager.cursor } }),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="max-w-5xl">
      <Link to="/inventory" className="text-sm font-medium text-indigo-700 underline">
        ← Inventory
      </Link>
      <PageHeader title={<span className="font-mono">{sku}</span>} description="Stock level, adjustments and the movement history." />
      <QueryStatus query={record} />
      {record.data && (
        <div className="flex flex-col gap-6">
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {(
              [
                ['On hand', record.data.onHand],
                ['Reserved', record.data.reserved],
                ['Available', record.data.available],
                ['Low-stock threshold', record.data.lowStockThreshold],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <dt className="text-sm text-slate-600">{label}</dt>
                <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          <div className="flex items-center gap-2">
            <StockBadge record={record.data} />
            {record.data.productId && (
              <Link to={`/products/${record.data.productId}`} className="text-sm font-medium text-indigo-700 underline">
                View product
              </Link>
            )}
          </div>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card title="Adjust stock">
              <AdjustStock record={record.data} />
            </Card>
            <Card title="Stock count">
              <CountStock record={record.data} />
            </Card>
          </div>
          <Card title="Movement history">
            <QueryStatus query={movements} label="Loading movements…" />
            {movements.isSuccess && movements.data.items.length === 0 && <Empty title="No movements yet" />}
            {movements.data && movements.data.items.length > 0 && (
              <>
                <Table caption={`Movements of ${sku}`}>
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">Type</th>
                      <th scope="col" className="text-right">On hand</th>
                      <th scope="col" className="text-right">Reserved</th>
                      <th scope="col">Reason / note</th>
                      <th scope="col">Order</th>
                      <th scope="col">By</th>
                    </tr>
                  </thead>
                  <tbody>
                    {movements.data.items.map((m) => (
                      <tr key={m.id}>
                        <td className="whitespace-nowrap text-slate-600">{formatDateTime(m.createdAt)}</td>
                        <td>
                          <Badge tone={m.type === 'sale' ? 'green' : m.type === 'reservation' ? 'blue' : m.type === 'release' ? 'gray' : 'violet'}>{humanize(m.type)}</Badge>
                        </td>
                        <td className="text-right tabular-nums">{m.onHandDelta ? signed(m.onHandDelta) : '—'}</td>
                        <td className="text-right tabular-nums">{m.reservedDelta ? signed(m.reservedDelta) : '—'}</td>
                        <td>
                          {m.reason ? humanize(m.reason) : ''}
                          {m.note && <span className="block text-xs text-slate-500">{m.note}</span>}
                        </td>
                        <td>
                          {m.orderId ? (
                            <Link to={`/orders/${m.orderId}`} className="text-indigo-700 hover:underline">
                              Open order
                            </Link>
                          ) : (
                            '—'
                          )}
                        </td>
                        <td className="text-slate-600">{actorLabel(m.actor)}</td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
                <Pager page={pager.page} hasNext={Boolean(movements.data.nextCursor)} busy={movements.isFetching} onPrev={pager.prev} onNext={() => movements.data?.nextCursor && pager.next(movements.data.nextCursor)} />
              </>
            )}
          </Card>
        </div>
      )}
    </div>
  );
}
