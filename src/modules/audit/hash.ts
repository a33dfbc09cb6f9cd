import { createHash } from 'node:crypto';

export { canonicalJson } from '../../platform/core/canonical-json';
import { canonicalJson } from '../../platform/core/canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  id: string;
  createdAt: string;
  actorType: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: unknown;
  requestId: string | null;
  ip: string | null;
}

/** hash = sha256(prevHash + canonical entry): changing or removing any entry breaks every later hash. */
export function entryHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}
