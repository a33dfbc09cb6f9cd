import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import { endAll, findUserById, forgetUser, type IdentityCore } from './core';
import { type Locale, toUser, type User } from './model';
import { hashPassword, verifyPassword } from './passwords';
import { assertStrongPassword } from './password-policy';
import { usersRepo } from './repo/users';
import type { UserChange, UserRow } from './tables';

/**
 * The one way a password changes (PATCH /v1/me and password reset): the new hash, and every
 * session of the user ended except `keepSessionId` (the caller's own, for a change while signed in).
 * Call `passwordChanged` after the transaction commits.
 */
async function writePassword(c: IdentityCore, tx: Db, userId: string, passwordHash: string, keepSessionId?: string): Promise<UserRow> {
  const u = await usersRepo.update(tx, userId, { password_hash: passwordHash, updated_at: c.now() });
  await endAll(c, tx, userId, keepSessionId);
  return u;
}

/**
 * Changes the caller's name, email language or password. A password change needs the current
 * password (wrong guesses count toward the sign-in limits) and signs out every other session;
 * the session named by `opts.sessionId` (the caller's) stays signed in.
 */
export async function updateMe(
  c: IdentityCore,
  userId: string,
  patch: { name?: string; password?: string; currentPassword?: string; locale?: Locale | null },
  opts: { sessionId?: string; ip?: string | null } = {},
): Promise<User> {
  const row = await findUserById(c.db, userId);
  if (!row) throw notFound('User');
  const set: UserChange = { updated_at: c.now() };
  if (patch.name !== undefined) set.name = patch.name.trim();
  if (patch.locale !== undefined) set.locale = patch.locale;
  let passwordHash: string | null = null;
  if (patch.password !== undefined) {
    if (!patch.currentPassword) {
      throw new DomainError('validation_failed', 'Changing the password needs currentPassword', { errors: [{ path: 'currentPassword', message: 'is required to change the password' }] });
    }
    const guess = await c.limits.takeGuess(row.email, opts.ip ?? null);
    if (!(await verifyPassword(row.password_hash, patch.currentPassword))) {
      // 422, not 401: the caller is signed in, only the confirmation is wrong.
      throw new DomainError('unprocessable', 'currentPassword is not your current password', { errors: [{ path: 'currentPassword', message: 'must be your current password' }] });
    }
    await guess.succeeded();
    assertStrongPassword(patch.password, [row.email, row.name]);
    passwordHash = await hashPassword(patch.password);
  }
  const updated = await c.db.transaction().execute(async (tx) => {
    const u = await usersRepo.update(tx, userId, set);
    // A new password signs out every other session.
    return passwordHash !== null ? writePassword(c, tx, userId, passwordHash, opts.sessionId) : u;
  });
  await forgetUser(c, userId);
  return toUser(updated);
}

/** Sets a password in the caller's transaction (password reset): see `writePassword`. */
export async function setPassword(c: IdentityCore, tx: Db, userId: string, passwordHash: string): Promise<void> {
  await writePassword(c, tx, userId, passwordHash);
}

/** After a password change committed: the cached user goes, so the change shows at once. */
export function passwordChanged(c: IdentityCore, userId: string): Promise<void> {
  return forgetUser(c, userId);
}
