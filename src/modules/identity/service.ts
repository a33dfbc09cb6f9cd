import { timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Cache } from '../../platform/cache';
import type { Db } from '../../platform/db/database';
import { DomainError, isUniqueViolation, notFound } from '../../platform/errors';
import { recordEvent } from '../../platform/events/outbox';
import type { Principal, RequestContext, Scope, UserRole } from '../../platform/core/context';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import type { RateCounter } from '../../platform/rate';
import type { AuditService } from '../audit/index';
import { createDirectory } from './directory';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords';
import { assertStrongPassword } from './password-policy';
import { createSessionRegistry } from './sessions';
import { createSignInLimits } from './limits';
import { ACCESS_TOKEN_TTL_SECONDS, randomSecret, REFRESH_TOKEN_TTL_SECONDS, sha256, type TokenSigner } from './tokens';
import { isUuid } from '../../platform/core/schemas';

export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  isActive: boolean;
  /** Language of the user's emails; null follows settings.defaultLocale. */
  locale: 'ja' | 'en' | null;
  createdAt: string;
}

export interface Session {
  user: User;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface Address {
  id: string;
  name: string;
  postalCode: string;
  prefecture: string;
  city: string;
  line1: string;
  line2: string | null;
  phone: string;
  isDefault: boolean;
  /** Furigana of `name`. */
  nameKana: string | null;
}
export type AddressInput = Omit<Address, 'id' | 'isDefault' | 'line2' | 'nameKana'> & { line2?: string | null; isDefault?: boolean; nameKana?: string | null };

export interface ApiKey {
  id: string;
  name: string;
  scopes: Scope[];
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: UserRole;
  is_active: boolean;
  locale: 'ja' | 'en' | null;
  created_at: Date;
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  isActive: r.is_active,
  locale: r.locale ?? null,
  createdAt: new Date(r.created_at).toISOString(),
});

const toAddress = (r: any): Address => ({
  id: r.id,
  name: r.name,
  postalCode: r.postal_code,
  prefecture: r.prefecture,
  city: r.city,
  line1: r.line1,
  line2: r.line2,
  phone: r.phone,
  isDefault: r.is_default,
  nameKana: r.name_kana ?? null,
});

const toApiKey = (r: any): ApiKey => ({
  id: r.id,
  name: r.name,
  scopes: r.scopes,
  prefix: r.prefix,
  createdAt: new Date(r.created_at).toISOString(),
  lastUsedAt: r.last_used_at ? new Date(r.last_used_at).toISOString() : null,
});

const PRINCIPAL_TTL = 60;
const unauthorized = (detail = 'The access token is missing, invalid or expired') => new DomainError('unauthorized', detail);

export interface IdentityDeps {
  db: Db;
  cache: Cache;
  rate: RateCounter;
  audit: AuditService;
  tokens: TokenSigner;
  now?: () => Date;
  /** Sign-ups (and password-reset requests) per IP per hour; 0 turns it off. Default 20. */
  signupLimitPerHour?: number;
}

export function createIdentityService(deps: IdentityDeps) {
  const { db, cache, rate, audit, tokens } = deps;
  const now = deps.now ?? (() => new Date());

  const sessions = createSessionRegistry({ db, cache, now });
  const principalKey = (userId: string) => `principal:${userId}`;
  const apiKeyCacheKey = (prefix: string) => `apikey:${prefix}`;

  async function findUserById(q: Db, id: string): Promise<UserRow | undefined> {
    if (!isUuid(id)) return undefined;
    return (await q.selectFrom('identity.users').selectAll().where('id', '=', id).executeTakeFirst()) as UserRow | undefined;
  }

  async function findUserByEmail(q: Db, email: string): Promise<UserRow | undefined> {
    return (await q
      .selectFrom('identity.users')
      .selectAll()
      .where(sql`lower(email)`, '=', email.toLowerCase())
      .executeTakeFirst()) as UserRow | undefined;
  }

  async function issueSession(q: Db, user: UserRow, familyId = uuidv7(), familyExpiresAt?: Date): Promise<Session> {
    const refreshToken = `rt_${randomSecret()}`;
    const expiresAt = familyExpiresAt ?? new Date(now().getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000);
    await q
      .insertInto('identity.refresh_tokens')
      .values({ id: uuidv7(), user_id: user.id, family_id: familyId, token_hash: sha256(refreshToken), expires_at: expiresAt })
      .execute();
    return {
      user: toUser(user),
      accessToken: await tokens.sign({ sub: user.id, role: user.role, sid: familyId }),
      refreshToken,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    };
  }

  /**
   * The one way a password changes (PATCH /v1/me and password reset): the new hash, and every
   * session of the user ended except `keepSessionId` (the caller's own, for a change while signed in).
   * Call `passwordChanged` after the transaction commits.
   */
  async function writePassword(tx: Db, userId: string, passwordHash: string, keepSessionId?: string): Promise<UserRow> {
    const u = (await tx.updateTable('identity.users').set({ password_hash: passwordHash, updated_at: now() }).where('id', '=', userId).returningAll().executeTakeFirstOrThrow()) as UserRow;
    await endAll(tx, userId, keepSessionId);
    return u;
  }

  /** The user as stored, cached briefly and dropped whenever it changes (role, status, name, password). */
  async function cachedUser(userId: string, cachedValue?: string | null): Promise<User | null> {
    const cached = cachedValue !== undefined ? cachedValue : await cache.get(principalKey(userId));
    if (cached) return JSON.parse(cached) as User;
    const row = await findUserById(db, userId);
    if (!row) return null;
    const user = toUser(row);
    await cache.set(principalKey(userId), JSON.stringify(user), PRINCIPAL_TTL);
    return user;
  }

  async function principalFor(userId: string, cachedValue?: string | null): Promise<Principal | null> {
    const user = await cachedUser(userId, cachedValue);
    return user?.isActive ? { type: 'user', id: userId, role: user.role, email: user.email } : null;
  }

  async function apiKeyPrincipal(key: string): Promise<Principal | null> {
    const m = /^ik_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{20,100})$/.exec(key);
    if (!m) return null;
    const prefix = m[1];
    const cached = await cache.get(apiKeyCacheKey(prefix));
    let rec: { id: string; hash: string; scopes: Scope[]; lastUsedAt: number } | null = cached ? JSON.parse(cached) : null;
    if (!rec) {
      const row = await db.selectFrom('identity.api_keys').selectAll().where('prefix', '=', prefix).where('revoked_at', 'is', null).executeTakeFirst();
      if (!row) return null;
      rec = { id: row.id, hash: row.key_hash, scopes: row.scopes, lastUsedAt: row.last_used_at ? new Date(row.last_used_at).getTime() : 0 };
      await cache.set(apiKeyCacheKey(prefix), JSON.stringify(rec), PRINCIPAL_TTL);
    }
    const a = Buffer.from(sha256(key), 'hex');
    const b = Buffer.from(rec.hash, 'hex');
    if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
    // lastUsedAt is kept to the minute: one write a minute per key, not one per request.
    if (now().getTime() - rec.lastUsedAt > 60_000) {
      rec.lastUsedAt = now().getTime();
      await db.updateTable('identity.api_keys').set({ last_used_at: now() }).where('id', '=', rec.id).execute();
      await cache.set(apiKeyCacheKey(prefix), JSON.stringify(rec), PRINCIPAL_TTL);
    }
    return { type: 'api_key', id: rec.id, scopes: rec.scopes };
  }

  const { takeGuess, limitPerIp } = createSignInLimits(rate, deps.signupLimitPerHour ?? 20);

  /** Ends every sign-in of the user (except `except`): see `endAllSessions`. */
  async function endAll(q: Db, userId: string, except?: string): Promise<string[]> {
    const sids = await sessions.endAll(q, userId, except && isUuid(except) ? except : undefined);
    await cache.del(principalKey(userId));
    return sids;
  }

  return {
    /** Resolves `Authorization: Bearer` or `X-API-Key`; null when neither is sent. */
    async authenticate(headers: Record<string, string | string[] | undefined>): Promise<Principal | null> {
      const auth = headers.authorization;
      const apiKey = headers['x-api-key'];
      if (typeof auth === 'string' && auth.length > 0) {
        const m = /^Bearer\s+(\S+)$/i.exec(auth);
        if (!m) throw unauthorized('Authorization must be "Bearer <accessToken>"');
        const claims = await tokens.verify(m[1]);
        if (!claims || !claims.sid || !isUuid(claims.sid) || !isUuid(claims.sub)) throw unauthorized();
        // The user and the session state in one cache round trip.
        const [cachedPrincipal, cachedSession] = await cache.mget([principalKey(claims.sub), sessions.key(claims.sid)]);
        if (!(await sessions.isActive(claims.sid, cachedSession))) throw unauthorized('This session has ended; sign in again');
        const principal = await principalFor(claims.sub, cachedPrincipal);
        if (!principal) throw unauthorized('This account is deactivated or no longer exists');
        return principal.type === 'user' ? { ...principal, sessionId: claims.sid } : principal;
      }
      if (typeof apiKey === 'string' && apiKey.length > 0) {
        const principal = await apiKeyPrincipal(apiKey);
        if (!principal) throw unauthorized('The API key is invalid or revoked');
        return principal;
      }
      return null;
    },

    async register(input: { email: string; password: string; name: string }, ip: string | null = null): Promise<Session> {
      await limitPerIp('signup', ip);
      assertStrongPassword(input.password, [input.email, input.name]);
      const password_hash = await hashPassword(input.password);
      try {
        return await db.transaction().execute(async (tx) => {
          const row = (await tx
            .insertInto('identity.users')
            .values({ id: uuidv7(), email: input.email.trim(), name: input.name.trim(), password_hash, role: 'customer' })
            .returningAll()
            .executeTakeFirstOrThrow()) as UserRow;
          // Orders placed as a guest with this email join the new account (orders subscribes).
          await recordEvent(tx, { type: 'user.registered', aggregateType: 'user', aggregateId: row.id, data: { userId: row.id, email: row.email } });
          return issueSession(tx, row);
        });
      } catch (err) {
        if (isUniqueViolation(err, 'users_email_unique')) throw new DomainError('email_taken', 'An account with this email already exists');
        throw err;
      }
    },

    async login(input: { email: string; password: string }, ip: string | null): Promise<Session> {
      const guess = await takeGuess(input.email, ip);
      const row = await findUserByEmail(db, input.email);
      const ok = row ? await verifyPassword(row.password_hash, input.password) : (await burnPasswordCheck(input.password), false);
      if (!row || !ok || !row.is_active) {
        if (row && ok && !row.is_active) throw new DomainError('unauthorized', 'This account is deactivated');
        throw new DomainError('invalid_credentials', 'The email or password is wrong');
      }
      await guess.succeeded();
      return issueSession(db, row);
    },

    /** Rotates a refresh token. A token used twice means it leaked: its whole family is revoked. */
    async refresh(refreshToken: string): Promise<Session> {
      return db.transaction().execute(async (tx) => {
        const hash = sha256(refreshToken);
        const token = await tx.selectFrom('identity.refresh_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
        if (!token || token.revoked_at) throw unauthorized('The refresh token is invalid or revoked');
        const claimed = await tx
          .updateTable('identity.refresh_tokens')
          .set({ used_at: now() })
          .where('id', '=', token.id)
          .where('used_at', 'is', null)
          .returning('id')
          .executeTakeFirst();
        if (!claimed) {
          await sessions.endSession(tx, token.user_id, token.family_id);
          return { reused: true } as const;
        }
        if (new Date(token.expires_at).getTime() <= now().getTime()) throw unauthorized('The refresh token has expired; sign in again');
        const user = await findUserById(tx, token.user_id);
        if (!user || !user.is_active) throw unauthorized('This account is deactivated');
        return issueSession(tx, user, token.family_id, new Date(token.expires_at));
      }).then((r) => {
        // The family is revoked in a committed transaction before the caller hears 401.
        if ('reused' in r) throw unauthorized('This refresh token was already used; all sessions of this sign-in are revoked');
        return r;
      });
    },

    /** Ends the sign-in named by a refresh token, or by the access token's session when no refresh token is sent. */
    async logout(refreshToken: string | null, principal: Principal | null = null): Promise<void> {
      if (refreshToken) {
        const token = await db.selectFrom('identity.refresh_tokens').select(['family_id', 'user_id']).where('token_hash', '=', sha256(refreshToken)).executeTakeFirst();
        if (token) await sessions.endSession(db, token.user_id, token.family_id);
      } else if (principal?.type === 'user' && principal.sessionId) {
        await sessions.endSession(db, principal.id, principal.sessionId);
      }
    },

    /**
     * THE way to end every sign-in of a user: refresh tokens revoked, their access tokens refused
     * from the next request on every replica, their sockets dropped. Password change and reset,
     * deactivation and role changes all come here. `except` keeps one session (the caller's own).
     * With `q` a transaction the revocation commits with the change that caused it.
     */
    endAllSessions(userId: string, opts: { except?: string; q?: Db } = {}): Promise<string[]> {
      return endAll(opts.q ?? db, userId, opts.except);
    },

    /** Subscribes to ended sessions (the realtime layer drops their sockets). */
    onSessionsEnded: sessions.onEnded,

    /** Per-IP hourly limit (`SIGNUP_LIMIT_PER_HOUR`) for sign-ups and password-reset requests. */
    limitPerIp,

    /** 400 `weak_password` for a guessable password (register, change, reset). */
    assertStrongPassword,

    /** The signed-in user, from the same cache entry that authenticated the request. */
    async currentUser(id: string): Promise<User> {
      const user = await cachedUser(id);
      if (!user) throw notFound('User');
      return user;
    },

    async getUser(id: string): Promise<User> {
      const row = await findUserById(db, id);
      if (!row) throw notFound('User');
      return toUser(row);
    },

    /**
     * Changes the caller's name or password. A password change needs the current password (wrong
     * guesses count toward the sign-in limits) and signs out every other session; the session
     * named by `opts.sessionId` (the caller's) stays signed in.
     */
    async updateMe(
      userId: string,
      patch: { name?: string; password?: string; currentPassword?: string; locale?: 'ja' | 'en' | null },
      opts: { sessionId?: string; ip?: string | null } = {},
    ): Promise<User> {
      const row = await findUserById(db, userId);
      if (!row) throw notFound('User');
      const set: Record<string, unknown> = { updated_at: now() };
      if (patch.name !== undefined) set.name = patch.name.trim();
      if (patch.locale !== undefined) set.locale = patch.locale;
      let passwordHash: string | null = null;
      if (patch.password !== undefined) {
        if (!patch.currentPassword) {
          throw new DomainError('validation_failed', 'Changing the password needs currentPassword', { errors: [{ path: 'currentPassword', message: 'is required to change the password' }] });
        }
        const guess = await takeGuess(row.email, opts.ip ?? null);
        if (!(await verifyPassword(row.password_hash, patch.currentPassword))) {
          // 422, not 401: the caller is signed in, only the confirmation is wrong.
          throw new DomainError('unprocessable', 'currentPassword is not your current password', { errors: [{ path: 'currentPassword', message: 'must be your current password' }] });
        }
        await guess.succeeded();
        assertStrongPassword(patch.password, [row.email, row.name]);
        passwordHash = await hashPassword(patch.password);
      }
      const updated = await db.transaction().execute(async (tx) => {
        const u = (await tx.updateTable('identity.users').set(set).where('id', '=', userId).returningAll().executeTakeFirstOrThrow()) as UserRow;
        // A new password signs out every other session.
        return passwordHash !== null ? writePassword(tx, userId, passwordHash, opts.sessionId) : u;
      });
      await cache.del(principalKey(userId));
      return toUser(updated);
    },

    /** Sets a password in the caller's transaction (password reset): see `writePassword`. */
    async setPassword(tx: Db, userId: string, passwordHash: string): Promise<void> {
      await writePassword(tx, userId, passwordHash);
    },

    /** After a password change committed: the cached principal goes, so the change shows at once. */
    async passwordChanged(userId: string): Promise<void> {
      await cache.del(principalKey(userId));
    },

    async listAddresses(userId: string): Promise<Address[]> {
      const rows = await db.selectFrom('identity.addresses').selectAll().where('user_id', '=', userId).orderBy('created_at').execute();
      return rows.map(toAddress);
    },

    async getAddress(userId: string, id: string): Promise<Address> {
      if (!isUuid(id)) throw notFound('Address');
      const row = await db.selectFrom('identity.addresses').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound('Address');
      return toAddress(row);
    },

    async createAddress(userId: string, input: AddressInput): Promise<Address> {
      return db.transaction().execute(async (tx) => {
        const count = await tx.selectFrom('identity.addresses').select(sql<number>`count(*)`.as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
        if (count.n >= 50) throw new DomainError('unprocessable', 'An account can keep at most 50 addresses');
        const isDefault = input.isDefault === true || count.n === 0;
        if (isDefault) await tx.updateTable('identity.addresses').set({ is_default: false }).where('user_id', '=', userId).execute();
        const row = await tx
          .insertInto('identity.addresses')
          .values({
            id: uuidv7(),
            user_id: userId,
            name: input.name,
            postal_code: input.postalCode,
            prefecture: input.prefecture,
            city: input.city,
            line1: input.line1,
            line2: input.line2 ?? null,
            phone: input.phone,
            name_kana: input.nameKana || null,
            is_default: isDefault,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toAddress(row);
      });
    },

    async updateAddress(userId: string, id: string, patch: Partial<AddressInput>): Promise<Address> {
      if (!isUuid(id)) throw notFound('Address');
      return db.transaction().execute(async (tx) => {
        const set: Record<string, unknown> = {};
        const map: Record<string, string> = { name: 'name', postalCode: 'postal_code', prefecture: 'prefecture', city: 'city', line1: 'line1', line2: 'line2', phone: 'phone', nameKana: 'name_kana' };
        for (const [k, col] of Object.entries(map)) if ((patch as any)[k] !== undefined) set[col] = (patch as any)[k];
        if (patch.isDefault === true) {
          await tx.updateTable('identity.addresses').set({ is_default: false }).where('user_id', '=', userId).where('id', '!=', id).execute();
          set.is_default = true;
        } else if (patch.isDefault === false) set.is_default = false;
        let q = tx.updateTable('identity.addresses').where('user_id', '=', userId).where('id', '=', id);
        const row = Object.keys(set).length
          ? await q.set(set).returningAll().executeTakeFirst()
          : await tx.selectFrom('identity.addresses').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
        if (!row) throw notFound('Address');
        return toAddress(row);
      });
    },

    async deleteAddress(userId: string, id: string): Promise<void> {
      if (!isUuid(id)) throw notFound('Address');
      await db.transaction().execute(async (tx) => {
        const gone = await tx.deleteFrom('identity.addresses').where('user_id', '=', userId).where('id', '=', id).returning('is_default').executeTakeFirst();
        if (!gone) throw notFound('Address');
        // Removing the default makes the newest remaining address the default, so checkout still has one.
        if (gone.is_default) {
          const next = await tx.selectFrom('identity.addresses').select('id').where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
          if (next) await tx.updateTable('identity.addresses').set({ is_default: true }).where('id', '=', next.id).execute();
        }
      });
    },

    async listUsers(q: { role?: UserRole; q?: string; limit: number; cursor?: string }): Promise<{ items: User[]; nextCursor: string | null }> {
      const after = decodeCursor(q.cursor, (v): v is string => typeof v === 'string');
      let query = db.selectFrom('identity.users').selectAll().orderBy('id', 'desc').limit(q.limit + 1);
      if (q.role) query = query.where('role', '=', q.role);
      if (q.q) {
        const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) => eb.or([eb('email', 'ilike', like), eb('name', 'ilike', like)]));
      }
      if (after) query = query.where('id', '<', after);
      const rows = (await query.execute()) as UserRow[];
      const page = rows.slice(0, q.limit);
      return { items: page.map(toUser), nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1].id) : null };
    },

    /** Role and status changes take effect on the next request: deactivation also revokes refresh tokens. */
    async updateUser(ctx: RequestContext, id: string, patch: { role?: UserRole; isActive?: boolean }): Promise<User> {
      if (ctx.actor.id === id && (patch.isActive === false || (patch.role && patch.role !== 'admin'))) {
        throw new DomainError('unprocessable', 'You cannot deactivate or demote yourself; ask another admin');
      }
      const user = await db.transaction().execute(async (tx) => {
        const before = await findUserById(tx, id);
        if (!before) throw notFound('User');
        const set: Record<string, unknown> = { updated_at: now() };
        if (patch.role !== undefined) set.role = patch.role;
        if (patch.isActive !== undefined) set.is_active = patch.isActive;
        const after = (await tx.updateTable('identity.users').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow()) as UserRow;
        // Deactivation and any role change end every sign-in: old tokens must not carry old rights.
        if (patch.isActive === false || (patch.role !== undefined && patch.role !== before.role)) await endAll(tx, id);
        await audit.record(tx, ctx, { action: 'user.updated', entityType: 'user', entityId: id, before: toUser(before), after: toUser(after) });
        return after;
      });
      await cache.del(principalKey(id));
      return toUser(user);
    },

    async createApiKey(ctx: RequestContext, input: { name: string; scopes: Scope[] }): Promise<ApiKey & { key: string }> {
      const prefix = randomSecret(12).replace(/[^A-Za-z0-9]/g, '').slice(0, 8).padEnd(8, 'x');
      const key = `ik_${prefix}_${randomSecret(32)}`;
      const scopes = [...new Set(input.scopes)];
      const row = await db.transaction().execute(async (tx) => {
        const r = await tx
          .insertInto('identity.api_keys')
          .values({ id: uuidv7(), name: input.name, prefix, key_hash: sha256(key), scopes, created_by: ctx.actor.type === 'user' ? ctx.actor.id : null })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit.record(tx, ctx, { action: 'api_key.created', entityType: 'api_key', entityId: r.id, after: toApiKey(r) });
        return r;
      });
      return { ...toApiKey(row), key };
    },

    async listApiKeys(): Promise<ApiKey[]> {
      const rows = await db.selectFrom('identity.api_keys').selectAll().where('revoked_at', 'is', null).orderBy('created_at', 'desc').execute();
      return rows.map(toApiKey);
    },

    async deleteApiKey(ctx: RequestContext, id: string): Promise<void> {
      if (!isUuid(id)) throw notFound('API key');
      const row = await db.transaction().execute(async (tx) => {
        const r = await tx.updateTable('identity.api_keys').set({ revoked_at: now() }).where('id', '=', id).where('revoked_at', 'is', null).returningAll().executeTakeFirst();
        if (!r) throw notFound('API key');
        await audit.record(tx, ctx, { action: 'api_key.revoked', entityType: 'api_key', entityId: id, before: toApiKey(r) });
        return r;
      });
      await cache.del(apiKeyCacheKey(row.prefix));
    },

    /** Creates the user, or resets its password and makes it an active admin (bootstrap, CLI). */
    async ensureAdmin(email: string, password: string, name = 'Administrator'): Promise<{ user: User; created: boolean }> {
      const password_hash = await hashPassword(password);
      // One statement, so replicas bootstrapping the same admin at once cannot collide.
      const row = (await db
        .insertInto('identity.users')
        .values({ id: uuidv7(), email, name, password_hash, role: 'admin' })
        .onConflict((oc) => oc.expression(sql`lower(email)`).doUpdateSet({ password_hash, role: 'admin', is_active: true, updated_at: now() }))
        .returning(sql<boolean>`xmax = 0`.as('inserted'))
        .returningAll()
        .executeTakeFirstOrThrow()) as UserRow & { inserted: boolean };
      if (!row.inserted) await cache.del(principalKey(row.id));
      return { user: toUser(row), created: row.inserted };
    },

    ...createDirectory(db),

    async countUsers(): Promise<number> {
      const r = await db.selectFrom('identity.users').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
      return r.n;
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;

