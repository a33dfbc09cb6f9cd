import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { type Receiver, type Received, startReceiver, waitFor } from '../../../test/events/receiver';
import { recordEvent } from '../../platform/events/outbox';

/**
 * Ordering, isolation and the disabled-endpoint choice of the per-endpoint delivery queues, end to
 * end: events recorded in transactions, relayed, fanned out and POSTed to local receivers.
 */
let t: TestApp;
let admin: TestUser;
const receivers: Receiver[] = [];
const releases: (() => void)[] = [];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  t.services.webhooks.setSchedule([50, 50, 50, 50, 50, 50, 50]);
});
afterAll(async () => {
  for (const release of releases) release();
  await Promise.all(receivers.map((r) => r.close()));
  await t?.dispose();
});
afterEach(async () => {
  const list = (await api('GET', '/v1/admin/webhooks?limit=100')).json().items as { id: string }[];
  for (const h of list) await api('DELETE', `/v1/admin/webhooks/${h.id}`);
});

const receiver = async () => {
  const r = await startReceiver();
  receivers.push(r);
  return r;
};

const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: admin.auth, ...(payload === undefined ? {} : { payload: payload as object }) });

const createHook = async (url: string, events: string[], extra: Record<string, unknown> = {}) => {
  const res = await api('POST', '/v1/admin/webhooks', { url, events, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; whileDisabled: string };
};

let run = 0;
const emit = (type: string, aggregateType: string, aggregateId: string, data: Record<string, unknown> = {}) =>
  t.platform.db.transaction().execute((tx) => recordEvent(tx, { type, aggregateType, aggregateId, data }));

const bodies = (rs: Received[]) => rs.map((x) => JSON.parse(x.body) as { id: string; type: string; aggregateId: string; sequence: number });
/** Requests the receiver answered 2xx: the deliveries that counted. */
const accepted = (r: Receiver) => bodies(r.received.filter((x) => x.status !== undefined && x.status >= 200 && x.status < 300));

const LIFECYCLE = ['order.created', 'order.processing', 'order.completed', 'order.refunded'];

describe('per-aggregate order', () => {
  it('delivers each order’s events in lifecycle order with increasing sequence, once per endpoint, under load and retries', async () => {
    const healthy = await receiver();
    const flaky = await receiver();
    // answers arrive out of order (random delays), and about one first try in eight fails
    healthy.respond(() => new Promise((res) => setTimeout(() => res(200), Math.random() * 4)));
    const tried = new Set<string>();
    flaky.respond((_n, req) => {
      const id = String(req.headers['webhook-id']);
      const first = !tried.has(id);
      tried.add(id);
      return first && Math.random() < 0.125 ? 503 : 200;
    });
    await createHook(healthy.url, ['order.*']);
    await createHook(flaky.url, ['order.*']);
    const ORDERS = 60;
    const tag = `load-${run++}`;
    // many orders interleaved (8 writers), each moving through its lifecycle one committed transition after another
    const steps = Array.from({ length: ORDERS }, (_, i) => i).flatMap((i) => LIFECYCLE.map((type, k) => ({ i, k, type })));
    steps.sort((a, b) => a.k - b.k || a.i - b.i);
    const done = new Map<number, number>();
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < steps.length) {
          const step = steps[next++];
          // an order's next transition commits only after its previous one
          await waitFor(() => (done.get(step.i) ?? 0) === step.k, 'the previous transition', 120_000);
          await emit(step.type, 'order', `${tag}-${step.i}`, { id: `${tag}-${step.i}` });
          done.set(step.i, step.k + 1);
        }
      }),
    );
    await t.relay!.drain();
    const total = ORDERS * LIFECYCLE.length;
    await waitFor(() => accepted(healthy).length >= total && accepted(flaky).length >= total, `all ${total} events at both endpoints`, 180_000);
    for (const r of [healthy, flaky]) {
      const got = accepted(r);
      // once per endpoint: no event accepted twice
      expect(new Set(got.map((b) => b.id)).size).toBe(got.length);
      expect(got).toHaveLength(total);
      // in arrival order, each order's events come created → processing → completed → refunded, sequence +1 each
      const byOrder = new Map<string, { type: string; sequence: number }[]>();
      for (const b of got) byOrder.set(b.aggregateId, [...(byOrder.get(b.aggregateId) ?? []), b]);
      expect(byOrder.size).toBe(ORDERS);
      for (const [order, seen] of byOrder) {
        expect(seen.map((s) => s.type), order).toEqual(LIFECYCLE);
        for (let k = 1; k < seen.length; k++) expect(seen[k].sequence, order).toBe(seen[k - 1].sequence + 1);
      }
    }
    // the flaky endpoint really did retry, and a retried event's successors waited for it
    expect(flaky.received.length).toBeGreaterThan(total);
  }, 400_000);
});

describe('isolation', () => {
  it('a receiver that takes 10 s does not hold up a fast one', async () => {
    const slow = await receiver();
    const fast = await receiver();
    let release!: () => void;
    const held = new Promise<number>((res) => (release = () => res(200)));
    releases.push(release);
    slow.respond(() => held);
    // requests wait for an answer up to 5 min here (5 s by default), so the slow one stays in flight
    t.services.webhooks.setTimeoutMs(300_000);
    const slowHook = await createHook(slow.url, ['iso.*']);
    await createHook(fast.url, ['iso.*']);
    const N = 150;
    const tag = `iso-${run++}`;
    await t.platform.db.transaction().execute(async (tx) => {
      for (let i = 0; i < N; i++) await recordEvent(tx, { type: 'iso.tick', aggregateType: 'iso', aggregateId: `${tag}-${i % 50}`, data: { i } });
    });
    await t.relay!.drain();
    try {
      await waitFor(() => accepted(fast).length >= N, `all ${N} events at the fast endpoint`, 120_000);
    } finally {
      t.services.webhooks.setTimeoutMs(5000);
    }
    // the slow endpoint's first requests arrived and none has been answered or timed out yet
    expect(slow.received.length).toBeGreaterThan(0);
    expect(slow.received.every((x) => x.status === undefined)).toBe(true);
    const slowLog = (await api('GET', `/v1/admin/webhooks/${slowHook.id}/deliveries?limit=100`)).json().items as { attempts: number }[];
    expect(slowLog.every((d) => d.attempts === 0)).toBe(true);
    expect(new Set(accepted(fast).map((b) => b.id)).size).toBe(N);
    release();
  }, 240_000);
});

describe('events while an endpoint is disabled', () => {
  it('validates whileDisabled and defaults it to skip', async () => {
    const r = await receiver();
    const hook = await createHook(r.url, ['*']);
    expect(hook.whileDisabled).toBe('skip');
    for (const body of [{ url: r.url, events: ['*'], whileDisabled: 'maybe' }, { url: r.url, events: ['*'], whileDisabled: null }]) {
      const res = await api('POST', '/v1/admin/webhooks', body);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('validation_failed');
    }
    const bad = await api('PATCH', `/v1/admin/webhooks/${hook.id}`, { whileDisabled: 'KEEP' });
    expect(bad.statusCode).toBe(400);
    const ok = await api('PATCH', `/v1/admin/webhooks/${hook.id}`, { whileDisabled: 'keep' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().whileDisabled).toBe('keep');
    expect((await api('GET', `/v1/admin/webhooks/${hook.id}`)).json().whileDisabled).toBe('keep');
    const audit = (await api('GET', `/v1/admin/audit-logs?entityType=webhook&entityId=${hook.id}`)).json();
    expect(JSON.stringify(audit.items[0].changes)).toContain('keep');
  });

  it('skip drops what happened while disabled; keep replays it in order on re-enable', async () => {
    const skipper = await receiver();
    const keeper = await receiver();
    skipper.respond(() => 410);
    keeper.respond(() => 410);
    const skipHook = await createHook(skipper.url, ['gone.*'], { whileDisabled: 'skip' });
    const keepHook = await createHook(keeper.url, ['gone.*'], { whileDisabled: 'keep' });
    const agg = `gone-${run++}`;
    const first = await emit('gone.first', 'thing', agg);
    await t.relay!.drain();
    for (const h of [skipHook, keepHook]) {
      await waitFor(async () => !(await api('GET', `/v1/admin/webhooks/${h.id}`)).json().enabled, 'the endpoint to be disabled by 410', 60_000);
    }
    // while disabled: three more events of the same aggregate
    const during = [];
    for (const type of ['gone.a', 'gone.b', 'gone.c']) during.push(await emit(type, 'thing', agg));
    await t.relay!.drain();
    const keptLog = (await api('GET', `/v1/admin/webhooks/${keepHook.id}/deliveries?limit=100`)).json().items;
    expect(keptLog).toHaveLength(4);
    expect(keptLog.every((d: { status: string }) => d.status === 'pending')).toBe(true);
    expect((await api('GET', `/v1/admin/webhooks/${skipHook.id}/deliveries?limit=100`)).json().items).toHaveLength(1);
    skipper.respond(() => 200);
    keeper.respond(() => 200);
    for (const h of [skipHook, keepHook]) expect((await api('PATCH', `/v1/admin/webhooks/${h.id}`, { enabled: true })).json().enabled).toBe(true);
    const after = await emit('gone.after', 'thing', agg);
    await t.relay!.drain();
    const expectKeep = [first, ...during, after].map((e) => e.id);
    await waitFor(() => accepted(keeper).length >= expectKeep.length && accepted(skipper).length >= 1, 'deliveries after re-enabling', 60_000);
    expect(accepted(keeper).map((b) => b.id)).toEqual(expectKeep);
    const seqs = accepted(keeper).map((b) => b.sequence);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(accepted(skipper).map((b) => b.id)).toEqual([after.id]);
    const skipLog = (await api('GET', `/v1/admin/webhooks/${skipHook.id}/deliveries?limit=100`)).json().items;
    expect(skipLog.map((d: { status: string }) => d.status).sort()).toEqual(['failed', 'succeeded']);
  }, 180_000);
});
