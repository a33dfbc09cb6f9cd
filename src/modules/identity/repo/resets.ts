import type { Db } from '../../../platform/db/database';
import { tables } from '../../../platform/db/tables';
import type { IdentityTables } from '../tables';

const t = (q: Db) => tables<IdentityTables>(q);

/** Identity SQL for password reset tokens. */
export const resetsRepo = {
  async insert(tx: Db, r: { id: string; userId: string; tokenHash: string; expiresAt: Date; now: Date }): Promise<void> {
    await t(tx).insertInto('identity.password_resets').values({ id: r.id, user_id: r.userId, token_hash: r.tokenHash, expires_at: r.expiresAt, created_at: r.now }).execute();
  },

  /** Uses a token: only an unused, unexpired one, and only once (a conditional update). */
  async consume(tx: Db, tokenHash: string, now: Date): Promise<string | null> {
    const r = await t(tx)
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
  async retire(tx: Db, userId: string, now: Date): Promise<void> {
    await t(tx).updateTable('identity.password_resets').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
  },
};
