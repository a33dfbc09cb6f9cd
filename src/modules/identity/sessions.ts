import type { Cache } from '../../platform/cache';
import type { Db } from '../../platform/db/database';
import { sessionsRepo as repo } from './repo/sessions';
import { ACCESS_TOKEN_TTL_SECONDS } from './tokens';

/** Which sign-ins (refresh-token families) ended, so sockets can be dropped wherever they are. */
export interface SessionsEnded {
  userId: string;
  sessionIds: string[];
  /** Every session of the user ended (password, role, deactivation): drop all its sockets. */
  all: boolean;
}

const ACTIVE_TTL = 60;
// A revoked mark must outlive every access token of the session.
const REVOKED_TTL = ACCESS_TOKEN_TTL_SECONDS + 60;

/**
 * Session state for every request: the cache holds `sid:<id>` = 1 (active) or 0 (ended), shared
 * by replicas through Redis; the refresh-token table is the fallback when the cache has no entry
 * or is down. "Active" marks are written only if absent and "ended" marks always overwrite, so a
 * reader that loaded an old answer cannot hide a revocation.
 */
export function createSessionRegistry(deps: { db: Db; cache: Cache; now: () => Date }) {
  const { db, cache, now } = deps;
  const listeners = new Set<(e: SessionsEnded) => void>();
  const key = (sid: string) => `sid:${sid}`;

  async function markEnded(userId: string, sessionIds: string[], all: boolean): Promise<void> {
    // The delete is replayed if Redis is away right now, so no stale "active" mark outlives an outage.
    if (sessionIds.length) await cache.del(...sessionIds.map(key));
    await Promise.all(sessionIds.map((sid) => cache.set(key(sid), '0', REVOKED_TTL)));
    for (const l of listeners) {
      try {
        l({ userId, sessionIds, all });
      } catch {
        /* a listener's failure must not undo the revocation */
      }
    }
  }

  return {
    key,

    /** `cached` is the value already read with the principal (one cache round trip per request). */
    async isActive(sid: string, cached: string | null): Promise<boolean> {
      if (cached === '1') return true;
      if (cached === '0') return false;
      const active = await repo.familyActive(db, sid);
      if (active) await cache.add(key(sid), '1', ACTIVE_TTL);
      else await cache.set(key(sid), '0', REVOKED_TTL);
      return active;
    },

    /** Ends one sign-in (logout, refresh-token reuse). */
    async endSession(q: Db, userId: string, sid: string): Promise<void> {
      await repo.revokeFamily(q, sid, now());
      await markEnded(userId, [sid], false);
    },

    /**
     * Ends every sign-in of a user except `except` (the caller's own, on a password change). With
     * `q` a transaction, the rows are revoked in it; the cache marks are written at once, so a
     * rolled-back change errs on the side of signing out.
     */
    async endAll(q: Db, userId: string, except?: string): Promise<string[]> {
      const sids = await repo.revokeAllOfUser(q, userId, now(), except);
      await markEnded(userId, sids, !except);
      return sids;
    },

    onEnded(listener: (e: SessionsEnded) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SessionRegistry = ReturnType<typeof createSessionRegistry>;
