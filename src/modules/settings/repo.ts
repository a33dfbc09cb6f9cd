import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import { tables } from '../../platform/db/tables';
import type { SettingsTables } from './tables';

const t = (q: Db) => tables<SettingsTables>(q);

/** The only SQL for the `settings` schema; every function runs in the handle it is given. */
export const settingsRepo = {
  /** The stored row; `forUpdate` holds it until the caller's transaction ends. */
  read: (q: Db, opts: { forUpdate?: boolean } = {}) => {
    let query = t(q).selectFrom('settings.store').select(['data', 'version']).where('id', '=', 1);
    if (opts.forUpdate) query = query.forUpdate();
    return query.executeTakeFirstOrThrow();
  },

  write: async (tx: Db, data: unknown, at: Date): Promise<void> => {
    await t(tx).updateTable('settings.store').set({ data: JSON.stringify(data), version: sql<number>`version + 1`, updated_at: at }).where('id', '=', 1).execute();
  },
};
