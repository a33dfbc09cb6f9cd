import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button, ChoiceField, SelectField, TextField } from '../../../shared/ui';
import { Empty, ProductStatusBadge, UnpublishedMarker, useCursorPager, PageLayout } from '../components/common';
import { ProductBulkBar } from '../components/product-bulk-bar';
import { SortHeader } from '../components/sort-header';
import { buildTree, flattenTree, useCategories } from '../lib/catalog';
import { formatDateTime, useMoney } from '../lib/format';
import { parseSort, sortParam, toggleSort } from '../lib/sort';
import { adminApi } from '../lib/api';
import { ListTable, SelectCell } from '../components/list-table';
import { useSelectableList } from '../lib/list-state';

const pageSize = 50;
/** The columns the server sorts by (the whole list, not only the page on screen). */
const sortKeys = ['title', 'price', 'stock', 'updated'] as const;
type SortKey = (typeof sortKeys)[number];

export default function Products() {
  const { t } = useTranslation('products');
  const money = useMoney();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const categoryId = params.get('categoryId') ?? '';
  const q = params.get('q') ?? '';
  const sort = parseSort<SortKey>(params.get('sort'), sortKeys, { key: 'updated', dir: 'desc' });
  const pager = useCursorPager(`${status}|${categoryId}|${q}|${sortParam(sort)}`);
  const categories = useCategories();
  const categoryList = flattenTree(buildTree(categories.data ?? []));
  const categoryName = new Map(categoryList.map((c) => [c.id, c.path]));

  const products = useQuery({
    queryKey: ['products', 'list', { status, categoryId, q, sort: sortParam(sort), cursor: pager.cursor }],
    queryFn: () => adminApi.products.list({ status, categoryId, q, sort: sortParam(sort), limit: pageSize, cursor: pager.cursor }),
    placeholderData: keepPreviousData,
  });
  const items = products.data?.items ?? [];
  // Live stock per product (every SKU's available units), one cached request per product.
  const stock = useQueries({
    queries: items.map((p) => ({
      queryKey: ['inventory', 'product', p.id],
      queryFn: () => adminApi.inventory.list({ productId: p.id, limit: 100 }),
      staleTime: 30_000,
    })),
  });
  const available = new Map(items.map((p, i) => [p.id, stock[i]?.data ? stock[i].data.items.reduce((n, s) => n + s.available, 0) : null]));

  const { search, setSearch, selection, setParam: setFilter, onSearch, clearFilters } = useSelectableList(items, q);
  const { selected, allOnPage, toggle, toggleAll } = selection;

  const filtered = Boolean(status || categoryId || q);
  function sortOn(key: SortKey) {
    const next = new URLSearchParams(params);
    next.set('sort', sortParam(toggleSort(sort, key)));
    setParams(next, { replace: true });
  }
  const header = (key: SortKey) => ({ th: <SortHeader label={t(`col.${key}`)} active={sort.key === key} dir={sort.dir} onClick={() => sortOn(key)} /> });

  return (
    <PageLayout
      title={t('title')}
      description={t('description')}
      actions={
        <>
          <Link to="/products/import" className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50">
            {t('importExport')}
          </Link>
          <Link to="/products/new" className="rounded-md border border-indigo-600 bg-indigo-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-700">
            {t('new')}
          </Link>
        </>
      }
    >
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <form onSubmit={onSearch} role="search" aria-label={t('search')} className="flex items-end gap-2">
          <TextField label={t('search')} type="search" placeholder={t('searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} />
          <Button type="submit">{t('find')}</Button>
        </form>
        <ChoiceField label={t('col.status')} value={status} onChange={(e) => setFilter('status', e.target.value)} placeholder={t('allStatuses')} options={(['draft', 'published', 'archived'] as const).map((s) => ({ value: s, label: t(`ui:productStatus.${s}`) }))} />
        <SelectField label={t('col.category')} value={categoryId} onChange={(e) => setFilter('categoryId', e.target.value)}>
          <option value="">{t('allCategories')}</option>
          {categoryList.map((c) => (
            <option key={c.id} value={c.id}>
              {'\u00a0\u00a0'.repeat(c.depth)}
              {c.name}
            </option>
          ))}
        </SelectField>
        {filtered && (
          <Button variant="ghost" onClick={() => clearFilters(params.has('sort') ? { sort: params.get('sort')! } : {})}>
            {t('clear')}
          </Button>
        )}
      </div>

      <ProductBulkBar selected={[...selected.values()]} categories={categoryList} onDone={selection.clear} />
      <ListTable
        query={products}
        label={t('loading')}
        empty={<Empty title={filtered ? t('noMatch') : t('none')}>{filtered ? t('noMatchHint') : t('noneHint')}</Empty>}
        caption={t('title')}
        columns={[
          { label: <input type="checkbox" aria-label={t('selectAll')} checked={allOnPage} onChange={toggleAll} className="h-4 w-4" />, className: 'w-8' },
          header('title'),
          t('col.status'),
          t('col.category'),
          t('col.variants'),
          header('price'),
          header('stock'),
          header('updated'),
        ]}
        pager={pager}
        rows={(items) =>
          items.map((p) => {
            const prices = p.variants.map((v) => v.price);
            const min = prices.length ? Math.min(...prices) : null;
            const max = prices.length ? Math.max(...prices) : null;
            const image = p.images[0];
            const units = available.get(p.id);
            return (
              <tr key={p.id} className="hover:bg-slate-50">
                <SelectCell label={t('select', { title: p.title })} checked={selected.has(p.id)} onToggle={() => toggle(p)} />
                <td>
                  <div className="flex items-center gap-3">
                    {image ? <img src={image.thumbUrl || image.url} alt="" className="size-10 shrink-0 rounded object-cover" /> : <div className="size-10 shrink-0 rounded bg-slate-100" aria-hidden="true" />}
                    <div className="min-w-0">
                      <Link to={`/products/${p.id}`} className="font-medium text-indigo-700 hover:underline">
                        {p.title}
                      </Link>
                      <p className="truncate text-xs text-slate-600">{p.slug}</p>
                    </div>
                  </div>
                </td>
                <td>
                  <div className="flex flex-wrap gap-1">
                    <ProductStatusBadge status={p.status} />
                    {p.hasUnpublishedChanges && p.status === 'published' && <UnpublishedMarker />}
                  </div>
                </td>
                <td className="text-slate-600">{p.categoryId ? (categoryName.get(p.categoryId) ?? '—') : '—'}</td>
                <td className="tabular-nums">{p.variants.length}</td>
                <td className="tabular-nums whitespace-nowrap">{min === null ? '—' : min === max ? money(min) : `${money(min)} – ${money(max)}`}</td>
                <td className="tabular-nums whitespace-nowrap">
                  {units === null || units === undefined ? '…' : units === 0 ? <span className="text-red-700">{t('soldOut')}</span> : t('units', { count: units })}
                </td>
                <td className="whitespace-nowrap text-slate-600">{formatDateTime(p.updatedAt)}</td>
              </tr>
            );
          })
        }
      />
    </PageLayout>
  );
}
