import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { canonicalJson, entryHash, GENESIS_HASH } from './hash';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  // Some audited writes of every kind this issue has.
  const u = await t.login('customer');
  await t.app.inject({ method: 'PATCH', url: `/v1/admin/users/${u.id}`, headers: admin.auth, payload: { role: 'staff' } });
  await t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload: { storeName: 'Audited' } });
  const k = await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: admin.auth, payload: { name: 'k', scopes: ['orders:read'] } });
  await t.app.inject({ method: 'DELETE', url: `/v1/admin/api-keys/${k.json().id}`, headers: admin.auth });
});
afterAll(() => t?.dispose());

const verify = async () => {
  const res = await t.app.inject({ method: 'GET', url: '/v1/admin/audit-logs/verify', headers: admin.auth });
  expect(res.statusCode).toBe(200);
  return res.json() as { ok: boolean; checked: number; firstBadId: string | null };
};

describe('hash chain (pure)', () => {
  it('canonical JSON ignores key order and undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('every field feeds the hash, and so does the previous hash', () => {
    const base = { id: 'a', createdAt: '2025-01-01T00:00:00.000Z', actorType: 'user', actorId: 'u', action: 'x', entityType: 'e', entityId: '1', changes: { before: null, after: { n: 1 } }, requestId: 'r', ip: '1.2.3.4' };
    const h = entryHash(GENESIS_HASH, base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash('f'.repeat(64), base)).not.toBe(h);
    for (const [k, v] of Object.entries({ id: 'b', actorId: 'v', action: 'y', changes: { before: null, after: { n: 2 } }, ip: null })) {
      expect(entryHash(GENESIS_HASH, { ...base, [k]: v })).not.toBe(h);
    }
  });
});

describe('GET /v1/admin/audit-logs', () => {
  it('lists newest first with the documented shape, filters and pages', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/admin/audit-logs', headers: admin.auth });
    expect(res.statusCode).toBe(200);
    const { items, nextCursor } = res.json();
    expect(nextCursor).toBeNull();
    expect(items.map((e: any) => e.action)).toEqual(['api_key.revoked', 'api_key.created', 'settings.updated', 'user.updated', 'user.updated']);
    for (const e of items) {
      expect(Object.keys(e).sort()).toEqual(['action', 'actor', 'changes', 'createdAt', 'entityId', 'entityType', 'hash', 'id', 'ip', 'prevHash', 'requestId']);
      expect(e.createdAt).toMatch(/Z$/);
      expect(['user', 'api_key', 'system']).toContain(e.actor.type);
      expect(Object.keys(e.changes).sort()).toEqual(['after', 'before']);
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(e.prevHash).toMatch(/^[0-9a-f]{64}$/);
    }
    // Each entry links to the one before it.
    for (let i = 0; i < items.length - 1; i++) expect(items[i].prevHash).toBe(items[i + 1].hash);

    const settings = items.find((e: any) => e.action === 'settings.updated');
    expect(settings).toMatchObject({ actor: { type: 'user', id: admin.id }, entityType: 'settings', entityId: 'store', ip: '127.0.0.1', changes: { before: { storeName: 'Inventra Store' }, after: { storeName: 'Audited' } } });
    expect(settings.requestId).toEqual(expect.any(String));

    const byType = (await t.app.inject({ method: 'GET', url: '/v1/admin/audit-logs?entityType=api_key', headers: admin.auth })).json();
    expect(byType.items.map((e: any) => e.action)).toEqual(['api_key.revoked', 'api_key.created']);
    const byActor = (await t.app.inject({ method: 'GET', url: `/v1/admin/audit-logs?actorId=${admin.id}`, headers: admin.auth })).json();
    expect(byActor.items).toHaveLength(4);

    const p1 = (await t.app.inject({ method: 'GET', url: '/v1/admin/audit-logs?limit=3', headers: admin.auth })).json();
    expect(p1.items).toHaveLength(3);
    const p2 = (await t.app.inject({ method: 'GET', url: `/v1/admin/audit-logs?limit=3&cursor=${p1.nextCursor}`, headers: admin.auth })).json();
    expect(p2.items).toHaveLength(2);
    expect(p2.nextCursor).toBeNull();
    expect([...p1.items, ...p2.items].map((e: any) => e.id)).toEqual(items.map((e: any) => e.id));
  });
});

describe('append-only', () => {
  it('the database refuses UPDATE, DELETE and TRUNCATE on audit.entries', async () => {
    await expect(sql`update audit.entries set action = 'forged'`.execute(t.platform.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit.entries`.execute(t.platform.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit.entries`.execute(t.platform.db)).rejects.toThrow(/append-only/);
    expect((await verify()).ok).toBe(true);
  });
});

describe('verify', () => {
  it('returns ok for an intact chain and finds the first tampered row', async () => {
    const clean = await verify();
    expect(clean).toEqual({ ok: true, checked: 5, firstBadId: null });

    const { rows } = await sql<{ id: string }>`select id from audit.entries order by seq limit 1 offset 2`.execute(t.platform.db);
    const victim = rows[0].id;
    // Someone with table-owner rights bypasses the triggers and rewrites history.
    await t.platform.database.exec(`alter table audit.entries disable trigger user;
      update audit.entries set changes = jsonb_set(changes, '{after,role}', '"admin"') where id = '${victim}';
      alter table audit.entries enable trigger user;`);
    expect(await verify()).toEqual({ ok: false, checked: 2, firstBadId: victim });
  });
});
