import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AddressForm, AddressText } from '../components/address-form';
import { lineProblemText } from '../components/line-problem';
import { GuestCheckout } from '../components/guest-checkout';
import { RequireAuth } from '../components/require-auth';
import { Alert, Button, Card, Empty, ErrorAlert, Loading, PageTitle } from '../components/ui';
import { api, isApiError, type ApiError } from '../lib/api';
import { useAuth, useSignedIn } from '../lib/auth';
import { useCart } from '../lib/cart';
import { formatDay, formatTime, storeToday } from '../lib/dates';
import { errorMessage } from '../lib/errors';
import { randomId } from '../lib/ids';
import { useMoney } from '../lib/money';
import { PAYMENT_METHODS } from '../lib/payment';
import { keys, useAddresses, useDeliverySlots, usePoints } from '../lib/queries';
import type { DeliverySlot, Order, OrderInput, PaymentMethod } from '../lib/types';
import { useCartCheck, type CheckedLine } from '../lib/use-cart-check';
import { variantLabel } from '../lib/variants';

export default function Checkout() {
  // Signed out: sign in first, or (chosen on the sign-in page) check out as a guest.
  const guest = useSearchParams()[0].get('guest') === '1';
  if (!useSignedIn() && guest) return <GuestCheckout />;
  return (
    <RequireAuth>
      <CheckoutView />
    </RequireAuth>
  );
}

function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <Card>
      <h2 className="mb-3 flex items-center gap-2 text-lg font-semibold">
        <span aria-hidden="true" className="inline-flex size-7 items-center justify-center rounded-full bg-indigo-600 text-sm text-white">{n}</span>
        {title}
      </h2>
      {children}
    </Card>
  );
}

/** Reads "SKU TS-RED-M: requested 3, available 1" (the insufficient_stock detail). */
function parseStockProblem(e: ApiError): { sku: string | null; available: number | null } {
  const sku = /SKU\s+([^\s:,]+)/i.exec(e.detail)?.[1] ?? null;
  const available = /available\s+(\d+)/i.exec(e.detail)?.[1];
  return { sku, available: available === undefined ? null : Number(available) };
}

function SlotPicker({ slots, value, onChange }: { slots: DeliverySlot[]; value: string; onChange: (id: string) => void }) {
  const money = useMoney();
  const today = storeToday();
  const byDate = useMemo(() => {
    const m = new Map<string, DeliverySlot[]>();
    for (const s of [...slots].sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime))) {
      m.set(s.date, [...(m.get(s.date) ?? []), s]);
    }
    return [...m.entries()];
  }, [slots]);
  return (
    <fieldset className="space-y-4">
      <legend className="sr-only">Delivery slot</legend>
      <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50">
        <input type="radio" name="slot" value="" checked={value === ''} onChange={() => onChange('')} className="size-5 shrink-0 accent-indigo-600" />
        <span className="text-sm">
          <span className="font-medium">No time slot</span>
          <span className="block text-slate-600">Standard delivery, any time.</span>
        </span>
      </label>
      {byDate.map(([date, list]) => (
        <div key={date}>
          <p className="mb-2 text-sm font-semibold text-slate-800">
            {formatDay(date)}
            {date === today ? <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">Same day</span> : null}
          </p>
          <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
            {list.map((s) => (
              <label
                key={s.id}
                className={`flex min-h-11 items-center gap-3 rounded-lg border p-3 ${s.remaining > 0 ? 'cursor-pointer border-slate-200 has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50' : 'border-dashed border-slate-200 text-slate-400'}`}
              >
                <input
                  type="radio"
                  name="slot"
                  value={s.id}
                  checked={value === s.id}
                  disabled={s.remaining <= 0}
                  onChange={() => onChange(s.id)}
                  className="size-5 shrink-0 accent-indigo-600"
                  aria-label={`${formatDay(s.date)}${s.date === today ? ' (same day)' : ''}, ${formatTime(s.startTime)} to ${formatTime(s.endTime)}, fee ${money(s.fee)}${s.remaining > 0 ? `, ${s.remaining} left` : ', full'}`}
                />
                <span className="flex flex-1 flex-wrap justify-between gap-x-2 text-sm" aria-hidden="true">
                  <span className="font-medium">{formatTime(s.startTime)}–{formatTime(s.endTime)}</span>
                  <span className="text-slate-600">
                    {s.fee ? money(s.fee) : 'Free'}
                    {s.remaining <= 0 ? ' · full' : s.remaining <= 3 ? ` · ${s.remaining} left` : ''}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

function CheckoutView() {
  const money = useMoney();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const user = useAuth((s) => s.user);
  const cart = useCartCheck();
  const setQuantity = useCart((s) => s.setQuantity);
  const removeLine = useCart((s) => s.remove);
  const addresses = useAddresses();
  const points = usePoints();

  const [addressId, setAddressId] = useState<string>('');
  const [addingAddress, setAddingAddress] = useState(false);
  const [slotId, setSlotId] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('konbini');
  const [pointsInput, setPointsInput] = useState('0');
  const [note, setNote] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [placed, setPlaced] = useState(false);
  const submittingRef = useRef(false);
  // One key per checkout attempt: reused for retries of the same order (a double click, a lost
  // response), replaced when the order itself changes, dropped after success.
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const list = addresses.data ?? [];
  useEffect(() => {
    if (!addressId && list.length) setAddressId((list.find((a) => a.isDefault) ?? list[0]).id);
  }, [list, addressId]);
  const address = list.find((a) => a.id === addressId);
  const slots = useDeliverySlots(address?.postalCode);
  useEffect(() => setSlotId(''), [address?.postalCode]);
  const slot = slots.data?.find((s) => s.id === slotId);

  const balance = points.data?.balance ?? 0;
  const maxPoints = Math.min(balance, cart.subtotal);
  const requested = Math.floor(Number(pointsInput) || 0);
  const pointsToRedeem = method === 'points' ? maxPoints : Math.max(0, Math.min(requested, maxPoints));
  const shippingEstimate = slot ? slot.fee : null;
  const estimatedTotal = Math.max(0, cart.subtotal + (shippingEstimate ?? 0) - pointsToRedeem);

  // A stock error is about the cart as it was; once the customer changes it, it no longer applies.
  const cartShape = cart.lines.map((l) => `${l.sku}:${l.quantity}`).join(',');
  useEffect(() => {
    setError((e: unknown) => (isApiError(e) && e.code === 'insufficient_stock' ? null : e));
  }, [cartShape]);

  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [error]);

  if (placed) return <Loading label="Order placed. Opening your order…" />;
  if (cart.lines.length === 0) {
    return (
      <>
        <PageTitle>Checkout</PageTitle>
        <Empty title="Your cart is empty" action={{ to: '/', label: 'Start shopping' }} />
      </>
    );
  }

  const stockError = isApiError(error) && error.code === 'insufficient_stock' ? parseStockProblem(error) : null;
  const problemLine: CheckedLine | undefined = stockError?.sku ? cart.lines.find((l) => l.sku === stockError.sku) : undefined;

  const submit = async () => {
    if (submittingRef.current || !address || !cart.ok) return;
    submittingRef.current = true;
    setSubmitting(true);
    setError(null);
    const input: OrderInput = {
      items: cart.lines.map((l) => ({ sku: l.sku, quantity: l.quantity })),
      addressId: address.id,
      paymentMethod: method,
      pointsToRedeem,
      deliverySlotId: slotId || null,
      note: note.trim(),
    };
    const body = JSON.stringify(input);
    if (attempt.current?.body !== body) attempt.current = { key: randomId(), body };
    try {
      const order = await api<Order>('/v1/store/orders', {
        method: 'POST',
        body: input,
        auth: true,
        headers: { 'Idempotency-Key': attempt.current.key },
      });
      attempt.current = null;
      setPlaced(true);
      qc.setQueryData(keys.order(order.id), order);
      void qc.invalidateQueries({ queryKey: keys.orders, exact: true });
      void qc.invalidateQueries({ queryKey: keys.points });
      void qc.invalidateQueries({ queryKey: ['product'] });
      navigate(`/orders/${order.id}`, { state: { placed: true }, replace: true });
      const ordered = new Set(order.items?.map((i) => i.sku) ?? input.items.map((i) => i.sku));
      for (const sku of ordered) removeLine(sku);
    } catch (err) {
      setError(err);
      if (isApiError(err)) {
        if (err.code === 'insufficient_stock' || err.code === 'unknown_sku') void qc.invalidateQueries({ queryKey: ['product'] });
        if (err.code === 'slot_full') {
          setSlotId('');
          void slots.refetch();
        }
        if (err.code === 'insufficient_points') void points.refetch();
        if (err.code === 'idempotency_key_reused') attempt.current = null;
      }
    } finally {
      submittingRef.current = false;
      setSubmitting(false);
    }
  };

  return (
    <>
      <PageTitle>Checkout</PageTitle>
      {/* Not a <form>: the address form nests inside, and nested forms are invalid HTML. */}
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="space-y-4">
          <Step n={1} title="Delivery address">
            {addresses.isPending ? <Loading label="Loading addresses…" /> : null}
            {addresses.isError ? <ErrorAlert error={addresses.error} retry={() => void addresses.refetch()} /> : null}
            {list.length > 0 ? (
              <fieldset className="space-y-2">
                <legend className="sr-only">Choose a delivery address</legend>
                {list.map((a) => (
                  <label key={a.id} className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50">
                    <input type="radio" name="address" value={a.id} checked={addressId === a.id} onChange={() => setAddressId(a.id)} className="mt-1 size-5 shrink-0 accent-indigo-600" aria-label={`${a.name}, ${a.postalCode} ${a.prefecture} ${a.city} ${a.line1}`} />
                    <AddressText address={a} />
                  </label>
                ))}
              </fieldset>
            ) : null}
            {addresses.isSuccess && (list.length === 0 || addingAddress) ? (
              <div className={list.length ? 'mt-4 border-t border-slate-200 pt-4' : ''}>
                <h3 className="mb-2 font-medium">New address</h3>
                <AddressForm
                  defaultName={user?.name}
                  submitLabel="Save and use this address"
                  onSaved={(a) => {
                    setAddressId(a.id);
                    setAddingAddress(false);
                  }}
                  onCancel={list.length ? () => setAddingAddress(false) : undefined}
                />
              </div>
            ) : list.length ? (
              <Button variant="ghost" className="mt-2 px-0" onClick={() => setAddingAddress(true)}>Add a new address</Button>
            ) : null}
          </Step>

          <Step n={2} title="Delivery slot">
            {!address ? <p className="text-sm text-slate-600">Choose an address first to see delivery times.</p> : null}
            {address && slots.isPending ? <Loading label="Loading delivery slots…" /> : null}
            {slots.isError ? <ErrorAlert error={slots.error} retry={() => void slots.refetch()} /> : null}
            {address && slots.data ? (
              <>
                {slots.data.length === 0 ? (
                  <p className="mb-3 text-sm text-slate-600">No delivery slots for postal code {address.postalCode}. We will deliver by standard shipping.</p>
                ) : null}
                <SlotPicker slots={slots.data} value={slotId} onChange={setSlotId} />
              </>
            ) : null}
          </Step>

          <Step n={3} title="Payment">
            <fieldset className="space-y-2">
              <legend className="sr-only">Payment method</legend>
              {PAYMENT_METHODS.map((m) => {
                const disabled = m.value === 'points' && balance <= 0;
                return (
                  <label key={m.value} className={`flex gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50 ${disabled ? 'text-slate-400' : 'cursor-pointer'}`}>
                    <input type="radio" name="payment" value={m.value} checked={method === m.value} disabled={disabled} onChange={() => setMethod(m.value)} className="mt-0.5 size-5 shrink-0 accent-indigo-600" />
                    <span className="text-sm">
                      <span className="font-medium">{m.label}</span>
                      <span className="block text-slate-600">{disabled ? 'You have no points yet.' : m.description}</span>
                    </span>
                  </label>
                );
              })}
            </fieldset>
            <div className="mt-4 border-t border-slate-200 pt-4">
              <h3 className="font-medium">Points</h3>
              {points.isPending ? <Loading label="Loading points…" /> : null}
              {points.data ? (
                <>
                  <p className="text-sm text-slate-600">You have {balance.toLocaleString('ja-JP')} points (1 point = {money(1)}).</p>
                  {balance > 0 && method !== 'points' ? (
                    <div className="mt-2 flex items-end gap-2">
                      <div>
                        <label htmlFor="points" className="mb-1 block text-sm font-medium">Points to use</label>
                        <input
                          id="points"
                          type="number"
                          inputMode="numeric"
                          min={0}
                          max={maxPoints}
                          value={pointsInput}
                          onChange={(e) => setPointsInput(e.target.value)}
                          aria-describedby="points-hint"
                          className="block min-h-11 w-36 rounded-lg border border-slate-300 px-3 text-base"
                        />
                      </div>
                      <Button variant="secondary" onClick={() => setPointsInput(String(maxPoints))}>Use all</Button>
                    </div>
                  ) : null}
                  {balance > 0 ? (
                    <p id="points-hint" className="mt-1 text-xs text-slate-500">
                      {method === 'points' ? `All usable points (${maxPoints.toLocaleString('ja-JP')}) go towards this order.` : `Up to ${maxPoints.toLocaleString('ja-JP')} on this order.`}
                      {requested > maxPoints && method !== 'points' ? ` We will use ${maxPoints.toLocaleString('ja-JP')}.` : ''}
                    </p>
                  ) : null}
                </>
              ) : null}
            </div>
          </Step>

          <Card>
            <label htmlFor="note" className="mb-1 block text-sm font-medium">Note for the store (optional)</label>
            <textarea id="note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={500} className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-base" />
          </Card>
        </div>

        <div className="lg:sticky lg:top-28 lg:self-start">
          <Card className="space-y-4">
            <h2 className="text-lg font-semibold">Order summary</h2>
            <ul className="divide-y divide-slate-100 text-sm" aria-label="Items in your order">
              {cart.lines.map((l) => {
                const problem = lineProblemText(l) ?? (problemLine?.sku === l.sku ? 'Sold out or not enough stock.' : null);
                return (
                  <li key={l.sku} className="py-2">
                    <div className="flex justify-between gap-2">
                      <span>
                        {l.title}
                        {Object.keys(l.options).length ? <span className="text-slate-600"> ({variantLabel(l.options)})</span> : null} × {l.quantity}
                      </span>
                      <span className="shrink-0 font-medium">{money(l.unitPrice * l.quantity)}</span>
                    </div>
                    {problem ? <p className="mt-1 font-medium text-red-700">{problem}</p> : null}
                  </li>
                );
              })}
            </ul>
            <dl className="space-y-1 border-t border-slate-200 pt-3 text-sm">
              <div className="flex justify-between"><dt>Subtotal</dt><dd>{money(cart.subtotal)}</dd></div>
              <div className="flex justify-between">
                <dt>Delivery</dt>
                <dd>{shippingEstimate === null ? 'Calculated when you order' : shippingEstimate === 0 ? 'Free' : money(shippingEstimate)}</dd>
              </div>
              {pointsToRedeem > 0 ? (
                <div className="flex justify-between text-emerald-800"><dt>Points</dt><dd>−{money(pointsToRedeem)}</dd></div>
              ) : null}
              <div className="flex justify-between border-t border-slate-200 pt-2 text-base font-semibold">
                <dt>{shippingEstimate === null ? 'Estimated total' : 'Total'}</dt>
                <dd>{money(estimatedTotal)}</dd>
              </div>
            </dl>
            <p className="text-xs text-slate-500">The store confirms the final total when you place the order.</p>

            <div ref={errorRef}>
              {error ? <OrderError error={error} line={problemLine} stock={stockError} onSetQuantity={setQuantity} onRemove={removeLine} /> : null}
              {!cart.ok && !cart.loading && !error ? (
                <Alert tone="warning">
                  Some items can’t be ordered as they are. <Link to="/cart" className="font-semibold underline">Review your cart</Link>
                </Alert>
              ) : null}
            </div>

            <Button className="w-full" onClick={() => void submit()} disabled={submitting || !address || !cart.ok || addingAddress}>
              {submitting ? 'Placing order…' : `Place order · ${money(estimatedTotal)}`}
            </Button>
            {!address && addresses.isSuccess ? <p className="text-center text-xs text-slate-500">Add a delivery address to continue.</p> : null}
          </Card>
        </div>
      </div>
    </>
  );
}

function OrderError({
  error,
  line,
  stock,
  onSetQuantity,
  onRemove,
}: {
  error: unknown;
  line: CheckedLine | undefined;
  stock: { sku: string | null; available: number | null } | null;
  onSetQuantity: (sku: string, n: number) => void;
  onRemove: (sku: string) => void;
}) {
  if (!isApiError(error)) return <ErrorAlert error={error} />;
  switch (error.code) {
    case 'insufficient_stock': {
      const name = line ? `${line.title}${Object.keys(line.options).length ? ` (${variantLabel(line.options)})` : ''}` : stock?.sku ? `SKU ${stock.sku}` : 'An item';
      const soldOut = stock?.available === 0;
      return (
        <Alert tone="error" title={soldOut ? `${name} is sold out` : `Not enough stock for ${name}`}>
          <p>
            {soldOut ? 'Someone bought the last one. ' : stock?.available ? `Only ${stock.available} left. ` : ''}
            Nothing was ordered{error.detail ? ` (${error.detail})` : ''}.
          </p>
          {line ? (
            <div className="mt-2 flex flex-wrap gap-2">
              {stock?.available ? (
                <Button variant="secondary" onClick={() => onSetQuantity(line.sku, stock.available ?? 0)}>Change to {stock.available}</Button>
              ) : null}
              <Button variant="secondary" onClick={() => onRemove(line.sku)}>Remove from order</Button>
            </div>
          ) : null}
        </Alert>
      );
    }
    case 'slot_full':
      return <Alert tone="error" title="That delivery slot just filled up">Please choose another slot. Nothing was ordered.</Alert>;
    case 'insufficient_points':
      return <Alert tone="error" title="Not enough points">{error.detail || 'Use fewer points or choose another payment method.'}</Alert>;
    case 'unknown_sku':
      return <Alert tone="error" title="An item is no longer sold">{error.detail || 'Please remove it from your cart.'}</Alert>;
    case 'idempotency_key_reused':
      return <Alert tone="error" title="Your order changed while it was being sent">Please check it and place it again.</Alert>;
    default:
      return <Alert tone="error" title="We could not place your order">{errorMessage(error)}</Alert>;
  }
}
