import { Link } from 'react-router';
import { CategoryTree } from '../components/category-tree';
import { ProductGrid } from '../components/product-card';
import { ErrorAlert, Loading } from '../components/ui';
import { useCategories, useProducts, useSettings } from '../lib/queries';

export default function Home() {
  const settings = useSettings();
  const categories = useCategories();
  const featured = useProducts({ sort: 'newest', limit: 8 });
  const products = featured.data?.pages[0]?.items ?? [];

  return (
    <div className="space-y-10">
      <section className="rounded-2xl bg-slate-900 px-6 py-10 text-white sm:px-10">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{settings.data?.storeName ?? 'Welcome'}</h1>
        <p className="mt-2 max-w-prose text-slate-300">New arrivals every week, delivered to your door in a slot that suits you.</p>
        <Link to="/search?sort=newest" className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-white px-4 text-sm font-semibold text-slate-900 hover:bg-slate-200">
          Shop all products
        </Link>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-3 text-xl font-bold">Categories</h2>
        {categories.isPending ? <Loading label="Loading categories…" /> : null}
        {categories.isError ? <ErrorAlert error={categories.error} retry={() => void categories.refetch()} /> : null}
        {categories.data ? (categories.data.length ? <CategoryTree categories={categories.data} /> : <p className="text-slate-600">No categories yet.</p>) : null}
      </section>

      <section aria-labelledby="featured-heading">
        <div className="mb-3 flex items-baseline justify-between">
          <h2 id="featured-heading" className="text-xl font-bold">New arrivals</h2>
          <Link to="/search?sort=newest" className="text-sm font-medium text-slate-700 underline-offset-4 hover:underline">
            See all
          </Link>
        </div>
        {featured.isPending ? <Loading label="Loading products…" /> : null}
        {featured.isError ? <ErrorAlert error={featured.error} retry={() => void featured.refetch()} /> : null}
        {featured.data ? (products.length ? <ProductGrid products={products} label="New arrivals" /> : <p className="text-slate-600">No products yet.</p>) : null}
      </section>
    </div>
  );
}
