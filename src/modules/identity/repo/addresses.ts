import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database';
import { tables } from '../../../platform/db/tables';
import type { AddressChange, AddressRow, IdentityTables, NewAddress } from '../tables';

const t = (q: Db) => tables<IdentityTables>(q);

/** Identity SQL for a user's addresses; every query is scoped to the owner. */
export const addressesRepo = {
  list(q: Db, userId: string): Promise<AddressRow[]> {
    return t(q).selectFrom('identity.addresses').selectAll().where('user_id', '=', userId).orderBy('created_at').execute();
  },

  get(q: Db, userId: string, id: string): Promise<AddressRow | undefined> {
    return t(q).selectFrom('identity.addresses').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  },

  async count(q: Db, userId: string): Promise<number> {
    const r = await t(q).selectFrom('identity.addresses').select(sql<number>`count(*)`.as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
    return r.n;
  },

  insert(q: Db, row: NewAddress): Promise<AddressRow> {
    return t(q).insertInto('identity.addresses').values(row).returningAll().executeTakeFirstOrThrow();
  },

  update(q: Db, userId: string, id: string, set: AddressChange): Promise<AddressRow | undefined> {
    return t(q).updateTable('identity.addresses').set(set).where('user_id', '=', userId).where('id', '=', id).returningAll().executeTakeFirst();
  },

  /** No address of the user (but `except`) stays the default. */
  async clearDefault(q: Db, userId: string, except?: string): Promise<void> {
    let query = t(q).updateTable('identity.addresses').set({ is_default: false }).where('user_id', '=', userId);
    if (except) query = query.where('id', '!=', except);
    await query.execute();
  },

  /** Deletes the address; whether it was the default, or undefined when there was none. */
  async delete(q: Db, userId: string, id: string): Promise<{ wasDefault: boolean } | undefined> {
    const r = await t(q).deleteFrom('identity.addresses').where('user_id', '=', userId).where('id', '=', id).returning('is_default').executeTakeFirst();
    return r && { wasDefault: r.is_default };
  },

  /** Makes the newest address of the user the default, if it has any. */
  async defaultToNewest(q: Db, userId: string): Promise<void> {
    const next = await t(q).selectFrom('identity.addresses').select('id').where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
    if (next) await t(q).updateTable('identity.addresses').set({ is_default: true }).where('id', '=', next.id).execute();
  },
};
