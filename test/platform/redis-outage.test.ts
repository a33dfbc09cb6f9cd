import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisCache } from '../../src/platform/cache';
import { connectRedis, createRedis, RedisBreaker } from '../../src/platform/redis';
import { createTestApp, type TestApp, type TestUser } from '../helpers/app';
import { spawnRedis } from '../helpers/private-services';

/**
 * A private Redis (never the shared one on 6379) that the test stops and starts again: the API
 * keeps answering from the database while it is away, and recovers by itself when it returns.
 */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function stopRedis(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Polls until `check` passes; the deadline only bounds a hang, it asserts nothing about speed. */
async function eventually(check: () => Promise<boolean>, what: string, deadlineMs = 30_000) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never happened: ${what}`);
}

let port: number;
let redis: ChildProcess;
let t: TestApp;
let admin: TestUser, customer: TestUser;

beforeAll(async () => {
  port = await freePort();
  redis = await spawnRedis(port);
  // Rate limiting on as well: its Redis store must not fail requests either.
  t = await createTestApp({ REDIS_URL: `redis://127.0.0.1:${port}`, RATE_LIMIT_PER_MINUTE: '100000' });
  admin = await t.login('admin');
  customer = await t.login('customer');
});
afterAll(async () => {
  await t?.dispose();
  if (redis) await stopRedis(redis);
});

const cacheState = async () => (await t.app.inject({ method: 'GET', url: '/readyz' })).json().checks.cache as string;

async function apiStillWorks(tag: string) {
  const login = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: customer.email, password: customer.password } });
  expect(login.statusCode, `${tag}: login ${login.body}`).toBe(200);
  const me = await t.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${login.json().accessToken}` } });
  expect(me.statusCode, `${tag}: /v1/me`).toBe(200);
  const store = await t.app.inject({ method: 'GET', url: '/v1/store/settings' });
  expect(store.statusCode, `${tag}: store settings`).toBe(200);
  const name = `Store ${tag}`;
  const patch = await t.app.inject({ method: 'PATCH', url: '/v1/admin/settings', headers: admin.auth, payload: { storeName: name } });
  expect(patch.statusCode, `${tag}: patch settings`).toBe(200);
  // The change is visible at once, whether or not the cache could be told.
  expect((await t.app.inject({ method: 'GET', url: '/v1/store/settings' })).json().storeName).toBe(name);
}

describe('Redis outage', () => {
  it('serves from the database while Redis is down, reports cache: degraded, and recovers by itself', async () => {
    expect(t.platform.cache.kind).toBe('redis');
    expect(await cacheState()).toBe('ok');
    await apiStillWorks('before');

    await stopRedis(redis);
    await eventually(async () => (await cacheState()) === 'degraded', 'readyz reports cache: degraded');
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', cache: 'degraded' } });
    await apiStillWorks('during');

    // Deactivation still locks the user out at once while the cache is away.
    const victim = await t.login('customer');
    expect((await t.app.inject({ method: 'PATCH', url: `/v1/admin/users/${victim.id}`, headers: admin.auth, payload: { isActive: false } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/v1/me', headers: victim.auth })).statusCode).toBe(401);

    redis = await spawnRedis(port);
    await eventually(async () => (await cacheState()) === 'ok', 'readyz returns to cache: ok');
    await apiStillWorks('after');
    expect((await t.app.inject({ method: 'GET', url: '/v1/me', headers: victim.auth })).statusCode).toBe(401);
  });

  it('replays invalidations missed while disconnected, so Redis never serves a stale entry afterwards', async () => {
    const client = createRedis(`redis://127.0.0.1:${port}`, `outage-${Date.now()}:`);
    expect(await connectRedis(client)).toBe(true);
    const breaker = new RedisBreaker(client);
    const cache = createRedisCache(breaker);
    try {
      await cache.set('principal:x', '{"active":true}', 60);
      expect(await cache.get('principal:x')).toBe('{"active":true}');
      // The connection drops (the server keeps its data); the deactivation's delete cannot get through.
      const closed = new Promise((r) => client.once('close', r));
      client.disconnect(true);
      await closed;
      await cache.del('principal:x');
      expect(cache.health()).toBe('degraded');
      await eventually(async () => cache.health() === 'ok', 'reconnected');
      await eventually(async () => (await cache.get('principal:x')) === null, 'missed delete replayed');
    } finally {
      breaker.close();
      client.disconnect();
    }
  });
});
