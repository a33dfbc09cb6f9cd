import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database';
import { tables } from '../../../platform/db/tables';
import type { IdentityTables, RefreshTokenRow } from '../tables';

const t = (q: Db) => tables<IdentityTables>(q);

/** Identity SQL for refresh tokens; a family of tokens is one sign-in (session). */
export const sessionsRepo = {
  async insertToken(q: Db, r: { id: string; userId: string; familyId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
    await t(q).insertInto('identity.refresh_tokens').values({ id: r.id, user_id: r.userId, family_id: r.familyId, token_hash: r.tokenHash, expires_at: r.expiresAt }).execute();
  },

  tokenByHash(q: Db, tokenHash: string): Promise<RefreshTokenRow | undefined> {
    return t(q).selectFrom('identity.refresh_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  },

  /** Marks a token used, only if it was not used before: false when another request got there first. */
  async claimToken(q: Db, id: string, now: Date): Promise<boolean> {
    const r = await t(q).updateTable('identity.refresh_tokens').set({ used_at: now }).where('id', '=', id).where('used_at', 'is', null).returning('id').executeTakeFirst();
    return r !== undefined;
  },

  /** Whether any token of the family is still unrevoked. */
  async familyActive(q: Db, familyId: string): Promise<boolean> {
    const row = await sql<{ active: boolean | null }>`
      select bool_or(revoked_at is null) as active from identity.refresh_tokens where family_id = ${familyId}::uuid`.execute(q);
    return row.rows[0]?.active === true;
  },

  async revokeFamily(q: Db, familyId: string, now: Date): Promise<void> {
    await t(q).updateTable('identity.refresh_tokens').set({ revoked_at: now }).where('family_id', '=', familyId).where('revoked_at', 'is', null).execute();
  },

  /** Revokes every unrevoked token of the user except family `except`; the families revoked. */
  async revokeAllOfUser(q: Db, userId: string, now: Date, except?: string): Promise<string[]> {
    let query = t(q).updateTable('identity.refresh_tokens').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null);
    if (except) query = query.where('family_id', '!=', except);
    const rows = await query.returning('family_id').execute();
    return [...new Set(rows.map((r) => r.family_id))];
  },
};
