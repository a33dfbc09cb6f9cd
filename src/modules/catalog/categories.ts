import type { Updateable } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { RequestContext } from '../../platform/core/context';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import { recordEvent } from '../../platform/events/outbox';
import type { CatalogDeps } from './ports';
import { toCategory } from './present';
import { mapUnique } from './product-tx';
import * as repo from './repo/categories';
import type { Category, CategoryInput, CategoryPatch } from './schema';
import { slugify } from './search';
import type { CategoriesTable } from './tables';

/** Categories: a tree the admin edits; the storefront's category caches go after each change. */

type Deps = Pick<CatalogDeps, 'db' | 'audit' | 'clock' | 'storefront'>;

async function record(d: Deps, tx: Db, ctx: RequestContext, type: string, id: string, before: Category | null, after: Category | null, data: Record<string, unknown>): Promise<void> {
  await d.audit.record(tx, ctx, { action: type, entityType: 'category', entityId: id, before, after });
  await recordEvent(tx, { type, aggregateType: 'category', aggregateId: id, data });
}

async function checkParent(tx: Db, parentId: string | null | undefined): Promise<void> {
  if (parentId && !(await repo.categoryById(tx, parentId))) {
    throw new DomainError('unprocessable', `Parent category ${parentId} does not exist`, { errors: [{ path: 'parentId', message: 'does not name a category' }] });
  }
}

export async function listCategories(d: Deps): Promise<Category[]> {
  return (await repo.allCategories(d.db)).map(toCategory);
}

export async function createCategory(d: Deps, ctx: RequestContext, input: CategoryInput): Promise<Category> {
  const category = await d.db.transaction().execute(async (tx) => {
    await checkParent(tx, input.parentId);
    const slug = input.slug ?? slugify(input.name, 'category');
    if (await repo.categoryBySlug(tx, slug)) throw new DomainError('slug_taken', `The category slug ${slug} is already in use`);
    const c = toCategory(await repo.insertCategory(tx, { id: uuidv7(), name: input.name.trim(), slug, parent_id: input.parentId ?? null, position: input.position ?? 0 }));
    await record(d, tx, ctx, 'category.created', c.id, null, c, c);
    return c;
  }).catch(mapUnique);
  await d.storefront.invalidateCategories([]);
  return category;
}

export async function updateCategory(d: Deps, ctx: RequestContext, id: string, patch: CategoryPatch): Promise<Category> {
  const { category, slugs } = await d.db.transaction().execute(async (tx) => {
    const before = await repo.categoryById(tx, id);
    if (!before) throw notFound('Category');
    if (patch.parentId) {
      await checkParent(tx, patch.parentId);
      if ((await repo.categoryWithDescendants(tx, id)).includes(patch.parentId)) {
        throw new DomainError('unprocessable', 'A category cannot move under itself or one of its descendants', { errors: [{ path: 'parentId', message: 'would make a cycle' }] });
      }
    }
    if (patch.slug !== undefined && patch.slug !== before.slug && (await repo.categoryBySlug(tx, patch.slug))) {
      throw new DomainError('slug_taken', `The category slug ${patch.slug} is already in use`);
    }
    const set: Updateable<CategoriesTable> = { updated_at: d.clock.now() };
    if (patch.name !== undefined) set.name = patch.name.trim();
    if (patch.slug !== undefined) set.slug = patch.slug;
    if (patch.parentId !== undefined) set.parent_id = patch.parentId;
    if (patch.position !== undefined) set.position = patch.position;
    const c = toCategory(await repo.updateCategory(tx, id, set));
    await record(d, tx, ctx, 'category.updated', id, toCategory(before), c, c);
    // Live snapshots show the category's name and slug: their cached details go too.
    return { category: c, slugs: await repo.publishedSlugsInCategory(tx, id) };
  }).catch(mapUnique);
  await d.storefront.invalidateCategories(slugs);
  return category;
}

export async function deleteCategory(d: Deps, ctx: RequestContext, id: string): Promise<void> {
  await d.db.transaction().execute(async (tx) => {
    const before = await repo.categoryById(tx, id);
    if (!before) throw notFound('Category');
    const { children, products } = await repo.lockCategoryUsage(tx, id);
    if (children > 0 || products > 0) {
      throw new DomainError('conflict', `Category ${before.slug} still has ${children} subcategories and ${products} products; move or delete them first`);
    }
    await repo.deleteCategory(tx, id);
    await record(d, tx, ctx, 'category.deleted', id, toCategory(before), null, { id, slug: before.slug });
  });
  await d.storefront.invalidateCategories([]);
}
