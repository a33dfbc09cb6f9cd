import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../errors';
import { type TObject, type TProperties, type TSchema, Type, type Static } from '@sinclair/typebox';

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

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
    requestId: Type.Optional(Type.String()),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);
export type ProblemBody = Static<typeof Problem>;

/**
 * Opaque cursors: base64url JSON of the last row's sort key, HMAC-signed so a client can only hand
 * back a cursor the server made (a forged key such as `1e308` or a non-date never reaches SQL).
 * The key is set from JWT_SECRET at start, so every replica accepts the others' cursors.
 */
let cursorKey: Buffer = randomBytes(32);
export function setCursorSecret(secret: string): void {
  cursorKey = createHmac('sha256', secret).update('inventra-cursor-v1').digest();
}
const cursorSig = (payload: string) => createHmac('sha256', cursorKey).update(payload).digest('base64url').slice(0, 22);

export function encodeCursor(value: unknown): string {
  const payload = Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${payload}.${cursorSig(payload)}`;
}

export const badCursor = () =>
  new DomainError('validation_failed', 'The cursor is not valid: pass back nextCursor exactly as a list returned it', { errors: [{ path: 'querystring/cursor', message: 'is not a cursor from this list' }] });

/** The cursor's value; null when none was sent. A cursor that is forged, altered or from another list is a 400. */
export function decodeCursor<T>(cursor: string | undefined, check: (v: unknown) => v is T): T | null {
  if (!cursor) return null;
  const dot = cursor.indexOf('.');
  if (dot > 0) {
    const payload = cursor.slice(0, dot);
    const sig = Buffer.from(cursor.slice(dot + 1));
    const expected = Buffer.from(cursorSig(payload));
    if (sig.length === expected.length && timingSafeEqual(sig, expected)) {
      try {
        const v = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (check(v)) return v;
      } catch {
        /* fall through */
      }
    }
  }
  throw badCursor();
}
