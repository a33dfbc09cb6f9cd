import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { Badge, Button, CheckboxField, ErrorMessage, SelectField, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { Card, Loading, OrderStatusBadge, PageHeader, QueryError, QueryStatus } from '../components/common';
import { formatDate, formatDateTime, humanize, useMoney } from '../lib/format';
import { api } from '../lib/session';
import { toast } from '../lib/toast';
import type { Order, OrderEvent, OrderStatus, Shipment } from '../lib/types';
import { CompleteBlockedHint, isCompleteBlocked, OrderMoneyCard, OrderMoneyRows } from '../components/OrderMoney';

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
  const money = useMoney();
  const queryClient = useQueryClient();
  const key = ['orders', 'detail', id];
  const order = useQuery({ queryKey: key, queryFn: () => api.get<Order>(`/v1/admin/orders/${id}`) });
  const [note, setNote] = useState('');
  const [refunding, setRefunding] = useState(false);
  const [restock, setRestock] = useState(true);

  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: ['orders'] });
    queryClient.invalidateQueries({ queryKey: ['inventory'] });
    queryClient.invalidateQueries({ queryKey: ['dashboard'] });
  };

  const transition = useMutation({
    mutationFn: ({ action, body }: { action: Transition; body: Record<string, unknown> }) => api.post<Order>(`/v1/admin/orders/${id}/${action}`, body),
    onSuccess: (updated, { action }) => {
      if (updated?.id) queryClient.setQueryData<Order>(key, (old) => ({ ...old, ...updated, events: updated.events ?? old?.events }));
      toast.success(doneMessage[action]);
      setNote('');
      setRefunding(false);
    },
    onSettled: refresh,
  });

  const capture = useMutation({
    mutationFn: () => api.post<unknown>(`/v1/admin/orders/${id}/payments/capture`),
    onSuccess: () => toast.success('Payment marked as paid.'),
    onSettled: refresh,
  });

  if (order.isPending) return <Loading label="Loading order…" />;
  if (order.isError)
    return (
      <div className="max-w-xl">
        <QueryError error={order.error} onRetry={() => order.refetch()} />
        <Link to="/orders" className="mt-4 inline-block text-sm font-medium text-indigo-700 underline">
          Back to orders
        </Link>
      </div>
    );

  const o = order.data;
  const actions = transitions[o.status] ?? [];
  const canCapture = (o.payment?.method === 'bank_transfer' || o.payment?.method === 'cod') && o.payment.status === 'pending' && o.status !== 'cancelled';

  function run(action: Transition) {
    if (action === 'refund') return setRefunding(true);
    if (action === 'complete' && isCompleteBlocked(o)) return;
    if (action === 'cancel' && !window.confirm(`Cancel order #${o.number}? Its reserved stock will be released.`)) return;
    transition.mutate({ action, body: note.trim() ? { note: note.trim() } : {} });
  }

  return (
    <div className="max-w-5xl">
      <Link to="/orders" className="text-sm font-medium text-indigo-700 underline">
        ← Orders
      </Link>
      <PageHeader
        title={`Order #${o.number}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <OrderStatusBadge status={o.status} /> Placed {formatDateTime(o.createdAt)}
          </span>
        }
      />

      {actions.length > 0 && (
        <Card title="Next step" className="mb-6">
          <form
            className="flex flex-col gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              const first = actions[0];
              if (first) run(first.action);
            }}
          >
            <TextField label="Note for the timeline (optional)" value={note} onChange={(e) => setNote(e.target.value)} className="max-w-md" />
            <div className="flex flex-wrap gap-2">
              {actions.map((a, i) => (
                <Button key={a.action} type={i === 0 ? 'submit' : 'button'} variant={a.action === 'cancel' ? 'danger' : 'primary'} loading={transition.isPending && transition.variables?.action === a.action} disabled={transition.isPending || (a.action === 'complete' && isCompleteBlocked(o))} aria-describedby={a.action === 'complete' && isCompleteBlocked(o) ? 'complete-why' : undefined} onClick={i === 0 ? undefined : () => run(a.action)}>
                  {a.label}
                </Button>
              ))}
            </div>
            <CompleteBlockedHint order={o} id="complete-why" />
          </form>
          {refunding && (
            <form
              className="mt-4 flex flex-col gap-3 rounded-md border border-red-200 bg-red-50 p-3"
              aria-label="Refund"
              onSubmit={(e) => {
                e.preventDefault();
                transition.mutate({ action: 'refund', body: { restock, ...(note.trim() ? { note: note.trim() } : {}) } });
              }}
            >
              <p className="text-sm text-red-900">Refund {money(o.total)} for order #{o.number}. Points earned by this order are taken back.</p>
              <CheckboxField label="Return the goods to stock" hint="Tick when the items came back and can be sold again." checked={restock} onChange={(e) => setRestock(e.target.checked)} />
              <div className="flex gap-2">
                <Button type="submit" variant="danger" loading={transition.isPending}>
                  Confirm refund
                </Button>
                <Button variant="ghost" onClick={() => setRefunding(false)}>
                  Keep order
                </Button>
              </div>
            </form>
          )}
          <ErrorMessage error={transition.error} className="mt-3" title="The order was not changed" action={<Button size="sm" onClick={() => order.refetch()}>Reload order</Button>} />
        </Card>
      )}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <Card title="Items">
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <caption className="sr-only">Order lines</caption>
                <thead>
                  <tr className="text-left text-slate-600">
                    <th scope="col" className="py-1 pr-3 font-medium">Product</th>
                    <th scope="col" className="py-1 pr-3 font-medium">SKU</th>
                    <th scope="col" className="py-1 pr-3 text-right font-medium">Qty</th>
                    <th scope="col" className="py-1 pr-3 text-right font-medium">Unit price</th>
                    <th scope="col" className="py-1 text-right font-medium">Total</th>
                  </tr>
                </thead>
                <tbody>
                  {o.items.map((l) => (
                    <tr key={l.sku} className="border-t border-slate-100">
                      <td className="py-2 pr-3">
                        <Link to={`/products/${l.productId}`} className="font-medium text-indigo-700 hover:underline">
                          {l.title}
                        </Link>
                        {Object.keys(l.options ?? {}).length > 0 && <span className="block text-xs text-slate-500">{Object.values(l.options).join(' / ')}</span>}
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
              <Row label="Subtotal" value={money(o.subtotal)} />
              <OrderMoneyRows order={o} />
              <Row label="Shipping" value={money(o.shippingFee)} />
              {o.pointsRedeemed > 0 && <Row label="Points redeemed" value={`− ${money(o.pointsRedeemed)}`} />}
              <Row label="Total" value={money(o.total)} strong />
            </dl>
          </Card>
          <ShipmentsCard order={o} onChange={refresh} />
          <Card title="Timeline">
            <Timeline events={o.events ?? []} customerId={o.userId ?? o.customer?.id ?? null} />
          </Card>
        </div>
        <div className="flex flex-col gap-6">
          <Card title="Payment">
            <dl className="flex flex-col gap-1 text-sm">
              <Row label="Method" value={humanize(o.payment?.method ?? '—')} />
              <Row label="Status" value={<Badge tone={o.payment?.status === 'paid' ? 'green' : o.payment?.status === 'refunded' ? 'red' : 'amber'}>{humanize(o.payment?.status ?? 'unknown')}</Badge>} />
              <Row label="Amount" value={money(o.payment?.amount)} />
              {o.payment?.konbini && (
                <>
                  <Row label="Payment number" value={<span className="font-mono">{o.payment.konbini.paymentNumber}</span>} />
                  <Row label="Confirmation" value={<span className="font-mono">{o.payment.konbini.confirmationNumber}</span>} />
                  <Row label="Pay by" value={formatDateTime(o.payment.konbini.expiresAt)} />
                </>
              )}
            </dl>
            {canCapture && (
              <div className="mt-3">
                <Button variant="primary" loading={capture.isPending} onClick={() => capture.mutate()}>
                  Mark payment received
                </Button>
                <p className="mt-1 text-xs text-slate-500">For {o.payment.method === 'cod' ? 'cash on delivery, once the carrier has collected it' : 'bank transfers, once the money is in the account'}.</p>
              </div>
            )}
            <ErrorMessage error={capture.error} className="mt-3" />
          </Card>
          <OrderMoneyCard order={o} onChange={(updated) => { if (updated?.id) queryClient.setQueryData(key, updated); refresh(); }} />
          <Card title="Delivery">
            {o.delivery ? (
              <p className="text-sm">
                {formatDate(o.delivery.date)}, {o.delivery.startTime}–{o.delivery.endTime}
              </p>
            ) : (
              <p className="text-sm text-slate-600">No delivery slot chosen.</p>
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
            {o.note && <p className="mt-3 rounded bg-slate-50 p-2 text-sm">Customer note: {o.note}</p>}
          </Card>
        </div>
      </div>
    </div>
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
  if (!events.length) return <p className="text-sm text-slate-600">No events recorded.</p>;
  const sorted = [...events].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <ol className="relative ml-2 border-l border-slate-200">
      {sorted.map((e) => (
        <li key={e.id} className="mb-4 ml-4">
          <span className="absolute -left-1.5 mt-1.5 size-3 rounded-full border-2 border-white bg-indigo-500" aria-hidden="true" />
          <p className="text-sm font-medium text-slate-900">
            {humanize(e.type)}
            {e.from && e.to && (
              <span className="font-normal text-slate-600">
                {' '}
                ({e.from} → {e.to})
              </span>
            )}
          </p>
          <p className="text-xs text-slate-500">
            {formatDateTime(e.createdAt)}
            {e.actor && ` · by ${e.actor.type === 'user' ? (e.actor.id && e.actor.id === customerId ? 'the customer' : 'staff') : humanize(e.actor.type).toLowerCase()}`}
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
  const key = ['orders', 'shipments', order.id];
  const list = useQuery({
    queryKey: key,
    queryFn: async () => (await api.get<{ items: Shipment[] }>(`/v1/admin/orders/${order.id}/shipments`)).items,
  });
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  const create = useMutation({
    mutationFn: (body: { carrier: string; trackingNumber: string }) => api.post<Shipment>(`/v1/admin/orders/${order.id}/shipments`, body),
    onSuccess: (s) => {
      queryClient.setQueryData<Shipment[]>(key, (old) => [...(old ?? []), s]);
      setCarrier('');
      setTracking('');
      toast.success('Shipment created.');
    },
    onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: key });
      onChange();
    },
  });
  const shipments = list.data ?? order.shipments ?? [];
  const canShip = order.status === 'processing' || order.status === 'completed' || order.status === 'pending';

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!carrier.trim()) errs.carrier = 'Enter the carrier, for example Yamato.';
    if (!tracking.trim()) errs.trackingNumber = 'Enter the tracking number.';
    else if (!/^[0-9A-Za-z -]+$/.test(tracking.trim())) errs.trackingNumber = 'Use letters, digits, spaces and hyphens only.';
    setErrors(errs);
    if (!Object.keys(errs).length) create.mutate({ carrier: carrier.trim(), trackingNumber: tracking.trim() });
  }

  return (
    <Card title="Shipments">
      <QueryStatus query={list} label="Loading shipments…" />
      {list.isSuccess && shipments.length === 0 && <p className="text-sm text-slate-600">No shipments yet.</p>}
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
        <form onSubmit={submit} noValidate className="mt-4 flex flex-wrap items-end gap-3 border-t border-slate-100 pt-4" aria-label="Create shipment">
          <TextField label="Carrier" value={carrier} onChange={(e) => setCarrier(e.target.value)} error={errors.carrier} />
          <TextField label="Tracking number" value={tracking} onChange={(e) => setTracking(e.target.value)} error={errors.trackingNumber} />
          <Button type="submit" variant="primary" loading={create.isPending}>
            Create shipment
          </Button>
          {create.isError && !Object.keys(errors).length && <ErrorMessage error={create.error} className="w-full" />}
        </form>
      )}
    </Card>
  );
}

function ShipmentItem({ shipment, onChange }: { shipment: Shipment; onChange: (updated?: Shipment) => void }) {
  const [status, setStatus] = useState('in_transit');
  const [note, setNote] = useState('');
  const add = useMutation({
    mutationFn: (body: { status: string; note?: string }) => api.post<Shipment>(`/v1/admin/shipments/${shipment.id}/events`, body),
    onSuccess: (updated, body) => {
      setNote('');
      toast.success(`Shipment marked ${humanize(body.status).toLowerCase()}.`);
      onChange(updated && typeof updated === 'object' && 'id' in updated ? updated : undefined);
    },
  });
  const events = shipment.events ?? [];
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <p className="text-sm font-medium">
        {shipment.carrier} · <span className="font-mono">{shipment.trackingNumber}</span> {shipment.status && <Badge tone={shipment.status === 'delivered' ? 'green' : 'blue'}>{humanize(shipment.status)}</Badge>}
      </p>
      {events.length > 0 && (
        <ol className="mt-2 flex flex-col gap-1 text-sm text-slate-700">
          {events.map((ev, i) => (
            <li key={ev.id ?? i}>
              {humanize(ev.status)} · <span className="text-slate-500">{formatDateTime(ev.createdAt)}</span>
              {ev.note && ` · ${ev.note}`}
            </li>
          ))}
        </ol>
      )}
      {shipment.status !== 'delivered' && (
        <form
          className="mt-3 flex flex-wrap items-end gap-2"
          aria-label={`Update shipment ${shipment.trackingNumber}`}
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ status, ...(note.trim() ? { note: note.trim() } : {}) });
          }}
        >
          <SelectField label="Shipment status" value={status} onChange={(e) => setStatus(e.target.value)}>
            {shipmentStatuses.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </SelectField>
          <TextField label="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} />
          <Button type="submit" loading={add.isPending}>
            Add update
          </Button>
        </form>
      )}
      <ErrorMessage error={add.error} className="mt-2" />
    </li>
  );
}
