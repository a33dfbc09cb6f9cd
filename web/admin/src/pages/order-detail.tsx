import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { Badge, Button, CheckboxField, ErrorMessage, SelectField, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { CustomerCard } from '../components/customer-card';
import { Card, detailStatus, OrderStatusBadge, QueryStatus, PageLayout } from '../components/common';
import { formatDate, formatDateTime, humanize, useMoney } from '../lib/format';
import { personLabel, usePeople } from '../lib/people';
import { toast } from '../lib/toast';
import type { Order, OrderEvent, OrderStatus, Shipment } from '../lib/types';
import { CompleteBlockedHint, isCompleteBlocked, OrderMoneyCard, OrderMoneyRows } from '../components/order-money';
import { adminApi } from '../lib/api';

type Transition = 'process' | 'complete' | 'cancel' | 'refund';

const transitions: Record<OrderStatus, Array<{ action: Transition; label: string }>> = {
  pending: [
    { action: 'process', label: 'Start processing' },
    { action: 'cancel', label: 'Cancel order' },
  ],
  processing: [
    { action: 'complete', label: 'Mark completed' },
    { action: 'cancel', label: 'Cancel order' },
  ],
  completed: [{ action: 'refund', label: 'Refund…' }],
  cancelled: [],
  refunded: [],
};

const doneMessage: Record<Transition, string> = {
  process: 'Order is now processing.',
  complete: 'Order completed: the reserved stock is now sold.',
  cancel: 'Order cancelled: its stock was released.',
  refund: 'Order refunded.',
};

export default function OrderDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation('orderDetail');
  const money = useMoney();
  const queryClient = useQueryClient();
  const key = ['orders', 'detail', id];
  const order = useQuery({ queryKey: key, queryFn: () => adminApi.orders.get(id) });
  const [note, setNote] = useState('');
  const [refunding, setRefunding] = useState(false);
  const [restock, setRestock] = useState(true);

  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: ['orders'] });
    queryClient.invalidateQueries({ queryKey: ['inventory'] });
    queryClient.invalidateQueries({ queryKey: ['dashboard'] });
  };

  const transition = useMutation({
    mutationFn: ({ action, body }: { action: Transition; body: Record<string, unknown> }) => adminApi.orders.transition(id, action, body),
    onSuccess: (updated, { action }) => {
      if (updated?.id) queryClient.setQueryData<Order>(key, (old) => ({ ...old, ...updated, events: updated.events ?? old?.events }));
      toast.success(t(`done.${action}`, { defaultValue: doneMessage[action] }));
      setNote('');
      setRefunding(false);
    },
    onSettled: refresh,
  });

  const capture = useMutation({
    mutationFn: () => adminApi.orders.capturePayment(id),
    onSuccess: () => toast.success(t('paymentCaptured')),
    onSettled: refresh,
  });

  if (!order.isSuccess) return detailStatus(order, t('loading'), { to: '/orders', label: t('backToOrders') });

  const o = order.data;
  const actions = transitions[o.status] ?? [];
  const canCapture = (o.payment?.method === 'bank_transfer' || o.payment?.method === 'cod') && o.payment.status === 'pending' && o.status !== 'cancelled';

  function run(action: Transition) {
    if (action === 'refund') return setRefunding(true);
    if (action === 'complete' && isCompleteBlocked(o)) return;
    if (action === 'cancel' && !window.confirm(t('confirmCancel', { number: o.number }))) return;
    transition.mutate({ action, body: note.trim() ? { note: note.trim() } : {} });
  }

  return (
    <PageLayout
      narrow
      back={{ to: '/orders', label: t('back') }}
      title={t('title', { number: o.number })}
      description={
        <span className="flex flex-wrap items-center gap-2">
          <OrderStatusBadge status={o.status} /> {t('placed', { at: formatDateTime(o.createdAt) })}
        </span>
      }
    >

      {actions.length > 0 && (
        <Card title={t('nextStep')} className="mb-6">
          <form
            className="flex flex-col gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              const first = actions[0];
              if (first) run(first.action);
            }}
          >
            <TextField label={t('note')} value={note} onChange={(e) => setNote(e.target.value)} className="max-w-md" />
            <div className="flex flex-wrap gap-2">
              {actions.map((a, i) => (
                <Button key={a.action} type={i === 0 ? 'submit' : 'button'} variant={a.action === 'cancel' ? 'danger' : 'primary'} loading={transition.isPending && transition.variables?.action === a.action} disabled={transition.isPending || (a.action === 'complete' && isCompleteBlocked(o))} aria-describedby={a.action === 'complete' && isCompleteBlocked(o) ? 'complete-why' : undefined} onClick={i === 0 ? undefined : () => run(a.action)}>
                  {t(`action.${a.action}`, { defaultValue: a.label })}
                </Button>
              ))}
            </div>
            <CompleteBlockedHint order={o} id="complete-why" />
          </form>
          {refunding && (
            <form
              className="mt-4 flex flex-col gap-3 rounded-md border border-red-200 bg-red-50 p-3"
              aria-label={t('refund.label')}
              onSubmit={(e) => {
                e.preventDefault();
                transition.mutate({ action: 'refund', body: { restock, ...(note.trim() ? { note: note.trim() } : {}) } });
              }}
            >
              <p className="text-sm text-red-900">{t('refund.body', { amount: money(o.total), number: o.number })}</p>
              <CheckboxField label={t('refund.restock')} hint={t('refund.restockHint')} checked={restock} onChange={(e) => setRestock(e.target.checked)} />
              <div className="flex gap-2">
                <Button type="submit" variant="danger" loading={transition.isPending}>
                  {t('refund.confirm')}
                </Button>
                <Button variant="ghost" onClick={() => setRefunding(false)}>
                  {t('refund.keep')}
                </Button>
              </div>
            </form>
          )}
          <ErrorMessage error={transition.error} className="mt-3" title={t('notChanged')} action={<Button size="sm" onClick={() => order.refetch()}>{t('reload')}</Button>} />
        </Card>
      )}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <Card title={t('items')}>
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <caption className="sr-only">{t('lines')}</caption>
                <thead>
                  <tr className="text-left text-slate-600">
                    <th scope="col" className="py-1 pr-3 font-medium">{t('col.product')}</th>
                    <th scope="col" className="py-1 pr-3 font-medium">SKU</th>
                    <th scope="col" className="py-1 pr-3 text-right font-medium">{t('col.qty')}</th>
                    <th scope="col" className="py-1 pr-3 text-right font-medium">{t('col.unitPrice')}</th>
                    <th scope="col" className="py-1 text-right font-medium">{t('col.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {o.items.map((l) => (
                    <tr key={l.sku} className="border-t border-slate-100">
                      <td className="py-2 pr-3">
                        <Link to={`/products/${l.productId}`} className="font-medium text-indigo-700 hover:underline">
                          {l.title}
                        </Link>
                        {Object.keys(l.options ?? {}).length > 0 && <span className="block text-xs text-slate-600">{Object.values(l.options).join(' / ')}</span>}
                      </td>
                      <td className="py-2 pr-3 font-mono text-xs">
                        <Link to={`/inventory/${encodeURIComponent(l.sku)}`} className="hover:underline">
                          {l.sku}
                        </Link>
                      </td>
                      <td className="py-2 pr-3 text-right tabular-nums">{l.quantity}</td>
                      <td className="py-2 pr-3 text-right tabular-nums">{money(l.unitPrice)}</td>
                      <td className="py-2 text-right tabular-nums">{money(l.lineTotal)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <dl className="mt-4 ml-auto flex max-w-xs flex-col gap-1 text-sm">
              <Row label={t('subtotal')} value={money(o.subtotal)} />
              <OrderMoneyRows order={o} />
              <Row label={t('shipping')} value={money(o.shippingFee)} />
              {o.pointsRedeemed > 0 && <Row label={t('pointsRedeemed')} value={`− ${money(o.pointsRedeemed)}`} />}
              <Row label={t('col.total')} value={money(o.total)} strong />
            </dl>
          </Card>
          <ShipmentsCard order={o} onChange={refresh} />
          <Card title={t('timeline')}>
            <Timeline events={o.events ?? []} customerId={o.userId} />
          </Card>
        </div>
        <div className="flex flex-col gap-6">
          <CustomerCard userId={o.userId} />
          <Card title={t('payment.title')}>
            <dl className="flex flex-col gap-1 text-sm">
              <Row label={t('payment.method')} value={t(`ui:paymentMethod.${o.payment?.method}`, { defaultValue: humanize(o.payment?.method ?? '—') })} />
              <Row label={t('payment.status')} value={<Badge tone={o.payment?.status === 'paid' ? 'green' : o.payment?.status === 'refunded' ? 'red' : 'amber'}>{t(`ui:paymentStatus.${o.payment?.status}`, { defaultValue: humanize(o.payment?.status ?? 'unknown') })}</Badge>} />
              <Row label={t('payment.amount')} value={money(o.payment?.amount)} />
              {o.payment?.konbini && (
                <>
                  <Row label={t('payment.number')} value={<span className="font-mono">{o.payment.konbini.paymentNumber}</span>} />
                  <Row label={t('payment.confirmation')} value={<span className="font-mono">{o.payment.konbini.confirmationNumber}</span>} />
                  <Row label={t('payment.payBy')} value={formatDateTime(o.payment.konbini.expiresAt)} />
                </>
              )}
            </dl>
            {canCapture && (
              <div className="mt-3">
                <Button variant="primary" loading={capture.isPending} onClick={() => capture.mutate()}>
                  {t('payment.capture')}
                </Button>
                <p className="mt-1 text-xs text-slate-600">{o.payment.method === 'cod' ? t('payment.captureCod') : t('payment.captureBank')}</p>
              </div>
            )}
            <ErrorMessage error={capture.error} className="mt-3" />
          </Card>
          <OrderMoneyCard order={o} onChange={(updated) => { if (updated?.id) queryClient.setQueryData(key, updated); refresh(); }} />
          <Card title={t('delivery.title')}>
            {o.delivery ? (
              <p className="text-sm">
                {formatDate(o.delivery.date)}, {o.delivery.startTime}–{o.delivery.endTime}
              </p>
            ) : (
              <p className="text-sm text-slate-600">{t('delivery.noSlot')}</p>
            )}
            {o.shippingAddress && (
              <address className="mt-3 text-sm not-italic text-slate-700">
                {o.shippingAddress.name}
                <br />{o.shippingAddress.postalCode} {o.shippingAddress.prefecture} {o.shippingAddress.city}
                <br />
                {o.shippingAddress.line1}
                {o.shippingAddress.line2 && (
                  <>
                    <br />
                    {o.shippingAddress.line2}
                  </>
                )}
                <br />
                {o.shippingAddress.phone}
              </address>
            )}
            {o.note && <p className="mt-3 rounded bg-slate-50 p-2 text-sm">{t('customerNote', { note: o.note })}</p>}
          </Card>
        </div>
      </div>
    </PageLayout>
  );
}

function Row({ label, value, strong }: { label: string; value: React.ReactNode; strong?: boolean }) {
  return (
    <div className={`flex items-center justify-between gap-3 ${strong ? 'border-t border-slate-200 pt-1 font-semibold' : ''}`}>
      <dt className="text-slate-600">{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}

function Timeline({ events, customerId }: { events: OrderEvent[]; customerId: string | null }) {
  const { t } = useTranslation('orderDetail');
  const people = usePeople(events.map((e) => (e.actor?.type === 'user' ? e.actor.id : null)));
  if (!events.length) return <p className="text-sm text-slate-600">{t('noEvents')}</p>;
  const sorted = [...events].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <ol className="relative ml-2 border-l border-slate-200">
      {sorted.map((e) => (
        <li key={e.id} className="mb-4 ml-4">
          <span className="absolute -left-1.5 mt-1.5 size-3 rounded-full border-2 border-white bg-indigo-500" aria-hidden="true" />
          <p className="text-sm font-medium text-slate-900">
            {t(`event.${e.type}`, { defaultValue: humanize(e.type) })}
            {e.from && e.to && (
              <span className="font-normal text-slate-600">
                {' '}
                ({t(`step.${e.from}`, { defaultValue: e.from })} → {t(`step.${e.to}`, { defaultValue: e.to })})
              </span>
            )}
          </p>
          <p className="text-xs text-slate-600">
            {formatDateTime(e.createdAt)}
            {e.actor &&
              ` · ${t('by', {
                who:
                  e.actor.type === 'user'
                    ? e.actor.id && e.actor.id === customerId
                      ? t('theCustomer')
                      : personLabel(people, e.actor.id)
                    : t(`audit:actorType.${e.actor.type}`, { defaultValue: e.actor.type }),
              })}`}
          </p>
          {e.note && <p className="mt-1 text-sm text-slate-700">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}

const shipmentStatuses = [
  { value: 'in_transit', label: 'In transit' },
  { value: 'out_for_delivery', label: 'Out for delivery' },
  { value: 'delivered', label: 'Delivered' },
];

function ShipmentsCard({ order, onChange }: { order: Order; onChange: () => void }) {
  const queryClient = useQueryClient();
  const { t } = useTranslation('orderDetail');
  const key = ['orders', 'shipments', order.id];
  const list = useQuery({
    queryKey: key,
    queryFn: async () => (await adminApi.orders.shipments(order.id)).items,
  });
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  const create = useMutation({
    mutationFn: (body: { carrier: string; trackingNumber: string }) => adminApi.orders.ship(order.id, body),
    onSuccess: (s) => {
      queryClient.setQueryData<Shipment[]>(key, (old) => [...(old ?? []), s]);
      setCarrier('');
      setTracking('');
      toast.success(t('ship.created'));
    },
    onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: key });
      onChange();
    },
  });
  const shipments = list.data ?? [];
  const canShip = order.status === 'processing' || order.status === 'completed' || order.status === 'pending';

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!carrier.trim()) errs.carrier = t('ship.errors.carrier');
    if (!tracking.trim()) errs.trackingNumber = t('ship.errors.tracking');
    else if (!/^[0-9A-Za-z -]+$/.test(tracking.trim())) errs.trackingNumber = t('ship.errors.trackingChars');
    setErrors(errs);
    if (!Object.keys(errs).length) create.mutate({ carrier: carrier.trim(), trackingNumber: tracking.trim() });
  }

  return (
    <Card title={t('ship.title')}>
      <QueryStatus query={list} label={t('ship.loading')} />
      {list.isSuccess && shipments.length === 0 && <p className="text-sm text-slate-600">{t('ship.none')}</p>}
      <ul className="flex flex-col gap-4">
        {shipments.map((s) => (
          <ShipmentItem
            key={s.id}
            shipment={s}
            onChange={(updated) => {
              if (updated) queryClient.setQueryData<Shipment[]>(key, (old) => (old ?? []).map((x) => (x.id === updated.id ? updated : x)));
              queryClient.invalidateQueries({ queryKey: key });
              onChange();
            }}
          />
        ))}
      </ul>
      {canShip && (
        <form onSubmit={submit} noValidate className="mt-4 flex flex-wrap items-end gap-3 border-t border-slate-100 pt-4" aria-label={t('ship.create')}>
          <TextField label={t('ship.carrier')} value={carrier} onChange={(e) => setCarrier(e.target.value)} error={errors.carrier} />
          <TextField label={t('ship.tracking')} value={tracking} onChange={(e) => setTracking(e.target.value)} error={errors.trackingNumber} />
          <Button type="submit" variant="primary" loading={create.isPending}>
            {t('ship.create')}
          </Button>
          {create.isError && !Object.keys(errors).length && <ErrorMessage error={create.error} className="w-full" />}
        </form>
      )}
    </Card>
  );
}

function ShipmentItem({ shipment, onChange }: { shipment: Shipment; onChange: (updated?: Shipment) => void }) {
  const [status, setStatus] = useState<Parameters<typeof adminApi.shipments.addEvent>[1]['status']>('in_transit');
  const { t } = useTranslation('orderDetail');
  const [note, setNote] = useState('');
  const add = useMutation({
    mutationFn: (body: Parameters<typeof adminApi.shipments.addEvent>[1]) => adminApi.shipments.addEvent(shipment.id, body),
    onSuccess: (updated, body) => {
      setNote('');
      toast.success(t('ship.marked', { status: t(`ship.status.${body.status}`, { defaultValue: body.status }) }));
      onChange(updated && typeof updated === 'object' && 'id' in updated ? updated : undefined);
    },
  });
  const events = shipment.events ?? [];
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <p className="text-sm font-medium">
        {shipment.carrier} · <span className="font-mono">{shipment.trackingNumber}</span> {shipment.status && <Badge tone={shipment.status === 'delivered' ? 'green' : 'blue'}>{t(`ship.status.${shipment.status}`, { defaultValue: humanize(shipment.status) })}</Badge>}
      </p>
      {events.length > 0 && (
        <ol className="mt-2 flex flex-col gap-1 text-sm text-slate-700">
          {events.map((ev, i) => (
            <li key={ev.id ?? i}>
              {t(`ship.status.${ev.status}`, { defaultValue: humanize(ev.status) })} · <span className="text-slate-600">{formatDateTime(ev.createdAt)}</span>
              {ev.note && ` · ${ev.note}`}
            </li>
          ))}
        </ol>
      )}
      {shipment.status !== 'delivered' && (
        <form
          className="mt-3 flex flex-wrap items-end gap-2"
          aria-label={t('ship.updateOf', { tracking: shipment.trackingNumber })}
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ status, ...(note.trim() ? { note: note.trim() } : {}) });
          }}
        >
          <SelectField label={t('ship.statusLabel')} value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            {shipmentStatuses.map((s) => (
              <option key={s.value} value={s.value}>
                {t(`ship.status.${s.value}`, { defaultValue: s.label })}
              </option>
            ))}
          </SelectField>
          <TextField label={t('ship.note')} value={note} onChange={(e) => setNote(e.target.value)} />
          <Button type="submit" loading={add.isPending}>
            {t('ship.add')}
          </Button>
        </form>
      )}
      <ErrorMessage error={add.error} className="mt-2" />
    </li>
  );
}
