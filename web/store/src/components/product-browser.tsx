import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { optionLabel, valueLabel } from '../lib/variants';
import { minorPerMajor } from '../lib/money';
import { useProducts, useSettings, type ProductFilters } from '../lib/queries';
import type { Facet, ProductSort } from '../lib/types';
import { ProductGrid } from './product-card';
import { Button, Empty, ErrorAlert, Loading } from './ui';

const SORTS: ProductSort[] = ['relevance', 'newest', 'price_asc', 'price_desc'];

/** `option=size:M&option=color:red` in the page URL ↔ `{ size: 'M', color: 'red' }`. */
function readOptions(params: URLSearchParams): Record<string, string> | undefined {
  const entries = params.getAll('option').map((o) => [o.slice(0, o.indexOf(':')), o.slice(o.indexOf(':') + 1)] as const).filter(([k, v]) => k && v);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** One option's values with how many products have each; choosing one filters, "All" clears it. */
function FacetFilter({ facet, chosen, onChange }: { facet: Facet; chosen: string | undefined; onChange: (value: string | null) => void }) {
  const { t } = useTranslation('shop');
  const radio = 'size-5 shrink-0 accent-indigo-600';
  return (
    <fieldset className="mt-4">
      <legend className="mb-1 text-sm font-medium">{optionLabel(facet.name)}</legend>
      <div className="flex flex-wrap gap-x-3">
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="radio" name={`facet-${facet.name}`} className={radio} checked={chosen === undefined} onChange={() => onChange(null)} />
          {t('browse.any')}
        </label>
        {facet.values.map((v) => (
          <label key={v.value} className="flex min-h-11 items-center gap-2 text-sm">
            <input type="radio" name={`facet-${facet.name}`} className={radio} checked={chosen === v.value} onChange={() => onChange(v.value)} />
            {valueLabel(facet.name, v.value)} <span className="text-slate-600">({v.count})</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function readNumber(v: string | null): number | undefined {
  if (v === null || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Filterable, sortable, endlessly scrolling product list driven by the URL's query string. */
export function ProductBrowser({ category, label }: { category?: string; label: string }) {
  const { t } = useTranslation('shop');
  const [params, setParams] = useSearchParams();
  const { data: settings } = useSettings();
  const unit = minorPerMajor(settings?.currency ?? 'JPY');
  const q = params.get('q')?.trim() || undefined;
  const sortParam = params.get('sort') as ProductSort | null;
  const sort: ProductSort = sortParam && SORTS.includes(sortParam) ? sortParam : q ? 'relevance' : 'newest';
  const options = readOptions(params);
  const minMajor = readNumber(params.get('minPrice'));
  const maxMajor = readNumber(params.get('maxPrice'));
  const filters: ProductFilters = {
    q,
    category,
    sort,
    minPrice: minMajor === undefined ? undefined : Math.round(minMajor * unit),
    maxPrice: maxMajor === undefined ? undefined : Math.round(maxMajor * unit),
    inStock: params.get('inStock') === 'true' || undefined,
    options,
  };
  const query = useProducts(filters);
  const products = query.data?.pages.flatMap((p) => p.items) ?? [];
  const first = query.data?.pages[0];
  const setOption = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    next.delete('option');
    for (const [k, v] of Object.entries({ ...options, [name]: value })) if (v) next.append('option', `${k}:${v}`);
    setParams(next, { replace: true, preventScrollReset: true });
  };

  const [minInput, setMinInput] = useState(params.get('minPrice') ?? '');
  const [maxInput, setMaxInput] = useState(params.get('maxPrice') ?? '');
  useEffect(() => {
    setMinInput(params.get('minPrice') ?? '');
    setMaxInput(params.get('maxPrice') ?? '');
  }, [params]);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true, preventScrollReset: true });
  };

  const applyPrices = (e: FormEvent) => {
    e.preventDefault();
    update({ minPrice: minInput.trim() || null, maxPrice: maxInput.trim() || null });
  };

  // Infinite scroll: fetch the next page when the sentinel near the end comes into view.
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !hasNextPage || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    }, { rootMargin: '400px' });
    io.observe(el);
    return () => io.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const invalidRange = minMajor !== undefined && maxMajor !== undefined && minMajor > maxMajor;

  return (
    <div className="lg:grid lg:grid-cols-[16rem_1fr] lg:gap-8">
      <aside aria-label={t('browse.filters')} className="mb-4 lg:mb-0">
        <details className="group rounded-xl border border-slate-200 bg-white p-4 lg:open:block" open={typeof window !== 'undefined' && window.innerWidth >= 1024 ? true : undefined}>
          <summary className="flex min-h-8 cursor-pointer list-none items-center justify-between font-semibold">
            {t('browse.filters')}
            <span aria-hidden="true" className="text-slate-400 group-open:rotate-180">▾</span>
          </summary>
          <form onSubmit={applyPrices} className="mt-3 space-y-3">
            <fieldset>
              <legend className="mb-1 text-sm font-medium">{t('browse.price', { currency: settings?.currency ?? 'JPY' })}</legend>
              <div className="flex items-end gap-2">
                <label className="flex-1 text-xs text-slate-600">
                  {t('browse.minPrice')}
                  <input type="number" inputMode="numeric" min={0} name="minPrice" value={minInput} onChange={(e) => setMinInput(e.target.value)} className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 px-2 text-base" />
                </label>
                <label className="flex-1 text-xs text-slate-600">
                  {t('browse.maxPrice')}
                  <input type="number" inputMode="numeric" min={0} name="maxPrice" value={maxInput} onChange={(e) => setMaxInput(e.target.value)} className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 px-2 text-base" />
                </label>
              </div>
            </fieldset>
            <Button type="submit" variant="secondary" className="w-full">{t('browse.applyPrice')}</Button>
          </form>
          <label className="mt-4 flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-5 shrink-0 accent-indigo-600"
              checked={params.get('inStock') === 'true'}
              onChange={(e) => update({ inStock: e.target.checked ? 'true' : null })}
            />
            {t('browse.inStockOnly')}
          </label>
          {first?.facets?.map((f) => (
            <FacetFilter key={f.name} facet={f} chosen={options?.[f.name]} onChange={(v) => setOption(f.name, v)} />
          ))}
        </details>
      </aside>

      <section aria-label={label}>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          {/* The result count is this section's heading (h1 → h2 → the cards' h3). */}
          <h2 className="text-sm font-normal text-slate-600" aria-live="polite">
            {query.isSuccess && first ? t('browse.count', { count: first.total ?? products.length }) : t('browse.results')}
          </h2>
          <label className="flex items-center gap-2 text-sm">
            {t('browse.sortBy')}
            <select
              value={sort}
              onChange={(e) => update({ sort: e.target.value })}
              className="min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm"
            >
              {SORTS.filter((s) => s !== 'relevance' || q).map((s) => (
                <option key={s} value={s}>{t(`browse.sort.${s}`)}</option>
              ))}
            </select>
          </label>
        </div>

        {invalidRange ? <p className="mb-3 text-sm text-amber-800">{t('browse.invalidRange')}</p> : null}
        {query.isPending ? <Loading label={t('loadingProducts')} /> : null}
        {query.isError ? <ErrorAlert error={query.error} retry={() => void query.refetch()} /> : null}
        {query.isSuccess && products.length === 0 ? (
          <Empty title={q ? t('browse.noMatch', { q }) : t('browse.none')}>{t('browse.tryOther')}</Empty>
        ) : null}
        {products.length ? (
          <div className={query.isPlaceholderData ? 'opacity-60 transition-opacity' : ''}>
            <ProductGrid products={products} label={label} eager={2} />
          </div>
        ) : null}
        <div ref={sentinel} className="mt-6 flex justify-center">
          {hasNextPage ? (
            <Button variant="secondary" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
              {isFetchingNextPage ? t('browse.loadingMore') : t('browse.loadMore')}
            </Button>
          ) : null}
        </div>
        {query.isFetchNextPageError ? <ErrorAlert error={query.error} /> : null}
      </section>
    </div>
  );
}
