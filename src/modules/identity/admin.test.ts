import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type TestApp, type TestUser } from '../../../test/helpers/app';

let t: TestApp, admin: TestUser;
beforeAll(async () => ({ t, users: [admin] } = await appWith('admin')));
afterAll(() => t?.dispose());

const auditFor = async (entityId: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/v1/admin/audit-logs?entityId=${entityId}`, headers: admin.auth });
  expect(res.statusCode).toBe(200);
  return res.json().items as any[];
};

describe('admin: users', () => {
  it('lists with role and text filters and cursor pagination', async () => {
    const tag = `zz${Date.now()}`;
    const made: TestUser[] = [];
    for (let i = 0; i < 5; i++) made.push(await t.login(i < 2 ? 'staff' : 'customer', `${tag}-${i}@example.com`));

    const staffOnly = await t.app.inject({ method: 'GET', url: `/v1/admin/users?role=staff&q=${tag}`, headers: admin.auth });
    expect(staffOnly.statusCode).toBe(200);
    expect(staffOnly.json().items.map((u: any) => u.email).sort()).toEqual([`${tag}-0@example.com`, `${tag}-1@example.com`]);
    expect(staffOnly.json().items[0]).toEqual({ id: expect.any(String), email: expect.any(String), name: expect.any(String), role: 'staff', isActive: true, createdAt: expect.any(String) });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { statusCode: number; json(): any } = await t.app.inject({ method: 'GET', url: `/v1/admin/users?q=${tag}&limit=2${cursor ? `&cursor=${cursor}` : ''}`, headers: admin.auth });
      expect(res.statusCode).toBe(200);
      const page: { items: { id: string }[]; nextCursor: string | null } = res.json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((u: any) => u.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(made.map((u) => u.id).sort());

    // LIKE wildcards in q are literal.
    const wild = await t.app.inject({ method: 'GET', url: '/v1/admin/users?q=%25', headers: admin.auth });
    expect(wild.json().items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/users?role=root', headers: admin.auth })).statusCode).toBe(400);
    // A cursor the server did not make is a 400 (API.md: any malformed cursor → 400).
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/users?cursor=garbage', headers: admin.auth })).statusCode).toBe(400);
  });

  it('gets one user; unknown → 404', async () => {
    const u = await t.login('customer');
    const res = await t.app.inject({ method: 'GET', url: `/v1/admin/users/${u.id}`, headers: admin.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: u.id, email: u.email, role: 'customer', isActive: true });
    expect(res.body).not.toMatch(/password|argon/i);
    const missing = await t.app.inject({ method: 'GET', url: '/v1/admin/users/01900000-0000-7000-8000-000000000000', headers: admin.auth });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not_found');
  });

  it('changes a role, audited with actor, request id, ip and before/after', async () => {
    const u = await t.login('customer');
    const res = await t.app.inject({ method: 'PATCH', url: `/v1/admin/users/${u.id}`, headers: { ...admin.auth, 'x-request-id': 'role-change-1' }, payload: { role: 'staff' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().role).toBe('staff');
    const [entry] = await auditFor(u.id);
    expect(entry).toMatchObject({
      actor: { type: 'user', id: admin.id },
      action: 'user.updated',
      entityType: 'user',
      entityId: u.id,
      requestId: 'role-change-1',
      ip: '127.0.0.1',
      changes: { before: { role: 'customer' }, after: { role: 'staff' } },
    });
    expect(JSON.stringify(entry)).not.toMatch(/argon2/);
  });

  it('deactivation revokes refresh tokens and blocks the access token at once; reactivation lets the user sign in again', async () => {
    const u = await t.login('customer');
    expect((await t.app.inject({ method: 'GET', url: '/v1/me', headers: u.auth })).statusCode).toBe(200);
    const off = await t.app.inject({ method: 'PATCH', url: `/v1/admin/users/${u.id}`, headers: admin.auth, payload: { isActive: false } });
    expect(off.statusCode).toBe(200);
    expect(off.json().isActive).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: '/v1/me', headers: u.auth })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: u.refreshToken } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: u.email, password: u.password } })).statusCode).toBe(401);

    await t.app.inject({ method: 'PATCH', url: `/v1/admin/users/${u.id}`, headers: admin.auth, payload: { isActive: true } });
    // The old refresh token stays revoked; a fresh sign-in works.
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: u.refreshToken } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: u.email, password: u.password } })).statusCode).toBe(200);
  });

  it('refuses to let an admin deactivate or demote itself, an empty patch, and unknown fields', async () => {
    const self = await t.app.inject({ method: 'PATCH', url: `/v1/admin/users/${admin.id}`, headers: admin.auth, payload: { isActive: false } });
    expect(self.statusCode).toBe(422);
    expect((await t.app.inject({ method: 'PATCH', url: `/v1/admin/users/${admin.id}`, headers: admin.auth, payload: { role: 'customer' } })).statusCode).toBe(422);
    const u = await t.login('customer');
    for (const payload of [{}, { email: 'x@example.com' }, { role: 'root' }, { isActive: 'no' }]) {
      const res = await t.app.inject({ method: 'PATCH', url: `/v1/admin/users/${u.id}`, headers: admin.auth, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await t.app.inject({ method: 'PATCH', url: '/v1/admin/users/01900000-0000-7000-8000-000000000000', headers: admin.auth, payload: { role: 'staff' } })).statusCode).toBe(404);
  });
});

describe('admin: API keys', () => {
  it('shows the key only on create, stores only a hash, lists lastUsedAt, and DELETE stops it at once', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: admin.auth, payload: { name: 'ERP sync', scopes: ['catalog:read', 'inventory:write', 'catalog:read'] } });
    expect(created.statusCode).toBe(201);
    const k = created.json();
    expect(k).toEqual({ id: expect.any(String), name: 'ERP sync', scopes: ['catalog:read', 'inventory:write'], prefix: expect.stringMatching(/^[A-Za-z0-9]{8}$/), key: expect.stringMatching(/^ik_/), createdAt: expect.any(String) });
    expect(k.key).toContain(k.prefix);

    // Stored only as a hash: the secret appears nowhere in the table.
    const rows = await sql<Record<string, unknown>>`select * from identity.api_keys where id = ${k.id}`.execute(t.platform.db);
    expect(JSON.stringify(rows.rows)).not.toContain(k.key);
    // The secret part (after `ik_<prefix>_`; it may itself contain '_').
    expect(JSON.stringify(rows.rows)).not.toContain(k.key.slice(`ik_${k.prefix}_`.length));

    let listed = (await t.app.inject({ method: 'GET', url: '/v1/admin/api-keys', headers: admin.auth })).json().items.find((x: any) => x.id === k.id);
    expect(listed).toEqual({ id: k.id, name: 'ERP sync', scopes: ['catalog:read', 'inventory:write'], prefix: k.prefix, createdAt: k.createdAt, lastUsedAt: null });

    // A valid key is recognised (403 on a route it has no scope for, not 401) and its use recorded.
    const used = await t.app.inject({ method: 'GET', url: '/v1/admin/users', headers: { 'x-api-key': k.key } });
    expect(used.statusCode).toBe(403);
    listed = (await t.app.inject({ method: 'GET', url: '/v1/admin/api-keys', headers: admin.auth })).json().items.find((x: any) => x.id === k.id);
    expect(listed.lastUsedAt).toEqual(expect.any(String));
    expect(JSON.stringify(listed)).not.toContain(k.key);

    const del = await t.app.inject({ method: 'DELETE', url: `/v1/admin/api-keys/${k.id}`, headers: admin.auth });
    expect(del.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/v1/admin/users', headers: { 'x-api-key': k.key } });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthorized');
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/api-keys', headers: admin.auth })).json().items.map((x: any) => x.id)).not.toContain(k.id);
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/admin/api-keys/${k.id}`, headers: admin.auth })).statusCode).toBe(404);

    const trail = await auditFor(k.id);
    expect(trail.map((e) => e.action)).toEqual(['api_key.revoked', 'api_key.created']);
    expect(trail[1]).toMatchObject({ actor: { type: 'user', id: admin.id }, changes: { before: null, after: { name: 'ERP sync', prefix: k.prefix } } });
    expect(JSON.stringify(trail)).not.toContain(k.key);
  });

  it('a tampered key with a real prefix is refused', async () => {
    const k = (await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: admin.auth, payload: { name: 'x', scopes: ['orders:read'] } })).json();
    const forged = `ik_${k.prefix}_${'A'.repeat(43)}`;
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/audit-logs', headers: { 'x-api-key': forged } })).statusCode).toBe(401);
  });

  it('validates name and scopes', async () => {
    for (const payload of [{ name: 'x', scopes: [] }, { name: 'x', scopes: ['admin'] }, { name: '', scopes: ['orders:read'] }, { scopes: ['orders:read'] }, { name: 'x', scopes: ['orders:read'], key: 'mine' }]) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: admin.auth, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});
