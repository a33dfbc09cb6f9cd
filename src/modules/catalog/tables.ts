import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CsvEncoding } from './csv-encoding';
import type { ProductStatus } from './transitions';

/**
 * The catalog schema as the repositories see it (`tables<CatalogTables>(db)`), matching
 * the SQL migrations in `migrations/`. jsonb columns read as their value and are written as JSON text.
 */

/** A jsonb column without a default: read as `T`, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;
/** A jsonb column with a default: may be left out on insert. */
type JsonWithDefault<T> = ColumnType<T, string | undefined, string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type TaxClass = 'standard' | 'reduced' | 'exempt';
export type AttributeValues = Record<string, string | number | boolean>;
export type OptionValues = Record<string, string>;

export interface CategoriesTable {
  id: string;
  name: string;
  slug: string;
  parent_id: string | null;
  position: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** The admin's working copy; `published_version` is the version the live snapshot was taken from. */
export interface ProductsTable {
  id: string;
  title: string;
  slug: string;
  description: Generated<string>;
  category_id: string | null;
  tags: JsonWithDefault<string[]>;
  attributes: JsonWithDefault<AttributeValues>;
  status: Generated<ProductStatus>;
  version: Generated<number>;
  published_version: number | null;
  published_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  tax_class: Generated<TaxClass>;
}

export interface VariantsTable {
  id: string;
  product_id: string;
  sku: string;
  price: number;
  compare_at_price: number | null;
  options: JsonWithDefault<OptionValues>;
  weight_grams: number | null;
  position: Generated<number>;
  created_at: Generated<Date>;
}

export interface ImagesTable {
  id: string;
  product_id: string;
  hash: string;
  width: number;
  height: number;
  alt: Generated<string>;
  position: Generated<number>;
  created_at: Generated<Date>;
  /** Option values the image shows, e.g. `{ color: 'red' }`. */
  options: JsonWithDefault<OptionValues>;
}

/** The storefront's denormalised snapshot of a published product. */
export interface PublishedProductsTable {
  product_id: string;
  slug: string;
  title: string;
  category_id: string | null;
  price_min: number;
  price_max: number;
  in_stock: Generated<boolean>;
  detail: Json<unknown>;
  list_item: Json<unknown>;
  search_vector: string;
  search_text: string;
  published_at: Timestamp;
}

export interface PublishedVariantsTable {
  sku: string;
  product_id: string;
  title: string;
  options: Json<OptionValues>;
  price: number;
  compare_at_price: number | null;
  tax_class: Generated<TaxClass>;
}

export interface SearchWordsTable {
  word: string;
}

/** Read model of live availability, fed by inventory.updated events. */
export interface StockLevelsTable {
  sku: string;
  product_id: string;
  available: number;
  updated_at: Generated<Date>;
}

export interface ImportsTable {
  id: string;
  status: 'running' | 'done' | 'failed';
  encoding: CsvEncoding;
  total: Generated<number>;
  processed: Generated<number>;
  created: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  error_count: Generated<number>;
  errors: JsonWithDefault<{ line: number; column?: string; message: string }[]>;
  actor_type: string;
  actor_id: string | null;
  created_at: Generated<Date>;
  finished_at: Timestamp | null;
}

export interface CatalogTables {
  'catalog.categories': CategoriesTable;
  'catalog.products': ProductsTable;
  'catalog.variants': VariantsTable;
  'catalog.images': ImagesTable;
  'catalog.published_products': PublishedProductsTable;
  'catalog.published_variants': PublishedVariantsTable;
  'catalog.search_words': SearchWordsTable;
  'catalog.stock_levels': StockLevelsTable;
  'catalog.imports': ImportsTable;
}

export type ProductRow = Selectable<ProductsTable>;
/** A variant as the services use it (its creation time is never read). */
export type VariantRow = Omit<Selectable<VariantsTable>, 'created_at'>;
export type ImageRow = Omit<Selectable<ImagesTable>, 'created_at'>;
export type CategoryRow = Pick<Selectable<CategoriesTable>, 'id' | 'name' | 'slug' | 'parent_id' | 'position'>;
export type ImportRow = Selectable<ImportsTable>;
