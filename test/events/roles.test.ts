import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Receiver, startReceiver, waitFor } from './receiver';
import { freshServerDatabase, type Proc, serverDatabase, startProcess, stopProcess } from './processes';

const REDIS_URL = process.env.REDIS_URL;
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
  }, 120_000);

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
