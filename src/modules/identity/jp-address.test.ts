// Japanese address input: full-width digits and dashes, furigana; pure rules and through the server.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app';
import { normalizeDigits, normalizeKana, normalizePostalCode } from './jp-address';

describe('normalisation', () => {
  it('turns full-width digits and any IME dash into ASCII', () => {
    expect(normalizePostalCode('１０５－００１１')).toBe('105-0011');
    expect(normalizePostalCode('〒１０５ー００１１')).toBe('105-0011');
    expect(normalizePostalCode('1050011')).toBe('105-0011');
    expect(normalizePostalCode('１０５００１１')).toBe('105-0011');
    expect(normalizeDigits('０３‐１２３４−５６７８')).toBe('03-1234-5678');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 12 }), (digits) => {
        const wide = digits.map((d) => String.fromCharCode(0xff10 + d)).join('－');
        expect(normalizeDigits(wide)).toBe(digits.join('-'));
      }),
    );
  });

  it('writes furigana in full-width katakana', () => {
    expect(normalizeKana('やまだ　はなこ')).toBe('ヤマダ ハナコ');
    expect(normalizeKana('ﾔﾏﾀﾞ ﾊﾅｺ')).toBe('ヤマダ ハナコ');
    expect(normalizeKana('ヤマダ')).toBe('ヤマダ');
  });
});

describe('addresses through the server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.dispose());

  const base = { name: '山田 花子', prefecture: '東京都', city: '港区', line1: '芝公園4-2-8', phone: '０３－１２３４－５６７８' };

  it('accepts a full-width postal code and phone, and furigana in hiragana; stores them normalised', async () => {
    const u = await t.login('customer');
    const res = await t.app.inject({ method: 'POST', url: '/v1/me/addresses', headers: u.auth, payload: { ...base, postalCode: '１０５－００１１', nameKana: 'やまだ はなこ' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ postalCode: '105-0011', phone: '03-1234-5678', nameKana: 'ヤマダ ハナコ', prefecture: '東京都' });
    const patched = await t.app.inject({ method: 'PATCH', url: `/v1/me/addresses/${res.json().id}`, headers: u.auth, payload: { postalCode: '１５００００１', nameKana: null } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ postalCode: '150-0001', nameKana: null });
  });

  it('still refuses what is not a postal code or furigana (400)', async () => {
    const u = await t.login('customer');
    for (const bad of [{ postalCode: '１０５＊００１１' }, { postalCode: '105-0011', nameKana: 'Yamada' }, { postalCode: '105-0011', nameKana: 'ア'.repeat(121) }]) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/me/addresses', headers: u.auth, payload: { ...base, ...bad } });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
  });
});

describe('postal code → address (bundled Japan Post data, no network)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.dispose());

  it('answers prefecture, city and town; 404 unknown; 400 malformed', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/store/postal-codes/1050011' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ postalCode: '105-0011', addresses: [{ prefecture: '東京都', city: '港区', town: '芝公園' }] });
    expect((await t.app.inject({ method: 'GET', url: '/v1/store/postal-codes/150-0001' })).json().addresses[0]).toMatchObject({ prefecture: '東京都', city: '渋谷区' });
    const unknown = await t.app.inject({ method: 'GET', url: '/v1/store/postal-codes/0000000' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('not_found');
    for (const bad of ['12345', 'abcdefg', '105--0011']) expect((await t.app.inject({ method: 'GET', url: `/v1/store/postal-codes/${bad}` })).statusCode).toBe(400);
  });
});
