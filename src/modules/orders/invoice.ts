import type { StoreSettings } from '../settings/index';
import type { Order } from './present';

/**
 * A qualified invoice (適格請求書) when the store has a registration number, else a plain
 * receipt: seller, number, issue date, buyer, lines with reduced-rate ones marked ※, totals and
 * tax per rate. One model feeds both the printable HTML and the PDF.
 */
export interface InvoiceModel {
  qualified: boolean;
  title: string;
  seller: StoreSettings['seller'];
  issuedOn: string;
  buyer: string;
  orderNumber: number;
  orderedOn: string;
  lines: { mark: string; title: string; quantity: number; unitPrice: string; amount: string }[];
  totals: { label: string; value: string }[];
  taxes: { label: string; value: string }[];
  notes: string[];
  labels: Record<keyof typeof LABELS.ja, string>;
}

const LABELS = {
  ja: {
    qualified: '適格請求書（領収書）',
    receipt: '領収書',
    registration: '登録番号',
    issued: '発行日',
    order: 'ご注文番号',
    ordered: 'ご注文日',
    buyerSuffix: ' 様',
    item: '品名',
    quantity: '数量',
    unitPrice: '単価',
    amount: '金額',
    subtotal: '小計',
    discount: '割引',
    shipping: '送料',
    points: 'ポイント利用',
    total: 'ご請求額（税込）',
    refunded: '返金済み',
    taxFor: (rate: string) => `${rate}対象`,
    taxOf: '内消費税',
    exempt: '非課税',
    reducedNote: '※は軽減税率（8%）対象です。',
    pricesNote: '価格はすべて税込です。',
    exclusiveNote: '価格は税抜です。',
  },
  en: {
    qualified: 'Qualified invoice (receipt)',
    receipt: 'Receipt',
    registration: 'Registration number',
    issued: 'Issued',
    order: 'Order',
    ordered: 'Ordered',
    buyerSuffix: '',
    item: 'Item',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    amount: 'Amount',
    subtotal: 'Subtotal',
    discount: 'Discount',
    shipping: 'Shipping',
    points: 'Points used',
    total: 'Amount due (tax incl.)',
    refunded: 'Refunded',
    taxFor: (rate: string) => `${rate} items`,
    taxOf: 'tax included',
    exempt: 'tax exempt',
    reducedNote: '※ marks reduced-rate (8 %) items.',
    pricesNote: 'All prices include tax.',
    exclusiveNote: 'Prices exclude tax.',
  },
};
type Labels = { [K in keyof typeof LABELS.ja]: string };

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

function dateIn(iso: string, timeZone: string, locale: 'ja' | 'en'): string {
  const d = new Date(iso);
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { timeZone, year: 'numeric', month: locale === 'ja' ? 'long' : 'short', day: 'numeric' }).format(d);
}

export function invoiceModel(order: Order, store: StoreSettings, opts: { now: Date; locale?: 'ja' | 'en' }): InvoiceModel {
  const locale = opts.locale ?? store.defaultLocale;
  const L = LABELS[locale];
  const money = (n: number) => new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { style: 'currency', currency: order.currency }).format(n);
  const qualified = store.seller.invoiceRegistrationNumber !== null;
  const reducedRate = store.taxRates.reduced;
  const totals = [{ label: L.subtotal, value: money(order.subtotal) }];
  for (const d of order.discounts) totals.push({ label: `${L.discount} (${d.code})`, value: `−${money(d.amount)}` });
  totals.push({ label: L.shipping, value: money(order.shippingFee) });
  if (!store.pricesIncludeTax) totals.push({ label: L.taxOf, value: money(order.taxTotal) });
  totals.push({ label: L.total, value: money(order.total + order.pointsRedeemed) });
  if (order.pointsRedeemed > 0) totals.push({ label: L.points, value: `−${money(order.pointsRedeemed)}` });
  if (order.refundedTotal > 0) totals.push({ label: L.refunded, value: `−${money(order.refundedTotal)}` });
  const labels = Object.fromEntries(Object.entries(L).map(([k, v]) => [k, typeof v === 'string' ? v : ''])) as Labels;
  return {
    qualified,
    title: qualified ? L.qualified : L.receipt,
    seller: store.seller,
    issuedOn: dateIn(opts.now.toISOString(), store.timeZone, locale),
    buyer: `${order.shippingAddress.name}${L.buyerSuffix}`,
    orderNumber: order.number,
    orderedOn: dateIn(order.createdAt, store.timeZone, locale),
    lines: order.items.map((l) => ({
      mark: l.taxClass === 'reduced' || (l.taxRate === reducedRate && l.taxRate !== store.taxRates.standard) ? '※' : '',
      title: [l.title, ...Object.values(l.options)].join(' / '),
      quantity: l.quantity,
      unitPrice: money(l.unitPrice),
      amount: money(l.lineTotal),
    })),
    totals,
    taxes: order.taxes.map((t) => ({
      label: t.rate === 0 ? L.exempt : L.taxFor(percent(t.rate)),
      value: t.rate === 0 ? money(t.taxableAmount) : `${money(t.taxableAmount)}（${L.taxOf} ${money(t.tax)}）`,
    })),
    notes: [...(order.items.some((l) => l.taxClass === 'reduced') ? [L.reducedNote] : []), store.pricesIncludeTax ? L.pricesNote : L.exclusiveNote],
    labels,
  };
}

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Printable HTML: compact enough that ten lines fit one A4 page. */
export function invoiceHtml(m: InvoiceModel, lang: 'ja' | 'en' = 'ja'): string {
  const L = m.labels;
  const seller = [m.seller.name, m.seller.address, m.seller.phone, m.seller.email].filter(Boolean).map(esc).join('<br>');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(m.title)} #${m.orderNumber}</title>
<style>
@page { size: A4; margin: 14mm; }
body { font-family: 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif; font-size: 10.5pt; color: #111; margin: 0; }
main { max-width: 180mm; margin: 0 auto; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 8mm; letter-spacing: .1em; }
.head { display: flex; justify-content: space-between; gap: 8mm; margin-bottom: 6mm; }
.buyer { font-size: 13pt; border-bottom: 1px solid #111; padding-bottom: 1mm; min-width: 70mm; }
table { width: 100%; border-collapse: collapse; }
th, td { border-bottom: 1px solid #bbb; padding: 1.6mm 2mm; text-align: left; }
td.n, th.n { text-align: right; white-space: nowrap; }
.sums { width: 60%; margin: 4mm 0 0 auto; }
.sums td { border: 0; padding: 1mm 2mm; }
.sums tr.total td { font-weight: bold; border-top: 1px solid #111; }
.notes { margin-top: 5mm; font-size: 9pt; color: #333; }
</style></head>
<body><main>
<h1>${esc(m.title)}</h1>
<div class="head">
  <div><div class="buyer">${esc(m.buyer)}</div>
    <p>${esc(L.order)}: #${m.orderNumber}<br>${esc(L.ordered)}: ${esc(m.orderedOn)}<br>${esc(L.issued)}: ${esc(m.issuedOn)}</p></div>
  <div><strong>${seller}</strong>${m.qualified ? `<br>${esc(L.registration)}: ${esc(m.seller.invoiceRegistrationNumber!)}` : ''}</div>
</div>
<table><thead><tr><th>${esc(L.item)}</th><th class="n">${esc(L.quantity)}</th><th class="n">${esc(L.unitPrice)}</th><th class="n">${esc(L.amount)}</th></tr></thead>
<tbody>
${m.lines.map((l) => `<tr><td>${esc(l.title)}${l.mark ? ` ${l.mark}` : ''}</td><td class="n">${l.quantity}</td><td class="n">${esc(l.unitPrice)}</td><td class="n">${esc(l.amount)}</td></tr>`).join('\n')}
</tbody></table>
<table class="sums"><tbody>
${m.totals.map((t, i) => `<tr${i === m.totals.findIndex((x) => x.label === L.total) ? ' class="total"' : ''}><td>${esc(t.label)}</td><td class="n">${esc(t.value)}</td></tr>`).join('\n')}
${m.taxes.map((t) => `<tr><td>${esc(t.label)}</td><td class="n">${esc(t.value)}</td></tr>`).join('\n')}
</tbody></table>
<div class="notes">${m.notes.map((n) => `<p>${esc(n)}</p>`).join('')}</div>
</main></body></html>`;
}

/** Renders an order's invoice as HTML or PDF (the PDF module loads only when asked for). */
export function createInvoices(deps: { getOrder: (id: string, userId?: string) => Promise<Order>; settings: () => Promise<StoreSettings>; now: () => Date }) {
  return async function render(id: string, opts: { userId?: string; format: 'html' | 'pdf'; locale?: 'ja' | 'en' }): Promise<{ type: string; body: string | Buffer; filename: string }> {
    const [order, store] = await Promise.all([deps.getOrder(id, opts.userId), deps.settings()]);
    const locale = opts.locale ?? store.defaultLocale;
    const model = invoiceModel(order, store, { now: deps.now(), locale });
    const filename = `invoice-${order.number}`;
    if (opts.format === 'pdf') {
      const { invoicePdf } = await import('./invoice-pdf');
      return { type: 'application/pdf', body: await invoicePdf(model), filename: `${filename}.pdf` };
    }
    return { type: 'text/html; charset=utf-8', body: invoiceHtml(model, locale), filename: `${filename}.html` };
  };
}
export type Invoices = ReturnType<typeof createInvoices>;
