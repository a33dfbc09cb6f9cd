import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMoney } from '../lib/format';
import { usePeople } from '../lib/people';
import { Card } from './common';
import { useCustomer } from '../lib/queries';

/** Who placed the order: name, email (a mail link), their other orders and their customer page. */
export function CustomerCard({ userId }: { userId: string | null | undefined }) {
  const { t } = useTranslation('customers');
  const money = useMoney();
  const person = usePeople([userId]).get(userId ?? '');
  const customer = useCustomer(userId, person?.role === 'customer');
  if (!userId) return null;
  const c = customer.data;
  const email = c?.email ?? person?.email;
  return (
    <Card title={t('card.title')}>
      {!person && !c ? (
        <p className="text-sm text-slate-600">{t('card.unknown')}</p>
      ) : (
        <div className="space-y-1 text-sm">
          <p className="font-medium text-slate-900">{c?.name || person?.name}</p>
          {email && (
            <p className="break-all">
              <a href={`mailto:${email}`} className="text-indigo-700 hover:underline">
                {email}
              </a>
            </p>
          )}
          {c && <p className="text-slate-600">{t('card.stats', { count: c.ordersCount, spent: money(c.totalSpent) })}</p>}
          <p className="flex flex-wrap gap-3 pt-1">
            {person?.role === 'customer' && (
              <Link to={`/customers/${userId}`} className="text-indigo-700 hover:underline">
                {t('card.profile')}
              </Link>
            )}
            {email && (
              <Link to={`/orders?q=${encodeURIComponent(email)}`} className="text-indigo-700 hover:underline">
                {t('card.orders')}
              </Link>
            )}
          </p>
        </div>
      )}
    </Card>
  );
}
