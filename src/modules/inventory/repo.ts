import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import type { Actor } from '../../platform/core/context';

export type MovementType = 'adjustment' | 'count' | 'reservation' | 'release' | 'sale' | 'return';

export interface StockRow {
  sku: string;
  product_id: string;
  on_hand: number;
  reserved: number;
  low_stock_threshold: number;
  low_stock: boolean;
  version: number;
  updated_at: Date;
}

export interface MovementRow {
  seq: number;
  id: string;
  sku: string;
  type: MovementType;
  on_hand_delta: number;
  reserved_delta: number;
  reason: string | null;
  note: string | null;
  order_id: string | null;
  actor_type: Actor['type'];
  actor_id: string | null;
  created_at: Date;
}

export interface NewMovement {
  sku: string;
  type: MovementType;
  onHandDelta: number;
  reservedDelta: number;
  reason?: string | null;
  note?: string | null;
  orderId?: string | null;
  actor: Actor;
}

const STOCK_COLUMNS = sql.raw('sku, product_id, on_hand, reserved, low_stock_threshold, low_stock, version, updated_at');

/** The only SQL for the `inventory` schema. Every function runs in the transaction it is given. */
export const inventoryRepo = {
  async find(q: Db, sku: string, lock = false): Promise<StockRow | undefined> {
    const res = await sql<StockRow>`select ${STOCK_COLUMNS} from inventory.stock where sku = ${sku} ${lock ? sql`for update` : sql``}`.execute(q);
    return res.rows[0];
  },

  async findMany(q: Db, skus: string[]): Promise<StockRow[]> {
    if (skus.length === 0) return [];
    return (await sql<StockRow>`select ${STOCK_COLUMNS} from inventory.stock where sku = any(${skus}::text[])`.execute(q)).rows;
  },

  /**
   * Applies a delta only if the result keeps 0 ≤ reserved ≤ onHand; undefined when the guard (or
   * a missing row) refuses it. The row lock it takes lasts until the caller's transaction ends.
   * `crossed` is true when this change took available to or below the threshold from above.
   */
  async applyDelta(q: Db, sku: string, onHandDelta: number, reservedDelta: number, now: Date): Promise<(StockRow & { crossed: boolean }) | undefined> {
    const res = await sql<StockRow & { crossed: boolean }>`
      update inventory.stock set
        on_hand = on_hand + ${onHandDelta}::int,
        reserved = reserved + ${reservedDelta}::int,
        version = version + 1,
        updated_at = ${now},
        low_stock = (on_hand + ${onHandDelta}::int) - (reserved + ${reservedDelta}::int) <= low_stock_threshold,
        low_stock_version = case
          when not low_stock and (on_hand + ${onHandDelta}::int) - (reserved + ${reservedDelta}::int) <= low_stock_threshold then version + 1
          else low_stock_version end
      where sku = ${sku}
        and on_hand + ${onHandDelta}::int >= reserved + ${reservedDelta}::int
        and reserved + ${reservedDelta}::int >= 0
      returning ${STOCK_COLUMNS}, low_stock_version = version as crossed`.execute(q);
    return res.rows[0];
  },

  /**
   * `applyDelta` for many records in ONE statement, ledger rows included: locks the records in SKU
   * order first (the order every multi-row writer uses, so no deadlock), then applies each delta
   * only where the result keeps 0 ≤ reserved ≤ onHand, and writes one movement per applied row.
   * Rows the guard (or a missing record) refuses are absent from the result; the caller then throws
   * and its transaction rolls back, ledger rows included.
   */
  async applyDeltasWithLedger(q: Db, movements: NewMovement[], now: Date): Promise<(StockRow & { crossed: boolean })[]> {
    if (movements.length === 0) return [];
    const col = <T>(f: (m: NewMovement) => T) => movements.map(f);
    const res = await sql<StockRow & { crossed: boolean }>`
      with v as (
        select * from unnest(
          ${col((m) => m.sku)}::text[], ${col((m) => m.onHandDelta)}::int[], ${col((m) => m.reservedDelta)}::int[],
          ${col(() => uuidv7())}::uuid[], ${col((m) => m.type)}::text[], ${col((m) => m.reason ?? null)}::text[], ${col((m) => m.note ?? null)}::text[],
          ${col((m) => m.orderId ?? null)}::text[], ${col((m) => m.actor.type)}::text[], ${col((m) => m.actor.id)}::text[]
        ) as v(sku, on_hand_delta, reserved_delta, id, type, reason, note, order_id, actor_type, actor_id)
      ), locked as materialized (
        select s.sku from inventory.stock s where s.sku = any(${col((m) => m.sku)}::text[]) order by s.sku for update
      ), upd as (
        update inventory.stock s set
          on_hand = s.on_hand + v.on_hand_delta,
          reserved = s.reserved + v.reserved_delta,
          version = s.version + 1,
          updated_at = ${now},
          low_stock = (s.on_hand + v.on_hand_delta) - (s.reserved + v.reserved_delta) <= s.low_stock_threshold,
          low_stock_version = case
            when not s.low_stock and (s.on_hand + v.on_hand_delta) - (s.reserved + v.reserved_delta) <= s.low_stock_threshold then s.version + 1
            else s.low_stock_version end
        from locked l join v on v.sku = l.sku
        where s.sku = l.sku
          and s.on_hand + v.on_hand_delta >= s.reserved + v.reserved_delta
          and s.reserved + v.reserved_delta >= 0
        returning s.sku, s.product_id, s.on_hand, s.reserved, s.low_stock_threshold, s.low_stock, s.version, s.updated_at,
          s.low_stock_version = s.version as crossed
      ), ledger as (
        insert into inventory.movements (id, sku, type, on_hand_delta, reserved_delta, reason, note, order_id, actor_type, actor_id, created_at)
        select v.id, v.sku, v.type, v.on_hand_delta, v.reserved_delta, v.reason, v.note, v.order_id, v.actor_type, v.actor_id, ${now}::timestamptz
        from v join upd on upd.sku = v.sku
        order by v.sku
      )
      select * from upd order by sku`.execute(q);
    return res.rows;
  },

  async setThreshold(q: Db, sku: string, threshold: number): Promise<void> {
    await sql`update inventory.stock set low_stock_threshold = ${threshold}::int, low_stock = on_hand - reserved <= ${threshold}::int where sku = ${sku}`.execute(q);
  },

  /** Creates missing records at 0; a SKU that moved to another product follows it. */
  async insertMissing(q: Db, items: { sku: string; productId: string }[], threshold: number, now: Date): Promise<void> {
    if (items.length === 0) return;
    await sql`
      insert into inventory.stock (sku, product_id, low_stock_threshold, low_stock, created_at, updated_at)
      select sku, product_id, ${threshold}::int, true, ${now}, ${now}
      from unnest(${items.map((i) => i.sku)}::text[], ${items.map((i) => i.productId)}::text[]) as t(sku, product_id)
      on conflict (sku) do update set product_id = excluded.product_id
      where inventory.stock.product_id <> excluded.product_id`.execute(q);
  },

  async remove(q: Db, sku: string): Promise<void> {
    await q.deleteFrom('inventory.stock').where('sku', '=', sku).execute();
  },

  async insertMovements(q: Db, movements: NewMovement[], now: Date): Promise<void> {
    if (movements.length === 0) return;
    await q
      .insertInto('inventory.movements')
      .values(
        movements.map((m) => ({
          id: uuidv7(),
          sku: m.sku,
          type: m.type,
          on_hand_delta: m.onHandDelta,
          reserved_delta: m.reservedDelta,
          reason: m.reason ?? null,
          note: m.note ?? null,
          order_id: m.orderId ?? null,
          actor_type: m.actor.type,
          actor_id: m.actor.id,
          created_at: now,
        })),
      )
      .execute();
  },

  /** Locks the records in SKU order (the same order every writer uses, so no deadlock). */
  async lockMany(q: Db, skus: string[]): Promise<StockRow[]> {
    if (skus.length === 0) return [];
    return (await sql<StockRow>`select ${STOCK_COLUMNS} from inventory.stock where sku = any(${skus}::text[]) order by sku for update`.execute(q)).rows;
  },

  /** Sets on_hand for many records in one statement (stock counts from an import); callers check reserved first. */
  async setOnHandMany(q: Db, items: { sku: string; onHand: number }[], now: Date): Promise<(StockRow & { crossed: boolean })[]> {
    if (items.length === 0) return [];
    const res = await sql<StockRow & { crossed: boolean }>`
      update inventory.stock s set
        on_hand = v.on_hand,
        version = s.version + 1,
        updated_at = ${now},
        low_stock = v.on_hand - s.reserved <= s.low_stock_threshold,
        low_stock_version = case
          when not s.low_stock and v.on_hand - s.reserved <= s.low_stock_threshold then s.version + 1
          else s.low_stock_version end
      from unnest(${items.map((i) => i.sku)}::text[], ${items.map((i) => i.onHand)}::int[]) as v(sku, on_hand)
      where s.sku = v.sku and v.on_hand >= s.reserved
      returning s.sku, s.product_id, s.on_hand, s.reserved, s.low_stock_threshold, s.low_stock, s.version, s.updated_at,
        s.low_stock_version = s.version as crossed`.execute(q);
    return res.rows;
  },

  async countLowStock(q: Db): Promise<number> {
    const r = await sql<{ n: number }>`select count(*)::int as n from inventory.stock where low_stock`.execute(q);
    return r.rows[0]?.n ?? 0;
  },

  async list(q: Db, f: { sku?: string; productId?: string; lowStock?: boolean; after: string | null; limit: number }): Promise<StockRow[]> {
    const like = f.sku ? f.sku.replace(/[\\%_]/g, (c) => `\\${c}`) + '%' : null;
    return (
      await sql<StockRow>`
        select ${STOCK_COLUMNS} from inventory.stock
        where true
          ${like ? sql`and sku ilike ${like}` : sql``}
          ${f.productId ? sql`and product_id = ${f.productId}` : sql``}
          ${f.lowStock === true ? sql`and low_stock` : f.lowStock === false ? sql`and not low_stock` : sql``}
          ${f.after !== null ? sql`and sku > ${f.after}` : sql``}
        order by sku limit ${f.limit}`.execute(q)
    ).rows;
  },

  async movements(q: Db, sku: string, beforeSeq: number | null, limit: number): Promise<MovementRow[]> {
    let query = q.selectFrom('inventory.movements').selectAll().where('sku', '=', sku).orderBy('seq', 'desc').limit(limit);
    if (beforeSeq !== null) query = query.where('seq', '<', beforeSeq);
    return (await query.execute()) as MovementRow[];
  },

  /** SKUs whose record disagrees with its ledger or breaks 0 ≤ reserved ≤ onHand (should always be empty). */
  async ledgerMismatches(q: Db): Promise<{ sku: string; onHand: number; reserved: number; sumOnHand: number; sumReserved: number }[]> {
    const res = await sql<{ sku: string; on_hand: number; reserved: number; sum_on_hand: number; sum_reserved: number }>`
      with sums as (
        select sku, sum(on_hand_delta)::int as sum_on_hand, sum(reserved_delta)::int as sum_reserved
        from inventory.movements group by sku
      )
      select coalesce(s.sku, m.sku) as sku, coalesce(s.on_hand, 0) as on_hand, coalesce(s.reserved, 0) as reserved,
             coalesce(m.sum_on_hand, 0) as sum_on_hand, coalesce(m.sum_reserved, 0) as sum_reserved
      from inventory.stock s full join sums m on m.sku = s.sku
      where coalesce(s.on_hand, 0) <> coalesce(m.sum_on_hand, 0)
         or coalesce(s.reserved, 0) <> coalesce(m.sum_reserved, 0)
         or coalesce(s.reserved, 0) < 0 or coalesce(s.reserved, 0) > coalesce(s.on_hand, 0)`.execute(q);
    return res.rows.map((r) => ({ sku: r.sku, onHand: r.on_hand, reserved: r.reserved, sumOnHand: r.sum_on_hand, sumReserved: r.sum_reserved }));
  },
};
