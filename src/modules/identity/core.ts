import type { Cache } from '../../platform/cache';
import { isUuid } from '../../platform/core/schemas';
import type { Db } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import type { AuditService } from '../audit/index';
import type { SignInLimits } from './limits';
import { toUser, type User } from './model';
import { usersRepo } from './repo/users';
import type { SessionRegistry } from './sessions';
import type { TokenSigner } from './tokens';

/** What every part of the identity service works with: built once by `createIdentityService`. */
export interface IdentityCore {
  db: Db;
  cache: Cache;
  audit: AuditService;
  tokens: TokenSigner;
  now: () => Date;
  sessions: SessionRegistry;
  limits: SignInLimits;
}

/** Seconds a user or API key stays cached; every change drops the entry at once. */
export const CACHE_TTL = 60;
export const principalKey = (userId: string) => `principal:${userId}`;

export const unauthorized = (detail = 'The access token is missing, invalid or expired') => new DomainError('unauthorized', detail);

/** A malformed id is no user (no query, no 500). */
export async function findUserById(q: Db, id: string) {
  return isUuid(id) ? usersRepo.byId(q, id) : undefined;
}

/** The user as stored, cached briefly and dropped whenever it changes (role, status, name, password). */
export async function cachedUser(c: IdentityCore, userId: string, cachedValue?: string | null): Promise<User | null> {
  const cached = cachedValue !== undefined ? cachedValue : await c.cache.get(principalKey(userId));
  if (cached) return JSON.parse(cached) as User;
  const row = await findUserById(c.db, userId);
  if (!row) return null;
  const user = toUser(row);
  await c.cache.set(principalKey(userId), JSON.stringify(user), CACHE_TTL);
  return user;
}

/** After a change to the user committed: the cached user goes, so the change shows on the next request. */
export async function forgetUser(c: IdentityCore, userId: string): Promise<void> {
  await c.cache.del(principalKey(userId));
}

/** Ends every sign-in of the user (except `except`): see `endAllSessions` in ./auth. */
export async function endAll(c: IdentityCore, q: Db, userId: string, except?: string): Promise<string[]> {
  const sids = await c.sessions.endAll(q, userId, except && isUuid(except) ? except : undefined);
  await forgetUser(c, userId);
  return sids;
}
