import type { Cache } from '../../platform/cache';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import { type NewEvent, recordEvents } from '../../platform/events/outbox';
import { type Actor, type RequestContext, SYSTEM_ACTOR } from '../../platform/core/context';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import type { Clock } from '../../platform/platform';
import type { AuditService } from '../audit/index';
import type { SettingsService } from '../settings/index';
import { inventoryRepo as repo, type MovementRow, type MovementType, type NewMovement, type StockRow } from './repo';

export interface StockRecord {
  sku: string;
  productId: string;
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number;
  version: number;
  updatedAt: string;
}

export interface Movement {
  id: string;
  type: MovementType;
  onHandDelta: number;
  reservedDelta: number;
  reason: string | null;
  note: string | null;
  orderId: string | null;
  actor: { type: Actor['type']; id: string | null };
  createdAt: string;
}

export type AdjustmentReason = 'restock' | 'damage' | 'correction' | 'return' | 'count';
export const ADJUSTMENT_REASONS: AdjustmentReason[] = ['restock', 'damage', 'correction', 'return', 'count'];

/** A line of an order, as orders hands it to inventory. */
export interface StockLine {
  sku: string;
  quantity: number;
  /** Lets a return re-create the record of a SKU whose record was removed meanwhile. */
  productId?: string;
}

export interface OrderRef {
  orderId: string;
  actor: Actor;
}

export const toStockRecord = (r: StockRow): StockRecord => ({
  sku: r.sku,
  productId: r.product_id,
  onHand: r.on_hand,
  reserved: r.reserved,
  available: r.on_hand - r.reserved,
  lowStockThreshold: r.low_stock_threshold,
  version: r.version,
  updatedAt: new Date(r.updated_at).toISOString(),
});

const toMovement = (r: MovementRow): Movement => ({
  id: r.id,
  type: r.type,
  onHandDelta: r.on_hand_delta,
  reservedDelta: r.reserved_delta,
  reason: r.reason,
  note: r.note,
  orderId: r.order_id,
  actor: { type: r.actor_type, id: r.actor_id },
  createdAt: new Date(r.created_at).toISOString(),
});

/** Merges duplicate SKUs and sorts by SKU: every multi-row writer locks rows in this one order, so none deadlock. */
export function normalizeLines(lines: StockLine[]): StockLine[] {
  const bySku = new Map<string, StockLine>();
  for (const l of lines) {
    if (!Number.isInteger(l.quantity) || l.quantity <= 0) throw new DomainError('validation_failed', `Quantity for ${l.sku} must be a positive integer`);
    const prev = bySku.get(l.sku);
    bySku.set(l.sku, { sku: l.sku, quantity: (prev?.quantity ?? 0) + l.quantity, productId: l.productId ?? prev?.productId });
  }
  return [...bySku.values()].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
}

const AVAILABLE_TTL_SECONDS = 5;
const availableKey = (sku: string) => `inv:avail:${sku}`;

export interface InventoryDeps {
  db: Db;
  cache: Cache;
  audit: AuditService;
  settings: SettingsService;
  clock: Clock;
}

export function createInventoryService(deps: InventoryDeps) {
  const { db, cache, audit, settings, clock } = deps;

  const updatedEvent = (r: StockRow): NewEvent => ({
    type: 'inventory.updated',
    aggregateType: 'stock',
    aggregateId: r.sku,
    data: { sku: r.sku, productId: r.product_id, onHand: r.on_hand, reserved: r.reserved, available: r.on_hand - r.reserved },
  });
  const lowStockEvent = (r: StockRow): NewEvent => ({
    type: 'inventory.low_stock',
    aggregateType: 'stock',
    aggregateId: r.sku,
    data: { sku: r.sku, productId: r.product_id, onHand: r.on_hand, reserved: r.reserved, available: r.on_hand - r.reserved, lowStockThreshold: r.low_stock_threshold },
  });

  const insufficient = (sku: string, requested: number, row: StockRow | undefined) =>
    new DomainError('insufficient_stock', `SKU ${sku}: requested ${requested}, available ${row ? row.on_hand - row.reserved : 0}`);

  /** Throws why a movement's guard refused it (the caller's transaction then rolls back). */
  async function refused(tx: Db, m: NewMovement & { requested: number }): Promise<never> {
    const current = await repo.find(tx, m.sku);
    if (m.type === 'reservation' || m.type === 'adjustment' || m.type === 'count') throw insufficient(m.sku, m.requested, current);
    if (!current) throw notFound(`Stock record ${m.sku}`);
    // release/sale beyond what is reserved: a bug in the caller, never a customer's mistake.
    throw new Error(`inventory: ${m.type} of ${m.requested} on ${m.sku} refused (onHand ${current.on_hand}, reserved ${current.reserved})`);
  }

  /**
   * Applies one movement per line, in SKU order, each as a conditional update; throws (and the
   * caller's transaction rolls back) at the first line the guard refuses. Records the ledger rows
   * and the domain events in the same transaction.
   */
  async function applyMovements(
    tx: Db,
    moves: (NewMovement & { requested: number; createProductId?: string })[],
    leading: NewEvent[] = [],
  ): Promise<StockRow[]> {
    const { rows, events } = await applyMovementsUnrecorded(tx, moves, leading);
    await recordEvents(tx, events);
    return rows;
  }

  /** `applyMovements` without the outbox insert: the caller records the events (with its own, in one insert). */
  async function applyMovementsUnrecorded(
    tx: Db,
    moves: (NewMovement & { requested: number; createProductId?: string })[],
    leading: NewEvent[] = [],
  ): Promise<{ rows: StockRow[]; events: NewEvent[] }> {
    const now = clock.now();
    const rows: StockRow[] = [];
    const events: NewEvent[] = [...leading];
    if (moves.length > 0 && moves.every((m) => !m.createProductId) && new Set(moves.map((m) => m.sku)).size === moves.length) {
      // Every line in one locking, guarded statement with its ledger rows (one row per SKU; returns that may re-create a record take the loop below).
      const applied = new Map((await repo.applyDeltasWithLedger(tx, moves, now)).map((r) => [r.sku, r]));
      for (const m of moves) {
        const row = applied.get(m.sku);
        if (!row) await refused(tx, m);
        rows.push(row!);
        if (m.onHandDelta !== 0 || m.reservedDelta !== 0) events.push(updatedEvent(row!));
        if (row!.crossed) events.push(lowStockEvent(row!));
      }
      return { rows, events };
    }
    for (const m of moves) {
      let row = await repo.applyDelta(tx, m.sku, m.onHandDelta, m.reservedDelta, now);
      if (!row && m.createProductId) {
        const { lowStockThreshold } = await settings.get(tx);
        await repo.insertMissing(tx, [{ sku: m.sku, productId: m.createProductId }], lowStockThreshold, now);
        row = await repo.applyDelta(tx, m.sku, m.onHandDelta, m.reservedDelta, now);
      }
      if (!row) return refused(tx, m);
      rows.push(row);
      if (m.onHandDelta !== 0 || m.reservedDelta !== 0) events.push(updatedEvent(row));
      if (row.crossed) events.push(lowStockEvent(row));
    }
    await repo.insertMovements(tx, moves, now);
    return { rows, events };
  }

  function orderMoves(lines: StockLine[], ref: OrderRef, type: MovementType, onHandSign: number, reservedSign: number, createMissing = false) {
    return normalizeLines(lines).map((l) => ({
      sku: l.sku,
      type,
      onHandDelta: onHandSign * l.quantity,
      reservedDelta: reservedSign * l.quantity,
      orderId: ref.orderId,
      actor: ref.actor,
      requested: l.quantity,
      createProductId: createMissing ? l.productId : undefined,
    }));
  }

  /** Drops cached availability after a commit (the relay's inventory.updated does it again for other replicas). */
  async function forget(skus: string[]): Promise<void> {
    if (skus.length) await cache.del(...skus.map(availableKey));
  }

  async function getRow(q: Db, sku: string, lock = false): Promise<StockRow> {
    const row = await repo.find(q, sku, lock);
    if (!row) throw notFound(`Stock record ${sku}`);
    return row;
  }

  function checkVersion(row: StockRow, expectedVersion: number | undefined) {
    if (expectedVersion !== undefined && expectedVersion !== row.version) {
      throw new DomainError('precondition_failed', `Stock record ${row.sku} is at version ${row.version}, not ${expectedVersion}; reload it and try again`);
    }
  }

  const service = {
    /** A stock record at 0 for every new SKU (threshold from settings); idempotent. */
    async ensureStock(tx: Db, items: { sku: string; productId: string }[]): Promise<void> {
      const bySku = new Map(items.map((i) => [i.sku, i]));
      if (bySku.size === 0) return;
      const { lowStockThreshold } = await settings.get(tx);
      await repo.insertMissing(tx, [...bySku.values()].sort((a, b) => (a.sku < b.sku ? -1 : 1)), lowStockThreshold, clock.now());
    },

    /** A variant/product was deleted: refused while units are reserved; remaining units are written off in the ledger. */
    async removeStock(tx: Db, skus: string[]): Promise<void> {
      const sorted = [...new Set(skus)].sort();
      for (const sku of sorted) {
        const row = await repo.find(tx, sku, true);
        if (!row) continue;
        if (row.reserved > 0) {
          throw new DomainError('conflict', `SKU ${sku} has ${row.reserved} units reserved by open orders; complete or cancel them first`);
        }
        if (row.on_hand > 0) {
          await applyMovements(tx, [
            { sku, type: 'adjustment', onHandDelta: -row.on_hand, reservedDelta: 0, reason: 'correction', note: 'SKU removed from the catalog', actor: SYSTEM_ACTOR, requested: row.on_hand },
          ]);
        }
        await repo.remove(tx, sku);
      }
    },

    /** Live available (onHand - reserved) per SKU; unknown SKUs are 0. Cached for a few seconds. */
    async availability(skus: string[]): Promise<Map<string, number>> {
      const unique = [...new Set(skus)];
      const out = new Map<string, number>();
      if (unique.length === 0) return out;
      const cached = await cache.mget(unique.map(availableKey));
      const missing: string[] = [];
      unique.forEach((sku, i) => {
        const v = cached[i];
        if (v !== null && v !== undefined && /^-?\d+$/.test(v)) out.set(sku, Number(v));
        else missing.push(sku);
      });
      if (missing.length) {
        const rows = await repo.findMany(db, missing);
        const found = new Map(rows.map((r) => [r.sku, r.on_hand - r.reserved]));
        for (const sku of missing) out.set(sku, found.get(sku) ?? 0);
        // One round trip for the page, not one per SKU (a slow cache would cost each of them).
        await cache.setMany(missing.map((sku) => [availableKey(sku), String(out.get(sku))]), AVAILABLE_TTL_SECONDS);
      }
      return out;
    },

    async get(sku: string): Promise<StockRecord> {
      return toStockRecord(await getRow(db, sku));
    },

    /** SKUs at or below their low-stock threshold (the dashboard's lowStockCount). */
    async countLowStock(): Promise<number> {
      return repo.countLowStock(db);
    },

    async list(f: { sku?: string; productId?: string; lowStock?: boolean; limit: number; cursor?: string }): Promise<{ items: StockRecord[]; nextCursor: string | null }> {
      const after = decodeCursor(f.cursor, (v): v is string => typeof v === 'string');
      const rows = await repo.list(db, { ...f, after, limit: f.limit + 1 });
      const page = rows.slice(0, f.limit);
      return { items: page.map(toStockRecord), nextCursor: rows.length > f.limit ? encodeCursor(page[page.length - 1].sku) : null };
    },

    async movements(sku: string, q: { limit: number; cursor?: string }): Promise<{ items: Movement[]; nextCursor: string | null }> {
      await getRow(db, sku);
      const before = decodeCursor(q.cursor, (v): v is number => typeof v === 'number');
      const rows = await repo.movements(db, sku, before, q.limit + 1);
      const page = rows.slice(0, q.limit);
      return { items: page.map(toMovement), nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1].seq) : null };
    },

    /** An adjustment with a reason (restock, damage, ...); below `reserved` is 409 insufficient_stock. */
    async adjust(ctx: RequestContext, sku: string, input: { delta: number; reason: AdjustmentReason; note?: string | null }, expectedVersion?: number): Promise<StockRecord> {
      if (!Number.isInteger(input.delta) || input.delta === 0) throw new DomainError('validation_failed', 'delta must be a non-zero integer', { errors: [{ path: 'delta', message: 'must be a non-zero integer' }] });
      const row = await db.transaction().execute(async (tx) => {
        const before = await getRow(tx, sku, true);
        checkVersion(before, expectedVersion);
        if (before.on_hand + input.delta < before.reserved) {
          throw new DomainError('insufficient_stock', `SKU ${sku}: onHand ${before.on_hand} ${input.delta < 0 ? '−' : '+'} ${Math.abs(input.delta)} would fall below the ${before.reserved} units reserved`);
        }
        const [after] = await applyMovements(tx, [
          { sku, type: 'adjustment', onHandDelta: input.delta, reservedDelta: 0, reason: input.reason, note: input.note ?? null, actor: ctx.actor, requested: -input.delta },
        ]);
        await audit.record(tx, ctx, { action: 'inventory.adjusted', entityType: 'stock', entityId: sku, before: toStockRecord(before), after: { ...toStockRecord(after), delta: input.delta, reason: input.reason, note: input.note ?? null } });
        return after;
      });
      await forget([sku]);
      return toStockRecord(row);
    },

    /** A stock count: sets onHand (the ledger gets the difference). Used by the PUT route, the PMS webhook and CSV import. */
    async setOnHand(ctx: RequestContext, sku: string, onHand: number, expectedVersion?: number, opts: { lowStockThreshold?: number } = {}): Promise<StockRecord> {
      const row = await db.transaction().execute((tx) => service.setOnHandIn(tx, ctx, sku, onHand, expectedVersion, opts));
      await forget([sku]);
      return row;
    },

    /** `setOnHand` inside the caller's transaction (CSV import); call `forget([sku])` after commit. */
    async setOnHandIn(tx: Db, ctx: RequestContext, sku: string, onHand: number, expectedVersion?: number, opts: { lowStockThreshold?: number } = {}): Promise<StockRecord> {
      if (!Number.isInteger(onHand) || onHand < 0) throw new DomainError('validation_failed', 'onHand must be a non-negative integer', { errors: [{ path: 'onHand', message: 'must be a non-negative integer' }] });
      const before = await getRow(tx, sku, true);
      checkVersion(before, expectedVersion);
      if (onHand < before.reserved) {
        throw new DomainError('insufficient_stock', `SKU ${sku}: a count of ${onHand} is below the ${before.reserved} units reserved by open orders`);
      }
      if (opts.lowStockThreshold !== undefined && opts.lowStockThreshold !== before.low_stock_threshold) {
        await repo.setThreshold(tx, sku, opts.lowStockThreshold);
      }
      const [after] = await applyMovements(tx, [
        { sku, type: 'count', onHandDelta: onHand - before.on_hand, reservedDelta: 0, reason: 'count', actor: ctx.actor, requested: before.on_hand - onHand },
      ]);
      await audit.record(tx, ctx, { action: 'inventory.counted', entityType: 'stock', entityId: sku, before: toStockRecord(before), after: toStockRecord(after) });
      return toStockRecord(after);
    },

    /**
     * Many stock counts in one go, inside the caller's transaction (CSV import): one locking read,
     * one update, one batch of ledger rows and events, one audit entry. Call `forget(skus)` after commit.
     */
    async setOnHandMany(tx: Db, ctx: RequestContext, items: { sku: string; onHand: number }[]): Promise<StockRecord[]> {
      const wanted = new Map(items.map((i) => [i.sku, i.onHand]));
      for (const [sku, onHand] of wanted) {
        if (!Number.isInteger(onHand) || onHand < 0) throw new DomainError('validation_failed', `SKU ${sku}: onHand must be a non-negative integer`);
      }
      const before = await repo.lockMany(tx, [...wanted.keys()]);
      const found = new Map(before.map((r) => [r.sku, r]));
      for (const [sku, onHand] of wanted) {
        const row = found.get(sku);
        if (!row) throw notFound(`Stock record ${sku}`);
        if (onHand < row.reserved) throw new DomainError('insufficient_stock', `SKU ${sku}: a count of ${onHand} is below the ${row.reserved} units reserved by open orders`);
      }
      const changed = before.filter((r) => wanted.get(r.sku) !== r.on_hand).map((r) => ({ sku: r.sku, onHand: wanted.get(r.sku)! }));
      const now = clock.now();
      const after = await repo.setOnHandMany(tx, changed, now);
      await repo.insertMovements(tx, after.map((r) => ({ sku: r.sku, type: 'count' as const, onHandDelta: r.on_hand - found.get(r.sku)!.on_hand, reservedDelta: 0, reason: 'count', actor: ctx.actor })), now);
      await recordEvents(tx, after.flatMap((r) => (r.crossed ? [updatedEvent(r), lowStockEvent(r)] : [updatedEvent(r)])));
      if (after.length > 0) {
        await audit.record(tx, ctx, {
          action: 'inventory.counted',
          entityType: 'stock',
          entityId: null,
          before: after.map((r) => ({ sku: r.sku, onHand: found.get(r.sku)!.on_hand })),
          after: after.map((r) => ({ sku: r.sku, onHand: r.on_hand })),
        });
      }
      return after.map(toStockRecord);
    },

    /**
     * Reserves every line or throws 409 insufficient_stock (the caller's transaction then rolls back).
     * `leading` events (the order's own) are recorded first, in the same outbox insert as the stock events.
     */
    async reserve(tx: Db, lines: StockLine[], ref: OrderRef, leading: NewEvent[] = []): Promise<void> {
      await applyMovements(tx, orderMoves(lines, ref, 'reservation', 0, +1), leading);
    },

    /**
     * `reserve` that leaves the outbox to the caller: resolves to the stock events to record in the
     * same transaction (order placement records them with order.created in one insert, sent in the
     * same flight as its other last statements).
     */
    async reserveUnrecorded(tx: Db, lines: StockLine[], ref: OrderRef): Promise<NewEvent[]> {
      return (await applyMovementsUnrecorded(tx, orderMoves(lines, ref, 'reservation', 0, +1))).events;
    },

    /** Gives reserved units back (order cancelled or expired). */
    async release(tx: Db, lines: StockLine[], ref: OrderRef): Promise<void> {
      await applyMovements(tx, orderMoves(lines, ref, 'release', 0, -1));
    },

    /** Turns a reservation into a sale: onHand and reserved both fall (order completed). */
    async sell(tx: Db, lines: StockLine[], ref: OrderRef): Promise<void> {
      await applyMovements(tx, orderMoves(lines, ref, 'sale', -1, -1));
    },

    /** Sold goods come back into stock (refund with restock). */
    async returnGoods(tx: Db, lines: StockLine[], ref: OrderRef): Promise<void> {
      await applyMovements(tx, orderMoves(lines, ref, 'return', +1, 0, true));
    },

    forget,

    /** Records whose ledger disagrees with them (tests and ops checks; empty when all is well). */
    ledgerMismatches: (q: Db = db) => repo.ledgerMismatches(q),
  };
  return service;
}

export type InventoryService = ReturnType<typeof createInventoryService>;
