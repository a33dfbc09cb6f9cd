import { sql, type Updateable } from 'kysely';
import type { Db } from '../../platform/db/database';
import { tables } from '../../platform/db/tables';
import type { PricingTables, PromotionRow } from './tables';

export type { PromotionRow } from './tables';

const t = (q: Db) => tables<PricingTables>(q);

/** The only SQL for the `pricing` schema; every function runs in the handle it is given. */
export const pricingRepo = {
  async insert(tx: Db, row: PromotionRow): Promise<PromotionRow> {
    return t(tx).insertInto('pricing.promotions').values(row).returningAll().executeTakeFirstOrThrow();
  },

  async find(q: Db, id: string, lock = false): Promise<PromotionRow | undefined> {
    let query = t(q).selectFrom('pricing.promotions').selectAll().where('id', '=', id);
    if (lock) query = query.forUpdate();
    return query.executeTakeFirst();
  },

  async findByCode(q: Db, code: string): Promise<PromotionRow | undefined> {
    return t(q).selectFrom('pricing.promotions').selectAll().where('code_key', '=', code.toLowerCase()).executeTakeFirst();
  },

  async list(q: Db, f: { after: { createdAt: string; id: string } | null; limit: number; q?: string }): Promise<PromotionRow[]> {
    const res = await sql<PromotionRow>`
      select * from pricing.promotions where true
      ${f.q ? sql`and code_key like ${`%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : sql``}
      ${f.after ? sql`and (created_at, id) < (${f.after.createdAt}::timestamptz, ${f.after.id}::uuid)` : sql``}
      order by created_at desc, id desc limit ${f.limit}`.execute(q);
    return res.rows;
  },

  async update(tx: Db, id: string, set: Updateable<PricingTables['pricing.promotions']>, now: Date): Promise<PromotionRow> {
    return t(tx)
      .updateTable('pricing.promotions')
      .set({ ...set, version: sql`version + 1`, updated_at: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async delete(tx: Db, id: string): Promise<void> {
    await t(tx).deleteFrom('pricing.promotions').where('id', '=', id).execute();
  },

  async hasUses(q: Db, id: string): Promise<boolean> {
    const row = await t(q).selectFrom('pricing.promotion_uses').select('order_id').where('promotion_id', '=', id).limit(1).executeTakeFirst();
    return row !== undefined;
  },

  /**
   * Counts one use if the limit allows it: a guarded UPDATE that also locks the row, so concurrent
   * orders on one code queue here and exactly `usage_limit` of them get through.
   */
  async take(tx: Db, id: string, now: Date): Promise<boolean> {
    const res = await sql`
      update pricing.promotions set times_used = times_used + 1, updated_at = ${now}
      where id = ${id} and (usage_limit is null or times_used < usage_limit)
      returning id`.execute(tx);
    return res.rows.length === 1;
  },

  async customerUses(q: Db, id: string, userId: string): Promise<number> {
    const row = await sql<{ n: number }>`
      select count(*)::int as n from pricing.promotion_uses
      where promotion_id = ${id} and user_id = ${userId} and released_at is null`.execute(q);
    return row.rows[0]?.n ?? 0;
  },

  async insertUse(tx: Db, u: { orderId: string; promotionId: string; userId: string | null; amount: number; now: Date }): Promise<void> {
    await t(tx)
      .insertInto('pricing.promotion_uses')
      .values({ order_id: u.orderId, promotion_id: u.promotionId, user_id: u.userId, amount: u.amount, created_at: u.now })
      .execute();
  },

  /** Gives an order's use back (once): marks it released and lowers the count. */
  async release(tx: Db, orderId: string, now: Date): Promise<boolean> {
    const res = await sql`
      with u as (
        update pricing.promotion_uses set released_at = ${now}
        where order_id = ${orderId} and released_at is null returning promotion_id)
      update pricing.promotions p set times_used = times_used - 1 from u where p.id = u.promotion_id
      returning p.id`.execute(tx);
    return res.rows.length === 1;
  },
};
