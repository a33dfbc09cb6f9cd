import { Link } from 'react-router';
import { RequireAuth } from '../components/require-auth';
import { OrderStatusBadge } from '../components/status-badge';
import { Button, Empty, ErrorAlert, Loading, PageTitle } from '../components/ui';
import { formatDate } from '../lib/dates';
import { useMoney } from '../lib/money';
import { useOrders } from '../lib/queries';
import { useLiveOrders } from '../lib/use-live-orders';

function OrdersView() {
  const money = useMoney();
  const orders = useOrders();
  useLiveOrders();
  const list = orders.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle>Your orders</PageTitle>
      {orders.isPending ? <Loading label="Loading orders…" /> : null}
      {orders.isError ? <ErrorAlert error={orders.error} retry={() => void orders.refetch()} /> : null}
      {orders.isSuccess && list.length === 0 ? <Empty title="No orders yet" action={{ to: '/', label: 'Start shopping' }} /> : null}
      {list.length ? (
        <ul aria-label="Orders" className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {list.map((o) => (
            <li key={o.id} className="relative flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-slate-50">
              <div>
                <Link to={`/orders/${o.id}`} className="font-semibold after:absolute after:inset-0 focus-visible:outline-none after:focus-visible:outline-2 after:focus-visible:outline-indigo-600">
                  Order #{o.number}
                </Link>
                <p className="text-sm text-slate-600">
                  {formatDate(o.createdAt)} · {o.items?.reduce((n, i) => n + i.quantity, 0) ?? 0} item(s)
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
            {orders.isFetchingNextPage ? 'Loading more…' : 'Load more orders'}
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
