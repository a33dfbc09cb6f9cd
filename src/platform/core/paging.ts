import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../errors';
import { isUuid } from './schemas';

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

/** The key of lists ordered by creation time: `{ createdAt, id }` of the last row, both checked. */
export interface CreatedAtKey {
  createdAt: string;
  id: string;
}
export const isCreatedAtKey = (v: unknown): v is CreatedAtKey =>
  typeof v === 'object' && v !== null &&
  typeof (v as CreatedAtKey).createdAt === 'string' && !Number.isNaN(Date.parse((v as CreatedAtKey).createdAt)) &&
  isUuid((v as CreatedAtKey).id);
