import { connect, type NatsConnection } from 'nats';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/database';
import { recordEvents } from '../../src/platform/events/outbox';
import { STREAM_NAME } from '../../src/consumers/stream/publisher';
import { type Receiver, startReceiver, waitFor } from './receiver';
import { freshServerDatabase, type Proc, serverDatabase, startProcess, stopProcess } from './processes';

// Both suites spawn real `inventra serve` processes; one file keeps them from starting at the same time.

const REDIS_URL = process.env.REDIS_URL;
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const ADMIN = { email: 'roles-admin@example.com', password: 'roles-admin-password' };

/** Several processes share one database and Redis: PostgreSQL + Redis only (PGlite is one process). */
describe.skipIf(!serverDatabase() || !REDIS_URL)('roles: 2 api processes + 1 worker on one PostgreSQL + Redis', () => {
  const procs: Proc[] = [];
  const sockets: Socket[] = [];
  const receivers: Receiver[] = [];
  let drop: (() => Promise<void>) | null = null;
  let api1: Proc;
  let api2: Proc;

  beforeAll(async () => {
    const db = await freshServerDatabase();
    drop = db.drop;
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: REDIS_URL!,
      JWT_SECRET: 'roles-test-jwt-secret-0123456789-abcdefghij',
      INVENTRA_ADMIN_EMAIL: ADMIN.email,
      INVENTRA_ADMIN_PASSWORD: ADMIN.password,
      INVENTRA_DATA_DIR: `/tmp/inventra-roles-${process.pid}`,
    };
    [api1, api2] = await Promise.all([startProcess('api', env), startProcess('api', env)]);
    procs.push(api1, api2);
    procs.push(await startProcess('worker', env));
  }, 300_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await Promise.all(procs.map((p) => stopProcess(p)));
    await Promise.all(receivers.map((r) => r.close()));
    await drop?.();
  });

  const call = async (p: Proc, method: string, path: string, token: string | null, body?: unknown) => {
    const res = await fetch(`${p.url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as any };
  };

  const socketTo = async (p: Proc, token: string) => {
    const socket = io(p.url, { path: '/v1/realtime', transports: ['websocket'], auth: { token }, reconnection: false });
    sockets.push(socket);
    const got: string[] = [];
    socket.on('settings.updated', (e: { id: string }) => got.push(e.id));
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', reject);
    });
    return got;
  };

  it('delivers each event to each webhook endpoint once and to sockets on either api process', async () => {
    const login = await call(api1, 'POST', '/v1/auth/login', null, ADMIN);
    expect(login.status).toBe(200);
    const token = login.body.accessToken as string;
    const [a, b] = await Promise.all([startReceiver(), startReceiver()]);
    receivers.push(a, b);
    for (const r of [a, b]) {
      const created = await call(api2, 'POST', '/v1/admin/webhooks', token, { url: r.url, events: ['settings.*'] });
      expect(created.status).toBe(201);
    }
    const on1 = await socketTo(api1, token);
    const on2 = await socketTo(api2, token);

    const N = 20;
    for (let i = 0; i < N; i++) {
      const res = await call(i % 2 ? api1 : api2, 'PATCH', '/v1/admin/settings', token, { storeName: `Store ${i}` });
      expect(res.status).toBe(200);
    }
    const ids = (r: Receiver) => new Set(r.received.map((x) => x.headers['webhook-id'] as string));
    await waitFor(() => ids(a).size === N && ids(b).size === N && on1.length >= N && on2.length >= N, 'every event everywhere', 60_000);
    expect(ids(a)).toEqual(ids(b));
    // sockets: each event exactly once on each api process, whichever process made the change
    expect(new Set(on1)).toEqual(ids(a));
    expect(on1).toHaveLength(N);
    expect(on2).toHaveLength(N);
    expect(new Set(on2)).toEqual(ids(a));
    // webhooks: at least once, and here (no crash) exactly once
    expect(a.received).toHaveLength(N);
    expect(b.received).toHaveLength(N);
  });
});


const CRASH_ADMIN = { email: 'crash-admin@example.com', password: 'crash-admin-password' };
const TOTAL = 1000;

/** Separate processes on one database: PostgreSQL only. */
describe.skipIf(!serverDatabase())('crash: SIGKILL the worker in the middle of a burst of 1,000 events', () => {
  const procs: Proc[] = [];
  let receiver: Receiver;
  let database: Database;
  let nc: NatsConnection;
  let drop: (() => Promise<void>) | null = null;
  let env: Record<string, string>;

  beforeAll(async () => {
    const db = await freshServerDatabase();
    drop = db.drop;
    env = {
      DATABASE_URL: db.url,
      NATS_URL,
      ...(REDIS_URL ? { REDIS_URL } : {}),
      JWT_SECRET: 'crash-test-jwt-secret-0123456789-abcdefghij',
      INVENTRA_ADMIN_EMAIL: CRASH_ADMIN.email,
      INVENTRA_ADMIN_PASSWORD: CRASH_ADMIN.password,
      INVENTRA_DATA_DIR: `/tmp/inventra-crash-${process.pid}`,
    };
    procs.push(await startProcess('api', env));
    procs.push(await startProcess('worker', env));
    receiver = await startReceiver();
    database = await openDatabase({ url: db.url, poolSize: 4 });
    nc = await connect({ servers: NATS_URL });
  }, 300_000);

  afterAll(async () => {
    await Promise.all(procs.map((p) => stopProcess(p)));
    await receiver?.close();
    await nc?.close();
    await database?.close();
    await drop?.();
  });

  it('delivers every event to the webhook receiver and to NATS after the restart', async () => {
    const api = procs[0];
    const run = `crash${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const login = await (await fetch(`${api.url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(CRASH_ADMIN) })).json();
    const hook = await fetch(`${api.url}/v1/admin/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}` },
      body: JSON.stringify({ url: receiver.url, events: [`${run}.*`] }),
    });
    expect(hook.status).toBe(201);

    const produced: string[] = [];
    const produce = async (n: number) => {
      for (let i = 0; i < n; i += 20) {
        const batch = Array.from({ length: 20 }, (_, j) => ({ type: `${run}.burst`, aggregateType: 'crash', aggregateId: `a${(i + j) % 7}`, data: { n: produced.length + j } }));
        const events = await database.db.transaction().execute((tx) => recordEvents(tx, batch));
        produced.push(...events.map((e) => e.id));
      }
    };
    const ids = () => new Set(receiver.received.map((r) => r.headers['webhook-id'] as string));

    await produce(400);
    await waitFor(() => ids().size >= 100, 'the first deliveries', 60_000);
    const worker = procs[1];
    await stopProcess(worker, 'SIGKILL');
    expect(worker.child.signalCode).toBe('SIGKILL');
    const atKill = ids().size;
    await produce(TOTAL - 400);
    expect(produced).toHaveLength(TOTAL);
    expect(atKill).toBeLessThan(TOTAL);

    procs[1] = await startProcess('worker', env);
    await waitFor(() => ids().size === TOTAL, `all ${TOTAL} webhook deliveries (had ${ids().size})`, 180_000);
    expect(ids()).toEqual(new Set(produced));

    const jsm = await nc.jetstreamManager();
    const subject = `inventra.${run}.burst`;
    const streamed = await waitFor(async () => {
      const n = (await jsm.streams.info(STREAM_NAME, { subjects_filter: subject })).state.subjects?.[subject] ?? 0;
      return n >= TOTAL ? n : null;
    }, 'all events in JetStream', 60_000);
    // msgID = event id: events re-published after the crash were dropped as duplicates
    expect(streamed).toBe(TOTAL);
  }, 400_000);
});
