import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { findCategory } from '../components/category-tree';
import { ProductBrowser } from '../components/product-browser';
import { PageTitle } from '../components/ui';
import { usePageTitle } from '../lib/page-title';
import { useCategories } from '../lib/queries';

export default function CategoryPage() {
  const { t } = useTranslation('shop');
  const { slug = '' } = useParams();
  const { data: tree } = useCategories();
  const hit = tree ? findCategory(tree, slug) : null;
  const name = hit?.category.name ?? (tree ? t('category.fallback') : '');
  usePageTitle(tree ? name : undefined);

  return (
    <>
      <nav aria-label={t('breadcrumb')} className="mb-2 text-sm text-slate-600">
        <ol className="flex flex-wrap gap-1">
          <li><Link to="/" className="hover:underline">{t('home.link')}</Link></li>
          {hit?.trail.map((c) => (
            <li key={c.id}>
              <span aria-hidden="true">/ </span>
              <Link to={`/c/${c.slug}`} className="hover:underline">{c.name}</Link>
            </li>
          ))}
          {hit ? <li aria-current="page"><span aria-hidden="true">/ </span>{hit.category.name}</li> : null}
        </ol>
      </nav>
      <PageTitle>{name}</PageTitle>
      {hit?.category.children?.length ? (
        <ul aria-label={t('category.subcategories')} className="mb-4 flex flex-wrap gap-2">
          {hit.category.children.map((c) => (
            <li key={c.id}>
              <Link to={`/c/${c.slug}`} className="inline-flex min-h-11 items-center rounded-full border border-slate-300 bg-white px-4 text-sm hover:bg-slate-100">{c.name}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <ProductBrowser key={slug} category={slug} label={t('category.products', { name })} />
    </>
  );
}
