import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { type Receiver, startReceiver, waitFor } from '../../../test/events/receiver';
import { uuidv7 } from 'uuidv7';
import { recordEvent } from '../../platform/events/outbox';
import { createNonceTable } from './nonces';
import { verifyWebhook } from './signing';

let t: TestApp;
let admin: TestUser;
const receivers: Receiver[] = [];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  t.services.webhooks.setSchedule([50, 50, 50, 50, 50, 50, 50]);
});
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await t?.dispose();
});

const receiver = async (port = 0) => {
  const r = await startReceiver(port);
  receivers.push(r);
  return r;
};

const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers = admin.auth) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

const createHook = async (url: string, events: string[]) => {
  const res = await api('POST', '/v1/admin/webhooks', { url, events });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; secret: string; url: string; events: string[]; enabled: boolean };
};

let seq = 0;
const emit = async (type: string, data: Record<string, unknown> = {}) => {
  const e = await t.platform.db.transaction().execute((tx) => recordEvent(tx, { type, aggregateType: 'test', aggregateId: `agg-${seq++}`, data }));
  await t.relay!.drain();
  return e;
};

const deliveries = async (hookId: string) => (await api('GET', `/v1/admin/webhooks/${hookId}/deliveries?limit=100`)).json().items as any[];
/** The hook's deliveries, once its newest one has failed. */
const failedDeliveries = (hookId: string, what: string) =>
  waitFor(async () => {
    const items = await deliveries(hookId);
    return items[0]?.status === 'failed' ? items : null;
  }, what);

afterEach(async () => {
  // endpoints of one test must not receive the next test's events
  const list = (await api('GET', '/v1/admin/webhooks?limit=100')).json().items as { id: string }[];
  for (const h of list) await api('DELETE', `/v1/admin/webhooks/${h.id}`);
});

describe('webhook endpoints (admin API)', () => {
  it('creates an endpoint with a whsec_ secret shown once, and audits it', async () => {
    const r = await receiver();
    const hook = await createHook(r.url, ['order.*', 'product.published']);
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(hook.secret.slice(6), 'base64').length).toBe(24);
    const got = await api('GET', `/v1/admin/webhooks/${hook.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({ id: hook.id, url: r.url, events: ['order.*', 'product.published'], enabled: true });
    expect(got.json()).not.toHaveProperty('secret');
    const list = await api('GET', '/v1/admin/webhooks');
    expect(list.json().items.map((h: any) => h.id)).toContain(hook.id);
    const audit = await api('GET', `/v1/admin/audit-logs?entityType=webhook&entityId=${hook.id}`);
    expect(audit.json().items[0]).toMatchObject({ action: 'webhook.created' });
    expect(JSON.stringify(audit.json().items[0].changes)).not.toContain(hook.secret);
  });

  it('validates the body: event patterns, unknown fields, empty patch', async () => {
    const r = await receiver();
    for (const body of [
      { url: r.url, events: [] },
      { url: r.url, events: ['Order.Created'] },
      { url: r.url, events: ['order.*.x'] },
      { url: r.url, events: ['order.*'], secret: 'mine' },
      { url: 'not a url', events: ['*'] },
      { url: 'ftp://example.com/x', events: ['*'] },
    ]) {
      const res = await api('POST', '/v1/admin/webhooks', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    const hook = await createHook(r.url, ['*']);
    expect((await api('PATCH', `/v1/admin/webhooks/${hook.id}`, {})).statusCode).toBe(400);
    const patched = await api('PATCH', `/v1/admin/webhooks/${hook.id}`, { events: ['settings.*'], description: 'ops' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ events: ['settings.*'], description: 'ops' });
  });

  it('answers 404 for unknown endpoints and deliveries', async () => {
    const missing = '01900000-0000-7000-8000-000000000000';
    expect((await api('GET', `/v1/admin/webhooks/${missing}`)).statusCode).toBe(404);
    expect((await api('GET', '/v1/admin/webhooks/nope')).statusCode).toBe(404);
    expect((await api('PATCH', `/v1/admin/webhooks/${missing}`, { enabled: false })).statusCode).toBe(404);
    expect((await api('DELETE', `/v1/admin/webhooks/${missing}`)).statusCode).toBe(404);
    expect((await api('GET', `/v1/admin/webhooks/${missing}/deliveries`)).statusCode).toBe(404);
    expect((await api('POST', `/v1/admin/webhooks/${missing}/test`)).statusCode).toBe(404);
    const r = await receiver();
    const hook = await createHook(r.url, ['*']);
    expect((await api('GET', `/v1/admin/webhooks/${hook.id}/deliveries/${missing}`)).statusCode).toBe(404);
    expect((await api('POST', `/v1/admin/webhooks/${hook.id}/deliveries/${missing}/retry`)).statusCode).toBe(404);
  });

  it('needs an admin or an API key with webhooks:write on every route', async () => {
    const r = await receiver();
    const hook = await createHook(r.url, ['*']);
    const d = '01900000-0000-7000-8000-000000000000';
    const routes: [string, string, unknown?][] = [
      ['POST', '/v1/admin/webhooks', { url: r.url, events: ['*'] }],
      ['GET', '/v1/admin/webhooks'],
      ['GET', `/v1/admin/webhooks/${hook.id}`],
      ['PATCH', `/v1/admin/webhooks/${hook.id}`, { enabled: true }],
      ['DELETE', `/v1/admin/webhooks/${hook.id}`],
      ['GET', `/v1/admin/webhooks/${hook.id}/deliveries`],
      ['GET', `/v1/admin/webhooks/${hook.id}/deliveries/${d}`],
      ['POST', `/v1/admin/webhooks/${hook.id}/deliveries/${d}/retry`],
      ['POST', `/v1/admin/webhooks/${hook.id}/test`],
    ];
    const staff = await t.login('staff');
    const customer = await t.login('customer');
    const readKey = (await api('POST', '/v1/admin/api-keys', { name: 'reader', scopes: ['orders:read'] })).json().key;
    const hookKey = (await api('POST', '/v1/admin/api-keys', { name: 'hooks', scopes: ['webhooks:write'] })).json().key;
    for (const [method, url, body] of routes) {
      const call = (headers: Record<string, string>) => t.app.inject({ method: method as any, url, headers, ...(body ? { payload: body as object } : {}) });
      expect((await call({})).statusCode, `${method} ${url} anonymous`).toBe(401);
      expect((await call(customer.auth)).statusCode, `${method} ${url} customer`).toBe(403);
      expect((await call(staff.auth)).statusCode, `${method} ${url} staff`).toBe(403);
      expect((await call({ 'x-api-key': readKey })).statusCode, `${method} ${url} orders:read key`).toBe(403);
    }
    const viaKey = await t.app.inject({ method: 'POST', url: '/v1/admin/webhooks', headers: { 'x-api-key': hookKey }, payload: { url: r.url, events: ['*'] } });
    expect(viaKey.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: `/v1/admin/webhooks/${viaKey.json().id}/deliveries`, headers: { 'x-api-key': hookKey } })).statusCode).toBe(200);
  });
});

describe('delivery', () => {
  it('POSTs the event signed per Standard Webhooks, to matching endpoints only', async () => {
    const r = await receiver();
    const other = await receiver();
    const hook = await createHook(r.url, ['settings.*']);
    await createHook(other.url, ['order.*']);
    const res = await api('PATCH', '/v1/admin/settings', { storeName: 'Signed Store' });
    expect(res.statusCode).toBe(200);
    await t.relay!.drain();
    const got = await waitFor(() => r.received[0], 'the delivery');
    const body = JSON.parse(got.body);
    expect(body).toMatchObject({ type: 'settings.updated', data: { changed: ['storeName'] } });
    expect(Object.keys(body).sort()).toEqual(['aggregateId', 'aggregateType', 'createdAt', 'data', 'id', 'sequence', 'type']);
    expect(got.headers['webhook-id']).toBe(body.id);
    expect(got.headers['content-type']).toBe('application/json');
    // the Standard Webhooks algorithm, computed independently
    const ts = got.headers['webhook-timestamp'] as string;
    const expected = createHmac('sha256', Buffer.from(hook.secret.slice('whsec_'.length), 'base64')).update(`${body.id}.${ts}.${got.body}`).digest('base64');
    expect(got.headers['webhook-signature']).toBe(`v1,${expected}`);
    expect(verifyWebhook(hook.secret, got.headers, got.body)).toBe(true);
    expect(verifyWebhook(hook.secret, got.headers, got.body.replace('storeName', 'currency'))).toBe(false);
    const log = await waitFor(async () => ((await deliveries(hook.id))[0]?.status === 'succeeded' ? deliveries(hook.id) : null), 'the log');
    expect(log[0]).toMatchObject({ eventId: body.id, eventType: 'settings.updated', status: 'succeeded', attempts: 1, lastStatusCode: 200, lastError: null, nextAttemptAt: null });
    expect(other.received).toHaveLength(0);
  });

  it('delivers each event once per endpoint even when the relay hands it out again', async () => {
    const r = await receiver();
    const hook = await createHook(r.url, ['dup.*']);
    const e = await emit('dup.test');
    // a relay crash after fan-out but before marking the event published: it is handed out again
    await t.platform.db.updateTable('events.outbox').set({ published_at: null }).where('id', '=', e.id).execute();
    await t.relay!.drain();
    await waitFor(() => r.received.length >= 1, 'the delivery');
    const log = await deliveries(hook.id);
    expect(log).toHaveLength(1);
  });

  it('retries a 500ing receiver and logs every attempt', async () => {
    const r = await receiver();
    r.respond((n) => (n < 2 ? 500 : 200));
    const hook = await createHook(r.url, ['retry.*']);
    const e = await emit('retry.me');
    const [d] = await waitFor(async () => {
      const items = await deliveries(hook.id);
      return items[0]?.status === 'succeeded' ? items : null;
    }, 'the third attempt to succeed');
    expect(d).toMatchObject({ eventId: e.id, attempts: 3, status: 'succeeded', lastStatusCode: 200 });
    const detail = (await api('GET', `/v1/admin/webhooks/${hook.id}/deliveries/${d.id}`)).json();
    expect(detail.attemptLog.map((a: any) => [a.attempt, a.statusCode, a.succeeded])).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 200, true],
    ]);
    expect(detail.attemptLog[0].error).toBe('HTTP 500');
    expect(r.received.every((x) => x.headers['webhook-id'] === e.id)).toBe(true);
  });

  it('marks a delivery failed after the schedule, then a manual retry delivers it', async () => {
    const r = await receiver();
    r.respond(() => 503);
    t.services.webhooks.setSchedule([50, 50]);
    try {
      const hook = await createHook(r.url, ['fail.*']);
      await emit('fail.me');
      const [d] = await failedDeliveries(hook.id, 'the delivery to fail');
      expect(d).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: 503, nextAttemptAt: null });
      r.respond(() => 204);
      const retry = await api('POST', `/v1/admin/webhooks/${hook.id}/deliveries/${d.id}/retry`);
      expect(retry.statusCode).toBe(202);
      expect(retry.json().status).toBe('pending');
      await waitFor(async () => (await deliveries(hook.id))[0].status === 'succeeded', 'the manual retry');
      const again = await api('POST', `/v1/admin/webhooks/${hook.id}/deliveries/${d.id}/retry`);
      expect(again.statusCode).toBe(409);
      const audit = (await api('GET', `/v1/admin/audit-logs?entityType=webhook_delivery&entityId=${d.id}`)).json();
      expect(audit.items[0].action).toBe('webhook.delivery_retried');
    } finally {
      t.services.webhooks.setSchedule([50, 50, 50, 50, 50, 50, 50]);
    }
  });

  it('does not follow redirects: a 3xx (even to loopback) is a failure and the target is never called', async () => {
    const target = await receiver();
    const r = await receiver();
    r.respond(() => ({ status: 302, headers: { location: target.url } }));
    t.services.webhooks.setSchedule([]);
    try {
      const hook = await createHook(r.url, ['redirect.*']);
      await emit('redirect.me');
      const [d] = await failedDeliveries(hook.id, 'the failed delivery');
      expect(d.lastStatusCode).toBe(302);
      expect(d.lastError).toContain('not followed');
      expect(target.received).toHaveLength(0);
    } finally {
      t.services.webhooks.setSchedule([50, 50, 50, 50, 50, 50, 50]);
    }
  });

  it('disables the endpoint on 410 Gone; enabling it again sends what waited', async () => {
    const r = await receiver();
    r.respond(() => 410);
    const hook = await createHook(r.url, ['gone.*']);
    await emit('gone.first');
    await waitFor(async () => !(await api('GET', `/v1/admin/webhooks/${hook.id}`)).json().enabled, 'the endpoint to be disabled');
    const ep = (await api('GET', `/v1/admin/webhooks/${hook.id}`)).json();
    expect(ep.disabledReason).toContain('410');
    expect((await deliveries(hook.id))[0]).toMatchObject({ status: 'failed', lastStatusCode: 410 });
    // events while disabled are not fanned out to it
    await emit('gone.second');
    expect(await deliveries(hook.id)).toHaveLength(1);
    r.respond(() => 200);
    const on = await api('PATCH', `/v1/admin/webhooks/${hook.id}`, { enabled: true });
    expect(on.json()).toMatchObject({ enabled: true, disabledReason: null });
    await emit('gone.third');
    await waitFor(() => r.received.some((x) => JSON.parse(x.body).type === 'gone.third'), 'delivery after re-enabling');
  });

  it('a receiver that is down for a while gets every event once it is back', async () => {
    const probe = await startReceiver();
    const port = probe.port;
    await probe.close();
    const hook = await createHook(`http://127.0.0.1:${port}/hook`, ['down.*']);
    t.services.webhooks.setSchedule([100, 100, 100, 100, 100, 100, 100]);
    try {
      // One relay batch: the five first attempts fail together, before any retry could open the
      // endpoint's circuit (5 failures) while a later event still waits for its first attempt.
      const ids = await t.platform.db.transaction().execute(async (tx) => {
        const out: string[] = [];
        for (let i = 0; i < 5; i++) out.push((await recordEvent(tx, { type: `down.e${i}`, aggregateType: 'test', aggregateId: `agg-${seq++}`, data: {} })).id);
        return out;
      });
      await t.relay!.drain();
      await waitFor(async () => (await deliveries(hook.id)).filter((d) => d.attempts >= 1).length === 5, 'first attempts to fail');
      const failing = await deliveries(hook.id);
      expect(failing.every((d) => d.status === 'pending' && d.lastError && d.lastStatusCode === null)).toBe(true);
      // back up, on the same port
      const r = await receiver(port);
      // the circuit may be open after 5 failures: wait it out through the API's retry, like an operator would
      for (const d of failing) await api('POST', `/v1/admin/webhooks/${hook.id}/deliveries/${d.id}/retry`);
      await waitFor(() => new Set(r.received.map((x) => x.headers['webhook-id'])).size === 5, 'every event to arrive');
      expect(new Set(r.received.map((x) => x.headers['webhook-id']))).toEqual(new Set(ids));
    } finally {
      t.services.webhooks.setSchedule([50, 50, 50, 50, 50, 50, 50]);
    }
  });

  it('sends a test event on demand and logs the attempt', async () => {
    const r = await receiver();
    const hook = await createHook(r.url, ['order.*']);
    const res = await api('POST', `/v1/admin/webhooks/${hook.id}/test`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ eventType: 'webhook.test', status: 'succeeded', attempts: 1, attemptLog: [{ attempt: 1, statusCode: 200, succeeded: true }] });
    expect(JSON.parse(r.received[0].body)).toMatchObject({ type: 'webhook.test', data: { endpointId: hook.id } });
    expect(verifyWebhook(hook.secret, r.received[0].headers, r.received[0].body)).toBe(true);
    r.respond(() => 500);
    const failed = await api('POST', `/v1/admin/webhooks/${hook.id}/test`);
    expect(failed.json()).toMatchObject({ status: 'failed', lastStatusCode: 500 });
  });

  it('re-queues deliveries whose worker died (sweeper)', async () => {
    const r = await receiver();
    const hook = await createHook(r.url, ['sweep.*']);
    // a delivery row without a job, as if the worker holding it was killed
    const e = { id: uuidv7(), createdAt: new Date().toISOString() };
    await t.platform.db.insertInto('webhooks.deliveries').values({
      id: '01900000-0000-7000-8000-0000000000aa',
      endpoint_id: hook.id,
      event_id: e.id,
      event_type: 'sweep.me',
      payload: JSON.stringify({ id: e.id, type: 'sweep.me', createdAt: e.createdAt, data: {} }),
      next_attempt_at: new Date(Date.now() - 120_000),
      lease_until: new Date(Date.now() - 60_000),
    }).execute();
    expect(await t.services.webhooks.sweep()).toBeGreaterThanOrEqual(1);
    await waitFor(() => r.received.some((x) => x.headers['webhook-id'] === e.id), 'the swept delivery');
  });
});

describe('the incoming nonce table (signed requests without Redis)', () => {
  it('accepts a nonce once per scope while it lives, and again once it expired', async () => {
    const table = createNonceTable(t.platform.db, () => t.clock.now());
    expect(await table.remember('pms', 'nonce-table-1', 60)).toBe(true);
    expect(await table.remember('pms', 'nonce-table-1', 60)).toBe(false);
    expect(await table.remember('konbini', 'nonce-table-1', 60)).toBe(true);
    t.clock.advance(61_000);
    try {
      expect(await table.remember('pms', 'nonce-table-1', 60)).toBe(true);
      expect(await table.remember('pms', 'nonce-table-1', 60)).toBe(false);
    } finally {
      t.clock.advance(-61_000);
    }
  });
});
