import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { signedHeaders, signIncoming, verifySignedRequest, type NonceStore } from './signed-requests';

const SECRET = 'pms-test-secret-0123456789';

const memoryNonces = (): NonceStore => {
  const seen = new Set<string>();
  return { remember: async (scope, nonce) => (seen.has(`${scope}:${nonce}`) ? false : (seen.add(`${scope}:${nonce}`), true)) };
};

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (err) {
    return err instanceof DomainError ? err.code : String(err);
  }
};

describe('verifySignedRequest (unit)', () => {
  const body = '{"type":"inventory.set","data":{"sku":"A","onHand":1}}';
  const now = new Date('2030-01-01T00:00:00Z');
  const ts = Math.floor(now.getTime() / 1000);

  it('accepts a correct signature once, then refuses the replay', async () => {
    const nonceStore = memoryNonces();
    const headers = signedHeaders(SECRET, body, { timestamp: ts, nonce: 'nonce-0001' });
    expect(await codeOf(verifySignedRequest({ secret: SECRET, headers, rawBody: body, nonceStore, scope: 'pms', now }))).toBe('ok');
    expect(await codeOf(verifySignedRequest({ secret: SECRET, headers, rawBody: body, nonceStore, scope: 'pms', now }))).toBe('replayed');
  });

  it('refuses a forged body, a wrong secret, stale or future timestamps, and missing headers', async () => {
    const nonceStore = memoryNonces();
    const headers = signedHeaders(SECRET, body, { timestamp: ts, nonce: 'nonce-0002' });
    const check = (h: Record<string, string>, raw = body, at = now, secret = SECRET) =>
      codeOf(verifySignedRequest({ secret, headers: h, rawBody: raw, nonceStore, scope: 'pms', now: at }));
    expect(await check(headers, body.replace('1}', '9}'))).toBe('invalid_signature');
    expect(await check(headers, body, now, 'another-secret')).toBe('invalid_signature');
    expect(await check(headers, body, new Date(now.getTime() + 301_000))).toBe('invalid_signature');
    expect(await check(headers, body, new Date(now.getTime() - 301_000))).toBe('invalid_signature');
    expect(await check({ ...headers, 'x-inventra-signature': 'sha256=00' })).toBe('invalid_signature');
    expect(await check({ 'x-inventra-timestamp': String(ts), 'x-inventra-nonce': 'nonce-0002' })).toBe('invalid_signature');
    // forged attempts did not burn the nonce: the genuine request still passes
    expect(await check(headers, body, new Date(now.getTime() + 299_000))).toBe('ok');
  });

  it('signs timestamp.nonce.body with hex HMAC-SHA256', async () => {
    const { createHmac } = await import('node:crypto');
    expect(signIncoming('k', 1, 'n', 'b')).toBe(`sha256=${createHmac('sha256', 'k').update('1.n.b').digest('hex')}`);
  });
});
