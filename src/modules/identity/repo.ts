import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';

export type Locale = 'ja' | 'en';

export interface Contact {
  userId: string;
  email: string;
  name: string;
  locale: Locale | null;
  isActive: boolean;
  role: 'customer' | 'staff' | 'admin';
}

const toContact = (r: any): Contact => ({ userId: r.id, email: r.email, name: r.name, locale: r.locale ?? null, isActive: r.is_active, role: r.role });

/** Identity SQL for contacts (who emails go to) and password reset tokens. */
export const identityRepo = {
  async contact(q: Db, userId: string): Promise<Contact | null> {
    const r = await q.selectFrom('identity.users').select(['id', 'email', 'name', 'locale', 'is_active', 'role']).where('id', '=', userId).executeTakeFirst();
    return r ? toContact(r) : null;
  },

  async contactByEmail(q: Db, email: string): Promise<Contact | null> {
    const r = await q.selectFrom('identity.users').select(['id', 'email', 'name', 'locale', 'is_active', 'role']).where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
    return r ? toContact(r) : null;
  },

  /** Active staff and admins: who hears about low stock. */
  async activeStaff(q: Db): Promise<Contact[]> {
    const rows = await q.selectFrom('identity.users').select(['id', 'email', 'name', 'locale', 'is_active', 'role']).where('role', 'in', ['staff', 'admin']).where('is_active', '=', true).orderBy('id').limit(1000).execute();
    return rows.map(toContact);
  },

  async setLocale(q: Db, userId: string, locale: Locale | null, now: Date): Promise<void> {
    await q.updateTable('identity.users').set({ locale, updated_at: now }).where('id', '=', userId).execute();
  },

  async insertReset(tx: Db, r: { id: string; userId: string; tokenHash: string; expiresAt: Date; now: Date }): Promise<void> {
    await tx.insertInto('identity.password_resets').values({ id: r.id, user_id: r.userId, token_hash: r.tokenHash, expires_at: r.expiresAt, created_at: r.now }).execute();
  },

  /** Uses a token: only an unused, unexpired one, and only once (a conditional update). */
  async consumeReset(tx: Db, tokenHash: string, now: Date): Promise<string | null> {
    const r = await tx
      .updateTable('identity.password_resets')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst();
    return r?.user_id ?? null;
  },

  /** After a reset, the user's other outstanding links stop working too. */
  async retireResets(tx: Db, userId: string, now: Date): Promise<void> {
    await tx.updateTable('identity.password_resets').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
  },
};
