import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, CheckboxField, ErrorMessage, TextField } from '../../../shared/ui';
import { formatDateTime, useMoney } from '../lib/format';
import { currentAccessToken } from '../lib/session';
import { toast } from '../lib/toast';
import type { Order } from '../lib/types';
import { Card } from './common';
import { adminApi } from '../lib/api';
import { invoiceQuery, openAuthorizedDocument } from '../../../shared/documents';

/** The money fields of the second round (tax, discounts, returns) on an order. */
export type MoneyOrder = Order;

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/** Only a paid order completes (cash on delivery is collected then): "Mark completed" is disabled otherwise. */
export const isCompleteBlocked = (order: Order) =>
  order.status === 'processing' && !!order.payment && order.payment.status !== 'paid' && order.payment.method !== 'cod';

/** Says why "Mark completed" is disabled. */
export function CompleteBlockedHint({ order, id }: { order: Order; id: string }) {
  const { t } = useTranslation('returns');
  if (!isCompleteBlocked(order)) return null;
  const method = order.payment.method;
  return <p id={id} className="text-sm text-amber-800">{t('gate.unpaid', { method: t(`gate.methods.${method}`, { defaultValue: method }) })}</p>;
}

/** Discount and tax rows for the order's totals list. */
export function OrderMoneyRows({ order }: { order: MoneyOrder }) {
  const { t } = useTranslation('returns');
  const money = useMoney();
  return (
    <>
      {(order.discounts ?? []).map((d) => (
        <div key={d.code} className="flex items-center justify-between gap-3">
          <dt className="text-slate-600">{t('money.discount', { code: d.code })}</dt>
          <dd className="tabular-nums">− {money(d.amount)}</dd>
        </div>
      ))}
      {(order.taxes ?? []).map((x) => (
        <div key={x.rate} className="flex items-center justify-between gap-3 text-xs">
          <dt className="text-slate-500">{x.rate === 0 ? t('money.exempt') : t('money.taxLine', { rate: percent(x.rate), amount: money(x.taxableAmount) })}</dt>
          <dd className="tabular-nums text-slate-600">{money(x.tax)}</dd>
        </div>
      ))}
    </>
  );
}

async function openInvoice(orderId: string, format: 'html' | 'pdf', lang: string) {
  return openAuthorizedDocument(`${adminApi.orders.invoiceUrl(orderId, {})}?${invoiceQuery(format, lang)}`, currentAccessToken);
}

/** Returns (with a dialog to record one) and the invoice links of an order. */
export function OrderMoneyCard({ order, onChange }: { order: MoneyOrder; onChange: (updated?: MoneyOrder) => void }) {
  const { t, i18n } = useTranslation('returns');
  const money = useMoney();
  const [open, setOpen] = useState(false);
  const [invoiceFailed, setInvoiceFailed] = useState(false);
  const returns = order.returns ?? [];
  const left = order.items.map((l) => ({ ...l, left: l.quantity - (l.returnedQuantity ?? 0) }));
  const canReturn = order.status === 'completed' && left.some((l) => l.left > 0);
  const why = order.status === 'completed' ? (canReturn ? null : t('dialog.nothingLeft')) : t('dialog.onlyCompleted');
  const invoice = (format: 'html' | 'pdf') => {
    setInvoiceFailed(false);
    openInvoice(order.id, format, i18n.language).catch(() => setInvoiceFailed(true));
  };
  return (
    <Card title={t('title')}>
      {returns.length === 0 ? <p className="text-sm text-slate-600">{t('none')}</p> : (
        <ul className="flex flex-col gap-3 text-sm" aria-label={t('title')}>
          {returns.map((r) => (
            <li key={r.id} className="rounded-md border border-slate-200 p-2">
              <p className="font-medium">{formatDateTime(r.createdAt)} · {money(r.refundAmount)}</p>
              <p className="text-slate-700">{r.items.map((i) => `${i.sku} × ${i.quantity}`).join(', ')}</p>
              <p className="text-xs text-slate-500">
                {t('list.money', { amount: money(r.moneyRefunded) })}
                {r.pointsReturned ? ` · ${t('list.points', { points: r.pointsReturned })}` : ''}
                {r.shippingAmount ? ` · ${t('list.shipping', { amount: money(r.shippingAmount) })}` : ''}
                {` · ${r.restock ? t('list.restocked') : t('list.notRestocked')}`}
              </p>
              {r.note ? <p className="text-slate-700">{r.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {(order.refundedTotal ?? 0) > 0 ? <p className="mt-2 text-sm font-semibold">{t('refundedTotal', { amount: money(order.refundedTotal) })}</p> : null}
      <div className="mt-3">
        <Button onClick={() => setOpen(true)} disabled={!canReturn} aria-describedby={why ? 'return-why' : undefined}>{t('open')}</Button>
        {why ? <p id="return-why" className="mt-1 text-xs text-slate-500">{why}</p> : null}
      </div>
      {open ? <ReturnDialog order={order} onClose={() => setOpen(false)} onDone={(o) => { setOpen(false); onChange(o); }} /> : null}
      <div className="mt-4 border-t border-slate-100 pt-3">
        <h3 className="mb-2 text-sm font-semibold">{t('invoice.title')}</h3>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" onClick={() => invoice('html')}>{t('invoice.html')}</Button>
          <Button size="sm" onClick={() => invoice('pdf')}>{t('invoice.pdf')}</Button>
        </div>
        {invoiceFailed ? <p className="mt-1 text-sm text-red-700" role="alert">{t('invoice.failed')}</p> : null}
      </div>
    </Card>
  );
}

/** Per-line quantities to take back, restock or not, shipping refund or not. */
function ReturnDialog({ order, onClose, onDone }: { order: MoneyOrder; onClose: () => void; onDone: (o?: MoneyOrder) => void }) {
  const { t } = useTranslation('returns');
  const money = useMoney();
  const [qty, setQty] = useState<Record<string, string>>({});
  const [restock, setRestock] = useState(true);
  const [shipping, setShipping] = useState(false);
  const [note, setNote] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const shippingLeft = order.shippingFee > 0 && !(order.returns ?? []).some((r) => r.shippingAmount > 0);
  const create = useMutation({
    mutationFn: (body: Parameters<typeof adminApi.orders.createReturn>[1]) => adminApi.orders.createReturn(order.id, body),
    onSuccess: async (r) => {
      toast.success(t('done', { amount: money(r.refundAmount) }));
      onDone(await adminApi.orders.get(order.id).catch(() => undefined));
    },
  });
  const lines = order.items.map((l) => ({ ...l, left: l.quantity - (l.returnedQuantity ?? 0) })).filter((l) => l.left > 0);
  return (
    <form
      aria-label={t('dialog.title')}
      className="mt-4 flex flex-col gap-3 rounded-md border border-amber-200 bg-amber-50 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        const items = lines.map((l) => ({ sku: l.sku, quantity: Number(qty[l.sku] || 0) })).filter((i) => i.quantity > 0);
        const bad = lines.find((l) => !/^\d*$/.test(qty[l.sku] ?? '') || Number(qty[l.sku] || 0) > l.left);
        if (bad) return setInvalid(t('dialog.tooMany', { sku: bad.sku, left: bad.left }));
        if (items.length === 0) return setInvalid(t('dialog.pickOne'));
        setInvalid(null);
        create.mutate({ items, restock, ...(shipping ? { refundShipping: true } : {}), ...(note.trim() ? { note: note.trim() } : {}) });
      }}
    >
      <h3 className="text-sm font-semibold">{t('dialog.title')}</h3>
      {lines.map((l) => (
        <TextField
          key={l.sku}
          label={t('dialog.quantity', { title: l.title, sku: l.sku, left: l.left })}
          inputMode="numeric"
          value={qty[l.sku] ?? ''}
          onChange={(e) => setQty({ ...qty, [l.sku]: e.target.value })}
          className="max-w-xs"
        />
      ))}
      <CheckboxField label={t('dialog.restock')} checked={restock} onChange={(e) => setRestock(e.target.checked)} />
      {shippingLeft ? <CheckboxField label={t('dialog.shipping', { amount: money(order.shippingFee) })} checked={shipping} onChange={(e) => setShipping(e.target.checked)} /> : null}
      <TextField label={t('dialog.note')} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
      {invalid ? <p className="text-sm font-medium text-red-700" role="alert">{invalid}</p> : null}
      <ErrorMessage error={create.error} title={t('dialog.failed')} />
      <div className="flex gap-2">
        <Button type="submit" variant="danger" loading={create.isPending}>{t('dialog.confirm')}</Button>
        <Button variant="ghost" onClick={onClose}>{t('dialog.cancel')}</Button>
      </div>
    </form>
  );
}
