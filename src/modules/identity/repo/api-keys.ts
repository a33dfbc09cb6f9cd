import type { Db } from '../../../platform/db/database';
import { tables } from '../../../platform/db/tables';
import type { ApiKeyRow, IdentityTables, NewApiKey } from '../tables';

const t = (q: Db) => tables<IdentityTables>(q);

/** Identity SQL for API keys: only the SHA-256 of a key is kept, found by its public prefix. */
export const apiKeysRepo = {
  activeByPrefix(q: Db, prefix: string): Promise<ApiKeyRow | undefined> {
    return t(q).selectFrom('identity.api_keys').selectAll().where('prefix', '=', prefix).where('revoked_at', 'is', null).executeTakeFirst();
  },

  async touch(q: Db, id: string, now: Date): Promise<void> {
    await t(q).updateTable('identity.api_keys').set({ last_used_at: now }).where('id', '=', id).execute();
  },

  insert(q: Db, row: NewApiKey): Promise<ApiKeyRow> {
    return t(q).insertInto('identity.api_keys').values(row).returningAll().executeTakeFirstOrThrow();
  },

  listActive(q: Db): Promise<ApiKeyRow[]> {
    return t(q).selectFrom('identity.api_keys').selectAll().where('revoked_at', 'is', null).orderBy('created_at', 'desc').execute();
  },

  /** Revokes an active key; undefined when there is none with that id. */
  revoke(q: Db, id: string, now: Date): Promise<ApiKeyRow | undefined> {
    return t(q).updateTable('identity.api_keys').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).returningAll().executeTakeFirst();
  },
};
