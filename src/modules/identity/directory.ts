import type { Db } from '../../platform/db/database';
import type { UserRole } from '../../platform/core/context';
import { isUuid } from '../../platform/core/schemas';

/** Who a user id is, for screens that show people by name (audit log, orders, customers). */
export interface UserRef {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}


/** Escapes `%`, `_` and `\` so that a search term matches literally inside `ilike`. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Read-only lookups other modules use instead of reading identity's tables. */
export function createDirectory(db: Db) {
  return {
    /** Names and emails for ids (unknown or malformed ids are left out). */
    async usersByIds(ids: readonly string[]): Promise<Map<string, UserRef>> {
      const wanted = [...new Set(ids)].filter((id) => isUuid(id));
      if (wanted.length === 0) return new Map();
      const rows = await db.selectFrom('identity.users').select(['id', 'email', 'name', 'role']).where('id', 'in', wanted).execute();
      return new Map(rows.map((r) => [r.id as string, { id: r.id, email: r.email, name: r.name, role: r.role } as UserRef]));
    },

    /** Ids of users whose email or name contains `q` (case-insensitive), newest first, at most `limit`. */
    async userIdsMatching(q: string, limit: number): Promise<string[]> {
      const like = likePattern(q);
      const rows = await db
        .selectFrom('identity.users')
        .select('id')
        .where((eb) => eb.or([eb('email', 'ilike', like), eb('name', 'ilike', like)]))
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id as string);
    },
  };
}

export type Directory = ReturnType<typeof createDirectory>;
