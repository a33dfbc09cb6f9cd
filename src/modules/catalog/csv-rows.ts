import { compareAtProblem } from './price-rules';
import { parse as parseStream } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { DomainError } from '../../platform/errors';
import { isSku } from '../../platform/core/schemas';
import { ProductInput as ProductInputSchema, VariantInput as VariantInputSchema, type VariantInput } from './schema';
import { slugify } from './search';
import type { ProductStatus } from './transitions';

/** Reading and checking CSV lines (pure: no database). */

export interface ImportError {
  line: number;
  column?: string;
  message: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  /** Products the file described exactly as they already were: nothing written. */
  unchanged: number;
  errors: ImportError[];
}

export interface CsvRow {
  line: number;
  slug: string;
  title: string;
  description: string | null;
  category: string | null;
  status: ProductStatus | null;
  tags: string[] | null;
  /** null: the column is absent or empty (a new product is standard-rated, an existing one keeps its class). */
  taxClass: 'standard' | 'reduced' | 'exempt' | null;
  variant: VariantInput;
  stock: number | null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATUSES = new Set(['draft', 'published', 'archived']);
const TAX_CLASSES = new Set(['standard', 'reduced', 'exempt']);

function int(value: string, column: string, line: number, errors: ImportError[], max = 1_000_000_000): number | null {
  if (value === '') return null;
  if (!/^\d+$/.test(value) || Number(value) > max) {
    errors.push({ line, column, message: `column ${column}: "${value}" is not a whole number from 0 to ${max}` });
    return null;
  }
  return Number(value);
}

// The API's own validators: a CSV line may hold nothing the JSON API would refuse.
const checkVariant = TypeCompiler.Compile(VariantInputSchema);
const checkProductFields = TypeCompiler.Compile(Type.Pick(ProductInputSchema, ['title', 'description', 'tags']));
const COLUMN_OF: Record<string, string> = { compareAtPrice: 'compare_at_price', weightGrams: 'weight_grams' };

function schemaErrors(line: number, value: unknown, check: typeof checkVariant | typeof checkProductFields, errors: ImportError[]): void {
  if (check.Check(value)) return;
  for (const e of check.Errors(value)) {
    const [field, option] = e.path.replace(/^\//, '').split('/');
    const column = field === 'options' ? (option ? `option_${option}` : 'options') : (COLUMN_OF[field] ?? field ?? 'line');
    const what = field === 'options' && !option ? 'at most 10 option columns with values' : e.message;
    errors.push({ line, column, message: `column ${column}: ${what}${field === 'options' && option ? ' (option names: letters, digits, space, _ and -, up to 40; values up to 100 characters)' : ''}` });
    return;
  }
}

type CsvRecord = { record: Record<string, string>; info: { lines: number } };
const CSV_OPTIONS = { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), bom: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: false } as const;
const unreadable = (err: unknown) => {
  const e = err as { lines?: number; message?: string };
  return new DomainError('validation_failed', `The CSV cannot be read${e.lines ? ` (line ${e.lines})` : ''}: ${e.message ?? 'malformed'}`, { errors: [{ path: `line ${e.lines ?? 0}`, message: e.message ?? 'malformed CSV' }] });
};

/** Files longer than this are refused with 413 (API.md: over 100,000 rows). */
export const MAX_IMPORT_ROWS = 100_000;
const tooManyRows = () => new DomainError('payload_too_large', `A CSV import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows; split the file`);

/**
 * Parses and checks every line (pure: no database). Lines with errors are reported, with their
 * column, and their product is left out entirely.
 */
export function parseCatalogCsv(text: string): { rows: CsvRow[]; errors: ImportError[] } {
  let records: CsvRecord[];
  try {
    records = parse(text, CSV_OPTIONS);
  } catch (err) {
    throw unreadable(err);
  }
  if (records.length > MAX_IMPORT_ROWS) throw tooManyRows();
  return checkRecords(records);
}

/**
 * The same, for large files: parsed as a stream and checked in slices, giving the event loop back
 * between slices so the server keeps answering (the embedded database shares this thread).
 */
export async function parseCatalogCsvAsync(text: string): Promise<{ rows: CsvRow[]; errors: ImportError[] }> {
  const records: CsvRecord[] = [];
  const parser = parseStream(CSV_OPTIONS);
  const done = (async () => {
    for await (const r of parser) {
      records.push(r as CsvRecord);
      if (records.length > MAX_IMPORT_ROWS) throw tooManyRows();
      if (records.length % 500 === 0) await yieldToLoop();
    }
  })();
  done.catch(() => {});
  try {
    const SLICE = 64 * 1024;
    for (let i = 0; i < text.length; i += SLICE) {
      if (!parser.write(text.slice(i, i + SLICE))) await new Promise((r) => parser.once('drain', r));
      await yieldToLoop();
    }
    parser.end();
    await done;
  } catch (err) {
    parser.destroy();
    if (err instanceof DomainError) throw err;
    throw unreadable(err);
  }
  const out = { rows: [] as CsvRow[], errors: [] as ImportError[] };
  const headersOf = records[0];
  for (let i = 0; i < records.length; i += 500) {
    const part = checkRecords(records.slice(i, i + 500), headersOf);
    out.rows.push(...part.rows);
    out.errors.push(...part.errors);
    await yieldToLoop();
  }
  return out;
}

function checkRecords(records: CsvRecord[], first: CsvRecord | undefined = records[0]): { rows: CsvRow[]; errors: ImportError[] } {
  if (records.length === 0 || !first) return { rows: [], errors: [] };
  const headers = Object.keys(first.record);
  const missing = ['sku', 'price'].filter((c) => !headers.includes(c));
  if (missing.length || (!headers.includes('slug') && !headers.includes('title'))) {
    throw new DomainError('validation_failed', `The CSV header must name the columns sku, price and slug or title (missing: ${[...missing, ...(!headers.includes('slug') && !headers.includes('title') ? ['slug/title'] : [])].join(', ')})`);
  }
  const rows: CsvRow[] = [];
  const errors: ImportError[] = [];
  for (const { record: r, info } of records) {
    const line = info.lines;
    const before = errors.length;
    // A leading apostrophe before a formula character is the export's CSV-injection guard: undone here,
    // so an exported file re-imports unchanged.
    const get = (c: string) => (r[c] ?? '').trim().replace(/^'(?=[=+\-@\t\r])/, '');
    const title = get('title');
    let slug = get('slug');
    if (slug && !SLUG.test(slug)) errors.push({ line, column: 'slug', message: `column slug: "${slug}" must be lower-case letters, digits and hyphens` });
    if (!slug && !title) errors.push({ line, column: 'slug', message: 'column slug: give a slug or a title' });
    if (!slug && title) slug = slugify(title, 'product');
    if (title.length > 200) errors.push({ line, column: 'title', message: 'column title: longer than 200 characters' });
    else if (headers.includes('description') || headers.includes('tags') || title) {
      schemaErrors(line, {
        ...(title ? { title } : {}),
        ...(headers.includes('description') ? { description: get('description') } : {}),
        ...(headers.includes('tags') ? { tags: get('tags').split('|').map((t) => t.trim()).filter(Boolean) } : {}),
      }, checkProductFields, errors);
    }
    const sku = get('sku');
    if (!isSku(sku)) errors.push({ line, column: 'sku', message: sku ? `column sku: "${sku}" is not a valid SKU` : 'column sku: required' });
    const price = int(get('price'), 'price', line, errors);
    if (get('price') === '') errors.push({ line, column: 'price', message: 'column price: required' });
    const compareAt = int(get('compare_at_price'), 'compare_at_price', line, errors);
    const compareAtIssue = price !== null && compareAtProblem(price, compareAt);
    if (compareAtIssue) errors.push({ line, column: 'compare_at_price', message: `column compare_at_price: ${compareAtIssue}` });
    const weight = int(get('weight_grams'), 'weight_grams', line, errors, 10_000_000);
    const stock = int(get('stock'), 'stock', line, errors);
    const status = get('status').toLowerCase();
    if (status && !STATUSES.has(status)) errors.push({ line, column: 'status', message: `column status: "${status}" is not draft, published or archived` });
    const taxClass = get('tax_class').toLowerCase();
    if (taxClass && !TAX_CLASSES.has(taxClass)) errors.push({ line, column: 'tax_class', message: `column tax_class: "${taxClass}" is not standard, reduced or exempt` });
    const options: Record<string, string> = {};
    for (const h of headers) {
      if (!h.startsWith('option_')) continue;
      const v = get(h);
      const name = h.slice('option_'.length);
      if (v) options[name] = v;
    }
    if (errors.length === before) {
      schemaErrors(line, { sku, price: price ?? 0, options, ...(compareAt !== null ? { compareAtPrice: compareAt } : {}), ...(weight !== null ? { weightGrams: weight } : {}) }, checkVariant, errors);
    }
    if (errors.length > before) {
      rows.push({ line, slug, title, description: null, category: null, status: null, tags: null, taxClass: null, variant: { sku, price: 0 }, stock: null });
      continue;
    }
    rows.push({
      line,
      slug,
      title,
      description: headers.includes('description') ? get('description') : null,
      category: get('category') || null,
      status: (status || null) as ProductStatus | null,
      tags: headers.includes('tags') ? get('tags').split('|').map((s) => s.trim()).filter(Boolean) : null,
      taxClass: (taxClass || null) as CsvRow['taxClass'],
      // An absent column leaves the value as it is; a present but empty cell clears it.
      variant: { sku, price: price!, compareAtPrice: headers.includes('compare_at_price') ? compareAt : undefined, options, weightGrams: headers.includes('weight_grams') ? weight : undefined },
      stock,
    });
  }
  return { rows, errors };
}

