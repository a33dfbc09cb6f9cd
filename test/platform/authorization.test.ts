import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../helpers/app';
import { ISSUE2_ROUTES, type RouteSpec, withId } from './issue2-routes';

let t: TestApp, apiKey: string;
let customer: TestUser, staff: TestUser, admin: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  [customer, staff, admin] = [await t.login('customer'), await t.login('staff'), await t.login('admin')];
  const key = await t.app.inject({
    method: 'POST',
    url: '/v1/admin/api-keys',
    headers: admin.auth,
    payload: { name: 'all scopes', scopes: ['catalog:read', 'catalog:write', 'inventory:read', 'inventory:write', 'orders:read', 'orders:write', 'webhooks:write'] },
  });
  expect(key.statusCode).toBe(201);
  apiKey = key.json().key;
});
afterAll(() => t?.dispose());

// A well-formed id that matches nothing: authorization is decided before the lookup.
const MISSING = '01900000-0000-7000-8000-000000000000';

function call(route: RouteSpec, headers: Record<string, string>) {
  return t.app.inject({
    method: route.method,
    url: withId(route.url, MISSING),
    headers,
    ...(route.body ? { payload: route.body } : {}),
  });
}

function expectProblem(res: Awaited<ReturnType<typeof call>>, status: number, code: string) {
  expect(res.statusCode, `${res.statusCode} ${res.body}`).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json()).toMatchObject({ status, code, type: expect.stringContaining('https://inventra.dev/problems/') });
}

const protectedRoutes = ISSUE2_ROUTES.filter((r) => r.access !== 'public');
const label = (r: RouteSpec) => `${r.method} ${r.url}`;

describe('every protected route of issue 2', () => {
  it.each(protectedRoutes.map((r) => [label(r), r] as const))('%s: no token → 401 unauthorized', async (_l, route) => {
    expectProblem(await call(route, {}), 401, 'unauthorized');
  });

  it.each(protectedRoutes.map((r) => [label(r), r] as const))('%s: a forged or malformed token → 401', async (_l, route) => {
    expectProblem(await call(route, { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' }), 401, 'unauthorized');
    expectProblem(await call(route, { authorization: 'Basic YWRtaW46YWRtaW4=' }), 401, 'unauthorized');
    expectProblem(await call(route, { 'x-api-key': 'ik_AAAAAAAA_not-a-real-key-at-all-000000' }), 401, 'unauthorized');
  });

  const adminOnly = protectedRoutes.filter((r) => r.access === 'admin');
  const staffOnly = protectedRoutes.filter((r) => r.access === 'staff');

  it.each(adminOnly.map((r) => [label(r), r] as const))('%s: customer and staff → 403 forbidden', async (_l, route) => {
    expectProblem(await call(route, customer.auth), 403, 'forbidden');
    expectProblem(await call(route, staff.auth), 403, 'forbidden');
  });

  it.each(staffOnly.map((r) => [label(r), r] as const))('%s: customer → 403, staff and admin allowed', async (_l, route) => {
    expectProblem(await call(route, customer.auth), 403, 'forbidden');
    expect((await call(route, staff.auth)).statusCode).toBe(200);
    expect((await call(route, admin.auth)).statusCode).toBe(200);
  });

  it.each(protectedRoutes.map((r) => [label(r), r] as const))('%s: an API key (even with every scope) → 403', async (_l, route) => {
    expectProblem(await call(route, { 'x-api-key': apiKey }), 403, 'forbidden');
  });

  it.each(protectedRoutes.filter((r) => r.access === 'signedIn').map((r) => [label(r), r] as const))(
    '%s: any signed-in role passes authorization',
    async (_l, route) => {
      for (const user of [customer, staff, admin]) {
        const res = await call(route, user.auth);
        expect([200, 201, 204, 404]).toContain(res.statusCode);
      }
    },
  );
});

describe('deactivation', () => {
  it("blocks a deactivated user's access token at once, on every protected route", async () => {
    const victim = await t.login('staff');
    expect((await t.app.inject({ method: 'GET', url: '/v1/me', headers: victim.auth })).statusCode).toBe(200);
    const off = await t.app.inject({ method: 'PATCH', url: `/v1/admin/users/${victim.id}`, headers: admin.auth, payload: { isActive: false } });
    expect(off.statusCode).toBe(200);
    for (const route of protectedRoutes) expectProblem(await call(route, victim.auth), 401, 'unauthorized');
  });
});
