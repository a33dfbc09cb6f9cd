import { sql } from 'kysely';
import type { UserRole } from '../../../platform/core/context';
import type { Db } from '../../../platform/db/database';
import { tables } from '../../../platform/db/tables';
import type { IdentityTables, NewUser, UserChange, UserRow } from '../tables';

const t = (q: Db) => tables<IdentityTables>(q);
const CONTACT = ['id', 'email', 'name', 'locale', 'is_active', 'role'] as const;

/** Escapes `%`, `_` and `\` so that a search term matches literally inside `ilike`. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Identity SQL for `identity.users`. */
export const usersRepo = {
  byId(q: Db, id: string): Promise<UserRow | undefined> {
    return t(q).selectFrom('identity.users').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Emails are unique case-insensitively. */
  byEmail(q: Db, email: string): Promise<UserRow | undefined> {
    return t(q).selectFrom('identity.users').selectAll().where(sql<string>`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
  },

  insert(q: Db, user: NewUser): Promise<UserRow> {
    return t(q).insertInto('identity.users').values(user).returningAll().executeTakeFirstOrThrow();
  },

  update(q: Db, id: string, set: UserChange): Promise<UserRow> {
    return t(q).updateTable('identity.users').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  },

  /** Creates the admin, or resets its password and makes it an active admin, in one statement. */
  upsertAdmin(q: Db, u: { id: string; email: string; name: string; passwordHash: string; now: Date }): Promise<UserRow & { inserted: boolean }> {
    return t(q)
      .insertInto('identity.users')
      .values({ id: u.id, email: u.email, name: u.name, password_hash: u.passwordHash, role: 'admin' })
      .onConflict((oc) => oc.expression(sql`lower(email)`).doUpdateSet({ password_hash: u.passwordHash, role: 'admin', is_active: true, updated_at: u.now }))
      .returningAll()
      .returning(sql<boolean>`xmax = 0`.as('inserted'))
      .executeTakeFirstOrThrow();
  },

  /** Newest first (ids are UUIDv7), one more than `limit` so the caller knows whether a page follows. */
  list(q: Db, f: { role?: UserRole; q?: string; limit: number; afterId?: string | null }): Promise<UserRow[]> {
    let query = t(q).selectFrom('identity.users').selectAll().orderBy('id', 'desc').limit(f.limit + 1);
    if (f.role) query = query.where('role', '=', f.role);
    if (f.q) {
      const like = likePattern(f.q);
      query = query.where((eb) => eb.or([eb('email', 'ilike', like), eb('name', 'ilike', like)]));
    }
    if (f.afterId) query = query.where('id', '<', f.afterId);
    return query.execute();
  },

  async count(q: Db): Promise<number> {
    const r = await t(q).selectFrom('identity.users').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    return r.n;
  },

  /** Names and emails for ids. */
  refs(q: Db, ids: readonly string[]): Promise<Pick<UserRow, 'id' | 'email' | 'name' | 'role'>[]> {
    return t(q).selectFrom('identity.users').select(['id', 'email', 'name', 'role']).where('id', 'in', ids).execute();
  },

  /** Ids of users whose email or name contains `term` (case-insensitive), newest first. */
  async idsMatching(q: Db, term: string, limit: number): Promise<string[]> {
    const like = likePattern(term);
    const rows = await t(q)
      .selectFrom('identity.users')
      .select('id')
      .where((eb) => eb.or([eb('email', 'ilike', like), eb('name', 'ilike', like)]))
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  },

  contact(q: Db, userId: string) {
    return t(q).selectFrom('identity.users').select(CONTACT).where('id', '=', userId).executeTakeFirst();
  },

  contactByEmail(q: Db, email: string) {
    return t(q).selectFrom('identity.users').select(CONTACT).where(sql<string>`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
  },

  /** Active staff and admins: who hears about low stock. */
  activeStaff(q: Db) {
    return t(q).selectFrom('identity.users').select(CONTACT).where('role', 'in', ['staff', 'admin']).where('is_active', '=', true).orderBy('id').limit(1000).execute();
  },
};
