import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type TestApp, type TestUser } from '../helpers/app';
import { ISSUE2_ROUTES, type RouteSpec, withId } from './issue2-routes';

/**
 * Throws malformed bodies, query strings, path params and headers at every route of issue 2.
 * Every answer must be a documented 2xx or a 4xx problem+json; never a 5xx.
 */
let t: TestApp;
let admin: TestUser;
let customer: TestUser;
let addressId: string;
let apiKey: string;

beforeAll(async () => {
  ({ t, users: [admin, customer] } = await appWith('admin', 'customer'));
  const a = await t.app.inject({ method: 'POST', url: '/v1/me/addresses', headers: customer.auth, payload: { name: 'A', postalCode: '100-0001', prefecture: 'Tokyo', city: 'Chiyoda', line1: '1', phone: '0312345678' } });
  addressId = a.json().id;
  apiKey = (await t.app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: admin.auth, payload: { name: 'fuzz', scopes: ['orders:read'] } })).json().key;
});
afterAll(() => t?.dispose());

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 });
const anyText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), printable);

// Values that tend to break things: huge, negative, fractional, wrong types, nested, special strings.
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, -1, 0, 1.5, 1e308, -0, '', ' ', '0', 'null', '__proto__', "'; drop table identity.users; --", '\u0000', 'a'.repeat(300), [], {}, { $ne: null }),
  fc.integer(),
  anyText,
);

function bodyFor(route: RouteSpec) {
  const valid = route.body ?? {};
  const mutated = fc
    .dictionary(fc.constantFrom(...Object.keys(valid), 'role', 'isActive', 'id', 'extra', '__proto__', 'constructor'), nasty, { maxKeys: 4 })
    .map((changes) => ({ ...valid, ...changes }));
  return fc.oneof(
    fc.record({ kind: fc.constant('json' as const), value: fc.oneof(mutated, fc.jsonValue({ maxDepth: 4 }), fc.constant(valid)) }),
    fc.record({ kind: fc.constant('raw' as const), value: fc.oneof(anyText, fc.constantFrom('{', '{"a":', '[1,2', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', 'null', '"str"', '1e999999')) }),
    fc.constant({ kind: 'none' as const, value: undefined }),
  );
}

const query = fc.dictionary(
  fc.oneof(fc.constantFrom('limit', 'cursor', 'role', 'q', 'entityType', 'entityId', 'actorId'), printable),
  fc.oneof(anyText, fc.integer().map(String), fc.constantFrom('101', '-1', '0', '1e3', '20.5', 'admin', '%', 'eyJ4IjoxfQ')),
  { maxKeys: 4 },
);

const pathId = fc.oneof(fc.uuid(), anyText.filter((s) => s.length > 0), fc.constantFrom('..', '%2e%2e', '0', '00000000-0000-0000-0000-000000000000', 'x'.repeat(300)));

const auth = fc.oneof(
  fc.constant('none'),
  fc.constant('admin'),
  fc.constant('customer'),
  fc.constant('apikey'),
  printable.map((s) => `bearer:${s}`),
  printable.map((s) => `key:${s}`),
);

const headers = fc.record(
  {
    'content-type': fc.oneof(fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', ''), printable),
    'x-request-id': printable,
    'if-match': printable,
    accept: fc.constantFrom('*/*', 'text/html', 'application/xml', 'application/problem+json'),
    'x-forwarded-for': printable,
    'accept-encoding': fc.constantFrom('gzip', 'br', 'identity', 'x'),
  },
  { requiredKeys: [] },
);

function authHeaders(kind: string): Record<string, string> {
  if (kind === 'admin') return admin.auth;
  if (kind === 'customer') return customer.auth;
  if (kind === 'apikey') return { 'x-api-key': apiKey };
  if (kind.startsWith('bearer:')) return { authorization: `Bearer ${kind.slice(7)}` };
  if (kind.startsWith('key:')) return { 'x-api-key': kind.slice(4) };
  return {};
}

async function send(route: RouteSpec, input: { id: string; q: Record<string, string>; body: { kind: string; value: unknown }; auth: string; headers: Record<string, string> }) {
  const params = new URLSearchParams(input.q).toString();
  const id = route.url.includes(':id') ? (input.id === '<own>' ? addressId : input.id) : '';
  const url = `${withId(route.url, id)}${params ? `?${params}` : ''}`;
  const h: Record<string, string> = { ...input.headers, ...authHeaders(input.auth) };
  let payload: string | undefined;
  if (input.body.kind === 'json') {
    payload = JSON.stringify(input.body.value);
    h['content-type'] ??= 'application/json';
  } else if (input.body.kind === 'raw') payload = String(input.body.value);
  if (h['content-type'] === '') delete h['content-type'];
  return t.app.inject({ method: route.method, url, headers: h, ...(payload !== undefined && route.method !== 'GET' ? { payload } : {}) });
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

describe('fuzz: every issue-2 route answers 2xx or 4xx problem+json, never 5xx', () => {
  it.each(ISSUE2_ROUTES.map((r) => [`${r.method} ${r.url}`, r] as const))('%s', async (_label, route) => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ id: fc.oneof(pathId, fc.constant('<own>')), q: query, body: bodyFor(route), auth, headers }),
        async (input) => {
          const res = await send(route, input);
          const where = `${route.method} ${route.url} → ${res.statusCode} ${res.body.slice(0, 300)}`;
          expect(res.statusCode, where).toBeLessThan(500);
          expect(res.headers['x-request-id'], where).toBeTruthy();
          if (res.statusCode >= 400) {
            expect(res.headers['content-type'], where).toMatch(/^application\/problem\+json/);
            const body = res.json();
            expect(body.status, where).toBe(res.statusCode);
            expect(typeof body.code, where).toBe('string');
            expect(res.body, where).not.toMatch(/\bat \S+:\d+:\d+|node_modules|select |insert into/i);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('unknown paths and methods are 404/405-style problems', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'), fc.array(anyText, { maxLength: 4 }), async (method, segments) => {
        const url = `/v1/${segments.map((s) => encodeURIComponent(s)).join('/')}`;
        const res = await t.app.inject({ method: method as 'GET', url, headers: admin.auth });
        expect(res.statusCode, `${method} ${url}`).toBeLessThan(500);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('the server is still healthy afterwards', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json().checks.database).toBe('ok');
    // A fresh sign-in: the fuzzed POST /v1/auth/logout with the admin's bearer token ends that session.
    const fresh = await t.login('admin');
    expect((await t.app.inject({ method: 'GET', url: '/v1/me', headers: fresh.auth })).statusCode).toBe(200);
    const verify = await t.app.inject({ method: 'GET', url: '/v1/admin/audit-logs/verify', headers: fresh.auth });
    expect(verify.json().ok).toBe(true);
  });
});
