import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../lib/api';
import { formatDateTime } from '../lib/dates';
import { useMoney } from '../lib/money';
import type { Order } from '../lib/types';
import { variantLabel } from '../lib/variants';
import { OrderStatusBadge } from './status-badge';
import { Card, Empty, ErrorAlert, Loading, PageTitle } from './ui';

/** A guest's order, opened with the access key from the checkout or the confirmation email. */
export function GuestOrder({ id, accessKey }: { id: string; accessKey: string }) {
  const { t } = useTranslation('guest');
  const { t: tc } = useTranslation('common');
  const money = useMoney();
  const order = useQuery({
    queryKey: ['guest-order', id, accessKey],
    queryFn: ({ signal }) => api<Order>(`/v1/store/orders/${encodeURIComponent(id)}?key=${encodeURIComponent(accessKey)}`, { signal }),
    retry: (n, e) => !(isApiError(e) && e.status === 404) && n < 2,
  });
  if (order.isPending) return <Loading label={t('loadingOrder')} />;
  if (order.isError) {
    return isApiError(order.error) && order.error.status === 404 ? <Empty title={t('orderNotFound')}>{t('orderNotFoundHint')}</Empty> : <ErrorAlert error={order.error} retry={() => void order.refetch()} />;
  }
  const o = order.data;
  const slip = o.payment.konbini;
  return (
    <div className="space-y-4">
      <PageTitle>{t('orderTitle', { number: o.number })}</PageTitle>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <OrderStatusBadge status={o.status} /> {formatDateTime(o.createdAt)}
      </p>
      <p className="text-sm text-slate-700">{t('keepLink')}</p>
      {o.payment.method === 'konbini' && slip && o.payment.status === 'pending' && o.status === 'pending' ? (
        <section aria-labelledby="guest-slip" className="rounded-xl border-2 border-dashed border-slate-400 bg-amber-50 p-4">
          <h2 id="guest-slip" className="text-base font-semibold">{t('slipTitle')}</h2>
          <dl className="mt-2 grid gap-3 sm:grid-cols-3">
            <div><dt className="text-xs text-slate-500">{t('paymentNumber')}</dt><dd className="font-mono text-xl font-bold">{slip.paymentNumber}</dd></div>
            <div><dt className="text-xs text-slate-500">{t('confirmationNumber')}</dt><dd className="font-mono text-xl font-bold">{slip.confirmationNumber}</dd></div>
            <div><dt className="text-xs text-slate-500">{t('payBy')}</dt><dd className="font-medium">{formatDateTime(slip.expiresAt)}</dd></div>
          </dl>
        </section>
      ) : (
        <p className="text-sm">{t(`method.${o.payment.method}`)} · {t(`paymentStatus.${o.payment.status}`)}</p>
      )}
      <Card>
        <ul className="divide-y divide-slate-100 text-sm">
          {o.items.map((l) => (
            <li key={l.sku} className="flex justify-between gap-2 py-2">
              <span>{l.title}{Object.keys(l.options).length ? <span className="text-slate-600"> ({variantLabel(l.options)})</span> : null} × {l.quantity}</span>
              <span className="font-medium">{money(l.lineTotal)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-3 space-y-1 border-t border-slate-200 pt-3 text-sm">
          <div className="flex justify-between"><dt>{t('subtotal')}</dt><dd>{money(o.subtotal)}</dd></div>
          <div className="flex justify-between"><dt>{t('shipping')}</dt><dd>{money(o.shippingFee)}</dd></div>
          <div className="flex justify-between text-base font-semibold"><dt>{t('total')}</dt><dd>{money(o.total)} <span className="text-xs font-normal">({tc('taxIncluded')})</span></dd></div>
        </dl>
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold">{t('shipTo')}</h2>
        <p className="text-sm">
          {o.shippingAddress.name}<br />〒{o.shippingAddress.postalCode} {o.shippingAddress.prefecture} {o.shippingAddress.city} {o.shippingAddress.line1} {o.shippingAddress.line2 ?? ''}<br />{o.shippingAddress.phone}
        </p>
      </Card>
    </div>
  );
}
