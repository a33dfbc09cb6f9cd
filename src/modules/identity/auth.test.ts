import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.dispose());

let n = 0;
const email = () => `user${n++}-${Date.now()}@example.com`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function register(e = email(), password = 'correct horse', name = 'Ann') {
  const res = await t.app.inject({ method: 'POST', url: '/v1/auth/register', payload: { email: e, password, name } });
  expect(res.statusCode, res.body).toBe(201);
  return { ...res.json(), email: e, password } as { email: string; password: string; accessToken: string; refreshToken: string; expiresIn: number; user: { id: string } };
}

const login = (e: string, password: string, remoteAddress?: string) =>
  t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: e, password }, ...(remoteAddress ? { remoteAddress } : {}) });
const refresh = (refreshToken: string) => t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken } });
const me = (token: string) => t.app.inject({ method: 'GET', url: '/v1/me', headers: bearer(token) });

describe('register', () => {
  it('returns the session shape, a customer, and never a password hash', async () => {
    const s = await register();
    expect(s.expiresIn).toBeGreaterThan(0);
    expect(s.expiresIn).toBeLessThanOrEqual(3600);
    expect(s.refreshToken).toMatch(/^rt_/);
    expect(s.user).toEqual({ id: expect.any(String), email: s.email, name: 'Ann', role: 'customer', isActive: true, createdAt: expect.stringMatching(/Z$/) });
    const { email: _e, password: _p, ...body } = s;
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresIn', 'refreshToken', 'user']);
    expect(JSON.stringify(body)).not.toMatch(/argon2|password/i);
  });

  it('validates: password 8–128 chars, an email, a non-blank name', async () => {
    for (const payload of [
      { email: email(), password: 'short', name: 'A' },
      { email: email(), password: 'x'.repeat(129), name: 'A' },
      { email: 'not-an-email', password: 'sturdy password 1', name: 'A' },
      { email: email(), password: 'sturdy password 1', name: '   ' },
      { email: email(), password: 'sturdy password 1', name: 'A', isActive: false },
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/auth/register', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/register', payload: { email: email(), password: randomBytes(64).toString('hex'), name: 'A' } })).statusCode).toBe(201);
  });
});

describe('login', () => {
  it('signs in with the right password, case-insensitive email', async () => {
    const s = await register();
    const res = await login(s.email.toUpperCase(), s.password);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.id).toBe(s.user.id);
    expect((await me(res.json().accessToken)).json()).toEqual({ id: s.user.id, email: s.email, name: 'Ann', role: 'customer', locale: 'ja', createdAt: s.user['createdAt' as 'id'] });
  });

  it('answers a wrong password and an unknown email with the same body', async () => {
    const s = await register();
    const wrong = await login(s.email, 'wrong password');
    const unknown = await login(`nobody-${Date.now()}@example.com`, 'wrong password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
    expect(wrong.json().code).toBe('invalid_credentials');
  });

  it('refuses an inactive user with 401', async () => {
    const s = await register();
    const admin = await t.login('admin');
    await t.app.inject({ method: 'PATCH', url: `/v1/admin/users/${s.user.id}`, headers: admin.auth, payload: { isActive: false } });
    const res = await login(s.email, s.password);
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('access tokens', () => {
  it('expire after at most an hour (exp is checked)', async () => {
    const s = await register();
    expect((await me(s.accessToken)).statusCode).toBe(200);
    t.clock.advance(s.expiresIn * 1000 + 1000);
    try {
      const res = await me(s.accessToken);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('unauthorized');
    } finally {
      t.clock.advance(-(s.expiresIn * 1000 + 1000));
    }
  });

  it('pin the algorithm: a token signed with HS512 (same secret) or alg none is refused', async () => {
    const s = await register();
    const key = new TextEncoder().encode(t.config.jwtSecret);
    const hs512 = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject(s.user.id)
      .setIssuer('inventra')
      .setAudience('inventra-api')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);
    expect((await me(hs512)).statusCode).toBe(401);
    const [, payload] = s.accessToken.split('.');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    expect((await me(none)).statusCode).toBe(401);
    const wrongKey = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(s.user.id)
      .setIssuer('inventra')
      .setAudience('inventra-api')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('x'.repeat(48)));
    expect((await me(wrongKey)).statusCode).toBe(401);
  });

  it('take the role from the database, not from the token claim', async () => {
    const s = await register();
    const admin = await t.login('admin');
    await t.app.inject({ method: 'PATCH', url: `/v1/admin/users/${s.user.id}`, headers: admin.auth, payload: { role: 'admin' } });
    // A role change ends the user's sessions: the old token (and its old claim) is refused.
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/users', headers: bearer(s.accessToken) })).statusCode).toBe(401);
    // A new sign-in gets the role from the database.
    const again = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: s.email, password: 'correct horse' } });
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/users', headers: bearer(again.json().accessToken) })).statusCode).toBe(200);
  });
});

describe('refresh tokens', () => {
  it('rotate: each refresh gives a new pair and the old refresh token is spent', async () => {
    const s = await register();
    const r1 = await refresh(s.refreshToken);
    expect(r1.statusCode).toBe(200);
    const pair = r1.json();
    expect(pair.refreshToken).not.toBe(s.refreshToken);
    expect(pair.user.id).toBe(s.user.id);
    expect((await me(pair.accessToken)).statusCode).toBe(200);
    const r2 = await refresh(pair.refreshToken);
    expect(r2.statusCode).toBe(200);
  });

  it('reuse of a spent token → 401 and the whole family is revoked (the newer token too)', async () => {
    const s = await register();
    const newer = (await refresh(s.refreshToken)).json().refreshToken;
    const reuse = await refresh(s.refreshToken);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().code).toBe('unauthorized');
    expect((await refresh(newer)).statusCode).toBe(401);
    // Another sign-in of the same user is a different family and keeps working.
    const other = (await login(s.email, s.password)).json().refreshToken;
    expect((await refresh(other)).statusCode).toBe(200);
  });

  it('are valid for 24 h from sign-in, however often they rotate', async () => {
    const s = await register();
    t.clock.advance(23 * 3600_000);
    let token: string;
    try {
      const r = await refresh(s.refreshToken);
      expect(r.statusCode).toBe(200);
      token = r.json().refreshToken;
      t.clock.advance(3600_000 + 1000);
      expect((await refresh(token)).statusCode).toBe(401);
    } finally {
      t.clock.advance(-(24 * 3600_000 + 1000));
    }
  });

  it('garbage → 401, bad body → 400', async () => {
    expect((await refresh('rt_garbage')).statusCode).toBe(401);
    // No token in the body and no session cookie: nothing to refresh.
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: {} })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { extra: 1 } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: 42 } })).statusCode).toBe(400);
  });
});

describe('logout', () => {
  it('→ 204, and the refresh token stops working', async () => {
    const s = await register();
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/logout', payload: { refreshToken: s.refreshToken } });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await refresh(s.refreshToken)).statusCode).toBe(401);
    // An unknown token is a no-op, still 204 (logout never tells whether a token existed).
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/logout', payload: { refreshToken: 'rt_unknown' } })).statusCode).toBe(204);
  });
});

describe('PATCH /v1/me', () => {
  it('changes the name', async () => {
    const s = await register();
    const res = await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: bearer(s.accessToken), payload: { name: '  Bea  ' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Bea', email: s.email });
    expect((await me(s.accessToken)).json().name).toBe('Bea');
  });

  it('refuses an empty patch, unknown fields and role changes', async () => {
    const s = await register();
    for (const payload of [{}, { role: 'admin' }, { email: 'x@example.com' }, { isActive: true }]) {
      const res = await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: bearer(s.accessToken), payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });

  it('a password change needs currentPassword and signs out the other sessions, not this one', async () => {
    const s = await register();
    const other = (await login(s.email, s.password)).json();

    const missing = await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: bearer(s.accessToken), payload: { password: 'new password 1' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'currentPassword' }] });

    const wrong = await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: bearer(s.accessToken), payload: { password: 'new password 1', currentPassword: 'nope nope' } });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ errors: [{ path: 'currentPassword' }] });
    expect((await login(s.email, 'new password 1')).statusCode).toBe(401);

    const ok = await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: bearer(s.accessToken), payload: { password: 'new password 1', currentPassword: s.password } });
    expect(ok.statusCode).toBe(200);
    expect((await login(s.email, s.password)).statusCode).toBe(401);
    expect((await login(s.email, 'new password 1')).statusCode).toBe(200);
    expect((await refresh(other.refreshToken)).statusCode).toBe(401);
    expect((await refresh(s.refreshToken)).statusCode).toBe(200);
  });

  it('wrong current passwords count toward the sign-in limit', async () => {
    const s = await register();
    let last;
    for (let i = 0; i < 11; i++) {
      last = await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: bearer(s.accessToken), payload: { password: 'new password 1', currentPassword: `guess ${i}` } });
    }
    expect(last!.statusCode).toBe(429);
    expect(last!.headers['retry-after']).toMatch(/^\d+$/);
  });
});
