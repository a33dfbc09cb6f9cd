import { Link, useParams } from 'react-router';
import { findCategory } from '../components/category-tree';
import { ProductBrowser } from '../components/product-browser';
import { PageTitle } from '../components/ui';
import { useCategories } from '../lib/queries';

export default function CategoryPage() {
  const { slug = '' } = useParams();
  const { data: tree } = useCategories();
  const hit = tree ? findCategory(tree, slug) : null;
  const name = hit?.category.name ?? (tree ? 'Category' : '');

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
        <ol className="flex flex-wrap gap-1">
          <li><Link to="/" className="hover:underline">Home</Link></li>
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
        <ul aria-label="Subcategories" className="mb-4 flex flex-wrap gap-2">
          {hit.category.children.map((c) => (
            <li key={c.id}>
              <Link to={`/c/${c.slug}`} className="inline-flex min-h-11 items-center rounded-full border border-slate-300 bg-white px-4 text-sm hover:bg-slate-100">{c.name}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <ProductBrowser key={slug} category={slug} label={`Products in ${name}`} />
    </>
  );
}
