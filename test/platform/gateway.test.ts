import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Proc, startProcess, stopProcess } from '../events/processes';
import { freePort } from '../helpers/server';
import { eventually, havePostgresBinaries, haveRedisServer, type PrivatePostgres, type PrivateRedis, startPrivateStack } from '../helpers/private-services';

/**
 * The shipped gateway (deploy/nginx, Debian's nginx) in front of 2 api replicas and a worker on
 * private PostgreSQL + Redis, everything started once: storefront, admin, Socket.IO through the
 * gateway, real client IPs from X-Forwarded-For (TRUST_PROXY), and a replica killed mid-load.
 */
const NGINX_DIR = new URL('../../deploy/nginx/', import.meta.url).pathname;
const ADMIN = { email: 'gateway-admin@example.com', password: 'gateway-admin-password' };
const DB = 'inventra_gateway';
const haveNginx = (() => {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The shipped config with the upstreams pointed at local replicas and a free port instead of 8080. */
function writeGatewayConfig(dir: string, port: number, apis: number[]) {
  copyFileSync(join(NGINX_DIR, 'nginx.conf'), join(dir, 'nginx.conf'));
  const site = readFileSync(join(NGINX_DIR, 'inventra.conf'), 'utf8');
  expect(site).toContain('listen 8080;');
  writeFileSync(join(dir, 'inventra.conf'), site.replace('listen 8080;', `listen 127.0.0.1:${port};`));
  const shipped = readFileSync(join(NGINX_DIR, 'upstreams.conf'), 'utf8');
  let i = 0;
  // Same upstream blocks and server options; only the addresses change.
  const local = shipped.replace(/server api-\d+:3000/g, () => `server 127.0.0.1:${apis[i++ % apis.length]}`);
  writeFileSync(join(dir, 'upstreams.conf'), local);
}

describe.skipIf(!haveNginx || !havePostgresBinaries || !haveRedisServer)('gateway: nginx with the shipped config, 2 api replicas and a worker', () => {
  let pgServer: PrivatePostgres;
  let redis: PrivateRedis;
  let nginx: ChildProcess;
  let nginxOut = '';
  let dir: string;
  let base: string;
  let api1: Proc;
  let api2: Proc;
  const procs: Proc[] = [];
  const sockets: Socket[] = [];

  beforeAll(async () => {
    const stack = await startPrivateStack(DB, 'gateway', ADMIN);
    ({ pgServer, redis } = stack);
    const env = {
      ...stack.env,
      // nginx and this test's clients are on loopback: trust them, so the address the test puts
      // first in X-Forwarded-For (as an outer load balancer would) is the client's.
      TRUST_PROXY: 'loopback',
      RATE_LIMIT_PER_MINUTE: '100000',
    };
    api1 = await startProcess('api', env);
    procs.push(api1);
    [api2] = await Promise.all([startProcess('api', env), startProcess('worker', env).then((w) => void procs.push(w))]);
    procs.push(api2);

    dir = mkdtempSync(join(tmpdir(), 'inventra-nginx-'));
    const port = await freePort();
    writeGatewayConfig(dir, port, [api1.port!, api2.port!]);
    nginx = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stdout!.on('data', (d) => (nginxOut += d));
    nginx.stderr!.on('data', (d) => (nginxOut += d));
    base = `http://127.0.0.1:${port}`;
    await eventually(async () => (await fetch(`${base}/healthz`)).ok, 'nginx answers').catch((err) => {
      throw new Error(`${err.message}: nginx ${nginx.exitCode === null ? 'running' : `exited ${nginx.exitCode}`}\n${nginxOut.slice(-2000)}`);
    });
  }, 300_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    if (nginx && nginx.exitCode === null) {
      nginx.kill('SIGQUIT');
      await new Promise((r) => nginx.once('exit', r));
    }
    await Promise.all(procs.map((p) => stopProcess(p)));
    await redis?.stop();
    pgServer?.destroy();
    rmSync(`/tmp/inventra-gateway-${process.pid}`, { recursive: true, force: true });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const call = async (method: string, path: string, opts: { token?: string; body?: unknown; ip?: string } = {}) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.body ? { 'content-type': 'application/json' } : {}),
        ...(opts.ip ? { 'x-forwarded-for': opts.ip } : {}),
      },
      body: opts.body ? JSON.stringify(opts.body) : undefined,
    });
    const text = await res.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* html */
    }
    return { status: res.status, headers: res.headers, body };
  };
  const login = async () => (await call('POST', '/v1/auth/login', { body: ADMIN })).body.accessToken as string;

  it('routes the storefront, the admin, the API and hashed assets, compressed and with long caching', async () => {
    const store = await call('GET', '/');
    expect(store.status).toBe(200);
    expect(store.headers.get('content-type')).toContain('text/html');
    const admin = await call('GET', '/admin/');
    expect(admin.status).toBe(200);
    expect(admin.body).toContain('<');
    const asset = /(?:src|href)="(\/(?:admin\/)?assets\/[^"]+\.js)"/.exec(store.body as string)?.[1];
    expect(asset).toBeTruthy();
    const js = await fetch(`${base}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('content-encoding')).toBe('gzip');
    const products = await call('GET', '/v1/store/products');
    expect(products.status).toBe(200);
    expect(products.body.items).toBeInstanceOf(Array);
    const big = await fetch(`${base}/openapi.json`, { headers: { 'accept-encoding': 'gzip' } });
    expect(big.headers.get('content-encoding')).toBe('gzip');
    // The request id survives the gateway; metrics are not published through it.
    const traced = await fetch(`${base}/v1/store/settings`, { headers: { 'x-request-id': 'trace-me-123' } });
    expect(traced.headers.get('x-request-id')).toBe('trace-me-123');
    expect((await call('GET', '/metrics')).status).toBe(404);
    // Bodies over the gateway's limit are refused before they reach a replica.
    const huge = await fetch(`${base}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'x'.repeat(2 * 1024 * 1024) }) });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toContain('application/problem+json');
    expect((await huge.json()).code).toBe('payload_too_large');
  });

  it('delivers a live event to a Socket.IO client through the gateway (polling upgraded to WebSocket)', async () => {
    const token = await login();
    const socket = io(base, { path: '/v1/realtime', auth: { token }, reconnection: false });
    sockets.push(socket);
    const got: { id: string }[] = [];
    socket.on('settings.updated', (e: { id: string }) => got.push(e));
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', reject);
    });
    await eventually(async () => socket.io.engine.transport.name === 'websocket', 'upgraded to WebSocket');
    expect((await call('PATCH', '/v1/admin/settings', { token, body: { storeName: 'Through the gateway' } })).status).toBe(200);
    await eventually(async () => got.length > 0, 'settings.updated arrives through the gateway');
  });

  it('limits sign-ins per real client (X-Forwarded-For through the gateway, TRUST_PROXY)', async () => {
    const attacker = '203.0.113.7';
    let limited = 0;
    for (let i = 0; i < 60 && !limited; i++) {
      const r = await call('POST', '/v1/auth/login', { body: { email: `nobody-${i}@example.com`, password: 'wrong-password-1' }, ip: attacker });
      if (r.status === 429) limited = i + 1;
      else expect(r.status).toBe(401);
    }
    expect(limited).toBeGreaterThan(1);
    expect((await call('POST', '/v1/auth/login', { body: ADMIN, ip: attacker })).status).toBe(429);
    // Another client behind the same gateway signs in as usual.
    expect((await call('POST', '/v1/auth/login', { body: ADMIN, ip: '198.51.100.20' })).status).toBe(200);
  });

  it('loses no request when a replica is killed behind it (nginx retries on the other)', async () => {
    const statuses: number[] = [];
    let stop = false;
    const client = async () => {
      while (!stop) {
        const r = await fetch(`${base}/v1/store/products?limit=5`).then((x) => x.status, () => 0);
        statuses.push(r);
      }
    };
    const load = Promise.all([client(), client(), client(), client()]);
    await eventually(async () => statuses.length > 20, 'load is running');
    api1.child.kill('SIGKILL');
    await api1.exited;
    const after = statuses.length;
    await eventually(async () => statuses.length > after + 40, 'requests go on after the kill');
    stop = true;
    await load;
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });
});
