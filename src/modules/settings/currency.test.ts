import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type TestApp, type TestUser } from '../../../test/helpers/app';
import { makeProduct } from '../../../test/helpers/order-fixtures';
import { isKnownCurrency } from './currency';

let t: TestApp, admin: TestUser;
beforeAll(async () => ({ t, users: [admin] } = await appWith('admin')));
afterAll(() => t?.dispose());

const patch = (payload: object) => t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload });
const currency = async () => (await t.app.inject({ method: 'GET', url: '/v1/store/settings' })).json().currency;

describe('isKnownCurrency', () => {
  it('knows ISO 4217 codes and nothing else', () => {
    for (const c of ['JPY', 'USD', 'EUR', 'GBP']) expect(isKnownCurrency(c)).toBe(true);
    for (const c of ['YEN', 'yen', 'ABC', 'jpy', '']) expect(isKnownCurrency(c)).toBe(false);
  });
});

describe('settings currency', () => {
  it('refuses anything but an ISO 4217 code with 400', async () => {
    for (const c of ['yen', 'YEN', 'XYZ', 'US', '¥']) {
      const res = await patch({ currency: c });
      expect(res.statusCode, c).toBe(400);
      expect(res.json().code).toBe('validation_failed');
      expect(res.json().errors[0].path).toMatch(/currency/);
    }
    expect(await currency()).toBe('JPY');
  });

  it('changes freely while the catalog is empty', async () => {
    expect((await patch({ currency: 'EUR' })).statusCode).toBe(200);
    expect((await patch({ currency: 'JPY' })).statusCode).toBe(200);
  });

  it('needs confirmRepricing once products exist (409 conflict otherwise), and says what happens to prices', async () => {
    await makeProduct(t, admin, [{ price: 3300, stock: 1 }]);
    const refused = await patch({ currency: 'USD' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('conflict');
    expect(refused.json().detail).toMatch(/confirmRepricing/);
    expect(await currency()).toBe('JPY');
    // Other fields in the same request are not applied either.
    expect((await patch({ currency: 'USD', storeName: 'Renamed', confirmRepricing: false })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'GET', url: '/v1/store/settings' })).json().storeName).not.toBe('Renamed');
    // The same currency again is no change.
    expect((await patch({ currency: 'JPY' })).statusCode).toBe(200);

    const ok = await patch({ currency: 'USD', confirmRepricing: true });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().currency).toBe('USD');
    expect(ok.json()).not.toHaveProperty('confirmRepricing');
    expect(await currency()).toBe('USD');
    const stored = (await t.app.inject({ method: 'GET', url: '/v1/admin/settings', headers: admin.auth })).json();
    expect(stored).not.toHaveProperty('confirmRepricing');
  });
});
