import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { signedHeaders } from '../../platform/http/signed-requests';

/** Whatever arrives, payments and delivery routes answer 2xx or a 4xx problem, never a 5xx. */
let t: TestApp;
let staff: TestUser;
let customer: TestUser;
let admin: TestUser;
const SECRET = 'fuzz-secret';

beforeAll(async () => {
  t = await createTestApp({ KONBINI_WEBHOOK_SECRET: SECRET });
  [admin, staff, customer] = await Promise.all([t.login('admin'), t.login('staff'), t.login('customer')]);
});
afterAll(() => t?.dispose());

const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2025-02-30', '9999-99-99', '25:00', '00:00', '-1', '100-0001', '00000000-0000-0000-0000-000000000000', 'Polygon'),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxLength: 4 }),
);
const body = fc.dictionary(fc.constantFrom('name', 'postalCodePrefixes', 'fee', 'sameDay', 'sameDayCutoff', 'area', 'zoneId', 'date', 'startTime', 'endTime', 'capacity', 'carrier', 'trackingNumber', 'status', 'note', 'delta', 'orderId', 'paymentNumber', 'amount'), junk, { maxKeys: 6 });
const segment = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), fc.constantFrom('00000000-0000-0000-0000-000000000000', '0190a0a0-0000-7000-8000-000000000000'));
const query = fc.dictionary(fc.constantFrom('postalCode', 'zoneId', 'date', 'from', 'to', 'limit', 'cursor'), fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('2025-02-30', '2031-01-01', '150-0001', 'W1siMjAyNS0wMS0wMSIsIjA5OjAwIiwieCJdXQ', '0', '101')), { maxKeys: 4 });

const routes: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: (id: string) => string; who: () => TestUser }[] = [
  { method: 'POST', path: () => '/v1/admin/delivery/zones', who: () => staff },
  { method: 'GET', path: () => '/v1/admin/delivery/zones', who: () => staff },
  { method: 'GET', path: (id) => `/v1/admin/delivery/zones/${id}`, who: () => staff },
  { method: 'PATCH', path: (id) => `/v1/admin/delivery/zones/${id}`, who: () => staff },
  { method: 'DELETE', path: (id) => `/v1/admin/delivery/zones/${id}`, who: () => staff },
  { method: 'POST', path: () => '/v1/admin/delivery/slots', who: () => staff },
  { method: 'GET', path: () => '/v1/admin/delivery/slots', who: () => staff },
  { method: 'PATCH', path: (id) => `/v1/admin/delivery/slots/${id}`, who: () => staff },
  { method: 'GET', path: () => '/v1/store/delivery/slots', who: () => customer },
  { method: 'POST', path: (id) => `/v1/admin/orders/${id}/shipments`, who: () => staff },
  { method: 'POST', path: (id) => `/v1/admin/shipments/${id}/events`, who: () => staff },
  { method: 'GET', path: (id) => `/v1/store/orders/${id}/tracking`, who: () => customer },
  { method: 'GET', path: () => '/v1/me/points', who: () => customer },
  { method: 'POST', path: (id) => `/v1/admin/points/${id}/adjustments`, who: () => admin },
  { method: 'GET', path: (id) => `/v1/admin/orders/${id}/payment`, who: () => staff },
];

describe('fuzz: payments and delivery routes never answer 5xx', () => {
  for (const r of routes) {
    it(`${r.method} ${r.path(':id')}`, async () => {
      await fc.assert(
        fc.asyncProperty(segment, query, body, async (id, q, payload) => {
          const res = await t.app.inject({ method: r.method, url: r.path(id), query: q as Record<string, string>, headers: r.who().auth, ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload }) });
          expect(res.statusCode, `${r.method} ${r.path(id)} ${JSON.stringify(q)} ${JSON.stringify(payload)} → ${res.body}`).toBeLessThan(500);
          if (res.statusCode >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
        }),
        { numRuns: 40 },
      );
    });
  }

  it('POST /v1/payments/konbini/notify with signed junk', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(body.map((b) => JSON.stringify(b)), fc.string({ maxLength: 60 })), async (raw) => {
        const headers = signedHeaders(SECRET, raw, { timestamp: Math.floor(t.clock.now().getTime() / 1000) });
        const res = await t.app.inject({ method: 'POST', url: '/v1/payments/konbini/notify', headers: { 'content-type': 'application/json', ...headers }, payload: raw });
        expect(res.statusCode, `${raw} → ${res.body}`).toBeLessThan(500);
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: 60 },
    );
  });
});
