import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/api';
import { Button } from '../../../shared/ui';
import { toast } from '../lib/toast';
import type { Order } from '../lib/types';
import { adminApi } from '../lib/api';

/** Opens one printable document holding every selected order's invoice (the API's HTML, page after page). */
async function printInvoices(orders: Order[], title: string): Promise<void> {
  // Opened before the requests, in the click's turn, so the browser does not block the window.
  const win = window.open('', '_blank');
  if (!win) throw new Error('popup');
  const pages = await Promise.all(orders.map((o) => adminApi.orders.invoiceHtml(o.id)));
  const bodies = pages.map((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return { head: doc.head.innerHTML, body: doc.body.innerHTML };
  });
  win.document.write(`<!doctype html><html><head><title>${title}</title>${bodies[0]?.head ?? ''}<style>.invoice-page{break-after:page}</style></head><body>${bodies.map((b) => `<div class="invoice-page">${b.body}</div>`).join('')}</body></html>`);
  win.document.close();
  win.focus();
  win.print();
}

/** Actions on the selected orders: process the pending ones, print every invoice. */
export function OrderBulkBar({ selected, onDone }: { selected: Order[]; onDone: () => void }) {
  const { t } = useTranslation('orders');
  const qc = useQueryClient();
  const pending = selected.filter((o) => o.status === 'pending');

  const process = useMutation({
    mutationFn: async () => {
      const results = await Promise.allSettled(pending.map((o) => adminApi.orders.transition(o.id, 'process')));
      return { ok: results.filter((r) => r.status === 'fulfilled').length, failed: results.flatMap((r, i) => (r.status === 'rejected' ? [`#${pending[i].number}: ${errorMessage(r.reason)}`] : [])) };
    },
    onSuccess: ({ ok, failed }) => {
      if (ok) toast.success(t('bulk.processed', { count: ok }));
      if (failed.length) toast.error(t('bulk.processFailed', { list: failed.join('; ') }));
      void qc.invalidateQueries({ queryKey: ['orders'] });
      onDone();
    },
  });

  const print = useMutation({
    mutationFn: () => printInvoices(selected, t('bulk.invoicesTitle')),
    onError: (err) => toast.error(err instanceof Error && err.message === 'popup' ? t('bulk.popupBlocked') : t('bulk.printFailed', { reason: errorMessage(err) })),
  });

  if (selected.length === 0) return null;
  return (
    <div role="region" aria-label={t('bulk.region')} className="mb-3 flex flex-wrap items-center gap-2 rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm">
      <span className="font-medium text-indigo-800">{t('bulk.selected', { count: selected.length })}</span>
      <Button size="sm" variant="primary" disabled={pending.length === 0} loading={process.isPending} onClick={() => process.mutate()}>
        {t('bulk.process', { count: pending.length })}
      </Button>
      <Button size="sm" loading={print.isPending} onClick={() => print.mutate()}>
        {t('bulk.print', { count: selected.length })}
      </Button>
      <Button size="sm" variant="ghost" onClick={onDone}>
        {t('bulk.clear')}
      </Button>
    </div>
  );
}
