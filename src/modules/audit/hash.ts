import { createHash } from 'node:crypto';

export { canonicalJson } from '../../platform/core/canonical-json';
import { canonicalJson } from '../../platform/core/canonical-json';
import type { EntryRow } from './tables';

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

/** What the hash covers, read back from a stored row (the linker and `verify` both hash this). */
export const hashedFields = (r: EntryRow): HashedFields => ({
  id: r.id,
  createdAt: new Date(r.created_at).toISOString(),
  actorType: r.actor_type,
  actorId: r.actor_id,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  changes: r.changes,
  requestId: r.request_id,
  ip: r.ip,
});
