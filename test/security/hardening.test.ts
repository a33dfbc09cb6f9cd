import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../helpers/app';

/** Issue 11 findings 6–10 and the refresh cookie, through the real server. */
let t: TestApp;
let admin: TestUser;
let staff: TestUser;
let customer: TestUser;

beforeAll(async () => {
  t = await createTestApp({ METRICS_TOKEN: 'metrics-token-0123456789' });
  [admin, staff, customer] = [await t.login('admin'), await t.login('staff'), await t.login('customer')];
});
afterAll(() => t?.dispose());

const inject = (method: string, url: string, headers: Record<string, string> = {}, payload?: unknown) =>
  t.app.inject({ method: method as 'GET', url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });

describe('finding 6: NUL bytes, lone surrogates and malformed cursors are 400s', () => {
  const NUL = 'a\u0000b';
  it.each([
    ['POST', '/v1/auth/login', 'none', { email: `x${NUL}@example.com`, password: 'whatever passphrase' }],
    ['POST', '/v1/auth/register', 'none', { email: 'nul@example.com', password: 'a decent passphrase', name: NUL }],
    ['PATCH', '/v1/me', 'customer', { name: NUL }],
    ['POST', '/v1/me/addresses', 'customer', { name: NUL, postalCode: '100-0001', prefecture: 'Tokyo', city: 'Chiyoda', line1: '1', phone: '0312345678' }],
    ['POST', '/v1/admin/products', 'admin', { title: NUL, variants: [{ sku: 'NUL-1', price: 1 }] }],
    ['POST', '/v1/admin/categories', 'admin', { name: NUL }],
    ['PATCH', '/v1/admin/settings', 'admin', { storeName: NUL }],
    ['POST', '/v1/admin/webhooks', 'admin', { url: 'http://127.0.0.1:9/hook', events: ['order.*'], description: NUL }],
    ['POST', '/v1/admin/products', 'admin', { title: 'lone \ud800 surrogate', variants: [{ sku: 'SUR-1', price: 1 }] }],
    ['POST', '/v1/admin/categories', 'admin', { name: 'ok', ['key\u0000']: 1 }],
  ])('%s %s → 400', async (method, url, who, payload) => {
    const headers = who === 'admin' ? admin.auth : who === 'customer' ? customer.auth : {};
    const res = await inject(method, url, headers, payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('validation_failed');
  });

  it('in paths and query strings too', async () => {
    for (const url of ['/v1/store/products/%00', '/v1/store/products?q=%00', '/v1/admin/products?q=a%00b', '/v1/store/products/%ED%A0%80']) {
      const res = await inject('GET', url, admin.auth);
      expect(res.statusCode, url).toBe(400);
    }
  });

  it('forged storefront cursors (non-date newest key, "abc", 1e308, 2^31 price keys) → 400', async () => {
    const forge = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const cursors = [
      forge({ s: 'newest', k: ['not a date', '00000000-0000-0000-0000-000000000000'] }),
      forge({ s: 'price_asc', k: ['abc', '00000000-0000-0000-0000-000000000000'] }),
      forge({ s: 'price_asc', k: [1e308, '00000000-0000-0000-0000-000000000000'] }),
      forge({ s: 'price_asc', k: [2147483648, '00000000-0000-0000-0000-000000000000'] }),
      'garbage',
      '',
    ];
    for (const [i, c] of cursors.entries()) {
      const sort = i === 0 ? 'newest' : 'price_asc';
      const res = await inject('GET', `/v1/store/products?sort=${sort}&cursor=${c}`);
      expect(res.statusCode, c).toBe(c === '' ? 200 : 400);
    }
    // Cursors the server made still page.
    const first = (await inject('GET', '/v1/admin/users?limit=1', admin.auth)).json();
    expect(first.nextCursor).toBeTruthy();
    expect((await inject('GET', `/v1/admin/users?limit=1&cursor=${first.nextCursor}`, admin.auth)).statusCode).toBe(200);
    // A cursor of one list is refused by another.
    expect((await inject('GET', `/v1/admin/audit-logs?cursor=${first.nextCursor}`, admin.auth)).statusCode).toBe(400);
  });
});

describe('finding 7: audit entries of users, API keys, webhooks and settings are for admins', () => {
  it('staff get 403 for those entity types and never see them in the unfiltered list', async () => {
    await inject('POST', '/v1/admin/api-keys', admin.auth, { name: 'audit-probe', scopes: ['orders:read'] });
    await inject('PATCH', `/v1/admin/users/${customer.id}`, admin.auth, { role: 'customer' });
    for (const type of ['user', 'api_key', 'webhook', 'settings']) {
      const res = await inject('GET', `/v1/admin/audit-logs?entityType=${type}`, staff.auth);
      expect(res.statusCode, type).toBe(403);
      expect((await inject('GET', `/v1/admin/audit-logs?entityType=${type}`, admin.auth)).statusCode).toBe(200);
    }
    const all = (await inject('GET', '/v1/admin/audit-logs?limit=100', staff.auth)).json().items as { entityType: string }[];
    expect(all.filter((e) => ['user', 'api_key', 'webhook', 'settings'].includes(e.entityType))).toEqual([]);
    const adminAll = (await inject('GET', '/v1/admin/audit-logs?limit=100', admin.auth)).json().items as { entityType: string }[];
    expect(adminAll.some((e) => e.entityType === 'api_key')).toBe(true);
  });
});

describe('finding 8: guessable passwords and unthrottled sign-ups', () => {
  it.each(['12345678', 'password', 'aaaaaaaa', 'qwertyuiop'])('%s → 400 weak_password on register and password change', async (password) => {
    const res = await inject('POST', '/v1/auth/register', {}, { email: `weak-${Date.now()}-${password}@example.com`, password, name: 'Weak' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('weak_password');
    expect(res.json().detail).toMatch(/too easy to guess/);
    const change = await inject('PATCH', '/v1/me', customer.auth, { password, currentPassword: customer.password });
    expect(change.statusCode).toBe(400);
    expect(change.json().code).toBe('weak_password');
  });

  it('SIGNUP_LIMIT_PER_HOUR limits sign-ups per IP (429 with Retry-After); other addresses are unaffected', async () => {
    const limited = await createTestApp({ SIGNUP_LIMIT_PER_HOUR: '3' });
    try {
      const register = (i: number, remoteAddress: string) =>
        limited.app.inject({ method: 'POST', url: '/v1/auth/register', remoteAddress, payload: { email: `signup-${i}-${Date.now()}@example.com`, password: 'a decent passphrase', name: 'S' } });
      const answers = await Promise.all([0, 1, 2, 3, 4].map((i) => register(i, '10.20.0.1')));
      expect(answers.filter((r) => r.statusCode === 201).length).toBe(3);
      const refused = answers.filter((r) => r.statusCode === 429);
      expect(refused.length).toBe(2);
      expect(Number(refused[0].headers['retry-after'])).toBeGreaterThan(0);
      expect((await register(9, '10.20.0.2')).statusCode).toBe(201);
    } finally {
      await limited.dispose();
    }
  });
});

describe('finding 9: caching, metrics, CSP and methods', () => {
  it('token and personal-data responses send Cache-Control: no-store', async () => {
    const login = await inject('POST', '/v1/auth/login', {}, { email: customer.email, password: customer.password });
    expect(login.headers['cache-control']).toBe('no-store');
    expect((await inject('GET', '/v1/me', customer.auth)).headers['cache-control']).toBe('no-store');
    expect((await inject('GET', '/v1/admin/users', admin.auth)).headers['cache-control']).toBe('no-store');
    expect((await inject('GET', '/v1/me')).headers['cache-control']).toBe('no-store');
  });

  it('/metrics needs METRICS_TOKEN', async () => {
    expect((await inject('GET', '/metrics')).statusCode).toBe(401);
    expect((await inject('GET', '/metrics', { authorization: 'Bearer wrong-token-0123456789xx' })).statusCode).toBe(401);
    const ok = await inject('GET', '/metrics', { authorization: 'Bearer metrics-token-0123456789' });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('# HELP');
  });

  it('the CSP lets pages connect only to their own origin', async () => {
    const csp = String((await inject('GET', '/healthz')).headers['content-security-policy']);
    const connect = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src'));
    expect(connect).toBe("connect-src 'self'");
  });

  it('a known path with a wrong method → 405 with Allow; an unknown path stays 404', async () => {
    const res = await inject('PUT', '/v1/auth/login', {}, {});
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(res.json().code).toBe('method_not_allowed');
    const withParam = await inject('POST', '/v1/admin/users/0190aaaa-0000-7000-8000-000000000000', admin.auth, {});
    expect(withParam.statusCode).toBe(405);
    expect(String(withParam.headers.allow).split(', ')).toEqual(expect.arrayContaining(['GET', 'PATCH']));
    expect((await inject('GET', '/v1/nothing-here')).statusCode).toBe(404);
  });
});

describe('finding 10: the OpenAPI document states limits, errors and every security scheme', () => {
  it('429 with Retry-After and rate-limit headers, 401/403 on secured routes, HMAC webhook schemes', async () => {
    const doc = (await inject('GET', '/openapi.json')).json();
    const ops = Object.entries<any>(doc.paths).flatMap(([path, methods]) => Object.entries<any>(methods).map(([m, op]) => ({ path, m, op })));
    for (const { path, m, op } of ops) {
      expect(op.responses['429'], `${m} ${path}`).toBeTruthy();
      expect(op.responses['429'].headers['Retry-After']).toBeTruthy();
      if (op.security?.some((s: object) => 'bearer' in s)) {
        expect(op.responses['401'], `${m} ${path}`).toBeTruthy();
        expect(op.responses['403'], `${m} ${path}`).toBeTruthy();
      }
      for (const [status, res] of Object.entries<any>(op.responses)) if (/^2/.test(status)) expect(res.headers?.['X-RateLimit-Limit'], `${m} ${path} ${status}`).toBeTruthy();
    }
    expect(doc.components.securitySchemes).toMatchObject({ bearer: expect.any(Object), apiKey: expect.any(Object), pmsSignature: expect.any(Object), konbiniSignature: expect.any(Object) });
    expect(doc.paths['/v1/webhooks/pms'].post.security).toEqual([{ pmsSignature: [] }]);
  });
});

describe('refresh token in an HttpOnly cookie (browsers), with CSRF protection', () => {
  const cookieLogin = async (u: TestUser) => {
    const res = await inject('POST', '/v1/auth/login', { 'x-refresh-cookie': '1' }, { email: u.email, password: u.password });
    expect(res.statusCode).toBe(200);
    return res;
  };
  const cookieOf = (res: { headers: Record<string, unknown> }) => String(res.headers['set-cookie']).split(';')[0];

  it('sets HttpOnly; Secure; SameSite=Strict scoped to the refresh path and leaves the token out of the body', async () => {
    const res = await cookieLogin(customer);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^inventra_refresh=rt_[\w-]+;/);
    for (const attr of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/v1/auth/refresh']) expect(setCookie).toContain(attr);
    expect(res.json().refreshToken).toBeUndefined();
    expect(res.json().accessToken).toBeTruthy();
  });

  it('refresh by cookie needs the CSRF header and a matching Origin; it rotates the cookie', async () => {
    const cookie = cookieOf(await cookieLogin(customer));
    expect((await inject('POST', '/v1/auth/refresh', { cookie, 'x-refresh-cookie': '1' })).statusCode).toBe(403);
    expect((await inject('POST', '/v1/auth/refresh', { cookie, 'x-refresh-cookie': '1', 'x-inventra-csrf': '1', origin: 'https://evil.example' })).statusCode).toBe(403);
    const ok = await inject('POST', '/v1/auth/refresh', { cookie, 'x-refresh-cookie': '1', 'x-inventra-csrf': '1', origin: 'http://localhost:80' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().refreshToken).toBeUndefined();
    const next = cookieOf(ok);
    expect(next).not.toBe(cookie);
    // The old cookie is spent: reuse revokes the family (and clears the cookie).
    const reuse = await inject('POST', '/v1/auth/refresh', { cookie, 'x-inventra-csrf': '1' });
    expect(reuse.statusCode).toBe(401);
    expect(String(reuse.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await inject('POST', '/v1/auth/refresh', { cookie: next, 'x-inventra-csrf': '1' })).statusCode).toBe(401);
  });

  it('API clients keep refreshing with the token in the body, no CSRF header needed', async () => {
    const u = await t.login('customer');
    const res = await inject('POST', '/v1/auth/refresh', {}, { refreshToken: u.refreshToken });
    expect(res.statusCode).toBe(200);
    expect(res.json().refreshToken).toMatch(/^rt_/);
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});
