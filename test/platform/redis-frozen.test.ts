import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProduct } from '../helpers/order-fixtures';
import { createTestApp, type TestApp, type TestUser } from '../helpers/app';
import { eventually, haveRedisServer, type PrivateRedis, startPrivateRedis } from '../helpers/private-services';

/**
 * A private Redis frozen with SIGSTOP: the socket stays open and nothing answers, the worst case
 * for a client (a stopped process, a dead network path). The circuit breaker must open on the
 * first timeouts so pages keep their speed, /readyz must say so, and the general rate limit must
 * go on counting in process memory.
 */
describe.skipIf(!haveRedisServer)('Redis frozen (SIGSTOP)', () => {
  let redis: PrivateRedis;
  let t: TestApp, limited: TestApp;
  let admin: TestUser, customer: TestUser;
  let slug: string;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    t = await createTestApp({ REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '100000' });
    limited = await createTestApp({ REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '5' });
    admin = await t.login('admin');
    customer = await t.login('customer');
    const p = await makeProduct(t, admin, [1, 2, 3, 4, 5].map((i) => ({ price: 1000 * i, stock: i })));
    slug = (await t.app.inject({ method: 'GET', url: `/v1/admin/products/${p.id}`, headers: admin.auth })).json().slug;
  });
  afterAll(async () => {
    redis?.thaw();
    await t?.dispose();
    await limited?.dispose();
    await redis?.stop();
  });

  const timed = async (url: string, headers: Record<string, string> = {}) => {
    const started = performance.now();
    const res = await t.app.inject({ method: 'GET', url, headers });
    return { status: res.statusCode, ms: performance.now() - started, body: res.json() };
  };
  const cacheState = async () => (await t.app.inject({ method: 'GET', url: '/readyz' })).json().checks.cache as string;

  it('keeps pages under a second, reports cache: degraded, and recovers when Redis answers again', async () => {
    expect(await cacheState()).toBe('ok');
    expect((await timed(`/v1/store/products/${slug}`)).status).toBe(200);

    redis.freeze();
    // The first calls run into the command timeout and open the breaker; no page waits a second.
    const pages = [`/v1/store/products/${slug}`, '/v1/store/products', `/v1/store/products/${slug}`, '/v1/store/settings', '/v1/me'];
    for (const url of pages) {
      const r = await timed(url, url === '/v1/me' ? customer.auth : {});
      expect(r.status, url).toBe(200);
      expect(r.ms, `${url} took ${Math.round(r.ms)} ms with Redis frozen`).toBeLessThan(1000);
    }
    const detail = await timed(`/v1/store/products/${slug}`);
    expect(detail.body.variants).toHaveLength(5);
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', cache: 'degraded' } });
    const login = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: customer.email, password: customer.password } });
    expect(login.statusCode).toBe(200);

    redis.thaw();
    await eventually(async () => (await cacheState()) === 'ok', 'the breaker closes once Redis answers');
    expect((await timed(`/v1/store/products/${slug}`)).status).toBe(200);
  });

  it('goes on limiting requests per client in process memory while Redis does not answer', async () => {
    redis.freeze();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await limited.app.inject({ method: 'GET', url: '/v1/store/settings' })).statusCode);
      expect(statuses.slice(0, 5).every((s) => s === 200)).toBe(true);
      const refused = await limited.app.inject({ method: 'GET', url: '/v1/store/settings' });
      expect(refused.statusCode).toBe(429);
      expect(refused.json().code).toBe('rate_limited');
      expect(refused.headers['retry-after']).toBeTruthy();
    } finally {
      redis.thaw();
    }
  });
});
