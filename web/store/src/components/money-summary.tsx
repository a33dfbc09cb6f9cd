import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from './ui';
import { isApiError } from '../lib/api';
import { formatDateTime } from '../lib/dates';
import { useMoney } from '../lib/money';
import { openInvoice, type OrderMoney, percent, type Quote, type TaxEntry } from '../lib/pricing';

/** Tax per rate, the way a Japanese receipt says it: "8%対象 ¥1,080（内消費税 ¥80）". */
export function TaxLines({ taxes, inclusive = true }: { taxes: TaxEntry[]; inclusive?: boolean }) {
  const { t } = useTranslation('pricing');
  const money = useMoney();
  if (taxes.length === 0) return null;
  return (
    <ul className="space-y-0.5 text-xs text-slate-600" aria-label={t('taxIncl')}>
      {taxes.map((x) => (
        <li key={x.rate}>
          {x.rate === 0
            ? t('exemptLine', { amount: money(x.taxableAmount) })
            : inclusive
              ? t('taxLine', { rate: percent(x.rate), amount: money(x.taxableAmount), tax: money(x.tax) })
              : t('taxLineExclusive', { rate: percent(x.rate), tax: money(x.tax) })}
        </li>
      ))}
    </ul>
  );
}

/**
 * The server's figures for the cart (POST /v1/store/quote), so the page says what will be
 * charged: discounts, delivery after the free-shipping rule, tax per rate, points and total.
 */
export function QuoteSummary({ quote, points = 0, loading, error }: { quote: Quote | undefined; points?: number; loading?: boolean; error?: unknown }) {
  const { t } = useTranslation('pricing');
  const money = useMoney();
  if (!quote) return error ? <Alert tone="warning">{t('quoteFailed')}</Alert> : <p className="text-sm text-slate-600">{t('updating')}</p>;
  const toPay = Math.max(0, quote.total - points);
  return (
    <div className="space-y-2" aria-busy={loading ? 'true' : 'false'}>
      <dl className="space-y-1 text-sm" data-testid="quote-summary">
        <div className="flex justify-between"><dt>{t('subtotal')}</dt><dd>{money(quote.subtotal)}</dd></div>
        {quote.discounts.map((d) => (
          <div key={d.code} className="flex justify-between text-emerald-800"><dt>{t('discount', { code: d.code })}</dt><dd>−{money(d.amount)}</dd></div>
        ))}
        <div className="flex justify-between"><dt>{t('shipping')}</dt><dd>{quote.shippingFee === 0 ? t('free') : money(quote.shippingFee)}</dd></div>
        {points > 0 ? <div className="flex justify-between text-emerald-800"><dt>{t('points')}</dt><dd>−{money(points)}</dd></div> : null}
        <div className="flex justify-between border-t border-slate-200 pt-2 text-base font-semibold">
          <dt>{points > 0 ? t('toPay') : t('total')}</dt>
          <dd data-testid="quote-total">{money(toPay)} <span className="text-xs font-normal text-slate-600">{t('common:taxIncluded')}</span></dd>
        </div>
      </dl>
      <TaxLines taxes={quote.taxes} inclusive={quote.pricesIncludeTax} />
      {quote.items.some((i) => i.taxClass === 'reduced') ? <p className="text-xs text-slate-600">{t('reducedMark')}</p> : null}
      <FreeShippingHint quote={quote} />
    </div>
  );
}

export function FreeShippingHint({ quote }: { quote: Quote }) {
  const { t } = useTranslation('pricing');
  const money = useMoney();
  if (quote.freeShippingRemaining !== null && quote.freeShippingRemaining > 0) {
    return <p className="rounded-lg bg-indigo-50 px-3 py-2 text-sm font-medium text-indigo-900" data-testid="free-shipping-hint">{t('moreForFreeShipping', { amount: money(quote.freeShippingRemaining) })}</p>;
  }
  if (quote.freeShippingThreshold !== null && quote.shippingFee === 0) return <p className="text-sm text-emerald-800">{t('freeShippingReached')}</p>;
  return null;
}

/** The reason a coupon was refused, in the shopper's language (the server's errors[] name it). */
function couponProblem(error: unknown, t: (k: string, o?: Record<string, unknown>) => string, money: (n: number) => string): string | null {
  if (!isApiError(error)) return null;
  if (error.code === 'coupon_exhausted') return t('coupon.exhausted');
  if (error.code !== 'invalid_coupon') return null;
  const why = `${error.detail}`;
  const min = /at least (\d+)/.exec(why);
  if (/does not exist/.test(why)) return t('coupon.notFound');
  if (/not active/.test(why)) return t('coupon.inactive');
  if (/not valid before/.test(why)) return t('coupon.notStarted');
  if (/expired/.test(why)) return t('coupon.expired');
  if (min) return t('coupon.minSubtotal', { amount: money(Number(min[1])) });
  if (/per customer/.test(why)) return t('coupon.perCustomer');
  if (/none of these items/.test(why)) return t('coupon.notApplicable');
  return t('coupon.invalid', { detail: why });
}

export const isCouponError = (error: unknown) => isApiError(error) && (error.code === 'invalid_coupon' || error.code === 'coupon_exhausted');

/** A coupon field: applies a code to the quote; a refused code says why and stays editable. */
export function CouponField({ applied, quote, error, onApply, onRemove }: { applied: string; quote: Quote | undefined; error: unknown; onApply: (code: string) => void; onRemove: () => void }) {
  const { t } = useTranslation('pricing');
  const money = useMoney();
  const [draft, setDraft] = useState(applied);
  const [empty, setEmpty] = useState(false);
  const problem = applied ? couponProblem(error, t, money) : null;
  const discount = quote?.discounts.find((d) => d.code.toLowerCase() === applied.toLowerCase());
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        const code = draft.trim();
        setEmpty(code === '');
        if (code) onApply(code);
      }}
    >
      <label htmlFor="coupon" className="block text-sm font-medium">{t('coupon.label')}</label>
      <div className="flex gap-2">
        <input
          id="coupon"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          maxLength={40}
          autoCapitalize="characters"
          aria-invalid={problem || empty ? 'true' : 'false'}
          aria-describedby="coupon-status"
          className="block min-h-11 w-full min-w-0 rounded-lg border border-slate-300 px-3 text-base"
        />
        <Button type="submit" variant="secondary">{t('coupon.apply')}</Button>
      </div>
      <div id="coupon-status" role="status">
        {empty ? <p className="text-sm text-red-700">{t('coupon.empty')}</p> : null}
        {problem ? <p className="text-sm font-medium text-red-700">{problem}</p> : null}
        {discount && !problem ? (
          <p className="flex flex-wrap items-center gap-2 text-sm text-emerald-800">
            {t('coupon.applied', { code: discount.code, amount: money(discount.amount) })}
            <Button type="button" variant="ghost" className="min-h-0 px-1 py-0 text-sm" onClick={() => { setDraft(''); onRemove(); }}>{t('coupon.remove')}</Button>
          </p>
        ) : null}
      </div>
    </form>
  );
}

/** Discount rows for an order's summary list. */
export function OrderDiscountRows({ order }: { order: OrderMoney }) {
  const { t } = useTranslation('pricing');
  const money = useMoney();
  return (
    <>
      {(order.discounts ?? []).map((d) => (
        <div key={d.code} className="flex justify-between text-emerald-800"><dt>{t('discount', { code: d.code })}</dt><dd>−{money(d.amount)}</dd></div>
      ))}
    </>
  );
}

/** Tax per rate, returns and invoice links of a placed order. */
export function OrderMoneyDetails({ order }: { order: OrderMoney }) {
  const { t, i18n } = useTranslation('pricing');
  const money = useMoney();
  const [failed, setFailed] = useState(false);
  const open = (format: 'html' | 'pdf') => {
    setFailed(false);
    openInvoice(order.id, format, i18n.language).catch(() => setFailed(true));
  };
  const returns = order.returns ?? [];
  return (
    <div className="space-y-4">
      <TaxLines taxes={order.taxes ?? []} />
      {returns.length ? (
        <section aria-labelledby="returns-heading" className="rounded-lg border border-slate-200 p-3">
          <h3 id="returns-heading" className="mb-2 font-semibold">{t('returns.title')}</h3>
          <ul className="space-y-2 text-sm">
            {returns.map((r) => (
              <li key={r.id}>
                <p className="font-medium">{t('returns.on', { date: formatDateTime(r.createdAt) })}</p>
                <p className="text-slate-700">{r.items.map((i) => t('returns.item', { sku: order.items.find((x) => x.sku === i.sku)?.title ?? i.sku, quantity: i.quantity })).join('、')}</p>
                <p>
                  {t('returns.refund', { amount: money(r.refundAmount) })}
                  {r.shippingAmount ? ` · ${t('returns.shipping', { amount: money(r.shippingAmount) })}` : ''}
                  {r.pointsReturned ? ` · ${t('returns.points', { points: r.pointsReturned.toLocaleString('ja-JP') })}` : ''}
                </p>
              </li>
            ))}
          </ul>
          <p className="mt-2 border-t border-slate-200 pt-2 text-sm font-semibold">{t('returns.refunded')}: {money(order.refundedTotal ?? 0)}</p>
        </section>
      ) : null}
      <section aria-labelledby="invoice-heading">
        <h3 id="invoice-heading" className="mb-2 font-semibold">{t('invoice.title')}</h3>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => open('html')}>{t('invoice.html')}</Button>
          <Button variant="secondary" onClick={() => open('pdf')}>{t('invoice.pdf')}</Button>
        </div>
        {failed ? <p className="mt-2 text-sm text-red-700" role="alert">{t('invoice.failed')}</p> : null}
      </section>
    </div>
  );
}
