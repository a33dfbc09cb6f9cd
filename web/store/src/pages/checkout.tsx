import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AddressForm, AddressText } from '../components/address-form';
import { lineProblemText } from '../components/line-problem';
import { GuestCheckout } from '../components/guest-checkout';
import { RequireAuth } from '../components/require-auth';
import { SlotPicker } from '../components/slot-picker';
import { usePageTitle } from '../lib/page-title';
import { Alert, Button, Card, Empty, ErrorAlert, Loading, PageTitle } from '../components/ui';
import { api, isApiError, type ApiError } from '../lib/api';
import { useAuth, useSignedIn } from '../lib/auth';
import { useCart } from '../lib/cart';
import { errorMessage } from '../lib/errors';
import { randomId } from '../lib/ids';
import { useMoney, useNumber } from '../lib/money';
import { PAYMENT_METHODS, paymentDescription, paymentLabel } from '../lib/payment';
import { keys, useAddresses, useDeliverySlots, usePoints } from '../lib/queries';
import type { Order, OrderInput, PaymentMethod } from '../lib/types';
import { useCartCheck, type CheckedLine } from '../lib/use-cart-check';
import { variantLabel } from '../lib/variants';
import { LineLabel } from '../components/line-label';
import { CouponField, isCouponError, QuoteSummary } from '../components/money-summary';
import { useQuote } from '../lib/pricing';

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

function CheckoutView() {
  const { t } = useTranslation('shopCheckout');
  usePageTitle(t('title'));
  const money = useMoney();
  const number = useNumber();
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
  // The server prices the cart (coupon, delivery, tax): the summary shows what the order will charge.
  const [coupon, setCoupon] = useState('');
  const quoteKey = cart.lines.map((l) => `${l.sku}:${l.quantity}`).join(',');
  const quoteInput = useMemo(
    () => ({ items: cart.lines.map((l) => ({ sku: l.sku, quantity: l.quantity })), ...(coupon ? { couponCode: coupon } : {}), ...(address ? { postalCode: address.postalCode } : {}), ...(slotId ? { deliverySlotId: slotId } : {}) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [quoteKey, coupon, address?.postalCode, slotId],
  );
  const quote = useQuote(cart.lines.length ? quoteInput : null);
  const couponRefused = coupon !== '' && isCouponError(quote.error);

  const balance = points.data?.balance ?? 0;
  const maxPoints = Math.min(balance, cart.subtotal, quote.data?.total ?? cart.subtotal);
  const requested = Math.floor(Number(pointsInput) || 0);
  const pointsToRedeem = method === 'points' ? maxPoints : Math.max(0, Math.min(requested, maxPoints));
  const shippingEstimate = slot ? slot.fee : null;
  const estimatedTotal = quote.data ? Math.max(0, quote.data.total - pointsToRedeem) : Math.max(0, cart.subtotal + (shippingEstimate ?? 0) - pointsToRedeem);

  // A stock error is about the cart as it was; once the customer changes it, it no longer applies.
  const cartShape = cart.lines.map((l) => `${l.sku}:${l.quantity}`).join(',');
  useEffect(() => {
    setError((e: unknown) => (isApiError(e) && e.code === 'insufficient_stock' ? null : e));
  }, [cartShape]);

  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [error]);

  if (placed) return <Loading label={t('placed')} />;
  if (cart.lines.length === 0) {
    return (
      <>
        <PageTitle>{t('title')}</PageTitle>
        <Empty title={t('shop:cart.empty')} action={{ to: '/', label: t('shop:cart.startShopping') }} />
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
    const input: OrderInput & { couponCode?: string } = {
      ...(coupon ? { couponCode: coupon } : {}),
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
      <PageTitle>{t('title')}</PageTitle>
      {/* Not a <form>: the address form nests inside, and nested forms are invalid HTML. */}
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="space-y-4">
          <Step n={1} title={t('address.step')}>
            {addresses.isPending ? <Loading label={t('address.loading')} /> : null}
            {addresses.isError ? <ErrorAlert error={addresses.error} retry={() => void addresses.refetch()} /> : null}
            {list.length > 0 ? (
              <fieldset className="space-y-2">
                <legend className="sr-only">{t('address.choose')}</legend>
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
                <h3 className="mb-2 font-medium">{t('address.new')}</h3>
                <AddressForm
                  defaultName={user?.name}
                  submitLabel={t('address.saveAndUse')}
                  onSaved={(a) => {
                    setAddressId(a.id);
                    setAddingAddress(false);
                  }}
                  onCancel={list.length ? () => setAddingAddress(false) : undefined}
                />
              </div>
            ) : list.length ? (
              <Button variant="ghost" className="mt-2 px-0" onClick={() => setAddingAddress(true)}>{t('address.add')}</Button>
            ) : null}
          </Step>

          <Step n={2} title={t('slots.step')}>
            {!address ? <p className="text-sm text-slate-600">{t('slots.addressFirst')}</p> : null}
            {address && slots.isPending ? <Loading label={t('slots.loading')} /> : null}
            {slots.isError ? <ErrorAlert error={slots.error} retry={() => void slots.refetch()} /> : null}
            {address && slots.data ? (
              <>
                {slots.data.length === 0 ? (
                  <p className="mb-3 text-sm text-slate-600">{t('slots.noSlots', { postalCode: address.postalCode })}</p>
                ) : null}
                <SlotPicker slots={slots.data} value={slotId} onChange={setSlotId} />
              </>
            ) : null}
          </Step>

          <Step n={3} title={t('payment.step')}>
            <fieldset className="space-y-2">
              <legend className="sr-only">{t('payment.method')}</legend>
              {PAYMENT_METHODS.map((m) => {
                const disabled = m.value === 'points' && balance <= 0;
                return (
                  <label key={m.value} className={`flex gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50 ${disabled ? 'text-slate-400' : 'cursor-pointer'}`}>
                    <input type="radio" name="payment" value={m.value} checked={method === m.value} disabled={disabled} onChange={() => setMethod(m.value)} className="mt-0.5 size-5 shrink-0 accent-indigo-600" />
                    <span className="text-sm">
                      <span className="font-medium">{paymentLabel(m.value)}</span>
                      <span className="block text-slate-600">{disabled ? t('payment.noPoints') : paymentDescription(m.value)}</span>
                    </span>
                  </label>
                );
              })}
            </fieldset>
            <div className="mt-4 border-t border-slate-200 pt-4">
              <h3 className="font-medium">{t('points.title')}</h3>
              {points.isPending ? <Loading label={t('points.loading')} /> : null}
              {points.data ? (
                <>
                  <p className="text-sm text-slate-600">{t('points.balance', { points: number(balance), one: money(1) })}</p>
                  {balance > 0 && method !== 'points' ? (
                    <div className="mt-2 flex items-end gap-2">
                      <div>
                        <label htmlFor="points" className="mb-1 block text-sm font-medium">{t('points.use')}</label>
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
                      <Button variant="secondary" onClick={() => setPointsInput(String(maxPoints))}>{t('points.useAll')}</Button>
                    </div>
                  ) : null}
                  {balance > 0 ? (
                    <p id="points-hint" className="mt-1 text-xs text-slate-500">
                      {method === 'points' ? t('points.allGo', { points: number(maxPoints) }) : t('points.upTo', { points: number(maxPoints) })}
                      {requested > maxPoints && method !== 'points' ? ` ${t('points.willUse', { points: number(maxPoints) })}` : ''}
                    </p>
                  ) : null}
                </>
              ) : null}
            </div>
          </Step>

          <Card>
            <label htmlFor="note" className="mb-1 block text-sm font-medium">{t('note')}</label>
            <textarea id="note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={500} className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-base" />
          </Card>
        </div>

        <div className="lg:sticky lg:top-28 lg:self-start">
          <Card className="space-y-4">
            <h2 className="text-lg font-semibold">{t('summary.title')}</h2>
            <ul className="divide-y divide-slate-100 text-sm" aria-label={t('summary.items')}>
              {cart.lines.map((l) => {
                const problem = lineProblemText(l) ?? (problemLine?.sku === l.sku ? t('summary.lineStock') : null);
                return (
                  <li key={l.sku} className="py-2">
                    <div className="flex justify-between gap-2">
                      <LineLabel title={l.title} options={l.options} quantity={l.quantity} />
                      <span className="shrink-0 font-medium">{money(l.unitPrice * l.quantity)}</span>
                    </div>
                    {problem ? <p className="mt-1 font-medium text-red-700">{problem}</p> : null}
                  </li>
                );
              })}
            </ul>
            <div className="border-t border-slate-200 pt-3"><QuoteSummary quote={quote.data} points={pointsToRedeem} loading={quote.isFetching} error={couponRefused ? null : quote.error} /></div>
            <CouponField applied={coupon} quote={quote.data} error={quote.error} onApply={setCoupon} onRemove={() => setCoupon('')} />

            <div ref={errorRef}>
              {error ? <OrderError error={error} line={problemLine} stock={stockError} onSetQuantity={setQuantity} onRemove={removeLine} /> : null}
              {!cart.ok && !cart.loading && !error ? (
                <Alert tone="warning">
                  {t('summary.cantOrder')} <Link to="/cart" className="font-semibold underline">{t('summary.reviewCart')}</Link>
                </Alert>
              ) : null}
            </div>

            <Button className="w-full" onClick={() => void submit()} disabled={submitting || !address || !cart.ok || addingAddress || couponRefused || !quote.data}>
              {submitting ? t('placing') : t('place', { total: money(estimatedTotal) })}
            </Button>
            {!address && addresses.isSuccess ? <p className="text-center text-xs text-slate-600">{t('address.needed')}</p> : null}
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
  const { t } = useTranslation('shopCheckout');
  if (!isApiError(error)) return <ErrorAlert error={error} />;
  switch (error.code) {
    case 'insufficient_stock': {
      const name = line ? `${line.title}${Object.keys(line.options).length ? ` (${variantLabel(line.options)})` : ''}` : stock?.sku ? `SKU ${stock.sku}` : t('errors.anItem');
      const soldOut = stock?.available === 0;
      return (
        <Alert tone="error" title={soldOut ? t('errors.soldOut', { name }) : t('errors.notEnough', { name })}>
          <p>
            {soldOut ? `${t('errors.lastOne')} ` : stock?.available ? `${t('shop:stock.only', { count: stock.available })} ` : ''}
            {t('errors.nothingOrdered')}{error.detail ? ` (${error.detail})` : ''}
          </p>
          {line ? (
            <div className="mt-2 flex flex-wrap gap-2">
              {stock?.available ? (
                <Button variant="secondary" onClick={() => onSetQuantity(line.sku, stock.available ?? 0)}>{t('errors.changeTo', { count: stock.available })}</Button>
              ) : null}
              <Button variant="secondary" onClick={() => onRemove(line.sku)}>{t('errors.remove')}</Button>
            </div>
          ) : null}
        </Alert>
      );
    }
    case 'slot_full':
      return <Alert tone="error" title={t('errors.slotFull')}>{t('errors.slotFullBody')}</Alert>;
    case 'insufficient_points':
      return <Alert tone="error" title={t('errors.points')}>{error.detail || t('errors.pointsBody')}</Alert>;
    case 'unknown_sku':
      return <Alert tone="error" title={t('errors.gone')}>{error.detail || t('errors.goneBody')}</Alert>;
    case 'idempotency_key_reused':
      return <Alert tone="error" title={t('errors.changed')}>{t('errors.changedBody')}</Alert>;
    default:
      return <Alert tone="error" title={t('errors.failed')}>{errorMessage(error)}</Alert>;
  }
}
