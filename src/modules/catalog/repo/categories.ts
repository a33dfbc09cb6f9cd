import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../../platform/db/database';
import { tables } from '../../../platform/db/tables';
import { isUuid } from '../../../platform/core/schemas';
import type { CatalogTables, CategoriesTable, CategoryRow } from '../tables';

/** Categories. Every function runs in the handle it is given. */

const catalog = (q: Db) => tables<CatalogTables>(q);
const COLUMNS = ['id', 'name', 'slug', 'parent_id', 'position'] as const;

export async function categoryById(q: Db, id: string): Promise<CategoryRow | undefined> {
  if (!isUuid(id)) return undefined;
  return catalog(q).selectFrom('catalog.categories').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function categoryBySlug(q: Db, slug: string): Promise<CategoryRow | undefined> {
  return catalog(q).selectFrom('catalog.categories').select(COLUMNS).where('slug', '=', slug).executeTakeFirst();
}

export async function allCategories(q: Db): Promise<CategoryRow[]> {
  return catalog(q).selectFrom('catalog.categories').select(COLUMNS).orderBy('position').orderBy('name').orderBy('id').execute();
}

/** `id` and every category below it. */
export async function categoryWithDescendants(q: Db, id: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive tree(id) as (
      select id from catalog.categories where id = ${id}::uuid
      union all
      select c.id from catalog.categories c join tree t on c.parent_id = t.id
    ) select id from tree`.execute(q);
  return rows.map((r) => r.id);
}

export async function insertCategory(q: Db, values: Insertable<CategoriesTable>): Promise<CategoryRow> {
  return catalog(q).insertInto('catalog.categories').values(values).returning(COLUMNS).executeTakeFirstOrThrow();
}

export async function updateCategory(q: Db, id: string, set: Updateable<CategoriesTable>): Promise<CategoryRow> {
  return catalog(q).updateTable('catalog.categories').set(set).where('id', '=', id).returning(COLUMNS).executeTakeFirstOrThrow();
}

/** Locks the category and counts what still hangs on it: subcategories, and products (working copies and snapshots). */
export async function lockCategoryUsage(q: Db, id: string): Promise<{ children: number; products: number }> {
  await sql`select 1 from catalog.categories where id = ${id}::uuid for update`.execute(q);
  const { rows } = await sql<{ children: number; products: number }>`
    select (select count(*) from catalog.categories where parent_id = ${id}::uuid)::int as children,
           ((select count(*) from catalog.products where category_id = ${id}::uuid)
            + (select count(*) from catalog.published_products where category_id = ${id}::uuid))::int as products`.execute(q);
  return rows[0];
}

export async function deleteCategory(q: Db, id: string): Promise<void> {
  await catalog(q).deleteFrom('catalog.categories').where('id', '=', id).execute();
}

/** Slugs of the live snapshots in this category (they show its name and slug). */
export async function publishedSlugsInCategory(q: Db, id: string): Promise<string[]> {
  const rows = await catalog(q).selectFrom('catalog.published_products').select('slug').where('category_id', '=', id).execute();
  return rows.map((r) => r.slug);
}
