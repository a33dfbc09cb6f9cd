import { uuidv7 } from 'uuidv7';
import type { Principal } from '../../platform/core/context';
import { isUuid } from '../../platform/core/schemas';
import type { Db } from '../../platform/db/database';
import { DomainError, isUniqueViolation } from '../../platform/errors';
import { recordEvent } from '../../platform/events/outbox';
import { apiKeyPrincipal } from './api-keys';
import { cachedUser, endAll, findUserById, type IdentityCore, principalKey, unauthorized } from './core';
import { type Session, toUser } from './model';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords';
import { assertStrongPassword } from './password-policy';
import { sessionsRepo } from './repo/sessions';
import { usersRepo } from './repo/users';
import type { UserRow } from './tables';
import { ACCESS_TOKEN_TTL_SECONDS, randomSecret, REFRESH_TOKEN_TTL_SECONDS, sha256 } from './tokens';

export type RequestHeaders = Record<string, string | string[] | undefined>;

/** Resolves `Authorization: Bearer` or `X-API-Key`; null when neither is sent. */
export async function authenticate(c: IdentityCore, headers: RequestHeaders): Promise<Principal | null> {
  const auth = headers.authorization;
  const apiKey = headers['x-api-key'];
  if (typeof auth === 'string' && auth.length > 0) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    if (!m) throw unauthorized('Authorization must be "Bearer <accessToken>"');
    const claims = await c.tokens.verify(m[1]);
    if (!claims || !claims.sid || !isUuid(claims.sid) || !isUuid(claims.sub)) throw unauthorized();
    // The user and the session state in one cache round trip.
    const [cachedPrincipal, cachedSession] = await c.cache.mget([principalKey(claims.sub), c.sessions.key(claims.sid)]);
    if (!(await c.sessions.isActive(claims.sid, cachedSession))) throw unauthorized('This session has ended; sign in again');
    const user = await cachedUser(c, claims.sub, cachedPrincipal);
    if (!user?.isActive) throw unauthorized('This account is deactivated or no longer exists');
    return { type: 'user', id: claims.sub, role: user.role, email: user.email, sessionId: claims.sid };
  }
  if (typeof apiKey === 'string' && apiKey.length > 0) {
    const principal = await apiKeyPrincipal(c, apiKey);
    if (!principal) throw unauthorized('The API key is invalid or revoked');
    return principal;
  }
  return null;
}

/** A new sign-in (a new refresh-token family), or the next token of `familyId` keeping its expiry. */
async function issueSession(c: IdentityCore, q: Db, user: UserRow, familyId = uuidv7(), familyExpiresAt?: Date): Promise<Session> {
  const refreshToken = `rt_${randomSecret()}`;
  const expiresAt = familyExpiresAt ?? new Date(c.now().getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000);
  await sessionsRepo.insertToken(q, { id: uuidv7(), userId: user.id, familyId, tokenHash: sha256(refreshToken), expiresAt });
  return {
    user: toUser(user),
    accessToken: await c.tokens.sign({ sub: user.id, role: user.role, sid: familyId }),
    refreshToken,
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
  };
}

export async function register(c: IdentityCore, input: { email: string; password: string; name: string }, ip: string | null = null): Promise<Session> {
  await c.limits.limitPerIp('signup', ip);
  assertStrongPassword(input.password, [input.email, input.name]);
  const passwordHash = await hashPassword(input.password);
  try {
    return await c.db.transaction().execute(async (tx) => {
      const row = await usersRepo.insert(tx, { id: uuidv7(), email: input.email.trim(), name: input.name.trim(), password_hash: passwordHash, role: 'customer' });
      // Orders placed as a guest with this email join the new account (orders subscribes).
      await recordEvent(tx, { type: 'user.registered', aggregateType: 'user', aggregateId: row.id, data: { userId: row.id, email: row.email } });
      return issueSession(c, tx, row);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'users_email_unique')) throw new DomainError('email_taken', 'An account with this email already exists');
    throw err;
  }
}

export async function login(c: IdentityCore, input: { email: string; password: string }, ip: string | null): Promise<Session> {
  const guess = await c.limits.takeGuess(input.email, ip);
  const row = await usersRepo.byEmail(c.db, input.email);
  const ok = row ? await verifyPassword(row.password_hash, input.password) : (await burnPasswordCheck(input.password), false);
  if (!row || !ok || !row.is_active) {
    if (row && ok && !row.is_active) throw new DomainError('unauthorized', 'This account is deactivated');
    throw new DomainError('invalid_credentials', 'The email or password is wrong');
  }
  await guess.succeeded();
  return issueSession(c, c.db, row);
}

/** Rotates a refresh token. A token used twice means it leaked: its whole family is revoked. */
export async function refresh(c: IdentityCore, refreshToken: string): Promise<Session> {
  const r = await c.db.transaction().execute(async (tx) => {
    const token = await sessionsRepo.tokenByHash(tx, sha256(refreshToken));
    if (!token || token.revoked_at) throw unauthorized('The refresh token is invalid or revoked');
    if (!(await sessionsRepo.claimToken(tx, token.id, c.now()))) {
      await c.sessions.endSession(tx, token.user_id, token.family_id);
      return { reused: true } as const;
    }
    if (new Date(token.expires_at).getTime() <= c.now().getTime()) throw unauthorized('The refresh token has expired; sign in again');
    const user = await findUserById(tx, token.user_id);
    if (!user || !user.is_active) throw unauthorized('This account is deactivated');
    return issueSession(c, tx, user, token.family_id, new Date(token.expires_at));
  });
  // The family is revoked in a committed transaction before the caller hears 401.
  if ('reused' in r) throw unauthorized('This refresh token was already used; all sessions of this sign-in are revoked');
  return r;
}

/** Ends the sign-in named by a refresh token, or by the access token's session when no refresh token is sent. */
export async function logout(c: IdentityCore, refreshToken: string | null, principal: Principal | null = null): Promise<void> {
  if (refreshToken) {
    const token = await sessionsRepo.tokenByHash(c.db, sha256(refreshToken));
    if (token) await c.sessions.endSession(c.db, token.user_id, token.family_id);
  } else if (principal?.type === 'user' && principal.sessionId) {
    await c.sessions.endSession(c.db, principal.id, principal.sessionId);
  }
}

/**
 * THE way to end every sign-in of a user: refresh tokens revoked, their access tokens refused
 * from the next request on every replica, their sockets dropped. Password change and reset,
 * deactivation and role changes all come here. `except` keeps one session (the caller's own).
 * With `q` a transaction the revocation commits with the change that caused it.
 */
export function endAllSessions(c: IdentityCore, userId: string, opts: { except?: string; q?: Db } = {}): Promise<string[]> {
  return endAll(c, opts.q ?? c.db, userId, opts.except);
}
