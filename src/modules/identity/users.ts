import { uuidv7 } from 'uuidv7';
import type { RequestContext, UserRole } from '../../platform/core/context';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import { isUuid } from '../../platform/core/schemas';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import { cachedUser, endAll, findUserById, forgetUser, type IdentityCore } from './core';
import { type Contact, toContact, toUser, type User, type UserRef } from './model';
import { hashPassword } from './passwords';
import { usersRepo as repo } from './repo/users';
import type { UserChange } from './tables';

/** The signed-in user, from the same cache entry that authenticated the request. */
export async function currentUser(c: IdentityCore, id: string): Promise<User> {
  const user = await cachedUser(c, id);
  if (!user) throw notFound('User');
  return user;
}

export async function getUser(c: IdentityCore, id: string): Promise<User> {
  const row = await findUserById(c.db, id);
  if (!row) throw notFound('User');
  return toUser(row);
}

export async function listUsers(c: IdentityCore, q: { role?: UserRole; q?: string; limit: number; cursor?: string }): Promise<{ items: User[]; nextCursor: string | null }> {
  const afterId = decodeCursor(q.cursor, (v): v is string => typeof v === 'string');
  const rows = await repo.list(c.db, { role: q.role, q: q.q, limit: q.limit, afterId });
  const page = rows.slice(0, q.limit);
  return { items: page.map(toUser), nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1].id) : null };
}

/** Role and status changes take effect on the next request: deactivation also revokes refresh tokens. */
export async function updateUser(c: IdentityCore, ctx: RequestContext, id: string, patch: { role?: UserRole; isActive?: boolean }): Promise<User> {
  if (ctx.actor.id === id && (patch.isActive === false || (patch.role && patch.role !== 'admin'))) {
    throw new DomainError('unprocessable', 'You cannot deactivate or demote yourself; ask another admin');
  }
  const user = await c.db.transaction().execute(async (tx) => {
    const before = await findUserById(tx, id);
    if (!before) throw notFound('User');
    const set: UserChange = { updated_at: c.now() };
    if (patch.role !== undefined) set.role = patch.role;
    if (patch.isActive !== undefined) set.is_active = patch.isActive;
    const after = await repo.update(tx, id, set);
    // Deactivation and any role change end every sign-in: old tokens must not carry old rights.
    if (patch.isActive === false || (patch.role !== undefined && patch.role !== before.role)) await endAll(c, tx, id);
    await c.audit.record(tx, ctx, { action: 'user.updated', entityType: 'user', entityId: id, before: toUser(before), after: toUser(after) });
    return after;
  });
  await forgetUser(c, id);
  return toUser(user);
}

/** Creates the user, or resets its password and makes it an active admin (bootstrap, CLI). */
export async function ensureAdmin(c: IdentityCore, email: string, password: string, name = 'Administrator'): Promise<{ user: User; created: boolean }> {
  const passwordHash = await hashPassword(password);
  // One statement, so replicas bootstrapping the same admin at once cannot collide.
  const row = await repo.upsertAdmin(c.db, { id: uuidv7(), email, name, passwordHash, now: c.now() });
  if (!row.inserted) await forgetUser(c, row.id);
  return { user: toUser(row), created: row.inserted };
}

export function countUsers(c: IdentityCore): Promise<number> {
  return repo.count(c.db);
}

/** Names and emails for ids (unknown or malformed ids are left out): other modules' screens use this, not identity's tables. */
export async function usersByIds(c: IdentityCore, ids: readonly string[]): Promise<Map<string, UserRef>> {
  const wanted = [...new Set(ids)].filter((id) => isUuid(id));
  if (wanted.length === 0) return new Map();
  const rows = await repo.refs(c.db, wanted);
  return new Map(rows.map((r) => [r.id, { id: r.id, email: r.email, name: r.name, role: r.role }]));
}

/** Ids of users whose email or name contains `q` (case-insensitive), newest first, at most `limit`. */
export function userIdsMatching(c: IdentityCore, q: string, limit: number): Promise<string[]> {
  return repo.idsMatching(c.db, q, limit);
}

/** Who an email to the user goes to, read in the caller's transaction `q`. */
export async function contact(q: Db, userId: string): Promise<Contact | null> {
  const r = await repo.contact(q, userId);
  return r ? toContact(r) : null;
}

/** Active staff and admins: who hears about low stock. */
export async function activeStaff(q: Db): Promise<Contact[]> {
  return (await repo.activeStaff(q)).map(toContact);
}
