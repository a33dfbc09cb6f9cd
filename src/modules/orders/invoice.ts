import type { StoreSettings } from '../settings/index';
import { type InvoiceModel, invoiceModel } from './invoice-model';
import type { Order } from './present';

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
