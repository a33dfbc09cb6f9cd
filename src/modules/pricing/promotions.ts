import { type Static, Type } from '@sinclair/typebox';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import { DomainError, isUniqueViolation, notFound } from '../../platform/errors';
import { recordEvent } from '../../platform/events/outbox';
import type { RequestContext } from '../../platform/core/context';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import { Nullable, Obj } from '../../platform/core/schemas';
import type { Clock } from '../../platform/platform';
import type { AuditService } from '../audit/index';
import type { PromotionRule } from './price';
import { type PromotionRow, pricingRepo as repo } from './repo';
import { isUuid } from '../../platform/core/schemas';
import { isCreatedAtKey } from '../../platform/core/paging';

const Ref = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
const fields = {
  code: Type.String({ minLength: 3, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$', description: 'unique case-insensitively' }),
  description: Type.Optional(Type.String({ maxLength: 500 })),
  type: Type.Union([Type.Literal('percentage'), Type.Literal('fixed'), Type.Literal('free_shipping')]),
  value: Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'percentage: 1–100; fixed: an amount; free_shipping: ignored (0)' }),
  minSubtotal: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1_000_000_000 }))),
  startsAt: Type.Optional(Nullable(Type.String({ format: 'date-time', maxLength: 40 }))),
  endsAt: Type.Optional(Nullable(Type.String({ format: 'date-time', maxLength: 40 }))),
  usageLimit: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100_000_000 }))),
  perCustomerLimit: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1_000_000 }))),
  productIds: Type.Optional(Type.Array(Ref, { maxItems: 200 })),
  categoryIds: Type.Optional(Type.Array(Ref, { maxItems: 200 })),
  active: Type.Boolean(),
};
export const PromotionInput = Obj(fields);
export type PromotionInput = Static<typeof PromotionInput>;
export const PromotionPatch = Type.Partial(Obj(fields), { additionalProperties: false, minProperties: 1 });
export type PromotionPatch = Static<typeof PromotionPatch>;

export const PromotionSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  description: Type.String(),
  type: Type.String(),
  value: Type.Integer(),
  minSubtotal: Nullable(Type.Integer()),
  startsAt: Nullable(Type.String()),
  endsAt: Nullable(Type.String()),
  usageLimit: Nullable(Type.Integer()),
  perCustomerLimit: Nullable(Type.Integer()),
  productIds: Type.Array(Type.String()),
  categoryIds: Type.Array(Type.String()),
  active: Type.Boolean(),
  timesUsed: Type.Integer(),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type Promotion = Static<typeof PromotionSchema>;

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

const toPromotion = (r: PromotionRow): Promotion => ({
  id: r.id,
  code: r.code,
  description: r.description,
  type: r.type,
  value: r.value,
  minSubtotal: r.min_subtotal,
  startsAt: iso(r.starts_at),
  endsAt: iso(r.ends_at),
  usageLimit: r.usage_limit,
  perCustomerLimit: r.per_customer_limit,
  productIds: r.product_ids,
  categoryIds: r.category_ids,
  active: r.active,
  timesUsed: r.times_used,
  version: r.version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

export const toRule = (r: PromotionRow): PromotionRule => ({
  id: r.id,
  code: r.code,
  type: r.type,
  value: r.value,
  minSubtotal: r.min_subtotal,
  productIds: r.product_ids,
  categoryIds: r.category_ids,
});

/** Rules a promotion must keep whatever was patched: a percentage is 1–100, dates in order. */
function checkShape(p: { type: string; value: number; starts_at: Date | null; ends_at: Date | null }): void {
  if (p.type === 'percentage' && (p.value < 1 || p.value > 100)) {
    throw new DomainError('validation_failed', 'A percentage promotion takes a value from 1 to 100', { errors: [{ path: 'value', message: 'must be 1–100 for a percentage' }] });
  }
  if (p.type === 'fixed' && p.value < 1) throw new DomainError('validation_failed', 'A fixed promotion takes an amount of at least 1', { errors: [{ path: 'value', message: 'must be ≥ 1' }] });
  if (p.starts_at && p.ends_at && p.ends_at <= p.starts_at) {
    throw new DomainError('validation_failed', 'endsAt must be after startsAt', { errors: [{ path: 'endsAt', message: 'must be after startsAt' }] });
  }
}

const invalid = (code: string, why: string) => new DomainError('invalid_coupon', `Coupon ${code} ${why}`, { errors: [{ path: 'couponCode', message: why }] });
const exhausted = (code: string) => new DomainError('coupon_exhausted', `Coupon ${code} has been used as many times as it may be`, { status: 409, errors: [{ path: 'couponCode', message: 'has no uses left' }] });

const dateOrNull = (v: string | null | undefined) => (v ? new Date(v) : null);

function rowFields(input: PromotionPatch): Partial<PromotionRow> {
  const set: Partial<PromotionRow> = {};
  if (input.code !== undefined) Object.assign(set, { code: input.code, code_key: input.code.toLowerCase() });
  if (input.description !== undefined) set.description = input.description;
  if (input.type !== undefined) set.type = input.type;
  if (input.value !== undefined) set.value = input.value;
  if (input.minSubtotal !== undefined) set.min_subtotal = input.minSubtotal;
  if (input.startsAt !== undefined) set.starts_at = dateOrNull(input.startsAt);
  if (input.endsAt !== undefined) set.ends_at = dateOrNull(input.endsAt);
  if (input.usageLimit !== undefined) set.usage_limit = input.usageLimit;
  if (input.perCustomerLimit !== undefined) set.per_customer_limit = input.perCustomerLimit;
  if (input.productIds !== undefined) set.product_ids = input.productIds;
  if (input.categoryIds !== undefined) set.category_ids = input.categoryIds;
  if (input.active !== undefined) set.active = input.active;
  return set;
}

const mapUnique = (err: unknown): never => {
  if (isUniqueViolation(err, 'promotions_code_key')) throw new DomainError('conflict', 'A promotion with that code exists already (codes ignore case)', { errors: [{ path: 'code', message: 'is taken' }] });
  throw err;
};

export function createPromotionService(deps: { db: Db; audit: AuditService; clock: Clock }) {
  const { db, audit, clock } = deps;

  const load = async (q: Db, id: string, lock = false) => {
    const row = isUuid(id) ? await repo.find(q, id, lock) : undefined;
    if (!row) throw notFound('Promotion');
    return row;
  };

  const event = (tx: Db, type: string, p: Promotion) =>
    recordEvent(tx, { type, aggregateType: 'promotion', aggregateId: p.id, data: { id: p.id, code: p.code, active: p.active, timesUsed: p.timesUsed } });

  return {
    async create(ctx: RequestContext, input: PromotionInput): Promise<Promotion> {
      const now = clock.now();
      const row: PromotionRow = {
        id: uuidv7(),
        code: input.code,
        code_key: input.code.toLowerCase(),
        description: input.description ?? '',
        type: input.type,
        value: input.type === 'free_shipping' ? 0 : input.value,
        min_subtotal: input.minSubtotal ?? null,
        starts_at: dateOrNull(input.startsAt),
        ends_at: dateOrNull(input.endsAt),
        usage_limit: input.usageLimit ?? null,
        per_customer_limit: input.perCustomerLimit ?? null,
        product_ids: input.productIds ?? [],
        category_ids: input.categoryIds ?? [],
        active: input.active,
        times_used: 0,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      checkShape(row);
      return db
        .transaction()
        .execute(async (tx) => {
          const p = toPromotion(await repo.insert(tx, row));
          await audit.record(tx, ctx, { action: 'promotion.created', entityType: 'promotion', entityId: p.id, before: null, after: p });
          await event(tx, 'promotion.created', p);
          return p;
        })
        .catch(mapUnique);
    },

    async get(id: string): Promise<Promotion> {
      return toPromotion(await load(db, id));
    },

    async list(f: { limit: number; cursor?: string; q?: string }): Promise<{ items: Promotion[]; nextCursor: string | null }> {
      const after = decodeCursor(f.cursor, isCreatedAtKey);
      if (f.cursor && !after) throw new DomainError('validation_failed', 'cursor is not valid', { errors: [{ path: 'cursor', message: 'unknown cursor' }] });
      const rows = await repo.list(db, { after, limit: f.limit + 1, q: f.q });
      const page = rows.slice(0, f.limit);
      const last = page[page.length - 1];
      return { items: page.map(toPromotion), nextCursor: rows.length > f.limit ? encodeCursor({ createdAt: iso(last.created_at), id: last.id }) : null };
    },

    async update(ctx: RequestContext, id: string, patch: PromotionPatch, ifMatch?: number): Promise<Promotion> {
      return db
        .transaction()
        .execute(async (tx) => {
          const before = await load(tx, id, true);
          if (ifMatch !== undefined && ifMatch !== before.version) throw new DomainError('precondition_failed', `The promotion is at version ${before.version}, not ${ifMatch}; reload it`);
          const set = rowFields(patch);
          if ((set.type ?? before.type) === 'free_shipping') set.value = 0;
          checkShape({ ...before, ...set });
          const after = toPromotion(await repo.update(tx, id, set, clock.now()));
          await audit.record(tx, ctx, { action: 'promotion.updated', entityType: 'promotion', entityId: id, before: toPromotion(before), after });
          await event(tx, 'promotion.updated', after);
          return after;
        })
        .catch(mapUnique);
    },

    /** Deletes an unused promotion; one that orders used is paused instead (409 says so). */
    async remove(ctx: RequestContext, id: string): Promise<void> {
      await db.transaction().execute(async (tx) => {
        const before = await load(tx, id, true);
        if (await repo.hasUses(tx, id)) throw new DomainError('conflict', `Promotion ${before.code} was used by orders; pause it (active: false) instead of deleting it`);
        await repo.delete(tx, id);
        await audit.record(tx, ctx, { action: 'promotion.deleted', entityType: 'promotion', entityId: id, before: toPromotion(before), after: null });
      });
    },

    /**
     * The promotion a coupon code names, if it may be used now by this customer (before the order
     * transaction: a quote and an order give the same answer). The limits are checked again, under
     * lock, by `take`.
     */
    async resolve(q: Db, code: string, customer: { userId: string | null }): Promise<PromotionRule> {
      const row = await repo.findByCode(q, code.trim());
      const now = clock.now();
      if (!row) throw invalid(code, 'does not exist');
      if (!row.active) throw invalid(code, 'is not active');
      if (row.starts_at && now < new Date(row.starts_at)) throw invalid(code, `is not valid before ${iso(row.starts_at)}`);
      if (row.ends_at && now >= new Date(row.ends_at)) throw invalid(code, `expired at ${iso(row.ends_at)}`);
      if (row.usage_limit !== null && row.times_used >= row.usage_limit) throw exhausted(row.code);
      if (row.per_customer_limit !== null && customer.userId && (await repo.customerUses(q, row.id, customer.userId)) >= row.per_customer_limit) {
        throw invalid(code, `may be used ${row.per_customer_limit} time(s) per customer, and you have used it up`);
      }
      return toRule(row);
    },

    /** Counts the use in the order transaction; refuses when the limit was reached meanwhile. */
    async take(tx: Db, use: { promotion: PromotionRule; orderId: string; userId: string | null; amount: number }): Promise<void> {
      const now = clock.now();
      if (!(await repo.take(tx, use.promotion.id, now))) throw exhausted(use.promotion.code);
      const limit = (await repo.find(tx, use.promotion.id))!.per_customer_limit;
      if (limit !== null && use.userId && (await repo.customerUses(tx, use.promotion.id, use.userId)) >= limit) {
        throw invalid(use.promotion.code, `may be used ${limit} time(s) per customer, and you have used it up`);
      }
      await repo.insertUse(tx, { orderId: use.orderId, promotionId: use.promotion.id, userId: use.userId, amount: use.amount, now });
    },

    /** A cancelled order gives its use back. */
    async release(tx: Db, orderId: string): Promise<void> {
      await repo.release(tx, orderId, clock.now());
    },
  };
}

export type PromotionService = ReturnType<typeof createPromotionService>;
