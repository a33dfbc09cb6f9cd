import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.dispose());

const ADDRESS = { name: 'Hanako Yamada', postalCode: '150-0001', prefecture: 'Tokyo', city: 'Shibuya-ku', line1: '1-2-3 Jingumae', phone: '03-1234-5678' };

const add = (u: TestUser, body: Record<string, unknown> = ADDRESS) => t.app.inject({ method: 'POST', url: '/v1/me/addresses', headers: u.auth, payload: body });
const list = async (u: TestUser) => {
  const res = await t.app.inject({ method: 'GET', url: '/v1/me/addresses', headers: u.auth });
  expect(res.statusCode).toBe(200);
  return res.json().items as { id: string; isDefault: boolean; city: string }[];
};

describe('addresses', () => {
  it('creates, lists, updates and deletes; the first address is the default', async () => {
    const u = await t.login('customer');
    expect(await list(u)).toEqual([]);
    const created = await add(u);
    expect(created.statusCode).toBe(201);
    const a = created.json();
    expect(a).toEqual({ id: expect.any(String), ...ADDRESS, line2: null, isDefault: true, nameKana: null });

    const patched = await t.app.inject({ method: 'PATCH', url: `/v1/me/addresses/${a.id}`, headers: u.auth, payload: { city: 'Minato-ku', line2: 'Room 4' } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ id: a.id, city: 'Minato-ku', line2: 'Room 4', isDefault: true });

    const del = await t.app.inject({ method: 'DELETE', url: `/v1/me/addresses/${a.id}`, headers: u.auth });
    expect(del.statusCode).toBe(204);
    expect(await list(u)).toEqual([]);
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/me/addresses/${a.id}`, headers: u.auth })).statusCode).toBe(404);
  });

  it('keeps exactly one default', async () => {
    const u = await t.login('customer');
    const first = (await add(u)).json();
    const second = (await add(u, { ...ADDRESS, city: 'Second' })).json();
    expect(second.isDefault).toBe(false);
    const third = (await add(u, { ...ADDRESS, city: 'Third', isDefault: true })).json();
    expect(third.isDefault).toBe(true);
    let all = await list(u);
    expect(all.filter((x) => x.isDefault).map((x) => x.id)).toEqual([third.id]);

    await t.app.inject({ method: 'PATCH', url: `/v1/me/addresses/${first.id}`, headers: u.auth, payload: { isDefault: true } });
    all = await list(u);
    expect(all.filter((x) => x.isDefault).map((x) => x.id)).toEqual([first.id]);

    // Deleting the default hands the role to a remaining address.
    await t.app.inject({ method: 'DELETE', url: `/v1/me/addresses/${first.id}`, headers: u.auth });
    all = await list(u);
    expect(all).toHaveLength(2);
    expect(all.filter((x) => x.isDefault)).toHaveLength(1);
  });

  it("another user's address id → 404 on PATCH and DELETE, and it is left untouched", async () => {
    const owner = await t.login('customer');
    const other = await t.login('customer');
    const a = (await add(owner)).json();
    const patch = await t.app.inject({ method: 'PATCH', url: `/v1/me/addresses/${a.id}`, headers: other.auth, payload: { city: 'Stolen' } });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().code).toBe('not_found');
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/me/addresses/${a.id}`, headers: other.auth })).statusCode).toBe(404);
    expect(await list(other)).toEqual([]);
    expect((await list(owner))[0]).toMatchObject({ id: a.id, city: ADDRESS.city });
  });

  it('validates bodies and ids', async () => {
    const u = await t.login('customer');
    for (const body of [
      { ...ADDRESS, phone: 'call me' },
      { ...ADDRESS, postalCode: '' },
      { ...ADDRESS, country: 'JP' },
      { ...ADDRESS, isDefault: 'yes' },
      { name: 'only a name' },
    ]) {
      const res = await add(u, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    expect((await t.app.inject({ method: 'PATCH', url: '/v1/me/addresses/not-a-uuid', headers: u.auth, payload: { city: 'X' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PATCH', url: '/v1/me/addresses/a%20b', headers: u.auth, payload: { city: 'X' } })).statusCode).toBe(400);
  });
});
