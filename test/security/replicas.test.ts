import type { AddressInfo } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInventra, type Inventra } from '../../src/inventra';
import { appWith, type TestApp, type TestUser } from '../helpers/app';

/**
 * Issue 11 findings 2 and 3 across replicas: a session ended on one replica is refused, and its
 * socket dropped, on another (shared Redis and PostgreSQL). Needs REDIS_URL and a postgres
 * DATABASE_URL; the embedded default is one process.
 */
const shared = Boolean(process.env.REDIS_URL) && /^postgres/.test(process.env.DATABASE_URL ?? '');

describe.skipIf(!shared)('two replicas sharing Redis and PostgreSQL', () => {
  let a: TestApp;
  let b: Inventra;
  let admin: TestUser;
  let baseB: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    ({ t: a, users: [admin] } = await appWith('admin'));
    // Replica B: same database, same Redis key prefix, its own HTTP server and sockets.
    b = await createInventra(a.config, { skipBootstrap: true, redisPrefix: String(a.platform.redis!.options.keyPrefix) });
    await b.ready();
    await b.app.listen({ port: 0, host: '127.0.0.1' });
    baseB = `http://127.0.0.1:${(b.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await b?.close();
    await a?.dispose();
  });

  it('a role change on replica A: B refuses the old token and drops its socket', async () => {
    const staff = await a.login('staff');
    const onB = await b.app.inject({ method: 'GET', url: '/v1/admin/products', headers: staff.auth });
    expect(onB.statusCode).toBe(200);
    const socket = io(baseB, { path: '/v1/realtime', transports: ['websocket'], auth: { token: staff.accessToken }, reconnection: false });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', reject);
    });
    const dropped = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
    const started = Date.now();
    expect((await a.app.inject({ method: 'PATCH', url: `/v1/admin/users/${staff.id}`, headers: admin.auth, payload: { role: 'customer' } })).statusCode).toBe(200);
    expect(await dropped).toBe('io server disconnect');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await b.app.inject({ method: 'GET', url: '/v1/me', headers: staff.auth })).statusCode).toBe(401);
  });

  it('logout on replica B ends the session on replica A', async () => {
    const u = await a.login('customer');
    expect((await a.app.inject({ method: 'GET', url: '/v1/me', headers: u.auth })).statusCode).toBe(200);
    expect((await b.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: u.auth })).statusCode).toBe(204);
    expect((await a.app.inject({ method: 'GET', url: '/v1/me', headers: u.auth })).statusCode).toBe(401);
  });

  it('the sign-in limit is shared: guesses spread over both replicas get at most 10 evaluated', async () => {
    const u = await a.login('customer');
    const guess = (app: Inventra, i: number) => app.app.inject({ method: 'POST', url: '/v1/auth/login', remoteAddress: '10.30.0.1', payload: { email: u.email, password: `wrong ${i}` } });
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => guess(i % 2 ? a : b, i)));
    expect(answers.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(10);
    expect(answers.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(14);
  });
});
