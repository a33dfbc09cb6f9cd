import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { DomainError } from '../../platform/errors';
import { Id, Nullable, Obj, Sku } from '../../platform/core/schemas';

export const Slug = Type.String({ minLength: 1, maxLength: 120, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: 'lower-case letters, digits and single hyphens' });
export { Sku };
const Money = Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'minor units of the store currency' });
const Title = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
export const Options = Type.Record(Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_ -]+$' }), Type.String({ minLength: 1, maxLength: 100 }), { maxProperties: 10, additionalProperties: false });
const AttributeValue = Type.Union([Type.String({ maxLength: 1000 }), Type.Number(), Type.Boolean()]);
const Attributes = Type.Record(Type.String({ minLength: 1, maxLength: 60 }), AttributeValue, { maxProperties: 50 });
export const TaxClassSchema = Type.Union([Type.Literal('standard'), Type.Literal('reduced'), Type.Literal('exempt')], { description: 'consumption-tax class: standard 10 %, reduced 8 %, or exempt' });
const Tags = Type.Array(Type.String({ minLength: 1, maxLength: 50, pattern: '\\S' }), { maxItems: 50 });

export const CategoryInput = Obj({
  name: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
  slug: Type.Optional(Slug),
  parentId: Type.Optional(Nullable(Id)),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
});
export type CategoryInput = Static<typeof CategoryInput>;
export const CategoryPatch = Type.Partial(CategoryInput, { additionalProperties: false, minProperties: 1 });
export type CategoryPatch = Static<typeof CategoryPatch>;
export const Category = Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String(), parentId: Nullable(Type.String()), position: Type.Integer() });
export type Category = Static<typeof Category>;

const variantFields = {
  sku: Sku,
  price: Money,
  compareAtPrice: Type.Optional(Nullable(Money)),
  options: Type.Optional(Options),
  weightGrams: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000 }))),
};
export const VariantInput = Obj(variantFields);
export type VariantInput = Static<typeof VariantInput>;
export const VariantPatch = Type.Partial(VariantInput, { additionalProperties: false, minProperties: 1 });
export type VariantPatch = Static<typeof VariantPatch>;

const productFields = {
  title: Title,
  slug: Type.Optional(Slug),
  description: Type.Optional(Type.String({ maxLength: 20_000 })),
  categoryId: Type.Optional(Nullable(Id)),
  tags: Type.Optional(Tags),
  attributes: Type.Optional(Attributes),
  taxClass: Type.Optional(TaxClassSchema),
};
export const ProductInput = Obj({ ...productFields, variants: Type.Array(VariantInput, { minItems: 1, maxItems: 100 }) });
export type ProductInput = Static<typeof ProductInput>;
export const ProductPatch = Type.Partial(Obj(productFields), { additionalProperties: false, minProperties: 1 });
export type ProductPatch = Static<typeof ProductPatch>;

export const Variant = Type.Object({
  id: Type.String(),
  sku: Type.String(),
  price: Type.Integer(),
  compareAtPrice: Nullable(Type.Integer()),
  options: Type.Record(Type.String(), Type.String()),
  weightGrams: Nullable(Type.Integer()),
});
export type Variant = Static<typeof Variant>;

export const Image = Type.Object({
  id: Type.String(),
  url: Type.String(),
  thumbUrl: Type.String(),
  width: Type.Integer(),
  height: Type.Integer(),
  alt: Type.String(),
  /** `url w` pairs for `<img srcset>`: the stored sizes up to the medium. */
  srcset: Type.String(),
  /** Option values this image shows, e.g. `{ color: 'red' }` (empty: every variant). */
  options: Type.Record(Type.String(), Type.String()),
});
export type Image = Static<typeof Image>;

export const ProductStatusSchema = Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('archived')]);

export const Product = Type.Object({
  id: Type.String(),
  title: Type.String(),
  slug: Type.String(),
  description: Type.String(),
  categoryId: Nullable(Type.String()),
  tags: Type.Array(Type.String()),
  attributes: Type.Record(Type.String(), AttributeValue),
  taxClass: TaxClassSchema,
  status: ProductStatusSchema,
  version: Type.Integer(),
  publishedAt: Nullable(Type.String()),
  hasUnpublishedChanges: Type.Boolean(),
  variants: Type.Array(Variant),
  images: Type.Array(Image),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type Product = Static<typeof Product>;

const StoreCategoryRef = Nullable(Type.Object({ slug: Type.String(), name: Type.String() }));

export const StoreListItem = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  title: Type.String(),
  category: StoreCategoryRef,
  priceMin: Type.Integer(),
  priceMax: Type.Integer(),
  currency: Type.String(),
  image: Nullable(Type.Object({
    url: Type.String(),
    thumbUrl: Type.String(),
    width: Type.Optional(Type.Integer()),
    height: Type.Optional(Type.Integer()),
    srcset: Type.Optional(Type.String()),
    alt: Type.Optional(Type.String()),
  })),
  inStock: Type.Boolean(),
});
export type StoreListItem = Static<typeof StoreListItem>;

export const StoreProduct = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  title: Type.String(),
  description: Type.String(),
  category: StoreCategoryRef,
  tags: Type.Array(Type.String()),
  attributes: Type.Record(Type.String(), AttributeValue),
  currency: Type.String(),
  // Snapshots published before srcset/options existed lack them.
  images: Type.Array(Type.Object({ ...Image.properties, srcset: Type.Optional(Type.String()), options: Type.Optional(Type.Record(Type.String(), Type.String())) })),
  taxClass: TaxClassSchema,
  variants: Type.Array(Type.Object({
    sku: Type.String(),
    price: Type.Integer(),
    taxClass: TaxClassSchema,
    compareAtPrice: Nullable(Type.Integer()),
    options: Type.Record(Type.String(), Type.String()),
    available: Type.Integer(),
  })),
});
export type StoreProduct = Static<typeof StoreProduct>;

export interface StoreCategoryNode {
  id: string;
  name: string;
  slug: string;
  children: StoreCategoryNode[];
}
export const StoreCategoryTree = Type.Recursive((Self) =>
  Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String(), children: Type.Array(Self) }), { $id: 'StoreCategory' });

export const StoreSort = Type.Union([Type.Literal('relevance'), Type.Literal('price_asc'), Type.Literal('price_desc'), Type.Literal('newest')]);
export type StoreSort = Static<typeof StoreSort>;

/** Admin product list order: a field, `-` for descending; ties are broken by id in the same direction. */
export const AdminProductSort = Type.Union(
  [Type.Literal('updated'), Type.Literal('-updated'), Type.Literal('title'), Type.Literal('-title'), Type.Literal('price'), Type.Literal('-price'), Type.Literal('stock'), Type.Literal('-stock')],
  { description: '`updated`, `title`, `price` (lowest variant price) or `stock` (units available across the variants); prefix `-` for descending. Without it: newest first.' },
);
export type AdminProductSort = Static<typeof AdminProductSort>;

export const StoreFacet = Type.Object({
  name: Type.String({ description: 'option name, e.g. size' }),
  values: Type.Array(Type.Object({ value: Type.String(), count: Type.Integer({ description: 'matching products with this value' }) })),
});
export type StoreFacet = Static<typeof StoreFacet>;

export interface StoreQuery {
  /** Option values every listed product must offer in one variant, e.g. `{ color: 'red', size: 'M' }`. */
  options?: Record<string, string>;
  q?: string;
  category?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort?: StoreSort;
  limit: number;
  cursor?: string;
}

export interface PublishedSku {
  sku: string;
  productId: string;
  title: string;
  options: Record<string, string>;
  price: number;
  compareAtPrice: number | null;
  taxClass: 'standard' | 'reduced' | 'exempt';
  /** The product's category in the live snapshot (promotions restricted to categories). */
  categoryId?: string | null;
}

/** Validates an untyped admin create body (the PMS webhook's `product.upsert` data) like the route would. */
export function parseProductInput(body: unknown): ProductInput {
  if (Value.Check(ProductInput, body)) return body;
  const errors = [...Value.Errors(ProductInput, body)].slice(0, 20).map((e) => ({ path: e.path.replace(/^\//, ''), message: e.message }));
  throw new DomainError('validation_failed', errors.map((e) => `${e.path || '(root)'} ${e.message}`).join('; '), { errors });
}
