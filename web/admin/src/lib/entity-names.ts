import type { Person } from './types';
import { personLabel } from './people';

const pick = (v: unknown, keys: string[]): string | null => {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  for (const k of keys) {
    const x = o[k];
    if (typeof x === 'string' && x) return x;
    if (typeof x === 'number') return k === 'number' ? `#${x}` : String(x);
  }
  return null;
};

/**
 * A readable name for an audited entity, from the snapshot the entry itself carries (a product's
 * title, an order's number, a zone's name…) or, for people, from the directory.
 */
export function entityName(entityType: string, entityId: string | null, changes: { before: unknown; after: unknown } | null, people: Map<string, Person>): string | null {
  if (entityType === 'user' || entityType === 'points') return entityId ? personLabel(people, entityId) : null;
  const keys = ['title', 'name', 'number', 'email', 'url', 'sku', 'code', 'trackingNumber', 'date'];
  return pick(changes?.after, keys) ?? pick(changes?.before, keys);
}

/** The user ids an audit page mentions (actors, people as entities), to name them in one request. */
export function peopleIn(entries: { actor: { type: string; id: string | null } | null; entityType: string; entityId: string | null }[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) {
    if (e.actor?.type === 'user' && e.actor.id) ids.add(e.actor.id);
    if ((e.entityType === 'user' || e.entityType === 'points') && e.entityId) ids.add(e.entityId);
  }
  return [...ids];
}
