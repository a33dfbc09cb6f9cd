import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app';
import { DomainError } from '../../platform/errors';
import { signedHeaders, signIncoming, verifySignedRequest, type NonceStore } from './incoming';

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

describe('POST /v1/webhooks/pms', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PMS_WEBHOOK_SECRET: SECRET });
  });
  afterAll(() => t?.dispose());

  const send = (payload: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/v1/webhooks/pms', payload, headers: { 'content-type': 'application/json', ...headers } });

  it('refuses a forged signature with 401 before parsing the body', async () => {
    const res = await send('{not json', { ...signedHeaders('wrong-secret', '{not json') });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('invalid_signature');
  });

  it('refuses a stale timestamp with 401', async () => {
    const body = JSON.stringify({ type: 'inventory.set', data: { sku: 'X', onHand: 1 } });
    const res = await send(body, signedHeaders(SECRET, body, { timestamp: Math.floor(Date.now() / 1000) - 301 }));
    expect(res.statusCode).toBe(401);
  });

  it('refuses a replayed nonce with 409 (after a valid first delivery)', async () => {
    const body = JSON.stringify({ type: 'unknown.thing', data: {} });
    const headers = signedHeaders(SECRET, body);
    const first = await send(body, headers);
    expect(first.statusCode).toBe(400);
    expect(first.json().code).toBe('validation_failed');
    const again = await send(body, headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('replayed');
  });

  it('answers malformed JSON with a signed, verified body as 400', async () => {
    const body = '{"type":';
    const res = await send(body, signedHeaders(SECRET, body));
    expect(res.statusCode).toBe(400);
  });

  it('uses the injectable clock for the tolerance window', async () => {
    const body = JSON.stringify({ type: 'nope', data: {} });
    const headers = signedHeaders(SECRET, body);
    t.clock.advance(10 * 60_000);
    const res = await send(body, headers);
    t.clock.advance(-10 * 60_000);
    expect(res.statusCode).toBe(401);
  });
});

describe('POST /v1/webhooks/pms without a configured secret', () => {
  it('answers 503', async () => {
    const t = await createTestApp();
    try {
      const body = '{}';
      const res = await t.app.inject({ method: 'POST', url: '/v1/webhooks/pms', payload: body, headers: { 'content-type': 'application/json', ...signedHeaders(SECRET, body) } });
      expect(res.statusCode).toBe(503);
    } finally {
      await t.dispose();
    }
  });
});
