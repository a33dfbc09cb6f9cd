import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, SelectField, TextField } from '../../../shared/ui';
import { Empty, Loading, PageHeader, Pager, ProductStatusBadge, QueryStatus, Table, UnpublishedMarker, useCursorPager } from '../components/common';
import { buildTree, flattenTree, useCategories } from '../lib/catalog';
import { formatDateTime, useMoney } from '../lib/format';
import { api } from '../lib/session';
import type { Page, Product } from '../lib/types';

const pageSize = 20;

export default function Products() {
  const money = useMoney();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const categoryId = params.get('categoryId') ?? '';
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const pager = useCursorPager(`${status}|${categoryId}|${q}`);
  const categories = useCategories();
  const categoryList = flattenTree(buildTree(categories.data ?? []));
  const categoryName = new Map(categoryList.map((c) => [c.id, c.path]));

  const products = useQuery({
    queryKey: ['products', 'list', { status, categoryId, q, cursor: pager.cursor }],
    queryFn: () => api.get<Page<Product>>('/v1/admin/products', { query: { status, categoryId, q, limit: pageSize, cursor: pager.cursor } }),
    placeholderData: keepPreviousData,
  });

  function setFilter(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  function onSearch(e: FormEvent) {
    e.preventDefault();
    setFilter('q', search.trim());
  }

  const items = products.data?.items ?? [];
  const filtered = Boolean(status || categoryId || q);

  return (
    <div>
      <PageHeader
        title="Products"
        description="Edit the working copy; the storefront shows what you last published."
        actions={
          <>
            <Link to="/products/import" className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50">
              Import or export CSV
            </Link>
            <Link to="/products/new" className="rounded-md border border-indigo-600 bg-indigo-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-700">
              New product
            </Link>
          </>
        }
      />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <form onSubmit={onSearch} role="search" className="flex items-end gap-2">
          <TextField label="Search products" type="search" placeholder="Title, slug or SKU" value={search} onChange={(e) => setSearch(e.target.value)} />
          <Button type="submit">Search</Button>
        </form>
        <SelectField label="Status" value={status} onChange={(e) => setFilter('status', e.target.value)}>
          <option value="">All statuses</option>
          <option value="draft">Draft</option>
          <option value="published">Published</option>
          <option value="archived">Archived</option>
        </SelectField>
        <SelectField label="Category" value={categoryId} onChange={(e) => setFilter('categoryId', e.target.value)}>
          <option value="">All categories</option>
          {categoryList.map((c) => (
            <option key={c.id} value={c.id}>
              {'\u00a0\u00a0'.repeat(c.depth)}
              {c.name}
            </option>
          ))}
        </SelectField>
        {filtered && (
          <Button
            variant="ghost"
            onClick={() => {
              setSearch('');
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            Clear filters
          </Button>
        )}
      </div>

      <QueryStatus query={products} label="Loading products…" />
      {products.isSuccess && items.length === 0 && (
        <Empty title={filtered ? 'No products match these filters' : 'No products yet'}>{filtered ? 'Try another search or clear the filters.' : 'Create your first product with “New product”.'}</Empty>
      )}
      {items.length > 0 && (
        <>
          <Table caption="Products">
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Status</th>
                <th scope="col">Category</th>
                <th scope="col">Variants</th>
                <th scope="col">Price</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody aria-busy={products.isFetching}>
              {items.map((p) => {
                const prices = p.variants.map((v) => v.price);
                const min = prices.length ? Math.min(...prices) : null;
                const max = prices.length ? Math.max(...prices) : null;
                const image = p.images[0];
                return (
                  <tr key={p.id} className="hover:bg-slate-50">
                    <td>
                      <div className="flex items-center gap-3">
                        {image ? <img src={image.thumbUrl || image.url} alt="" className="size-10 shrink-0 rounded object-cover" /> : <div className="size-10 shrink-0 rounded bg-slate-100" aria-hidden="true" />}
                        <div className="min-w-0">
                          <Link to={`/products/${p.id}`} className="font-medium text-indigo-700 hover:underline">
                            {p.title}
                          </Link>
                          <p className="truncate text-xs text-slate-500">{p.slug}</p>
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
                    <td className="whitespace-nowrap text-slate-600">{formatDateTime(p.updatedAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <Pager page={pager.page} hasNext={Boolean(products.data?.nextCursor)} busy={products.isFetching} onPrev={pager.prev} onNext={() => products.data?.nextCursor && pager.next(products.data.nextCursor)} />
        </>
      )}
    </div>
  );
}
