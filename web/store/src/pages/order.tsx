import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next } from '../../../shared/i18n';
import { usePageTitle } from '../lib/page-title';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { GuestOrder } from '../components/guest-order';
import { AddressText } from '../components/address-form';
import { RequireAuth } from '../components/require-auth';
import { OrderStatusBadge, orderStatusLabel } from '../components/status-badge';
import { Alert, Button, Card, ConfirmButton, Empty, ErrorAlert, Loading, PageTitle } from '../components/ui';
import { isApiError } from '../lib/api';
import { formatDateTime, formatDay, formatTime } from '../lib/dates';
import { useMoney } from '../lib/money';
import { paymentLabel } from '../lib/payment';
import { useCancelOrder, useOrder, useTracking } from '../lib/queries';
import type { Order } from '../lib/types';
import { useLiveOrders } from '../lib/use-live-orders';
import { TaxNote } from '../components/price';
import { LineLabel } from '../components/line-label';
import { OrderDiscountRows, OrderMoneyDetails } from '../components/money-summary';

export default function OrderPage() {
  // Opened from a guest checkout or its confirmation email: the access key reads the order.
  const { id = '' } = useParams();
  const key = useSearchParams()[0].get('key');
  if (key) return <GuestOrder id={id} accessKey={key} />;
  return (
    <RequireAuth>
      <OrderView />
    </RequireAuth>
  );
}

function OrderView() {
  const { t } = useTranslation('shopAccount');
  const { id = '' } = useParams();
  const order = useOrder(id);
  usePageTitle(order.data ? t('order.number', { number: order.data.number }) : order.isError ? t('order.notFound') : undefined);
  // Status and payment changes arrive over Socket.IO; refetch-on-focus stays as a fallback.
  const live = useLiveOrders(id);
  if (order.isPending) return <Loading label={t('order.loading')} />;
  if (order.isError) {
    return isApiError(order.error) && order.error.status === 404 ? (
      <Empty title={t('order.notFound')} action={{ to: '/orders', label: t('orders.title') }} />
    ) : (
      <ErrorAlert error={order.error} retry={() => void order.refetch()} />
    );
  }
  return <OrderDetail order={order.data} live={live} />;
}

function PaymentInfo({ order }: { order: Order }) {
  const { t } = useTranslation('shopAccount');
  const money = useMoney();
  const { payment } = order;
  const slip = payment.konbini;
  if (order.status === 'cancelled') return <p className="text-sm text-slate-600">{paymentLabel(payment.method)} · {t('payment.cancelled')}</p>;
  if (payment.status === 'paid') return <p className="text-sm">{paymentLabel(payment.method)} · <span className="font-medium text-emerald-800">{t('payment.paid')}</span></p>;
  if (payment.status === 'refunded') return <p className="text-sm">{paymentLabel(payment.method)} · {t('payment.refunded')}</p>;
  if (payment.method === 'konbini' && slip) {
    return (
      <section aria-labelledby="slip-heading" className="rounded-xl border-2 border-dashed border-slate-400 bg-amber-50 p-4">
        <h3 id="slip-heading" className="text-base font-semibold">{t('slip.title')}</h3>
        <p className="mt-1 text-sm text-slate-700">{t('slip.body', { amount: money(payment.amount) })}</p>
        <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-xs uppercase tracking-wide text-slate-600">{t('slip.paymentNumber')}</dt>
            <dd className="font-mono text-xl font-bold tracking-wider">{slip.paymentNumber}</dd>
          </div>
          <div>
            <dt className="text-xs uppercase tracking-wide text-slate-600">{t('slip.confirmationNumber')}</dt>
            <dd className="font-mono text-xl font-bold tracking-wider">{slip.confirmationNumber}</dd>
          </div>
          <div>
            <dt className="text-xs uppercase tracking-wide text-slate-600">{t('slip.amount')}</dt>
            <dd className="text-lg font-semibold">{money(payment.amount)}</dd>
          </div>
          <div>
            <dt className="text-xs uppercase tracking-wide text-slate-600">{t('slip.payBy')}</dt>
            <dd className="text-lg font-semibold"><time dateTime={slip.expiresAt}>{formatDateTime(slip.expiresAt)}</time></dd>
          </div>
        </dl>
        <p className="mt-3 text-xs text-slate-600">{t('slip.expiry')}</p>
      </section>
    );
  }
  if (payment.method === 'cod') return <p className="text-sm">{t('payment.cod', { amount: money(payment.amount) })}</p>;
  if (payment.method === 'bank_transfer') return <p className="text-sm">{t('payment.bank', { amount: money(payment.amount) })}</p>;
  return <p className="text-sm">{paymentLabel(payment.method)} · {payment.status}</p>;
}

function Tracking({ order }: { order: Order }) {
  const { t } = useTranslation('shopAccount');
  const tracking = useTracking(order.id, order.status !== 'cancelled');
  if (order.status === 'cancelled') return null;
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold">{t('tracking.title')}</h2>
      {tracking.isPending ? <Loading label={t('tracking.loading')} /> : null}
      {tracking.isError ? (
        isApiError(tracking.error) && tracking.error.status === 404 ? (
          <p className="text-sm text-slate-600">{t('tracking.notYet')}</p>
        ) : (
          <ErrorAlert error={tracking.error} retry={() => void tracking.refetch()} />
        )
      ) : null}
      {tracking.data && tracking.data.length === 0 ? (
        <p className="text-sm text-slate-600">{t('tracking.notYet')}</p>
      ) : null}
      {tracking.data?.map((s) => (
        <div key={s.id} className="mt-2">
          <p className="text-sm">
            <span className="font-medium">{s.carrier}</span> · {t('tracking.number')} <span className="font-mono">{s.trackingNumber}</span>
            {s.status ? <> · <span className="font-medium">{shipmentStatus(s.status)}</span></> : null}
          </p>
          {s.events?.length ? (
            <ol className="mt-3 space-y-3 border-l-2 border-slate-200 pl-4">
              {[...s.events].reverse().map((e, i) => (
                <li key={`${e.createdAt}-${i}`} className="relative text-sm">
                  <span aria-hidden="true" className="absolute -left-[1.4rem] top-1 size-3 rounded-full bg-slate-900" />
                  <p className="font-medium">{shipmentStatus(e.status)}</p>
                  <p className="text-slate-600"><time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>{e.note ? ` · ${e.note}` : ''}</p>
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      ))}
    </Card>
  );
}

function shipmentStatus(s: string): string {
  const key = `shopAccount:tracking.status.${s}`;
  return i18next.exists(key) ? i18next.t(key) : s.replace(/_/g, ' ');
}

/** Tells screen-reader users when the status changes while they are on the page. */
function useStatusAnnouncement(status: string): string {
  const previous = useRef(status);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (previous.current !== status) setMessage(i18next.t('shopAccount:order.statusChanged', { status: orderStatusLabel(status) }));
    previous.current = status;
  }, [status]);
  return message;
}

function OrderDetail({ order, live }: { order: Order; live: boolean }) {
  const { t } = useTranslation('shopAccount');
  const money = useMoney();
  const location = useLocation();
  const placed = (location.state as { placed?: boolean } | null)?.placed === true;
  const cancel = useCancelOrder(order.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const announcement = useStatusAnnouncement(order.status);

  useEffect(() => {
    if (placed) heading.current?.focus();
  }, [placed]);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <div ref={heading} tabIndex={-1} className="focus:outline-none">
          <PageTitle>{t('order.number', { number: order.number })}</PageTitle>
        </div>
        <div className="-mt-3" data-testid="order-status"><OrderStatusBadge status={order.status} /></div>
      </div>
      <p className="-mt-3 text-sm text-slate-600">
        {t('order.placedAt', { date: formatDateTime(order.createdAt) })}
        {live ? (
          <span className="ml-2 inline-flex items-center gap-1 text-xs text-emerald-800">
            <span aria-hidden="true" className="size-2 rounded-full bg-emerald-500" />
            {t('order.live')}
          </span>
        ) : null}
      </p>
      <p role="status" className="sr-only">{announcement}</p>

      {placed ? (
        <Alert tone="success" title={t('order.thanks')}>
          {order.payment.method === 'konbini' ? t('order.thanksKonbini') : t('order.thanksShip')}
        </Alert>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          <Card>
            <h2 className="mb-2 text-lg font-semibold">{t('payment.title')}</h2>
            <PaymentInfo order={order} />
          </Card>
          <Card>
            <h2 className="mb-2 text-lg font-semibold">{t('order.items')}</h2>
            <ul className="divide-y divide-slate-100 text-sm">
              {order.items.map((i) => (
                <li key={i.sku} className="flex justify-between gap-2 py-2">
                  <LineLabel title={i.title} options={i.options}>
                    <span className="text-slate-600"> · {money(i.unitPrice)} × {i.quantity}</span>
                  </LineLabel>
                  <span className="shrink-0 font-medium">{money(i.lineTotal)}</span>
                </li>
              ))}
            </ul>
            <dl className="mt-2 space-y-1 border-t border-slate-200 pt-3 text-sm">
              <div className="flex justify-between"><dt>{t('shopCheckout:summary.subtotal')}</dt><dd>{money(order.subtotal)}</dd></div>
              <OrderDiscountRows order={order} />
              <div className="flex justify-between"><dt>{t('shopCheckout:summary.delivery')}</dt><dd>{order.shippingFee ? money(order.shippingFee) : t('shopCheckout:slots.free')}</dd></div>
              {order.pointsRedeemed ? (
                <div className="flex justify-between text-emerald-800"><dt>{t('order.pointsUsed')}</dt><dd>−{money(order.pointsRedeemed)}</dd></div>
              ) : null}
              <div className="flex justify-between border-t border-slate-200 pt-2 text-base font-semibold"><dt>{t('shopCheckout:summary.total')}</dt><dd>{money(order.total)}<TaxNote /></dd></div>
            </dl>
            <div className="mt-3"><OrderMoneyDetails order={order} /></div>
          </Card>
          <Tracking order={order} />
        </div>
        <div className="space-y-4">
          <Card>
            <h2 className="mb-2 text-lg font-semibold">{t('shopCheckout:summary.delivery')}</h2>
            {order.shippingAddress ? <AddressText address={order.shippingAddress} /> : null}
            <p className="mt-2 text-sm">
              {order.delivery
                ? <>{t('order.slot')} <span className="font-medium">{formatDay(order.delivery.date)} {formatTime(order.delivery.startTime)}–{formatTime(order.delivery.endTime)}</span></>
                : t('order.standard')}
            </p>
          </Card>
          {order.status === 'pending' ? (
            <Card>
              <h2 className="mb-2 text-lg font-semibold">{t('cancel.title')}</h2>
              <p className="mb-3 text-sm text-slate-600">{t('cancel.body')}</p>
              {cancel.isError ? (
                <div className="mb-3">
                  {isApiError(cancel.error) && cancel.error.code === 'invalid_transition' ? (
                    <Alert tone="error">{t('cancel.tooLate')}</Alert>
                  ) : (
                    <ErrorAlert error={cancel.error} />
                  )}
                </div>
              ) : null}
              <ConfirmButton variant="danger" className="w-full" disabled={cancel.isPending} question={t('cancel.confirm', { number: order.number })} onConfirm={() => cancel.mutate()}>
                {cancel.isPending ? t('cancel.pending') : t('cancel.submit')}
              </ConfirmButton>
            </Card>
          ) : null}
          {cancel.isSuccess ? <Alert tone="success">{t('cancel.done')}</Alert> : null}
          <Link to="/orders" className="inline-block text-sm font-medium underline">{t('order.all')}</Link>
        </div>
      </div>
    </div>
  );
}
