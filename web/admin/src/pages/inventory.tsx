import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Badge, Button, CheckboxField, TextField } from '../../../shared/ui';
import { AdjustStock } from '../components/adjust-stock';
import { CountStock } from '../components/count-stock';
import { Empty, PageHeader, useCursorPager } from '../components/common';
import { formatDateTime } from '../lib/format';
import type { StockRecord } from '../lib/types';
import { adminApi } from '../lib/api';
import { ListTable } from '../components/list-table';
import { useParamSetter } from '../lib/list-state';
import { queryKeys } from '../lib/queries';

export function StockBadge({ record }: { record: StockRecord }) {
  const { t } = useTranslation('inventory');
  if (record.available <= 0) return <Badge tone="red">{t('badge.out')}</Badge>;
  if (record.available <= record.lowStockThreshold) return <Badge tone="amber">{t('badge.low')}</Badge>;
  return <Badge tone="green">{t('badge.in')}</Badge>;
}

/** Both ways to change on hand, side by side: a signed adjustment with a reason, and a stock count. */
export function StockForms({ record, onDone }: { record: StockRecord; onDone?: () => void }) {
  const { t } = useTranslation('inventory');
  return (
    <div className="grid gap-6 py-2 xl:grid-cols-2">
      {([
        ['adjust', t('adjustByAmount'), AdjustStock, ''],
        ['count', t('count'), CountStock, 'xl:border-l xl:border-slate-200 xl:pl-6'],
      ] as const).map(([id, title, Form, className]) => (
        <section key={id} aria-labelledby={`${id}-${record.sku}`} className={`min-w-0 ${className}`}>
          <h3 id={`${id}-${record.sku}`} className="mb-2 text-sm font-semibold text-slate-900">
            {title}
          </h3>
          <Form record={record} onDone={onDone} />
        </section>
      ))}
    </div>
  );
}

export default function Inventory() {
  const { t } = useTranslation('inventory');
  const [params] = useSearchParams();
  const sku = params.get('sku') ?? '';
  const lowStock = params.get('lowStock') === 'true';
  const [search, setSearch] = useState(sku);
  const [open, setOpen] = useState<string | null>(null);
  const pager = useCursorPager(`${sku}|${lowStock}`);

  const stock = useQuery({
    queryKey: ['inventory', 'list', { sku, lowStock, cursor: pager.cursor }],
    queryFn: () => adminApi.inventory.list({ sku, lowStock: lowStock ? 'true' : undefined, limit: 50, cursor: pager.cursor }),
    placeholderData: keepPreviousData,
  });

  const setParam = useParamSetter();

  function onSearch(e: FormEvent) {
    e.preventDefault();
    setParam('sku', search.trim());
  }

  const items = stock.data?.items ?? [];
  // Product titles instead of ids: one cached request per product on the page.
  const productIds = [...new Set(items.map((r) => r.productId).filter((id): id is string => Boolean(id)))];
  const products = useQueries({ queries: productIds.map((id) => ({ queryKey: queryKeys.product(id), queryFn: () => adminApi.products.get(id), staleTime: 60_000 })) });
  const titles = new Map(productIds.map((id, i) => [id, products[i]?.data?.title]));
  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="mb-4 flex flex-wrap items-end gap-4">
        <form onSubmit={onSearch} role="search" className="flex items-end gap-2">
          <TextField label={t('sku')} type="search" placeholder={t('skuPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} />
          <Button type="submit">{t('search')}</Button>
        </form>
        <CheckboxField label={t('onlyLow')} checked={lowStock} onChange={(e) => setParam('lowStock', e.target.checked ? 'true' : '')} className="pb-2" />
      </div>
      <ListTable
        query={stock}
        label={t('loading')}
        empty={<Empty title={lowStock || sku ? t('noMatch') : t('none')}>{lowStock ? t('noneLow') : sku ? t('noMatchHint') : t('noneHint')}</Empty>}
        caption={t('caption')}
        columns={[t('sku'), t('col.status'), { label: t('onHand'), className: 'text-right' }, { label: t('reserved'), className: 'text-right' }, { label: t('available'), className: 'text-right' }, { label: t('col.lowAt'), className: 'text-right' }, t('col.updated'), { label: t('col.actions'), hidden: true }]}
        pager={pager}
        rows={(items) =>
          items.map((r) => (
            <Fragment key={r.sku}>
              <tr>
                <td>
                  <Link to={`/inventory/${encodeURIComponent(r.sku)}`} className="font-mono font-medium text-indigo-700 hover:underline">
                    {r.sku}
                  </Link>
                  {r.productId && (
                    <Link to={`/products/${r.productId}`} className="block text-xs text-slate-600 hover:underline">
                      {(r.productId && titles.get(r.productId)) || t('viewProduct')}
                    </Link>
                  )}
                </td>
                <td>
                  <StockBadge record={r} />
                </td>
                <td className="text-right tabular-nums">{r.onHand}</td>
                <td className="text-right tabular-nums">{r.reserved}</td>
                <td className="text-right font-semibold tabular-nums">{r.available}</td>
                <td className="text-right tabular-nums text-slate-600">{r.lowStockThreshold}</td>
                <td className="whitespace-nowrap text-slate-600">{formatDateTime(r.updatedAt)}</td>
                <td className="text-right">
                  <Button size="sm" aria-expanded={open === r.sku} aria-controls={`stock-panel-${r.sku}`} onClick={() => setOpen(open === r.sku ? null : r.sku)} aria-label={open === r.sku ? t('closeFor', { sku: r.sku }) : t('openFor', { sku: r.sku })}>
                    {open === r.sku ? t('close') : t('open')}
                  </Button>
                </td>
              </tr>
              {open === r.sku && (
                <tr className="bg-slate-50">
                  <td colSpan={8} id={`stock-panel-${r.sku}`}>
                    {/* Stays in view while the table scrolls sideways on a phone. */}
                    <div className="sticky left-3 max-w-[calc(100vw-3.5rem)] sm:max-w-[calc(100vw-5rem)] lg:max-w-none">
                      <StockForms record={r} onDone={() => setOpen(null)} />
                    </div>
                  </td>
                </tr>
              )}
            </Fragment>
          ))
        }
      />
    </div>
  );
}
