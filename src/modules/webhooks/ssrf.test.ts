import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/helpers/app';
import { startReceiver } from '../../../test/events/receiver';
import { sendWebhook } from './sender';
import { checkTargetUrl, isPublicAddress, resolveTarget, UnsafeTargetError } from './ssrf';

const strict = { allowPrivate: false };

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.255.0.1', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
    '0.0.0.0', '224.0.0.1', '255.255.255.255', '::', '::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1',
    '::ffff:169.254.169.254', '64:ff9b::7f00:1', '2002:7f00:1::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'ff02::1', '::127.0.0.1',
    '2001:db8::1', 'not-an-ip',
  ])('refuses %s', (ip) => expect(isPublicAddress(ip)).toBe(false));

  it.each(['93.184.216.34', '1.1.1.1', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8', '172.32.0.1', '100.128.0.1'])('allows %s', (ip) =>
    expect(isPublicAddress(ip)).toBe(true));

  it('never calls an address in a private IPv4 range public, however it is written as ::ffff:', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(fc.constantFrom(10, 127), octet, octet, octet, (a, b, c, d) => {
        const v4 = `${a}.${b}.${c}.${d}`;
        const hex = `::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
        return !isPublicAddress(v4) && !isPublicAddress(`::ffff:${v4}`) && !isPublicAddress(hex);
      }),
    );
  });
});

describe('checkTargetUrl / resolveTarget', () => {
  const refused = (url: string) => {
    try {
      checkTargetUrl(url, strict);
      return false;
    } catch (err) {
      return err instanceof UnsafeTargetError;
    }
  };

  it.each([
    'https://127.0.0.1/hook', 'https://[::1]/hook', 'https://10.0.0.1/hook', 'https://169.254.169.254/latest/meta-data',
    'https://[::ffff:127.0.0.1]/hook', 'https://0x7f000001/hook', 'https://2130706433/hook', 'https://0177.0.0.1/hook',
    'https://127.1/hook', 'https://[fd00::1]/', 'https://localhost/hook', 'https://foo.localhost/', 'http://example.com/hook',
    'https://user:pw@example.com/', 'ftp://example.com/',
  ])('refuses %s', (url) => expect(refused(url)).toBe(true));

  it('allows a public https URL', () => {
    expect(checkTargetUrl('https://hooks.example.com/x?y=1', strict).hostname).toBe('hooks.example.com');
  });

  it('refuses a host that resolves to a private address, even alongside public ones (DNS rebinding)', async () => {
    const url = new URL('https://rebind.example.com/');
    const resolve = async () => [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }];
    await expect(resolveTarget(url, { allowPrivate: false, resolve })).rejects.toBeInstanceOf(UnsafeTargetError);
    const ok = await resolveTarget(url, { allowPrivate: false, resolve: async () => [{ address: '93.184.216.34', family: 4 }] });
    expect(ok).toEqual({ address: '93.184.216.34', family: 4 });
  });

  it('checks again at connect time and connects to the vetted address only', async () => {
    const r = await startReceiver();
    try {
      // the name resolved to a public address when saved; now it answers 127.0.0.1
      const res = await sendWebhook(`https://rebind.example.com:${r.port}/hook`, {}, '{}', { allowPrivate: false, resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
      expect(res).toMatchObject({ ok: false, statusCode: null });
      expect(res.error).toContain('refused');
      expect(r.received).toHaveLength(0);
      // with private targets allowed, the pinned address is what the socket connects to
      const dev = await sendWebhook(`http://receiver.test:${r.port}/hook`, {}, '{}', { allowPrivate: true, resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
      expect(dev).toMatchObject({ ok: true, statusCode: 200 });
      expect(r.received[0].headers.host).toBe(`receiver.test:${r.port}`);
    } finally {
      await r.close();
    }
  });
});

describe('SSRF guard on the admin API (WEBHOOK_ALLOW_PRIVATE=0)', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ WEBHOOK_ALLOW_PRIVATE: '0' });
    admin = await t.login('admin');
  });
  afterAll(() => t?.dispose());

  it.each([
    'https://127.0.0.1/hook', 'https://[::1]/hook', 'https://10.0.0.1/hook', 'https://169.254.169.254/latest/meta-data',
    'https://[::ffff:127.0.0.1]/hook', 'https://0x7f000001/hook', 'https://2130706433/hook', 'http://93.184.216.34/hook', 'https://localhost:3000/x',
  ])('refuses %s on create and on update', async (url) => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/admin/webhooks', headers: admin.auth, payload: { url, events: ['*'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'url' }] });
  });

  it('refuses private targets on PATCH too', async () => {
    // a public literal address passes the save-time check without DNS
    const ok = await t.app.inject({ method: 'POST', url: '/v1/admin/webhooks', headers: admin.auth, payload: { url: 'https://93.184.216.34/hook', events: ['*'] } });
    expect(ok.statusCode).toBe(201);
    const res = await t.app.inject({ method: 'PATCH', url: `/v1/admin/webhooks/${ok.json().id}`, headers: admin.auth, payload: { url: 'https://0x7f000001/' } });
    expect(res.statusCode).toBe(400);
    await t.app.inject({ method: 'DELETE', url: `/v1/admin/webhooks/${ok.json().id}`, headers: admin.auth });
  });
});

describe('circuit breaker cooldown', () => {
  it('opens after 5 consecutive failures, doubling with the failure count, capped at 10 min', async () => {
    const { breakerCooldown } = await import('./service');
    expect(breakerCooldown(4)).toBeNull();
    expect(breakerCooldown(5)).toBe(30_000);
    expect(breakerCooldown(9)).toBe(30_000);
    expect(breakerCooldown(10)).toBe(60_000);
    expect(breakerCooldown(20)).toBe(120_000);
    expect(breakerCooldown(10_000)).toBe(600_000);
    fc.assert(fc.property(fc.integer({ min: 5, max: 1_000_000 }), (n) => breakerCooldown(n)! <= breakerCooldown(n + 1)! && breakerCooldown(n)! <= 600_000));
  });
});
