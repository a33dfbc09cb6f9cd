import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Card, OrderStatusBadge, PageHeader, QueryStatus, Table, OrderLink, StatTiles, ListCard } from '../components/common';
import { PointsCard } from '../components/points-card';
import { formatDate, formatDateTime, useMoney } from '../lib/format';
import { useCustomer } from '../lib/queries';

export default function CustomerDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation('customers');
  const money = useMoney();
  const customer = useCustomer(id);
  const c = customer.data;
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link to="/customers" className="text-indigo-700 hover:underline">
          {t('back')}
        </Link>
      </p>
      <QueryStatus query={customer} />
      {c && (
        <>
          <PageHeader title={c.name || c.email} description={<a href={`mailto:${c.email}`} className="text-indigo-700 hover:underline">{c.email}</a>} />
          <StatTiles
            className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4"
            items={[
              [t('col.orders'), String(c.ordersCount)],
              [t('col.spent'), money(c.totalSpent)],
              [t('col.points'), c.pointsBalance.toLocaleString()],
              [t('col.lastOrder'), formatDate(c.lastOrderAt)],
            ]}
          />
          <div className="grid gap-6 lg:grid-cols-3">
            <div className="min-w-0 space-y-6 lg:col-span-2">
              <Card
                title={t('recentOrders')}
                actions={
                  <Link to={`/orders?q=${encodeURIComponent(c.email)}`} className="text-sm text-indigo-700 hover:underline">
                    {t('allOrders')}
                  </Link>
                }
              >
                {c.orders.length === 0 ? (
                  <p className="text-sm text-slate-600">{t('noOrders')}</p>
                ) : (
                  <Table caption={t('recentOrders')}>
                    <thead>
                      <tr>
                        <th scope="col">{t('orders:col.order')}</th>
                        <th scope="col">{t('orders:col.placed')}</th>
                        <th scope="col" className="text-right">
                          {t('orders:col.total')}
                        </th>
                        <th scope="col">{t('orders:col.status')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {c.orders.map((o) => (
                        <tr key={o.id}>
                          <td>
                            <OrderLink order={o} />
                          </td>
                          <td className="whitespace-nowrap">{formatDateTime(o.createdAt)}</td>
                          <td className="text-right tabular-nums">{money(o.total)}</td>
                          <td>
                            <OrderStatusBadge status={o.status} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                )}
              </Card>
              <ListCard
                title={t('addresses')}
                items={c.addresses}
                empty={t('noAddresses')}
                className="grid gap-3 sm:grid-cols-2"
                render={(a) => (
                  <li key={a.id} className="rounded-md border border-slate-200 p-3 text-sm">
                    {a.isDefault && <p className="mb-1 text-xs font-semibold text-indigo-700">{t('default')}</p>}
                    <p className="font-medium">{a.name}</p>
                    <p>〒{a.postalCode}</p>
                    <p>
                      {a.prefecture} {a.city} {a.line1} {a.line2 ?? ''}
                    </p>
                    <p>{a.phone}</p>
                  </li>
                )}
              />
            </div>
            <div className="min-w-0 space-y-6">
              <PointsCard customerId={c.id} />
              <Card title={t('account')}>
                <p className="text-sm">{t('since', { date: formatDate(c.createdAt) })}</p>
                {!c.isActive && <p className="mt-1 text-sm font-medium text-red-700">{t('inactive')}</p>}
              </Card>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
