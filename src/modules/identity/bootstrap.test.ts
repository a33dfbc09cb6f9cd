import { describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app';

const embedded = !/^postgres/.test(process.env.DATABASE_URL ?? '');

async function withApp(env: Record<string, string>, fn: (t: TestApp) => Promise<void>) {
  const t = await createTestApp(env, { skipBootstrap: false });
  try {
    await fn(t);
  } finally {
    await t.dispose();
  }
}

const login = (t: TestApp, email: string, password: string) => t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });

describe('admin bootstrap', () => {
  it('INVENTRA_ADMIN_EMAIL/PASSWORD: the admin exists, and a restart resets its password and role', async () => {
    await withApp({ INVENTRA_ADMIN_EMAIL: 'root@example.com', INVENTRA_ADMIN_PASSWORD: 'bootstrap pw 1' }, async (t) => {
      const result = await t.bootstrap();
      expect(result).toMatchObject({ email: 'root@example.com', password: null });
      const session = await login(t, 'root@example.com', 'bootstrap pw 1');
      expect(session.statusCode).toBe(200);
      expect(session.json().user.role).toBe('admin');
      // Someone changes the password; the next start puts the configured one back.
      const token = session.json().accessToken;
      await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: { authorization: `Bearer ${token}` }, payload: { password: 'changed pw 12', currentPassword: 'bootstrap pw 1' } });
      expect((await login(t, 'root@example.com', 'bootstrap pw 1')).statusCode).toBe(401);
      await t.bootstrap();
      expect((await login(t, 'root@example.com', 'bootstrap pw 1')).statusCode).toBe(200);
      expect(await t.services.identity.countUsers()).toBe(1);
    });
  });

  it('replicas bootstrapping the same admin at once all succeed, leaving one admin', async () => {
    await withApp({}, async (t) => {
      const results = await Promise.all(Array.from({ length: 6 }, () => t.services.identity.ensureAdmin('same@example.com', 'same password 1')));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.user.id)).size).toBe(1);
      expect((await login(t, 'same@example.com', 'same password 1')).statusCode).toBe(200);
    });
  });

  it('without them, a demo admin on an empty embedded database only (printed login works)', async () => {
    await withApp({}, async (t) => {
      const result = await t.bootstrap();
      if (!embedded) {
        expect(result).toBeNull();
        expect(await t.services.identity.countUsers()).toBe(0);
        return;
      }
      expect(result).toMatchObject({ email: 'admin@inventra.local', password: expect.any(String), note: 'demo admin' });
      expect(result!.password!.length).toBeGreaterThanOrEqual(12);
      const session = await login(t, result!.email, result!.password!);
      expect(session.statusCode).toBe(200);
      expect(session.json().user.role).toBe('admin');
    });
  });

  it('no demo admin when the database already has users', async () => {
    await withApp({}, async (t) => {
      await t.login('customer');
      expect(await t.bootstrap()).toBeNull();
      expect((await t.app.inject({ method: 'GET', url: `/v1/admin/users?role=admin`, headers: (await t.login('admin')).auth })).json().items.map((u: any) => u.email)).not.toContain('admin@inventra.local');
    });
  });

  it('never a demo admin when NODE_ENV=production', async () => {
    await withApp({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) }, async (t) => {
      expect(await t.bootstrap()).toBeNull();
      expect(await t.services.identity.countUsers()).toBe(0);
    });
  });
});
