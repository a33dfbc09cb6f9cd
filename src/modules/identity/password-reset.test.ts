import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { type MailBox, sentTo, startMailBox } from '../../../test/helpers/smtp';

/** Forgot / reset password through the real routes, with the link read from a real SMTP server. */
let t: TestApp;
let mail: MailBox;
let staff: TestUser;
let ipSeq = 0;
/** Each test its own client address, so per-IP limits of one test do not spill into another. */
const nextIp = () => `10.9.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`;

beforeAll(async () => {
  mail = await startMailBox();
  t = await createTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'http://shop.test', SIGNUP_LIMIT_PER_HOUR: '20' });
  staff = await t.login('staff');
});
afterAll(async () => {
  await t?.dispose();
  await mail?.stop();
});

const forgot = (email: string, ip = '10.0.0.1') => t.app.inject({ method: 'POST', url: '/v1/auth/password/forgot', payload: { email }, remoteAddress: ip });
const reset = (token: string, password: string) => t.app.inject({ method: 'POST', url: '/v1/auth/password/reset', payload: { token, password } });
const login = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password }, remoteAddress: nextIp() });
const settle = async () => {
  await t.services.passwordReset.settled();
  await t.services.notifications.sender.drain();
};
const messagesTo = async (email: string) =>
  (await t.app.inject({ method: 'GET', url: `/v1/admin/notifications?type=password.reset&to=${encodeURIComponent(email)}`, headers: staff.auth })).json().items as any[];
const tokenIn = (text: string) => /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

describe('password reset', () => {
  it('emails a single-use link that sets a new password and ends every session', async () => {
    const ann = await t.login('customer');
    const ip = nextIp();
    const res = await forgot(ann.email, ip);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'accepted' });
    await settle();
    const m = await mail.waitFor(sentTo(ann.email));
    expect(m.subject).toContain('パスワードの再設定');
    const token = tokenIn(m.text ?? '')!;
    expect(token).toMatch(/^pr_/);
    expect(m.text).toContain(`http://shop.test/reset-password?token=${token}`);
    // The admin reads the message, never the token in it.
    const [row] = await messagesTo(ann.email);
    const detail = (await t.app.inject({ method: 'GET', url: `/v1/admin/notifications/${row.id}`, headers: staff.auth })).json();
    expect(detail.text).not.toContain(token);
    expect(detail.html).not.toContain(token);
    expect(detail.text).toContain('reset-password?token=••••');

    expect((await reset(token, 'a-brand-new-passphrase')).statusCode).toBe(204);
    const again = await reset(token, 'yet-another-passphrase');
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('invalid_token');
    expect((await login(ann.email, ann.password)).statusCode).toBe(401);
    expect((await login(ann.email, 'a-brand-new-passphrase')).statusCode).toBe(200);
    // Every refresh token issued before the reset is revoked.
    const refreshed = await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: ann.refreshToken } });
    expect(refreshed.statusCode).toBe(401);
  });

  it('makes access tokens issued before the reset answer 401', async () => {
    const bo = await t.login('customer');
    await forgot(bo.email, nextIp());
    await settle();
    const token = tokenIn((await mail.waitFor(sentTo(bo.email))).text ?? '')!;
    expect((await reset(token, 'a-brand-new-passphrase')).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/v1/me', headers: bo.auth })).statusCode).toBe(401);
  });

  it('answers the same for an unknown email and sends nothing', async () => {
    const email = `nobody-${Date.now()}@example.com`;
    const res = await forgot(email, nextIp());
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'accepted' });
    await settle();
    expect(await messagesTo(email)).toHaveLength(0);
    expect(mail.to(email)).toHaveLength(0);
  });

  it('refuses unknown, malformed and expired tokens with 400 invalid_token', async () => {
    const cy = await t.login('customer');
    await forgot(cy.email, nextIp());
    await settle();
    const token = tokenIn((await mail.waitFor(sentTo(cy.email))).text ?? '')!;
    for (const bad of ['pr_' + 'x'.repeat(43), 'nonsense', token.slice(0, -2)]) {
      const res = await reset(bad, 'a-brand-new-passphrase');
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().code).toBe('invalid_token');
    }
    t.clock.advance(31 * 60_000);
    const late = await reset(token, 'a-brand-new-passphrase');
    expect(late.statusCode).toBe(400);
    expect(late.json().code).toBe('invalid_token');
    staff = await t.login('staff', staff.email);
    expect((await reset('', 'short')).statusCode).toBe(400);
  });

  it('sends at most 5 links per email per hour (more still answer 202) and limits each IP', async () => {
    const dee = await t.login('customer');
    for (let i = 0; i < 7; i++) expect((await forgot(dee.email, nextIp())).statusCode).toBe(202);
    await settle();
    expect(await messagesTo(dee.email)).toHaveLength(5);
    const ip = nextIp();
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) codes.push((await forgot(`x${i}-${Date.now()}@example.com`, ip)).statusCode);
    expect(codes.slice(0, 20).every((c) => c === 202)).toBe(true);
    expect(codes[20]).toBe(429);
    const limited = await forgot('someone@example.com', ip);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.json().code).toBe('rate_limited');
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/password/forgot', payload: { email: 'not-an-email' } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/password/forgot', payload: { email: 'a@b.co', extra: 1 } })).statusCode).toBe(400);
  });

  it('writes the reset email in the language the customer chose', async () => {
    const en = await t.login('customer');
    expect((await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: en.auth, payload: { locale: 'en' } })).statusCode).toBe(200);
    await forgot(en.email, nextIp());
    await settle();
    const m = await mail.waitFor(sentTo(en.email));
    expect(m.subject).toBe('Inventra Store: reset your password');
    expect((await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: en.auth, payload: { locale: 'fr' } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: en.auth, payload: { locale: null } })).json().locale).toBe('ja');
  });
});
