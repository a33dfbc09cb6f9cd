import { type TObject, type TProperties, type TSchema, Type } from '@sinclair/typebox';

/**
 * The schemas every module shares: ids, SKUs, paging. One definition each, so what one module
 * accepts another can take (a SKU the catalog stores can always be ordered and counted).
 */

/** An object schema that rejects unknown fields (nobody registers as admin by adding `role`). */
export const Obj = <T extends TProperties>(props: T, opts: { $id?: string; description?: string } = {}): TObject<T> =>
  Type.Object(props, { additionalProperties: false, ...opts });

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
export const IdParams = Obj({ id: Id });
export const Timestamp = Type.String({ format: 'date-time' });
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const ListQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
};

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Nullable(Type.String()) });

/**
 * A SKU: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters.
 * No `/` or spaces: a SKU is a path segment (`/v1/admin/inventory/:sku`) and a CSV cell.
 */
export const SKU_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]*$';
export const SKU_MAX_LENGTH = 64;
export const Sku = Type.String({ minLength: 1, maxLength: SKU_MAX_LENGTH, pattern: SKU_PATTERN });
const SKU_RE = new RegExp(SKU_PATTERN);
export const isSku = (v: string): boolean => v.length <= SKU_MAX_LENGTH && SKU_RE.test(v);

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A row id as the database makes them; anything else cannot match a row (and must not reach a uuid column). */
export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID_RE.test(v);
