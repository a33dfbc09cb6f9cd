import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type TestApp, type TestUser } from '../../../test/helpers/app';
import { DEFAULT_SETTINGS, isValidTimeZone } from './service';

let t: TestApp, admin: TestUser;
beforeAll(async () => ({ t, users: [admin] } = await appWith('admin')));
afterAll(() => t?.dispose());

const patch = (payload: unknown, headers = admin.auth) => t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers, payload: payload as object });

describe('settings', () => {
  it('GET /v1/admin/settings returns the typed defaults', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/admin/settings', headers: admin.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(DEFAULT_SETTINGS);
  });

  it('takes the bank account for transfers (digits-only account number, known account types)', async () => {
    const bankAccount = { bankName: 'みずほ銀行', branchName: '渋谷支店', accountType: 'ordinary', accountNumber: '1234567', accountHolder: 'ｲﾝﾍﾞﾝﾄﾗ' };
    const ok = await t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload: { bankAccount } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().bankAccount).toEqual(bankAccount);
    for (const bad of [{ ...bankAccount, accountNumber: '12-34' }, { ...bankAccount, accountType: 'gold' }, { ...bankAccount, iban: 'x' }]) {
      const res = await t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload: { bankAccount: bad } });
      expect(res.statusCode).toBe(400);
    }
  });

  it('takes a qualified-invoice registration number only as T + 13 digits', async () => {
    const seller = { name: '株式会社イノベントラ', address: '東京都港区', phone: '03-0000-0000', email: 'shop@example.jp' };
    for (const bad of ['1234567890123', 'T123', 'T12345678901234', 't1234567890123']) {
      const res = await t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload: { seller: { ...seller, invoiceRegistrationNumber: bad } } });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    const ok = await t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload: { seller: { ...seller, invoiceRegistrationNumber: 'T1234567890123' }, defaultLocale: 'en' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().seller.invoiceRegistrationNumber).toBe('T1234567890123');
    const pub = await t.app.inject({ method: 'GET', url: '/v1/store/settings' });
    expect(pub.json()).toMatchObject({ defaultLocale: 'en', pricesIncludeTax: true, taxRates: { standard: 0.1, reduced: 0.08 } });
    expect(pub.json()).not.toHaveProperty('seller');
  });

  it('GET /v1/store/settings is public: storeName and currency, no internal settings', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/store/settings' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ storeName: 'Inventra Store', currency: 'JPY' });
    expect(res.json()).not.toHaveProperty('lowStockThreshold');
    expect(res.json()).not.toHaveProperty('reservationTtlMinutes');
  });

  it('PATCH changes, audits, records settings.updated, and every reader sees the change at once', async () => {
    const res = await patch({ storeName: 'Tokyo Goods', shippingFee: 700, freeShippingThreshold: null, pointsEarnRate: 0.05 }, { ...admin.auth, 'x-request-id': 'settings-1' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ storeName: 'Tokyo Goods', shippingFee: 700, freeShippingThreshold: null, pointsEarnRate: 0.05, currency: 'JPY' });
    expect((await t.app.inject({ method: 'GET', url: '/v1/store/settings' })).json()).toMatchObject({ storeName: 'Tokyo Goods', currency: 'JPY' });
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/settings', headers: admin.auth })).json().shippingFee).toBe(700);

    const audit = (await t.app.inject({ method: 'GET', url: '/v1/admin/audit-logs?entityType=settings', headers: admin.auth })).json().items;
    expect(audit[0]).toMatchObject({
      action: 'settings.updated',
      actor: { type: 'user', id: admin.id },
      requestId: 'settings-1',
      changes: { before: { storeName: 'Inventra Store', shippingFee: 500 }, after: { storeName: 'Tokyo Goods', shippingFee: 700 } },
    });
    const events = await sql<{ type: string; data: any }>`select type, data from events.outbox where type = 'settings.updated'`.execute(t.platform.db);
    expect(events.rows.at(-1)!.data.changed.sort()).toEqual(['freeShippingThreshold', 'pointsEarnRate', 'shippingFee', 'storeName']);
  });

  it('validates: types, ranges, currency, time zone, unknown fields, empty patch', async () => {
    for (const [body, path] of [
      [{ currency: 'yen' }, 'currency'],
      [{ shippingFee: -1 }, 'shippingFee'],
      [{ shippingFee: 1.5 }, 'shippingFee'],
      [{ pointsEarnRate: 2 }, 'pointsEarnRate'],
      [{ reservationTtlMinutes: 0 }, 'reservationTtlMinutes'],
      [{ storeName: '' }, 'storeName'],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ taxRate: 0.1 }, 'taxRate'],
    ] as const) {
      const res = await patch(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('validation_failed');
      expect(res.json().errors.map((e: any) => e.path)).toContain(path);
    }
    expect((await patch({})).statusCode).toBe(400);
    expect((await patch({ timeZone: 'Europe/Paris' })).json().timeZone).toBe('Europe/Paris');
  });

  it('only admins may read or change store settings', async () => {
    const staff = await t.login('staff');
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/settings', headers: staff.auth })).statusCode).toBe(403);
    expect((await patch({ storeName: 'x' }, staff.auth)).statusCode).toBe(403);
    expect((await patch({ storeName: 'x' }, {})).statusCode).toBe(401);
  });

  it('isValidTimeZone knows IANA zones', () => {
    expect(isValidTimeZone('Asia/Tokyo')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Nowhere/Land')).toBe(false);
  });
});
