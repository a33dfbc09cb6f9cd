import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type TestApp, type TestUser } from '../helpers/app';
import { ISSUE2_ROUTES } from './issue2-routes';

let t: TestApp;
let admin: TestUser;

beforeAll(async () => ({ t, users: [admin] } = await appWith('admin')));
afterAll(() => t?.dispose());

type Res = Awaited<ReturnType<TestApp['app']['inject']>>;

function expectProblem(res: Res, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body).toMatchObject({ status, code, type: `https://inventra.dev/problems/${code.replace(/_/g, '-')}` });
  expect(typeof body.title).toBe('string');
  expect(body.requestId).toBe(res.headers['x-request-id']);
  return body;
}

describe('request ids', () => {
  it('puts X-Request-Id on every response and echoes the one the client sent', async () => {
    const fresh = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'client-abc.123' } });
    expect(echoed.headers['x-request-id']).toBe('client-abc.123');
    const onError = await t.app.inject({ method: 'GET', url: '/v1/me', headers: { 'x-request-id': 'err-req-1' } });
    expect(onError.headers['x-request-id']).toBe('err-req-1');
    expect(onError.json().requestId).toBe('err-req-1');
  });

  it('replaces an unsafe request id (log injection) with its own', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'bad id\twith "quotes"' } });
    expect(res.headers['x-request-id']).not.toContain('bad id');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('errors are problem+json', () => {
  it('unknown routes → 404 not_found', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/v1/does-not-exist' }), 404, 'not_found');
    expectProblem(await t.app.inject({ method: 'POST', url: '/v1/auth/nope', payload: {} }), 404, 'not_found');
    // A known path with an unsupported method is a 405 naming the allowed ones (issue 11 finding 9).
    const put = await t.app.inject({ method: 'PUT', url: '/v1/me' });
    expectProblem(put, 405, 'method_not_allowed');
    expect(String(put.headers.allow).split(', ')).toEqual(expect.arrayContaining(['GET', 'PATCH']));
  });

  it('malformed JSON → 400', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email": "a@b.c",' });
    const body = expectProblem(res, 400, 'validation_failed');
    expect(body.detail).toMatch(/not valid JSON/);
    expect(res.body).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('a prototype-pollution body → 400, not processed', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"__proto__": {"admin": true}, "email": "a@b.c", "password": "x"}' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('wrong content type → 415 unsupported_media_type', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'email=a@b.c&password=x' });
    expectProblem(res, 415, 'unsupported_media_type');
    const form = await t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: { ...admin.auth, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'storeName=x' });
    expectProblem(form, 415, 'unsupported_media_type');
  });

  it('a body over 1 MiB → 413 payload_too_large', async () => {
    const payload = JSON.stringify({ email: 'a@b.c', password: 'x', name: 'y'.repeat(1024 * 1024) });
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/register', headers: { 'content-type': 'application/json' }, payload });
    expectProblem(res, 413, 'payload_too_large');
  });

  it('unknown body fields → 400 validation_failed naming each path', async () => {
    const res = await t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload: { storeName: 'ok', colour: 'red' } });
    const body = expectProblem(res, 400, 'validation_failed');
    expect(body.errors).toEqual([{ path: 'colour', message: 'is not a known field' }]);
  });

  it('schema failures name the path: missing, wrong type, nested', async () => {
    const missing = expectProblem(await t.app.inject({ method: 'POST', url: '/v1/auth/register', payload: { email: 'a@example.com', name: 'A' } }), 400, 'validation_failed');
    expect(missing.errors).toEqual([{ path: 'password', message: 'is required' }]);
    const wrongType = expectProblem(await t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload: { shippingFee: '500' } }), 400, 'validation_failed');
    expect(wrongType.errors[0].path).toBe('shippingFee');
    const nested = expectProblem(await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: admin.auth, payload: { name: 'k', scopes: ['catalog:read', 'root'] } }), 400, 'validation_failed');
    expect(nested.errors[0].path).toMatch(/^scopes\/1/);
  });

  it('query strings: limit > 100 → 400, limit 0 → 400, unknown parameter → 400', async () => {
    for (const url of ['/v1/admin/users?limit=101', '/v1/admin/audit-logs?limit=101', '/v1/admin/users?limit=0', '/v1/admin/users?limit=abc']) {
      const body = expectProblem(await t.app.inject({ method: 'GET', url, headers: admin.auth }), 400, 'validation_failed');
      expect(body.errors[0].path).toBe('querystring/limit');
    }
    expectProblem(await t.app.inject({ method: 'GET', url: '/v1/admin/users?sort=evil', headers: admin.auth }), 400, 'validation_failed');
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/users?limit=100', headers: admin.auth })).statusCode).toBe(200);
  });

  it('path params that are not ids → 400 or 404, never 500', async () => {
    for (const id of ['%00', 'x'.repeat(65), "1'%20or%201=1", '..%2F..%2Fetc']) {
      const res = await t.app.inject({ method: 'GET', url: `/v1/admin/users/${id}`, headers: admin.auth });
      expect([400, 404]).toContain(res.statusCode);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expectProblem(await t.app.inject({ method: 'GET', url: '/v1/admin/users/not-a-uuid', headers: admin.auth }), 404, 'not_found');
    // Refused by the router itself, before any hook: still problem+json with a request id.
    expectProblem(await t.app.inject({ method: 'PATCH', url: `/v1/admin/users/${'x'.repeat(300)}`, headers: admin.auth, payload: { role: 'staff' } }), 400, 'validation_failed');
    expectProblem(await t.app.inject({ method: 'PATCH', url: '/v1/admin/users/%E0%A4%A', headers: admin.auth, payload: { role: 'staff' } }), 400, 'validation_failed');
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('health, docs, metrics', () => {
  it('GET /healthz → 200 {status: ok}', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz → 200 with database and cache checks', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', checks: { database: 'ok', cache: 'ok' } });
  });

  it('GET /openapi.json describes every route of the API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries<Record<string, unknown>>(doc.paths)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    for (const r of ISSUE2_ROUTES.filter((r) => r.url !== '/openapi.json')) {
      expect(documented, `${r.method} ${r.url}`).toContain(`${r.method} ${r.url}`);
    }
    const login = doc.paths['/v1/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.properties).toHaveProperty('email');
    expect(login.responses).toHaveProperty('200');
    expect(doc.paths['/v1/admin/users'].get.security).toEqual([{ bearer: [] }]);
    expect(doc.components.securitySchemes).toHaveProperty('bearer');
    expect(doc.components.securitySchemes).toHaveProperty('apiKey');
  });

  it('GET /docs serves the interactive reference', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs' });
    const page = res.statusCode === 302 ? await t.app.inject({ method: 'GET', url: res.headers.location as string }) : res;
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toMatch(/swagger/i);
  });

  it('GET /metrics has the request-duration histogram by route and status', async () => {
    await t.app.inject({ method: 'GET', url: '/v1/me', headers: admin.auth });
    await t.app.inject({ method: 'GET', url: '/v1/me' });
    await t.app.inject({ method: 'GET', url: '/v1/admin/users/0190', headers: admin.auth });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('# TYPE http_request_duration_seconds histogram');
    expect(res.body).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/v1\/me",status_code="200"\} [1-9]/);
    expect(res.body).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/v1\/me",status_code="401"\} [1-9]/);
    // Routes are labelled by pattern, not by the concrete URL (bounded cardinality).
    expect(res.body).toMatch(/route="\/v1\/admin\/users\/:id",status_code="404"/);
    expect(res.body).not.toContain('/v1/admin/users/0190');
    expect(res.body).toMatch(/http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/healthz"|route="\/v1\/me"/);
  });
});
