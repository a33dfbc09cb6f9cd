import { Link, useNavigate } from 'react-router';
import { AddressBook } from '../components/address-book';
import { RequireAuth } from '../components/require-auth';
import { Button, Card, ErrorAlert, Loading, LinkButton, PageTitle } from '../components/ui';
import { useAuth } from '../lib/auth';
import { formatDate } from '../lib/dates';
import { useMoney } from '../lib/money';
import { useAddresses, useLogout, useMe, usePoints } from '../lib/queries';

function Points() {
  const points = usePoints();
  const money = useMoney();
  if (points.isPending) return <Loading label="Loading points…" />;
  if (points.isError) return <ErrorAlert error={points.error} retry={() => void points.refetch()} />;
  const { balance, entries } = points.data;
  return (
    <>
      <p className="text-3xl font-bold">
        {balance.toLocaleString('ja-JP')} <span className="text-base font-medium text-slate-600">points</span>
      </p>
      <p className="text-sm text-slate-600">Worth {money(balance)} off your next order.</p>
      {entries.length ? (
        <table className="mt-4 w-full text-left text-sm">
          <caption className="sr-only">Points history</caption>
          <thead className="text-slate-500">
            <tr>
              <th scope="col" className="py-1 font-medium">Date</th>
              <th scope="col" className="py-1 font-medium">Reason</th>
              <th scope="col" className="py-1 text-right font-medium">Points</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="py-2">{formatDate(e.createdAt)}</td>
                <td className="py-2">
                  {reasonText(e.reason)}
                  {e.orderId ? <> · <Link to={`/orders/${e.orderId}`} className="underline">order</Link></> : null}
                </td>
                <td className={`py-2 text-right font-medium ${e.delta < 0 ? 'text-red-700' : 'text-emerald-700'}`}>
                  {e.delta > 0 ? '+' : ''}
                  {e.delta.toLocaleString('ja-JP')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-3 text-sm text-slate-600">No points yet. You earn points on every completed order.</p>
      )}
    </>
  );
}

function reasonText(reason: string): string {
  const known: Record<string, string> = { earn: 'Earned', earned: 'Earned', redeem: 'Used', redeemed: 'Used', refund: 'Refund', return: 'Returned', cancel: 'Order cancelled' };
  return known[reason] ?? reason.charAt(0).toUpperCase() + reason.slice(1).replace(/[_.]/g, ' ');
}

function AccountView() {
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
          <PageTitle>Your account</PageTitle>
          {user ? (
            <p className="-mt-2 text-slate-600">
              {user.name} · {user.email}
            </p>
          ) : null}
        </div>
        <Button variant="secondary" disabled={logout.isPending} onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/') })}>
          Sign out
        </Button>
      </div>
      {me.isError ? <ErrorAlert error={me.error} /> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Points</h2>
          <Points />
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Orders</h2>
          <p className="text-sm text-slate-600">Track deliveries, see konbini payment slips and cancel unpaid orders.</p>
          <LinkButton to="/orders" variant="secondary" className="mt-3">View your orders</LinkButton>
        </Card>
      </div>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Addresses</h2>
        {addresses.isPending ? <Loading label="Loading addresses…" /> : null}
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
