import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { TaxNote } from '../components/price';
import { usePageTitle } from '../lib/page-title';
import { lineProblemText } from '../components/line-problem';
import { QuantityInput } from '../components/quantity-input';
import { Alert, Button, Card, Empty, PageTitle, LinkButton } from '../components/ui';
import { MAX_LINE_QUANTITY, useCart } from '../lib/cart';
import { useMoney } from '../lib/money';
import { useCartCheck } from '../lib/use-cart-check';
import { useLiveInventory } from '../lib/use-live-inventory';
import { variantLabel } from '../lib/variants';
import { QuoteSummary } from '../components/money-summary';
import { useQuote } from '../lib/pricing';

export default function CartPage() {
  const { t } = useTranslation('shop');
  usePageTitle(t('cart.title'));
  const money = useMoney();
  const navigate = useNavigate();
  const { lines, loading, failed, subtotal, ok } = useCartCheck();
  const setQuantity = useCart((s) => s.setQuantity);
  const remove = useCart((s) => s.remove);
  useLiveInventory(lines.length > 0);
  // The server's price of the cart (delivery at the flat fee until an address is chosen at checkout).
  const quote = useQuote(lines.length ? { items: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })) } : null);

  if (lines.length === 0) {
    return (
      <>
        <PageTitle>{t('cart.title')}</PageTitle>
        <Empty title={t('cart.empty')} action={{ to: '/', label: t('cart.startShopping') }}>{t('cart.emptyBody')}</Empty>
      </>
    );
  }

  return (
    <>
      <PageTitle>{t('cart.title')}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <ul aria-label={t('cart.items')} className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {lines.map((line) => {
            const problem = lineProblemText(line);
            const max = Math.min(MAX_LINE_QUANTITY, Math.max(line.quantity, line.available ?? MAX_LINE_QUANTITY));
            return (
              <li key={line.sku} className="flex gap-3 p-4" aria-label={line.title}>
                <div className="size-20 shrink-0 overflow-hidden rounded-lg bg-slate-100">
                  {line.thumbUrl ? <img src={line.thumbUrl} alt="" loading="lazy" decoding="async" width={80} height={80} className="size-full object-cover" /> : null}
                </div>
                <div className="min-w-0 flex-1 space-y-2">
                  <div className="flex justify-between gap-2">
                    <div className="min-w-0">
                      <Link to={`/products/${line.slug}?variant=${encodeURIComponent(line.sku)}`} className="font-medium hover:underline">{line.title}</Link>
                      {Object.keys(line.options).length ? <p className="text-sm text-slate-600">{variantLabel(line.options)}</p> : null}
                      <p className="text-sm text-slate-600">{t('cart.each', { price: money(line.unitPrice) })}</p>
                    </div>
                    <p className="shrink-0 font-semibold">{money(line.unitPrice * line.quantity)}</p>
                  </div>
                  {line.unitPrice !== line.price ? (
                    <p className="text-sm text-amber-800">{t('cart.priceChanged', { from: money(line.price), to: money(line.unitPrice) })}</p>
                  ) : null}
                  {problem ? <p className="text-sm font-medium text-red-700" role="alert">{problem}</p> : null}
                  <div className="flex flex-wrap items-end gap-3">
                    {line.problem !== 'gone' && line.problem !== 'sold_out' ? (
                      <QuantityInput itemName={`${line.title} ${variantLabel(line.options)}`.trim()} value={line.quantity} max={max} onChange={(n) => setQuantity(line.sku, n)} />
                    ) : null}
                    {line.problem === 'too_many' && line.available ? (
                      <Button variant="secondary" onClick={() => setQuantity(line.sku, line.available ?? 0)}>{t('cart.setTo', { count: line.available })}</Button>
                    ) : null}
                    <Button variant="ghost" onClick={() => remove(line.sku)}>
                      {t('cart.remove')}
                      <span className="sr-only"> {`${line.title} ${variantLabel(line.options)}`.trim()}</span>
                    </Button>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
        <Card className="h-fit space-y-4">
          <h2 className="text-lg font-semibold">{t('cart.summary')}</h2>
          {quote.data || quote.isPending ? <QuoteSummary quote={quote.data} loading={quote.isFetching} /> : (
            <dl className="flex justify-between text-base">
              <dt>{t('cart.subtotal')}</dt>
              <dd className="font-semibold">{money(subtotal)}<TaxNote /></dd>
            </dl>
          )}
          <p className="text-sm text-slate-600">{t('cart.laterAtCheckout')}</p>
          {failed ? <Alert tone="warning">{t('cart.checkFailed')}</Alert> : null}
          <Button className="w-full" disabled={!ok} onClick={() => navigate('/checkout')}>
            {loading ? t('cart.checking') : t('cart.checkout')}
          </Button>
          <LinkButton to="/" variant="ghost" className="w-full">{t('cart.continue')}</LinkButton>
        </Card>
      </div>
    </>
  );
}
