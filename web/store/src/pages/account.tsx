import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { i18next } from '../../../shared/i18n';
import { usePageTitle } from '../lib/page-title';
import { AddressBook } from '../components/address-book';
import { RequireAuth } from '../components/require-auth';
import { Button, Card, ErrorAlert, Loading, LinkButton, PageTitle } from '../components/ui';
import { useAuth } from '../lib/auth';
import { formatDate } from '../lib/dates';
import { useMoney, useNumber } from '../lib/money';
import { useAddresses, useLogout, useMe, usePoints } from '../lib/queries';

function Points() {
  const { t } = useTranslation('shopAccount');
  const points = usePoints();
  const money = useMoney();
  const number = useNumber();
  if (points.isPending) return <Loading label={t('points.loading')} />;
  if (points.isError) return <ErrorAlert error={points.error} retry={() => void points.refetch()} />;
  const { balance, entries } = points.data;
  return (
    <>
      <p className="text-3xl font-bold">
        {number(balance)} <span className="text-base font-medium text-slate-600">{t('points.unit')}</span>
      </p>
      <p className="text-sm text-slate-600">{t('points.worth', { amount: money(balance) })}</p>
      {entries.length ? (
        <table className="mt-4 w-full text-left text-sm">
          <caption className="sr-only">{t('points.history')}</caption>
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-1 font-medium">{t('points.date')}</th>
              <th scope="col" className="py-1 font-medium">{t('points.reason')}</th>
              <th scope="col" className="py-1 text-right font-medium">{t('points.title')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="py-2">{formatDate(e.createdAt)}</td>
                <td className="py-2">
                  {reasonText(e.reason)}
                  {e.orderId ? <> · <Link to={`/orders/${e.orderId}`} className="underline">{t('points.order')}</Link></> : null}
                </td>
                <td className={`py-2 text-right font-medium ${e.delta < 0 ? 'text-red-700' : 'text-emerald-700'}`}>
                  {e.delta > 0 ? '+' : ''}
                  {number(e.delta)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-3 text-sm text-slate-600">{t('points.none')}</p>
      )}
    </>
  );
}

function reasonText(reason: string): string {
  const key = `shopAccount:points.reasons.${reason}`;
  return i18next.exists(key) ? i18next.t(key) : reason.charAt(0).toUpperCase() + reason.slice(1).replace(/[_.]/g, ' ');
}

function AccountView() {
  const { t } = useTranslation('shopAccount');
  usePageTitle(t('account.title'));
  const me = useMe();
  const addresses = useAddresses();
  const logout = useLogout();
  const navigate = useNavigate();
  const cachedUser = useAuth((s) => s.user);
  const user = me.data ?? cachedUser;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <PageTitle>{t('account.title')}</PageTitle>
          {user ? (
            <p className="-mt-2 text-slate-600">
              {user.name} · {user.email}
            </p>
          ) : null}
        </div>
        <Button variant="secondary" disabled={logout.isPending} onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/') })}>
          {t('account.signOut')}
        </Button>
      </div>
      {me.isError ? <ErrorAlert error={me.error} /> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t('points.title')}</h2>
          <Points />
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t('account.orders')}</h2>
          <p className="text-sm text-slate-600">{t('account.ordersBody')}</p>
          <LinkButton to="/orders" variant="secondary" className="mt-3">{t('account.viewOrders')}</LinkButton>
        </Card>
      </div>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('addresses.title')}</h2>
        {addresses.isPending ? <Loading label={t('addresses.loading')} /> : null}
        {addresses.isError ? <ErrorAlert error={addresses.error} retry={() => void addresses.refetch()} /> : null}
        {addresses.data ? <AddressBook addresses={addresses.data} defaultName={user?.name} /> : null}
      </Card>
    </div>
  );
}

export default function Account() {
  return (
    <RequireAuth>
      <AccountView />
    </RequireAuth>
  );
}
