import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, fieldError, isApiError } from '../lib/api';
import { useCart } from '../lib/cart';
import { randomId } from '../lib/ids';
import { useMoney } from '../lib/money';
import type { Order, PaymentMethod } from '../lib/types';
import { useCartCheck } from '../lib/use-cart-check';
import { LineLabel } from './line-label';
import { Alert, Button, Card, Empty, ErrorAlert, Field, PageTitle } from './ui';

const METHODS: PaymentMethod[] = ['konbini', 'cod', 'bank_transfer'];
const ADDRESS_FIELDS = [
  { key: 'name', autoComplete: 'name' },
  { key: 'postalCode', autoComplete: 'postal-code' },
  { key: 'prefecture', autoComplete: 'address-level1' },
  { key: 'city', autoComplete: 'address-level2' },
  { key: 'line1', autoComplete: 'address-line1' },
  { key: 'line2', autoComplete: 'address-line2' },
  { key: 'phone', autoComplete: 'tel' },
] as const;
type AddressKey = (typeof ADDRESS_FIELDS)[number]['key'];

/** Checkout without an account: an email for the confirmation, an address, a payment method. */
export function GuestCheckout() {
  const { t } = useTranslation('guest');
  const { t: tc } = useTranslation('common');
  const money = useMoney();
  const navigate = useNavigate();
  const cart = useCartCheck();
  const removeLine = useCart((s) => s.remove);
  const [email, setEmail] = useState('');
  const [address, setAddress] = useState<Record<AddressKey, string>>({ name: '', postalCode: '', prefecture: '', city: '', line1: '', line2: '', phone: '' });
  const [method, setMethod] = useState<PaymentMethod>('konbini');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const attempt = useRef<{ key: string; body: string } | null>(null);

  if (cart.lines.length === 0) return <Empty title={t('emptyCart')} action={{ to: '/', label: t('startShopping') }} />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !cart.ok) return;
    setBusy(true);
    setError(null);
    const body = {
      items: cart.lines.map((l) => ({ sku: l.sku, quantity: l.quantity })),
      email: email.trim(),
      shippingAddress: { ...address, line2: address.line2.trim() || null },
      paymentMethod: method,
    };
    const text = JSON.stringify(body);
    // The same key for retries of the same order (a double click, a lost response).
    if (attempt.current?.body !== text) attempt.current = { key: randomId(), body: text };
    try {
      const order = await api<Order & { accessKey?: string }>('/v1/store/orders', { method: 'POST', body, headers: { 'Idempotency-Key': attempt.current.key } });
      attempt.current = null;
      for (const l of body.items) removeLine(l.sku);
      navigate(order.accessKey ? `/orders/${order.id}?key=${encodeURIComponent(order.accessKey)}` : '/', { replace: true, state: { placed: true } });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const pathError = (path: string) => fieldError(error, path) ?? fieldError(error, `shippingAddress/${path}`) ?? fieldError(error, `shippingAddress.${path}`);
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <form onSubmit={submit} noValidate className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="space-y-4">
          <Alert tone="info">
            {t('haveAccount')} <Link to="/login?next=%2Fcheckout" className="font-semibold underline">{t('signIn')}</Link>
          </Alert>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t('contact')}</h2>
            <Field label={t('email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} hint={t('emailHint')} error={pathError('email')} />
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t('address')}</h2>
            <div className="grid gap-3 sm:grid-cols-2">
              {ADDRESS_FIELDS.map((f) => (
                <Field
                  key={f.key}
                  label={t(`field.${f.key}`)}
                  autoComplete={f.autoComplete}
                  required={f.key !== 'line2'}
                  value={address[f.key]}
                  onChange={(e) => setAddress({ ...address, [f.key]: e.target.value })}
                  error={pathError(f.key)}
                />
              ))}
            </div>
          </Card>
          <Card>
            <fieldset className="space-y-2">
              <legend className="mb-2 text-lg font-semibold">{t('payment')}</legend>
              {METHODS.map((m) => (
                <label key={m} className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50">
                  <input type="radio" name="payment" value={m} checked={method === m} onChange={() => setMethod(m)} className="mt-0.5 size-5 shrink-0 accent-indigo-600" />
                  <span className="text-sm">
                    <span className="font-medium">{t(`method.${m}`)}</span>
                    <span className="block text-slate-600">{t(`methodHint.${m}`)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <p className="mt-3 text-xs text-slate-500">{t('noPoints')}</p>
          </Card>
        </div>
        <div className="lg:sticky lg:top-28 lg:self-start">
          <Card className="space-y-4">
            <h2 className="text-lg font-semibold">{t('summary')}</h2>
            <ul className="divide-y divide-slate-100 text-sm">
              {cart.lines.map((l) => (
                <li key={l.sku} className="flex justify-between gap-2 py-2">
                  <LineLabel title={l.title} options={l.options} quantity={l.quantity} />
                  <span className="shrink-0 font-medium">{money(l.unitPrice * l.quantity)}</span>
                </li>
              ))}
            </ul>
            <p className="flex justify-between border-t border-slate-200 pt-2 font-semibold">
              <span>{t('subtotal')}</span>
              <span>{money(cart.subtotal)} <span className="text-xs font-normal">({tc('taxIncluded')})</span></span>
            </p>
            <p className="text-xs text-slate-500">{t('shippingLater')}</p>
            {error && !(isApiError(error) && error.code === 'validation_failed') ? <ErrorAlert error={error} /> : null}
            {isApiError(error) && error.code === 'validation_failed' ? <Alert tone="error">{t('fixFields')}</Alert> : null}
            <Button type="submit" className="w-full" disabled={busy || !cart.ok}>
              {busy ? t('placing') : t('placeOrder')}
            </Button>
          </Card>
        </div>
      </form>
    </>
  );
}
