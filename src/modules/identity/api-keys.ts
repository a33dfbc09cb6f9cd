import { timingSafeEqual } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import type { Principal, RequestContext, Scope } from '../../platform/core/context';
import { isUuid } from '../../platform/core/schemas';
import { notFound } from '../../platform/errors';
import { CACHE_TTL, type IdentityCore } from './core';
import { type ApiKey, toApiKey } from './model';
import { apiKeysRepo as repo } from './repo/api-keys';
import { randomSecret, sha256 } from './tokens';

const cacheKey = (prefix: string) => `apikey:${prefix}`;

/** The principal of an `X-API-Key` value; null for a malformed, unknown or revoked key. */
export async function apiKeyPrincipal(c: IdentityCore, key: string): Promise<Principal | null> {
  const m = /^ik_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{20,100})$/.exec(key);
  if (!m) return null;
  const prefix = m[1];
  const cached = await c.cache.get(cacheKey(prefix));
  let rec: { id: string; hash: string; scopes: Scope[]; lastUsedAt: number } | null = cached ? JSON.parse(cached) : null;
  if (!rec) {
    const row = await repo.activeByPrefix(c.db, prefix);
    if (!row) return null;
    rec = { id: row.id, hash: row.key_hash, scopes: row.scopes, lastUsedAt: row.last_used_at ? new Date(row.last_used_at).getTime() : 0 };
    await c.cache.set(cacheKey(prefix), JSON.stringify(rec), CACHE_TTL);
  }
  const a = Buffer.from(sha256(key), 'hex');
  const b = Buffer.from(rec.hash, 'hex');
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  // lastUsedAt is kept to the minute: one write a minute per key, not one per request.
  if (c.now().getTime() - rec.lastUsedAt > 60_000) {
    rec.lastUsedAt = c.now().getTime();
    await repo.touch(c.db, rec.id, c.now());
    await c.cache.set(cacheKey(prefix), JSON.stringify(rec), CACHE_TTL);
  }
  return { type: 'api_key', id: rec.id, scopes: rec.scopes };
}

export async function createApiKey(c: IdentityCore, ctx: RequestContext, input: { name: string; scopes: Scope[] }): Promise<ApiKey & { key: string }> {
  const prefix = randomSecret(12).replace(/[^A-Za-z0-9]/g, '').slice(0, 8).padEnd(8, 'x');
  const key = `ik_${prefix}_${randomSecret(32)}`;
  const scopes = [...new Set(input.scopes)];
  const row = await c.db.transaction().execute(async (tx) => {
    const r = await repo.insert(tx, { id: uuidv7(), name: input.name, prefix, key_hash: sha256(key), scopes, created_by: ctx.actor.type === 'user' ? ctx.actor.id : null });
    await c.audit.record(tx, ctx, { action: 'api_key.created', entityType: 'api_key', entityId: r.id, after: toApiKey(r) });
    return r;
  });
  return { ...toApiKey(row), key };
}

export async function listApiKeys(c: IdentityCore): Promise<ApiKey[]> {
  return (await repo.listActive(c.db)).map(toApiKey);
}

/** Revokes a key: it stops working at once (its cache entry goes with it). */
export async function deleteApiKey(c: IdentityCore, ctx: RequestContext, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('API key');
  const row = await c.db.transaction().execute(async (tx) => {
    const r = await repo.revoke(tx, id, c.now());
    if (!r) throw notFound('API key');
    await c.audit.record(tx, ctx, { action: 'api_key.revoked', entityType: 'api_key', entityId: id, before: toApiKey(r) });
    return r;
  });
  await c.cache.del(cacheKey(row.prefix));
}
