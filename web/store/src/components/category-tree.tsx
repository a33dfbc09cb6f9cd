import { Link } from 'react-router';
import type { Category } from '../lib/types';

export function CategoryTree({ categories, level = 0 }: { categories: Category[]; level?: number }) {
  return (
    <ul className={level === 0 ? 'grid gap-3 sm:grid-cols-2 lg:grid-cols-3' : 'mt-2 flex flex-wrap gap-2'}>
      {categories.map((c) =>
        level === 0 ? (
          <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-4">
            <Link to={`/c/${c.slug}`} className="text-base font-semibold text-slate-900 hover:underline">
              {c.name}
            </Link>
            {c.children?.length ? <CategoryTree categories={c.children} level={level + 1} /> : null}
          </li>
        ) : (
          <li key={c.id}>
            <Link to={`/c/${c.slug}`} className="inline-flex min-h-9 items-center rounded-full border border-slate-200 px-3 text-sm text-slate-700 hover:bg-slate-100">
              {c.name}
            </Link>
            {c.children?.length ? <CategoryTree categories={c.children} level={level + 1} /> : null}
          </li>
        ),
      )}
    </ul>
  );
}

/** Depth-first search for the category with `slug`, with the path of its ancestors. */
export function findCategory(tree: Category[], slug: string, trail: Category[] = []): { category: Category; trail: Category[] } | null {
  for (const c of tree) {
    if (c.slug === slug) return { category: c, trail };
    const hit = findCategory(c.children ?? [], slug, [...trail, c]);
    if (hit) return hit;
  }
  return null;
}
