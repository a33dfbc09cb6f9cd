import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import { DomainError, isUniqueViolation } from '../../platform/errors';
import { recordEvent, recordEvents } from '../../platform/events/outbox';
import { uuidv7 } from 'uuidv7';
import type { RequestContext } from '../../platform/core/context';
import type { AuditService } from '../audit/index';
import * as repo from './repo';
import type { ProductInput } from './schema';
import { safeCell, UTF8_BOM } from './csv-encoding';
import { buildSnapshot, type CatalogService } from './service';
import type { Storefront } from './storefront';
import { actionFor } from './transitions';
import { createImportJobs } from './imports';
import type { Logger } from 'pino';

import { type CsvRow, type ImportError, type ImportResult, parseCatalogCsv } from './csv-rows';
export * from './csv-rows';

/** Stock counts go through inventory (it owns stock): the inventory service satisfies this. */
export interface StockCounts {
  setOnHandMany(tx: Db, ctx: RequestContext, items: { sku: string; onHand: number }[]): Promise<unknown>;
  forget(skus: string[]): Promise<void>;
  list(f: { limit: number; cursor?: string }): Promise<{ items: { sku: string; onHand: number }[]; nextCursor: string | null }>;
}

export const CSV_COLUMNS = ['slug', 'title', 'description', 'category', 'status', 'sku', 'price', 'compare_at_price', 'option_size', 'option_color', 'stock', 'tags', 'weight_grams', 'tax_class'] as const;

/** Upserts products from CSV rows, one product (all its lines) at a time: it applies whole or not at all. */
export async function importCatalogCsv(
  deps: { db: Db; catalog: CatalogService; storefront: Storefront; audit: AuditService; stock: StockCounts | null },
  ctx: RequestContext,
  input: string | { rows: CsvRow[]; errors: ImportError[] },
  opts: { onProgress?: (done: number, total: number) => void | Promise<void>; chunk?: number } = {},
): Promise<ImportResult> {
  const { db, catalog } = deps;
  const { createInTx, updateFieldsInTx, syncVariants, transitionInTx, loadProduct, eventData } = catalog.internals;
  const parsed = typeof input === 'string' ? parseCatalogCsv(input) : input;
  const errors = [...parsed.errors];
  const badLines = new Set(errors.map((e) => e.line));
  const groups = new Map<string, CsvRow[]>();
  for (const row of parsed.rows) {
    const list = groups.get(row.slug) ?? [];
    list.push(row);
    groups.set(row.slug, list);
  }
  // A SKU twice in the file: both lines are wrong.
  const seen = new Map<string, number>();
  for (const row of parsed.rows) {
    const first = seen.get(row.variant.sku);
    if (first !== undefined && !badLines.has(row.line)) {
      errors.push({ line: row.line, column: 'sku', message: `column sku: ${row.variant.sku} already appears on line ${first}` });
      badLines.add(row.line);
    } else if (first === undefined) seen.set(row.variant.sku, row.line);
  }
  const categories = new Map((await repo.allCategories(db)).map((c) => [c.slug, c.id]));
  let created = 0;
  let unchangedCount = 0;
  let updated = 0;
  let done = 0;
  const total = parsed.rows.length;
  const slugsToInvalidate: string[] = [];
  const skusTouched: string[] = [];
  const entries = [...groups.entries()];
  const chunk = opts.chunk ?? 250;

  // Current stock counts, so unchanged `stock` values write nothing (no zero-delta ledger rows).
  const onHand = new Map<string, number>();
  if (deps.stock && parsed.rows.some((r) => r.stock !== null)) {
    let cursor: string | undefined;
    do {
      const page = await deps.stock.list({ limit: 100, cursor });
      for (const st of page.items) onHand.set(st.sku, st.onHand);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  /** Products the file describes exactly as they are (a re-imported export): nothing to write. */
  async function findUnchanged(tx: Db, groups: [string, CsvRow[]][]): Promise<Set<string>> {
    const out = new Set<string>();
    const usable = groups.filter(([, rows]) => !rows.some((r) => badLines.has(r.line)));
    if (usable.length === 0) return out;
    const products = (await tx.selectFrom('catalog.products').selectAll().where('slug', 'in', usable.map(([slug]) => slug)).execute()) as repo.ProductRow[];
    const bySlug = new Map(products.map((p) => [p.slug, p]));
    const variants = await repo.variantsOf(tx, products.map((p) => p.id));
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    for (const [slug, rows] of usable) {
      const p = bySlug.get(slug);
      if (!p) continue;
      const head = rows[0];
      const title = rows.find((r) => r.title)?.title ?? p.title;
      const categorySlug = rows.find((r) => r.category)?.category ?? null;
      const status = rows.find((r) => r.status)?.status ?? p.status;
      const current = variants.get(p.id) ?? [];
      if (current.length !== rows.length) continue;
      if (title !== p.title || status !== p.status || (status === 'published' && p.published_version !== p.version)) continue;
      if (head.description !== null && head.description !== p.description) continue;
      if (head.tags !== null && !same(head.tags, p.tags)) continue;
      if (head.taxClass !== null && head.taxClass !== p.tax_class) continue;
      if (categorySlug !== null && categories.get(categorySlug) !== p.category_id) continue;
      const matches = rows.every((r, i) => {
        const v = current[i];
        return v.sku === r.variant.sku && v.price === r.variant.price
          && (r.variant.compareAtPrice === undefined || r.variant.compareAtPrice === v.compare_at_price)
          && same(r.variant.options ?? {}, v.options) && (r.variant.weightGrams === undefined || r.variant.weightGrams === v.weight_grams)
          && (r.stock === null || onHand.get(r.variant.sku) === r.stock);
      });
      if (matches) out.add(slug);
    }
    unchangedCount += out.size;
    return out;
  }

  /** One product through the full service path (updates, and anything the bulk path cannot take). */
  async function applyOne(tx: Db, slug: string, rows: CsvRow[]): Promise<void> {
    const lineErrors: ImportError[] = [];
    const fail = (row: CsvRow, column: string | undefined, message: string) => lineErrors.push({ line: row.line, ...(column ? { column } : {}), message });
    if (rows.some((r) => badLines.has(r.line))) {
      for (const r of rows) if (!badLines.has(r.line)) fail(r, undefined, `not applied: another line of product ${slug} has errors`);
      errors.push(...lineErrors);
      return;
    }
    const head = rows[0];
    const title = rows.find((r) => r.title)?.title ?? '';
    const categorySlug = rows.find((r) => r.category)?.category ?? null;
    const categoryId = categorySlug ? categories.get(categorySlug) : null;
    if (categorySlug && !categoryId) fail(head, 'category', `column category: no category has the slug "${categorySlug}"`);
    const status = rows.find((r) => r.status)?.status ?? null;
    await sql`savepoint import_product`.execute(tx);
    try {
      if (lineErrors.length) throw new ImportLineError();
      const owners = await repo.skuOwners(tx, rows.map((r) => r.variant.sku));
      const ownerIds = new Set(owners.values());
      const bySlug = await repo.findProductBySlug(tx, slug, true);
      if (ownerIds.size > 1 || (ownerIds.size === 1 && bySlug && !ownerIds.has(bySlug.id))) {
        for (const r of rows) if (owners.has(r.variant.sku) && owners.get(r.variant.sku) !== bySlug?.id) fail(r, 'sku', `column sku: ${r.variant.sku} belongs to another product`);
        if (lineErrors.length === 0) fail(head, 'sku', 'column sku: the SKUs of this product belong to different products');
        throw new ImportLineError();
      }
      const targetId = bySlug?.id ?? [...ownerIds][0];
      const variants = rows.map((r) => r.variant);
      let productId: string;
      if (!targetId) {
        if (!title) {
          fail(head, 'title', 'column title: required for a new product');
          throw new ImportLineError();
        }
        const input: ProductInput = { title, slug, description: head.description ?? '', categoryId: categoryId ?? null, tags: head.tags ?? [], taxClass: head.taxClass ?? 'standard', variants };
        productId = (await createInTx(tx, ctx, input)).id;
        created++;
      } else {
        const row = (await repo.findProduct(tx, targetId, true))!;
        const before = await loadProduct(tx, row);
        const next = await updateFieldsInTx(tx, row, {
          ...(slug !== row.slug ? { slug } : {}),
          ...(title ? { title } : {}),
          ...(head.description !== null ? { description: head.description } : {}),
          ...(categorySlug !== null ? { categoryId } : {}),
          ...(head.tags !== null ? { tags: head.tags } : {}),
          ...(head.taxClass !== null ? { taxClass: head.taxClass } : {}),
        });
        await syncVariants(tx, targetId, variants, false);
        const after = await loadProduct(tx, next);
        await deps.audit.record(tx, ctx, { action: 'product.imported', entityType: 'product', entityId: targetId, before, after });
        await recordEvent(tx, { type: 'product.updated', aggregateType: 'product', aggregateId: targetId, data: eventData(after) });
        productId = targetId;
        updated++;
      }
      if (status) {
        const row = (await repo.findProduct(tx, productId, true))!;
        const action = actionFor(row.status, status);
        if (action) {
          const r = await transitionInTx(tx, ctx, row, action);
          slugsToInvalidate.push(...r.slugs);
        } else if (row.status !== status) {
          fail(head, 'status', `column status: a ${row.status} product cannot become ${status}`);
          throw new ImportLineError();
        }
      }
      if (deps.stock) {
        const counts = rows.filter((r) => r.stock !== null && onHand.get(r.variant.sku) !== r.stock).map((r) => ({ sku: r.variant.sku, onHand: r.stock! }));
        await deps.stock.setOnHandMany(tx, ctx, counts);
        skusTouched.push(...counts.map((c) => c.sku));
      }
      await sql`release savepoint import_product`.execute(tx);
    } catch (err) {
      await sql`rollback to savepoint import_product`.execute(tx);
      const expected = err instanceof ImportLineError || err instanceof DomainError || isUniqueViolation(err);
      if (!expected) throw err;
      if (lineErrors.length === 0) {
        const message = err instanceof DomainError ? (err.detail ?? err.code) : 'a SKU or slug of this product is already used by another product';
        const column = err instanceof DomainError && err.code === 'slug_taken' ? 'slug' : err instanceof DomainError && err.code !== 'sku_taken' ? undefined : 'sku';
        for (const r of rows) fail(r, column, column ? `column ${column}: ${message}` : message);
      }
      errors.push(...lineErrors);
    }
  }

  /**
   * New products (no slug or SKU known yet, the common case of a first import) go in a few
   * set-based statements: products, variants, stock records, snapshots, events, one audit entry
   * for the batch. Returns the groups it did not take; on any failure, all of them.
   */
  async function applyNewInBulk(tx: Db, batch: [string, CsvRow[]][]): Promise<[string, CsvRow[]][]> {
    const unchanged = await findUnchanged(tx, batch);
    const candidates = batch.filter(([slug, rows]) => {
      if (unchanged.has(slug) || rows.some((r) => badLines.has(r.line))) return false;
      const categorySlug = rows.find((r) => r.category)?.category ?? null;
      const status = rows.find((r) => r.status)?.status ?? null;
      return !!rows.find((r) => r.title) && (!categorySlug || categories.has(categorySlug)) && status !== 'archived';
    });
    if (candidates.length === 0) return batch.filter(([slug]) => !unchanged.has(slug));
    const slugs = candidates.map(([slug]) => slug);
    const { rows: taken } = await sql<{ slug: string }>`
      select slug from catalog.products where slug = any(${slugs}::text[])
      union select slug from catalog.published_products where slug = any(${slugs}::text[])`.execute(tx);
    const takenSlugs = new Set(taken.map((r) => r.slug));
    const owners = await repo.skuOwners(tx, candidates.flatMap(([, rows]) => rows.map((r) => r.variant.sku)));
    const fresh = candidates.filter(([slug, rows]) => !takenSlugs.has(slug) && rows.every((r) => !owners.has(r.variant.sku)));
    if (fresh.length === 0) return batch.filter(([slug]) => !unchanged.has(slug));
    const freshSet = new Set([...fresh.map(([slug]) => slug), ...unchanged]);
    const at = new Date();
    const products: repo.ProductRow[] = [];
    const variants = new Map<string, repo.VariantRow[]>();
    const stockRows: { sku: string; stock: number }[] = [];
    for (const [slug, rows] of fresh) {
      const head = rows[0];
      const id = uuidv7();
      const publish = rows.some((r) => r.status === 'published');
      const categorySlug = rows.find((r) => r.category)?.category ?? null;
      products.push({
        id,
        title: rows.find((r) => r.title)!.title,
        slug,
        description: head.description ?? '',
        category_id: categorySlug ? categories.get(categorySlug)! : null,
        tags: head.tags ?? [],
        attributes: {},
        tax_class: head.taxClass ?? 'standard',
        status: publish ? 'published' : 'draft',
        // created (version 1), then published (version 2), as the one-by-one path would leave it
        version: publish ? 2 : 1,
        published_version: publish ? 2 : null,
        published_at: publish ? at : null,
        created_at: at,
        updated_at: at,
      });
      variants.set(id, rows.map((r, position) => ({
        id: uuidv7(),
        product_id: id,
        sku: r.variant.sku,
        price: r.variant.price,
        compare_at_price: r.variant.compareAtPrice ?? null,
        options: r.variant.options ?? {},
        weight_grams: r.variant.weightGrams ?? null,
        position,
      })));
      for (const r of rows) if (r.stock !== null && r.stock > 0) stockRows.push({ sku: r.variant.sku, stock: r.stock });
    }
    await sql`savepoint import_bulk`.execute(tx);
    try {
      await tx.insertInto('catalog.products').values(products.map((p) => ({ ...p, tags: JSON.stringify(p.tags), attributes: JSON.stringify(p.attributes) }))).execute();
      const allVariants = [...variants.values()].flat();
      await tx.insertInto('catalog.variants').values(allVariants.map((v) => ({ ...v, options: JSON.stringify(v.options) }))).execute();
      await catalog.stock?.ensureStock(tx, allVariants.map((v) => ({ sku: v.sku, productId: v.product_id })));
      const published = products.filter((p) => p.status === 'published');
      await repo.writeSnapshots(tx, published.map((p) => buildSnapshot(p, variants.get(p.id)!, [], at)));
      const summary = (p: repo.ProductRow) => ({ id: p.id, slug: p.slug, title: p.title, status: p.status, version: p.version, publishedAt: p.published_at ? at.toISOString() : null });
      await recordEvents(tx, [
        ...products.map((p) => ({ type: 'product.created', aggregateType: 'product', aggregateId: p.id, data: { ...summary(p), status: 'draft', version: 1, publishedAt: null } })),
        ...published.map((p) => ({ type: 'product.published', aggregateType: 'product', aggregateId: p.id, data: summary(p) })),
      ]);
      await deps.audit.record(tx, ctx, {
        action: 'product.imported',
        entityType: 'product',
        entityId: null,
        before: null,
        after: { created: products.map((p) => ({ ...summary(p), variants: variants.get(p.id)!.map((v) => ({ sku: v.sku, price: v.price, compareAtPrice: v.compare_at_price, options: v.options })) })) },
      });
      await deps.stock?.setOnHandMany(tx, ctx, stockRows.map((r) => ({ sku: r.sku, onHand: r.stock })));
      skusTouched.push(...stockRows.map((r) => r.sku));
      await sql`release savepoint import_bulk`.execute(tx);
    } catch (err) {
      // A concurrent writer took a slug or SKU meanwhile: the one-by-one path sorts it out per product.
      await sql`rollback to savepoint import_bulk`.execute(tx);
      if (!(err instanceof DomainError) && !isUniqueViolation(err)) throw err;
      return batch.filter(([slug]) => !unchanged.has(slug));
    }
    created += products.length;
    slugsToInvalidate.push(...products.filter((p) => p.status === 'published').map((p) => p.slug));
    return batch.filter(([slug]) => !freshSet.has(slug));
  }

  for (let i = 0; i < entries.length; i += chunk) {
    const batch = entries.slice(i, i + chunk);
    await db.transaction().execute(async (tx) => {
      const rest = await applyNewInBulk(tx, batch);
      for (const [slug, rows] of rest) await applyOne(tx, slug, rows);
    });
    done += batch.reduce((sum, [, rows]) => sum + rows.length, 0);
    await opts.onProgress?.(done, total);
    // Between batches the event loop serves requests (and, embedded, the database serves them too).
    await yieldToLoop();
  }
  // In slices: 100,000 keys spread into one call overflow the stack (issue 11 finding 5).
  const uniqueSlugs = [...new Set(slugsToInvalidate)];
  for (let i = 0; i < uniqueSlugs.length; i += 500) await deps.storefront.invalidateProducts(uniqueSlugs.slice(i, i + 500));
  if (deps.stock) for (let i = 0; i < skusTouched.length; i += 1000) await deps.stock.forget(skusTouched.slice(i, i + 1000));
  errors.sort((a, b) => a.line - b.line);
  return { created, updated, unchanged: unchangedCount, errors };
}

class ImportLineError extends Error {}

/** One row per variant, columns as the importer reads them (a round trip changes nothing). */
export async function exportCatalogCsv(deps: { db: Db; stock: StockCounts | null }): Promise<string> {
  const { db } = deps;
  const onHand = new Map<string, number>();
  if (deps.stock) {
    let cursor: string | undefined;
    do {
      const page = await deps.stock.list({ limit: 100, cursor });
      for (const s of page.items) onHand.set(s.sku, s.onHand);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  const { rows } = await sql<{ slug: string; title: string; description: string; category: string | null; status: string; tags: string[]; sku: string; price: number; compare_at_price: number | null; options: Record<string, string>; weight_grams: number | null; tax_class: string }>`
    select p.slug, p.title, p.description, c.slug as category, p.status, p.tags, v.sku, v.price, v.compare_at_price, v.options, v.weight_grams, p.tax_class
    from catalog.products p join catalog.variants v on v.product_id = p.id left join catalog.categories c on c.id = p.category_id
    order by p.slug, v.position, v.id`.execute(db);
  const extraOptions = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r.options)) if (k !== 'size' && k !== 'color') extraOptions.add(k);
  const extras = [...extraOptions].sort();
  const header = [...CSV_COLUMNS, ...extras.map((k) => `option_${k}`)];
  const records = rows.map((r) => [
    r.slug,
    r.title,
    r.description,
    r.category ?? '',
    r.status,
    r.sku,
    r.price,
    r.compare_at_price ?? '',
    r.options.size ?? '',
    r.options.color ?? '',
    deps.stock ? (onHand.get(r.sku) ?? 0) : '',
    r.tags.join('|'),
    r.weight_grams ?? '',
    r.tax_class,
    ...extras.map((k) => r.options[k] ?? ''),
  ].map(safeCell));
  // The BOM makes Excel read UTF-8 (Japanese titles intact); the importer skips it.
  return UTF8_BOM + stringify([header, ...records]);
}

export function createCatalogCsv(deps: { db: Db; catalog: CatalogService; storefront: Storefront; audit: AuditService; stock: StockCounts | null; log?: Logger }) {
  const jobs = createImportJobs({ db: deps.db, log: deps.log, run: (ctx, parsed, opts) => importCatalogCsv(deps, ctx, parsed, opts) });
  return {
    import: (ctx: RequestContext, input: string | { rows: CsvRow[]; errors: ImportError[] }, opts?: { onProgress?: (done: number, total: number) => void | Promise<void>; chunk?: number }) => importCatalogCsv(deps, ctx, input, opts),
    /** The HTTP import: bytes in any supported encoding; 202 and a job for large files. */
    submit: jobs.submit,
    importStatus: jobs.get,
    drainImports: jobs.drain,
    stopImports: jobs.stop,
    export: () => exportCatalogCsv(deps),
  };
}
export type CatalogCsv = ReturnType<typeof createCatalogCsv>;
