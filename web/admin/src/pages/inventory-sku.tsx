import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Badge } from '../../../shared/ui';
import { AdjustStock } from '../components/adjust-stock';
import { CountStock } from '../components/count-stock';
import { Card, Empty, PageHeader, QueryStatus, useCursorPager, StatTiles } from '../components/common';
import { formatDateTime } from '../lib/format';
import { personLabel, usePeople } from '../lib/people';
import type { Movement } from '../lib/types';
import { StockBadge } from './inventory';
import { adminApi } from '../lib/api';
import { ListTable } from '../components/list-table';
import { useProduct, useStock } from '../lib/queries';

function signed(n: number) {
  return n > 0 ? `+${n}` : String(n);
}


export default function InventorySku() {
  const { sku = '' } = useParams();
  const { t } = useTranslation('inventory');
  const record = useStock(sku);
  const productId = record.data?.productId;
  const product = useProduct(productId);
  const pager = useCursorPager(sku);
  const movements = useQuery({
    queryKey: ['inventory', 'movements', sku, pager.cursor],
    queryFn: () => adminApi.inventory.movements(sku, { limit: 50, cursor: pager.cursor }),
    placeholderData: keepPreviousData,
  });
  // People and order numbers instead of ids.
  const items = movements.data?.items ?? [];
  const people = usePeople(items.map((m) => (m.actor && typeof m.actor === 'object' && m.actor.type === 'user' ? m.actor.id : null)));
  const orderIds = [...new Set(items.map((m) => m.orderId).filter((id): id is string => Boolean(id)))];
  const orders = useQueries({ queries: orderIds.map((id) => ({ queryKey: ['orders', 'detail', id], queryFn: () => adminApi.orders.get(id), staleTime: 60_000 })) });
  const orderNumber = new Map(orderIds.map((id, i) => [id, orders[i]?.data?.number]));
  const actorLabel = (actor: Movement['actor']): string => {
    if (!actor) return '—';
    if (typeof actor === 'string') return actor;
    return actor.type === 'user' ? personLabel(people, actor.id) : t(`audit:actorType.${actor.type}`, { defaultValue: actor.type });
  };

  return (
    <div className="max-w-5xl">
      <Link to="/inventory" className="text-sm font-medium text-indigo-700 underline">
        {t('back')}
      </Link>
      <PageHeader title={<span className="font-mono">{sku}</span>} description={product.data ? t('skuOf', { title: product.data.title }) : t('skuDescription')} />
      <QueryStatus query={record} />
      {record.data && (
        <div className="flex flex-col gap-6">
          <StatTiles
            className="grid grid-cols-2 gap-3 sm:grid-cols-4"
            items={[
              [t('onHand'), record.data.onHand],
              [t('reserved'), record.data.reserved],
              [t('available'), record.data.available],
              [t('threshold'), record.data.lowStockThreshold],
            ]}
          />
          <div className="flex items-center gap-2">
            <StockBadge record={record.data} />
            {record.data.productId && (
              <Link to={`/products/${record.data.productId}`} className="text-sm font-medium text-indigo-700 underline">
                {product.data ? t('viewProductNamed', { title: product.data.title }) : t('viewProduct')}
              </Link>
            )}
          </div>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card title={t('adjust')}>
              <AdjustStock record={record.data} />
            </Card>
            <Card title={t('count')}>
              <CountStock record={record.data} />
            </Card>
          </div>
          <Card title={t('history')}>
            <ListTable
              query={movements}
              label={t('loadingMovements')}
              empty={<Empty title={t('noMovements')} />}
              caption={t('movementsOf', { sku })}
              columns={[t('col.when'), t('col.type'), { label: t('onHand'), className: 'text-right' }, { label: t('reserved'), className: 'text-right' }, t('col.reason'), t('col.order'), t('col.by')]}
              pager={pager}
              rows={(items) =>
                items.map((m) => (
                <tr key={m.id}>
                  <td className="whitespace-nowrap text-slate-600">{formatDateTime(m.createdAt)}</td>
                  <td>
                    <Badge tone={m.type === 'sale' ? 'green' : m.type === 'reservation' ? 'blue' : m.type === 'release' ? 'gray' : 'violet'}>{t(`type.${m.type}`, { defaultValue: m.type })}</Badge>
                  </td>
                  <td className="text-right tabular-nums">{m.onHandDelta ? signed(m.onHandDelta) : '—'}</td>
                  <td className="text-right tabular-nums">{m.reservedDelta ? signed(m.reservedDelta) : '—'}</td>
                  <td>
                    {m.reason ? t(`reason.${m.reason}`, { defaultValue: m.reason }) : ''}
                    {m.note && <span className="block text-xs text-slate-600">{m.note}</span>}
                  </td>
                  <td>
                    {m.orderId ? (
                      <Link to={`/orders/${m.orderId}`} className="text-indigo-700 hover:underline">
                        {orderNumber.get(m.orderId) ? `#${orderNumber.get(m.orderId)}` : t('openOrder')}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="text-slate-600">{actorLabel(m.actor)}</td>
                </tr>
              ))
              }
            />
          </Card>
        </div>
      )}
    </div>
  );
}
