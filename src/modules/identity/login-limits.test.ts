import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.dispose());

const login = (email: string, password: string, remoteAddress: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password }, remoteAddress, headers });

describe('failed sign-in limits', () => {
  it('more than 10 failures for one email in 15 min → 429 with Retry-After, even with the right password', async () => {
    const user = await t.login('customer');
    for (let i = 0; i < 10; i++) {
      // Spread over addresses: the per-email limit holds whatever the source.
      expect((await login(user.email, `wrong ${i}`, `10.1.0.${i + 1}`)).statusCode).toBe(401);
    }
    const blocked = await login(user.email, user.password, '10.1.1.1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toMatch(/problem\+json/);
    expect(blocked.json().code).toBe('rate_limited');
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // The email's case does not open a new window.
    expect((await login(user.email.toUpperCase(), user.password, '10.1.1.2')).statusCode).toBe(429);
  });

  it('more than 50 failures from one IP in 15 min → 429, for any account; other addresses are unaffected', async () => {
    const user = await t.login('customer');
    for (let i = 0; i < 50; i++) {
      expect((await login(`probe-${i}@example.com`, 'guess', '10.2.0.1')).statusCode).toBe(401);
    }
    const blocked = await login(user.email, user.password, '10.2.0.1');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login(user.email, user.password, '10.2.0.2')).statusCode).toBe(200);
  });

  it('X-Forwarded-For from an untrusted client does not dodge the per-IP limit', async () => {
    for (let i = 0; i < 50; i++) {
      await login(`spoof-${i}@example.com`, 'guess', '10.3.0.1', { 'x-forwarded-for': `203.0.113.${i}` });
    }
    const blocked = await login('spoof-x@example.com', 'guess', '10.3.0.1', { 'x-forwarded-for': '198.51.100.7' });
    expect(blocked.statusCode).toBe(429);
  });

  it('a success resets the per-email count', async () => {
    const user = await t.login('customer');
    for (let i = 0; i < 9; i++) await login(user.email, 'wrong', '10.4.0.1');
    expect((await login(user.email, user.password, '10.4.0.2')).statusCode).toBe(200);
    for (let i = 0; i < 9; i++) expect((await login(user.email, 'wrong', '10.4.0.3')).statusCode).toBe(401);
    expect((await login(user.email, user.password, '10.4.0.4')).statusCode).toBe(200);
  });
});

describe('general per-IP limit (RATE_LIMIT_PER_MINUTE)', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => limited?.dispose());

  it('answers 429 rate_limited with Retry-After past the limit; health checks are exempt', async () => {
    const get = (remoteAddress: string) => limited.app.inject({ method: 'GET', url: '/v1/store/settings', remoteAddress });
    for (let i = 0; i < 5; i++) expect((await get('10.9.0.1')).statusCode).toBe(200);
    const res = await get('10.9.0.1');
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json()).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect((await get('10.9.0.2')).statusCode).toBe(200);
    for (let i = 0; i < 10; i++) {
      expect((await limited.app.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.9.0.1' })).statusCode).toBe(200);
    }
  });
});
