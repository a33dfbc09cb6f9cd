import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, useMoney } from '../lib/format';
import { Card, QueryStatus } from './common';
import { adminApi } from '../lib/api';

const SHOWN = 5;

/** The newest orders of one filtered list, with a link to the whole list. */
function OrderQueue({ title, query, empty }: { title: string; query: Record<string, string>; empty: string }) {
  const { t } = useTranslation('dashboard');
  const money = useMoney();
  const list = useQuery({ queryKey: ['orders', 'list', { ...query, limit: SHOWN }], queryFn: () => adminApi.orders.list({ ...query, limit: SHOWN }) });
  const href = `/orders?${new URLSearchParams(query).toString()}`;
  return (
    <Card
      title={title}
      actions={
        <Link to={href} className="text-sm font-medium text-indigo-700 hover:underline">
          {t('seeAll')}
        </Link>
      }
    >
      <QueryStatus query={list} />
      {list.data && list.data.items.length === 0 && <p className="text-sm text-slate-600">{empty}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="divide-y divide-slate-100 text-sm">
          {list.data.items.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
              <Link to={`/orders/${o.id}`} className="font-medium text-indigo-700 hover:underline">
                #{o.number} {o.shippingAddress?.name ?? ''}
              </Link>
              <span className="text-slate-600 tabular-nums">
                {money(o.total)} · {formatDateTime(o.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function LowStock() {
  const { t } = useTranslation('dashboard');
  const list = useQuery({ queryKey: ['inventory', 'low', SHOWN], queryFn: () => adminApi.inventory.list({ lowStock: true, limit: SHOWN }) });
  return (
    <Card
      title={t('lowStock')}
      actions={
        <Link to="/inventory?lowStock=true" className="text-sm font-medium text-indigo-700 hover:underline">
          {t('seeAll')}
        </Link>
      }
    >
      <QueryStatus query={list} />
      {list.data && list.data.items.length === 0 && <p className="text-sm text-slate-600">{t('noLowStock')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="divide-y divide-slate-100 text-sm">
          {list.data.items.map((s) => (
            <li key={s.sku} className="flex items-center justify-between gap-2 py-1.5">
              <Link to={`/inventory/${encodeURIComponent(s.sku)}`} className="font-mono text-indigo-700 hover:underline">
                {s.sku}
              </Link>
              <span className={s.available === 0 ? 'font-medium text-red-700' : 'text-slate-600'}>{t('available', { count: s.available })}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** What needs doing today: unpaid orders, paid orders to ship, SKUs running out. */
export function WorkQueues() {
  const { t } = useTranslation('dashboard');
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <OrderQueue title={t('awaitingPayment')} query={{ status: 'pending', paymentStatus: 'pending' }} empty={t('noneAwaitingPayment')} />
      <OrderQueue title={t('awaitingShipment')} query={{ status: 'processing' }} empty={t('noneAwaitingShipment')} />
      <LowStock />
    </div>
  );
}
