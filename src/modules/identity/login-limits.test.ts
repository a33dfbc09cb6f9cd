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
  it('more than 10 failures for one email from one IP → 429 with Retry-After there, even with the right password; the owner elsewhere still signs in', async () => {
    const user = await t.login('customer');
    for (let i = 0; i < 10; i++) expect((await login(user.email, `wrong ${i}`, '10.1.0.1')).statusCode).toBe(401);
    const blocked = await login(user.email, user.password, '10.1.0.1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toMatch(/problem\+json/);
    expect(blocked.json().code).toBe('rate_limited');
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // The email's case does not open a new window.
    expect((await login(user.email.toUpperCase(), user.password, '10.1.0.1')).statusCode).toBe(429);
    // Issue 11 finding 8: the guesser must not lock the real owner out from everywhere.
    expect((await login(user.email, user.password, '10.1.9.9')).statusCode).toBe(200);
  });

  it('an email-wide limit (100 in 15 min) stops guessing spread over many addresses', async () => {
    const user = await t.login('customer');
    for (let i = 0; i < 100; i++) expect((await login(user.email, `wrong ${i}`, `10.5.${Math.floor(i / 9)}.${i % 9}`)).statusCode).toBe(401);
    expect((await login(user.email, user.password, '10.5.200.1')).statusCode).toBe(429);
  });

  it('issue 11 finding 1: 30 parallel wrong guesses for one email get at most 10 evaluated, so a right guess among them is refused', async () => {
    const user = await t.login('customer');
    // The right password is the last of 30 sent at once: only 10 may be evaluated.
    const guesses = Array.from({ length: 30 }, (_, i) => (i === 29 ? user.password : `wrong ${i}`));
    const answers = await Promise.all(guesses.map((g) => login(user.email, g, '10.6.0.1')));
    const evaluated = answers.filter((r) => r.statusCode !== 429);
    expect(evaluated.length).toBeLessThanOrEqual(10);
    expect(answers.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(20);
  });

  it('issue 11 finding 1: PATCH /v1/me currentPassword guesses in parallel are limited the same way', async () => {
    const user = await t.login('customer');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.app.inject({ method: 'PATCH', url: '/v1/me', headers: user.auth, remoteAddress: '10.7.0.1', payload: { password: 'a brand new passphrase', currentPassword: `wrong ${i}` } }),
      ),
    );
    expect(answers.filter((r) => r.statusCode === 422).length).toBeLessThanOrEqual(10);
    expect(answers.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(10);
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
