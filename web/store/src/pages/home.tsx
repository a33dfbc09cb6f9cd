import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CategoryTree } from '../components/category-tree';
import { ProductGrid } from '../components/product-card';
import { ErrorAlert, Loading } from '../components/ui';
import { serverStoreName, usePageTitle } from '../lib/page-title';
import { useCategories, useProducts, useSettings } from '../lib/queries';

export default function Home() {
  const { t } = useTranslation('shop');
  usePageTitle(null);
  const settings = useSettings();
  const categories = useCategories();
  const featured = useProducts({ sort: 'newest', limit: 8 });
  const products = featured.data?.pages[0]?.items ?? [];

  return (
    <div className="space-y-10">
      <section className="rounded-2xl bg-slate-900 px-6 py-10 text-white sm:px-10">
        {/* One line tall from the first paint, whatever the name turns out to be (CLS). */}
        <h1 className="min-h-9 truncate text-3xl font-bold tracking-tight sm:min-h-10 sm:text-4xl">{settings.data?.storeName ?? serverStoreName}</h1>
        <p className="mt-2 max-w-prose text-slate-300">{t('home.tagline')}</p>
        <Link to="/search?sort=newest" className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-white px-4 text-sm font-semibold text-slate-900 hover:bg-slate-200">
          {t('home.shopAll')}
        </Link>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-3 text-xl font-bold">{t('home.categories')}</h2>
        {categories.isPending ? <CategorySkeleton /> : null}
        {categories.isError ? <ErrorAlert error={categories.error} retry={() => void categories.refetch()} /> : null}
        {categories.data ? (categories.data.length ? <CategoryTree categories={categories.data} /> : <p className="text-slate-600">{t('home.noCategories')}</p>) : null}
      </section>

      <section aria-labelledby="featured-heading">
        <div className="mb-3 flex items-baseline justify-between">
          <h2 id="featured-heading" className="text-xl font-bold">{t('home.newArrivals')}</h2>
          <Link to="/search?sort=newest" className="text-sm font-medium text-slate-700 underline-offset-4 hover:underline">
            {t('home.seeAll')}
          </Link>
        </div>
        {featured.isPending ? <Loading label={t('loadingProducts')} /> : null}
        {featured.isError ? <ErrorAlert error={featured.error} retry={() => void featured.refetch()} /> : null}
        {featured.data ? (products.length ? <ProductGrid products={products} label={t('home.newArrivals')} eager={2} /> : <p className="text-slate-600">{t('home.noProducts')}</p>) : null}
      </section>
    </div>
  );
}

/** Placeholder boxes the size of the category cards, so the page below does not move when they arrive. */
function CategorySkeleton() {
  const { t } = useTranslation('shop');
  return (
    <div role="status" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <span className="sr-only">{t('loading')}</span>
      {[0, 1, 2].map((i) => (
        <div key={i} aria-hidden="true" className="h-[6.5rem] animate-pulse rounded-xl border border-slate-200 bg-white" />
      ))}
    </div>
  );
}
