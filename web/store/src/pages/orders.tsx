import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/page-title';
import { RequireAuth } from '../components/require-auth';
import { OrderStatusBadge } from '../components/status-badge';
import { Button, Empty, ErrorAlert, Loading, PageTitle } from '../components/ui';
import { formatDate } from '../lib/dates';
import { useMoney } from '../lib/money';
import { useOrders } from '../lib/queries';
import { useLiveOrders } from '../lib/use-live-orders';

function OrdersView() {
  const { t } = useTranslation('shopAccount');
  usePageTitle(t('orders.title'));
  const money = useMoney();
  const orders = useOrders();
  useLiveOrders();
  const list = orders.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle>{t('orders.title')}</PageTitle>
      {orders.isPending ? <Loading label={t('orders.loading')} /> : null}
      {orders.isError ? <ErrorAlert error={orders.error} retry={() => void orders.refetch()} /> : null}
      {orders.isSuccess && list.length === 0 ? <Empty title={t('orders.none')} action={{ to: '/', label: t('shop:cart.startShopping') }} /> : null}
      {list.length ? (
        <ul aria-label={t('orders.title')} className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {list.map((o) => (
            <li key={o.id} className="relative flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-slate-50">
              <div>
                <Link to={`/orders/${o.id}`} className="font-semibold after:absolute after:inset-0 focus-visible:outline-none after:focus-visible:outline-2 after:focus-visible:outline-indigo-600">
                  {t('order.number', { number: o.number })}
                </Link>
                <p className="text-sm text-slate-600">
                  {formatDate(o.createdAt)} · {t('orders.items', { count: o.items?.reduce((n, i) => n + i.quantity, 0) ?? 0 })}
                </p>
              </div>
              <div className="flex items-center gap-3">
                <OrderStatusBadge status={o.status} />
                <span className="font-semibold">{money(o.total)}</span>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {orders.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button variant="secondary" onClick={() => void orders.fetchNextPage()} disabled={orders.isFetchingNextPage}>
            {orders.isFetchingNextPage ? t('shop:browse.loadingMore') : t('orders.more')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

export default function Orders() {
  return (
    <RequireAuth>
      <OrdersView />
    </RequireAuth>
  );
}
