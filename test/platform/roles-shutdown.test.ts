import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Proc, startProcess } from '../events/processes';
import { havePostgresBinaries, haveRedisServer, type PrivatePostgres, type PrivateRedis, startPrivateStack } from '../helpers/private-services';

/**
 * Every role as a real process on PostgreSQL + Redis (private instances): the worker answers
 * probes and scrapes on its own listener, and SIGTERM ends each role cleanly (exit 0) within the
 * 10 s an orchestrator allows; requests that arrive while an api process shuts down get a
 * problem+json 503.
 */
const ADMIN = { email: 'roles-shutdown@example.com', password: 'roles-shutdown-password' };
const DB = 'inventra_roles';

describe.skipIf(!havePostgresBinaries || !haveRedisServer)('roles and SIGTERM with Redis', () => {
  let pgServer: PrivatePostgres;
  let redis: PrivateRedis;
  const procs: Partial<Record<'api' | 'worker' | 'all', Proc>> = {};

  beforeAll(async () => {
    const stack = await startPrivateStack(DB, 'roles-shutdown', ADMIN);
    ({ pgServer, redis } = stack);
    const env = {
      ...stack.env,
      LOG_LEVEL: 'info',
    };
    // One process migrates first; the others start together.
    procs.all = await startProcess('all', env);
    [procs.api, procs.worker] = await Promise.all([startProcess('api', env), startProcess('worker', env)]);
  }, 300_000);

  afterAll(async () => {
    for (const p of Object.values(procs)) if (p && p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await redis?.stop();
    pgServer?.destroy();
    rmSync(`/tmp/inventra-roles-shutdown-${process.pid}`, { recursive: true, force: true });
  });

  it('the worker serves /healthz, /readyz and /metrics (outbox, queues, job failures, deliveries) and nothing else', async () => {
    const w = procs.worker!;
    expect((await fetch(`${w.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${w.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', cache: 'ok' } });
    const metrics = await (await fetch(`${w.url}/metrics`)).text();
    for (const name of ['outbox_pending_events', 'outbox_oldest_pending_seconds', 'job_queue_depth', 'jobs_failed_total', 'webhook_delivery_attempts_total', 'event_subscriber_retries']) {
      expect(metrics, name).toContain(`# TYPE ${name} `);
    }
    expect(metrics).toMatch(/^outbox_pending_events \d+$/m);
    const api = await fetch(`${w.url}/v1/store/products`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });

  it('starts without Redis connection noise', () => {
    for (const p of Object.values(procs)) expect(p!.output.join('')).not.toMatch(/already connecting|already connected/i);
  });

  it('answers requests that arrive during shutdown with a problem+json 503', async () => {
    const api = procs.api!;
    const body = JSON.stringify(ADMIN);
    const socket = connect(api.port!, '127.0.0.1');
    await new Promise<void>((r) => socket.once('connect', () => r()));
    let received = '';
    socket.on('data', (d) => (received += d));
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    // A request in flight (half its body sent) keeps the connection open through SIGTERM…
    socket.write(`POST /v1/auth/login HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    api.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    // …it completes, and the next request on that connection is refused politely.
    socket.write(`${body.slice(10)}GET /v1/store/settings HTTP/1.1\r\nHost: test\r\n\r\n`);
    await closed;
    const responses = received.split(/(?=HTTP\/1\.1 )/);
    expect(responses[0]).toMatch(/^HTTP\/1\.1 200/);
    expect(responses[1]).toMatch(/^HTTP\/1\.1 503/);
    expect(responses[1]).toMatch(/content-type: application\/problem\+json/i);
    expect(responses[1]).toMatch(/retry-after: \d+/i);
    expect(responses[1]).toContain('"code":"unavailable"');
    expect(await api.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it.each(['worker', 'all'] as const)('SIGTERM ends the %s role with exit 0 within 10 s', async (role) => {
    const p = procs[role]!;
    const started = Date.now();
    p.child.kill('SIGTERM');
    const code = await p.exited;
    expect(code, p.output.join('')).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
