import type { Cache } from '../../platform/cache';
import type { Db } from '../../platform/db/database';
import type { RateCounter } from '../../platform/rate';
import type { AuditService } from '../audit/index';
import * as addresses from './addresses';
import * as apiKeys from './api-keys';
import * as auth from './auth';
import type { IdentityCore } from './core';
import { createSignInLimits } from './limits';
import { assertStrongPassword } from './password-policy';
import * as profile from './profile';
import { createSessionRegistry } from './sessions';
import type { TokenSigner } from './tokens';
import * as users from './users';


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

/**
 * Users, sign-in and sessions (./auth), admin user management (./users), the caller's profile and
 * password (./profile), addresses (./addresses) and API keys (./api-keys): each a file of plain
 * functions taking the core; this factory only builds the core and hands it to them.
 */
export function createIdentityService(deps: IdentityDeps) {
  const now = deps.now ?? (() => new Date());
  const c: IdentityCore = {
    db: deps.db,
    cache: deps.cache,
    audit: deps.audit,
    tokens: deps.tokens,
    now,
    sessions: createSessionRegistry({ db: deps.db, cache: deps.cache, now }),
    limits: createSignInLimits(deps.rate, deps.signupLimitPerHour ?? 20),
  };
  const use =
    <A extends unknown[], R>(fn: (core: IdentityCore, ...args: A) => R) =>
    (...args: A): R =>
      fn(c, ...args);

  return {
    authenticate: use(auth.authenticate),
    register: use(auth.register),
    login: use(auth.login),
    refresh: use(auth.refresh),
    logout: use(auth.logout),
    endAllSessions: use(auth.endAllSessions),
    /** Subscribes to ended sessions (the realtime layer drops their sockets). */
    onSessionsEnded: c.sessions.onEnded,
    /** Per-IP hourly limit (`SIGNUP_LIMIT_PER_HOUR`) for sign-ups and password-reset requests. */
    limitPerIp: c.limits.limitPerIp,
    /** 400 `weak_password` for a guessable password (register, change, reset). */
    assertStrongPassword,

    currentUser: use(users.currentUser),
    getUser: use(users.getUser),
    listUsers: use(users.listUsers),
    updateUser: use(users.updateUser),
    ensureAdmin: use(users.ensureAdmin),
    countUsers: use(users.countUsers),
    usersByIds: use(users.usersByIds),
    userIdsMatching: use(users.userIdsMatching),
    contact: users.contact,
    activeStaff: users.activeStaff,

    updateMe: use(profile.updateMe),
    setPassword: use(profile.setPassword),
    passwordChanged: use(profile.passwordChanged),

    listAddresses: use(addresses.listAddresses),
    getAddress: use(addresses.getAddress),
    createAddress: use(addresses.createAddress),
    updateAddress: use(addresses.updateAddress),
    deleteAddress: use(addresses.deleteAddress),

    createApiKey: use(apiKeys.createApiKey),
    listApiKeys: use(apiKeys.listApiKeys),
    deleteApiKey: use(apiKeys.deleteApiKey),
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;
