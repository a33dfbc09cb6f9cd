import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { sql } from 'kysely';
import type { Cache } from '../../platform/cache';
import type { Db } from '../../platform/db/database';
import { recordEvent } from '../../platform/events/outbox';
import type { RequestContext } from '../../platform/core/context';
import { Obj } from '../../platform/core/schemas';
import type { AuditService } from '../audit/index';
import { checkCurrencyChange } from './currency';

const Time = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });

export const StoreSettings = Obj({
  storeName: Type.String({ minLength: 1, maxLength: 120 }),
  currency: Type.String({ maxLength: 3, pattern: '^[A-Z]{3}$' }),
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  lowStockThreshold: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  reservationTtlMinutes: Type.Integer({ minimum: 1, maximum: 10_080 }),
  konbiniExpiryHours: Type.Integer({ minimum: 1, maximum: 720 }),
  pointsEarnRate: Type.Number({ minimum: 0, maximum: 1 }),
  shippingFee: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
  freeShippingThreshold: Type.Union([Type.Integer({ minimum: 0, maximum: 1_000_000_000 }), Type.Null()]),
  taxRates: Obj({
    standard: Type.Number({ minimum: 0, maximum: 1 }),
    reduced: Type.Number({ minimum: 0, maximum: 1 }),
  }),
  pricesIncludeTax: Type.Boolean(),
  taxRounding: Type.Union([Type.Literal('floor'), Type.Literal('round'), Type.Literal('ceil')]),
  defaultLocale: Type.Union([Type.Literal('ja'), Type.Literal('en')]),
  seller: Obj({
    name: Type.String({ maxLength: 200 }),
    address: Type.String({ maxLength: 400 }),
    phone: Type.String({ maxLength: 40 }),
    email: Type.String({ maxLength: 254 }),
    // A qualified invoice issuer's registration number (適格請求書発行事業者登録番号): T + 13 digits.
    invoiceRegistrationNumber: Type.Union([Type.String({ maxLength: 14, pattern: '^T[0-9]{13}$' }), Type.Null()]),
  }),
  // Where bank-transfer customers send money (shown in their order confirmation email).
  bankAccount: Obj({
    bankName: Type.String({ maxLength: 100 }),
    branchName: Type.String({ maxLength: 100 }),
    accountType: Type.Union([Type.Literal('ordinary'), Type.Literal('checking'), Type.Literal('savings')]),
    accountNumber: Type.String({ maxLength: 20, pattern: '^[0-9]*$' }),
    accountHolder: Type.String({ maxLength: 100 }),
  }),
});
export type StoreSettings = Static<typeof StoreSettings>;
export const SettingsPatch = Type.Partial(StoreSettings, { additionalProperties: false, minProperties: 1 });
export type SettingsPatch = Static<typeof SettingsPatch>;
export { Time as TimeOfDay };

export const DEFAULT_SETTINGS: StoreSettings = Object.freeze({
  storeName: 'Inventra Store',
  currency: 'JPY',
  timeZone: 'Asia/Tokyo',
  lowStockThreshold: 5,
  reservationTtlMinutes: 60,
  konbiniExpiryHours: 72,
  pointsEarnRate: 0.01,
  shippingFee: 500,
  freeShippingThreshold: 5000,
  taxRates: { standard: 0.1, reduced: 0.08 },
  pricesIncludeTax: true,
  taxRounding: 'floor',
  defaultLocale: 'ja',
  seller: { name: 'Inventra Store', address: '', phone: '', email: '', invoiceRegistrationNumber: null },
  bankAccount: { bankName: '', branchName: '', accountType: 'ordinary' as const, accountNumber: '', accountHolder: '' },
});

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const CACHE_KEY = 'settings:store';

export function createSettingsService(deps: { db: Db; cache: Cache; audit: AuditService; productsExist?: () => Promise<boolean> }) {
  const { db, cache, audit } = deps;

  const read = async (q: Db): Promise<{ settings: StoreSettings; version: number }> => {
    const row = await q.selectFrom('settings.store').select(['data', 'version']).where('id', '=', 1).executeTakeFirstOrThrow();
    // Stored values that no longer validate (an older release's shape) fall back to defaults.
    const merged = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
    for (const [k, v] of Object.entries(row.data as Record<string, unknown>)) {
      if (k in DEFAULT_SETTINGS) merged[k] = v;
    }
    const settings = Value.Check(StoreSettings, merged) ? (merged as StoreSettings) : { ...DEFAULT_SETTINGS };
    return { settings, version: row.version };
  };

  return {
    /** Current settings; cached, and dropped from the cache on every change. */
    async get(q: Db = db): Promise<StoreSettings> {
      if (q === db) {
        const hit = await cache.get(CACHE_KEY);
        if (hit) return JSON.parse(hit) as StoreSettings;
      }
      const { settings } = await read(q);
      if (q === db) await cache.set(CACHE_KEY, JSON.stringify(settings), 60);
      return settings;
    },

    async update(ctx: RequestContext, patch: SettingsPatch, opts: { confirmRepricing?: boolean } = {}): Promise<StoreSettings> {
      // Before the transaction: the catalog is read through the root handle (on the embedded database it would wait for this one).
      await checkCurrencyChange((await read(db)).settings.currency, patch.currency, { ...opts, productsExist: deps.productsExist ?? (async () => false) });
      const result = await db.transaction().execute(async (tx) => {
        await sql`select 1 from settings.store where id = 1 for update`.execute(tx);
        const { settings: before } = await read(tx);
        const after = { ...before, ...patch } as StoreSettings;
        await tx
          .updateTable('settings.store')
          .set({ data: JSON.stringify(after), version: sql`version + 1`, updated_at: new Date() })
          .where('id', '=', 1)
          .execute();
        await audit.record(tx, ctx, { action: 'settings.updated', entityType: 'settings', entityId: 'store', before, after });
        await recordEvent(tx, { type: 'settings.updated', aggregateType: 'settings', aggregateId: 'store', data: { changed: Object.keys(patch) } });
        return after;
      });
      await cache.del(CACHE_KEY);
      return result;
    },

    invalidate: () => cache.del(CACHE_KEY),
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
