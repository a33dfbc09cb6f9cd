import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { DomainError } from '../errors';

/**
 * Signed incoming requests (the PMS webhook, konbini payment notices): HMAC over timestamp, nonce
 * and the raw body, checked before anything parses the body; a nonce is accepted once.
 */
export const SIGNATURE_HEADER = 'x-inventra-signature';
export const TIMESTAMP_HEADER = 'x-inventra-timestamp';
export const NONCE_HEADER = 'x-inventra-nonce';
export const TOLERANCE_SECONDS = 300;

/** Remembers nonces; `remember` is true the first time a nonce is seen within its lifetime. */
export interface NonceStore {
  remember(scope: string, nonce: string, ttlSeconds: number): Promise<boolean>;
}

/** Redis `SET NX EX`: one answer across every replica. */
export function redisNonceStore(redis: Redis): NonceStore {
  return {
    async remember(scope, nonce, ttlSeconds) {
      const ok = await redis.set(`nonce:${scope}:${nonce}`, '1', 'EX', ttlSeconds, 'NX');
      return ok === 'OK';
    },
  };
}

/**
 * Redis when configured (shared by replicas), else `fallback` (a database table the composition
 * root hands in: the platform knows no module's tables).
 */
export function createNonceStore(deps: { redis: Redis | null; fallback: NonceStore }): NonceStore {
  const { fallback } = deps;
  if (!deps.redis) return fallback;
  const client = deps.redis;
  const redis = redisNonceStore(client);
  return {
    // Redis down must not turn replay protection off: fall back to the table.
    remember: (scope, nonce, ttl) => (client.status === 'ready' ? redis.remember(scope, nonce, ttl).catch(() => fallback.remember(scope, nonce, ttl)) : fallback.remember(scope, nonce, ttl)),
  };
}

/** `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<nonce>.<body>")>` */
export function signIncoming(secret: string, timestamp: string | number, nonce: string, rawBody: Buffer | string): string {
  const mac = createHmac('sha256', secret);
  mac.update(`${timestamp}.${nonce}.`);
  mac.update(rawBody);
  return `sha256=${mac.digest('hex')}`;
}

/** Headers a sender attaches (tests, the PMS client, the konbini simulator). */
export function signedHeaders(secret: string, rawBody: string, opts: { timestamp?: number; nonce?: string } = {}): Record<string, string> {
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = opts.nonce ?? cryptoNonce();
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [NONCE_HEADER]: nonce,
    [SIGNATURE_HEADER]: signIncoming(secret, timestamp, nonce, rawBody),
  };
}

function cryptoNonce(): string {
  return globalThis.crypto.randomUUID();
}

const header = (headers: Record<string, string | string[] | undefined>, name: string): string | null => {
  const v = headers[name];
  return typeof v === 'string' && v.length > 0 ? v : null;
};

export interface VerifyInput {
  secret: string | null;
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer | string;
  nonceStore: NonceStore;
  /** Nonce namespace: one per sender (`pms`, `konbini`). */
  scope: string;
  now?: Date;
  toleranceSeconds?: number;
}

/**
 * Verifies a signed incoming request before anything reads its body: 401 `invalid_signature` for
 * a missing/bad signature or a timestamp more than 300 s off, 409 `replayed` for a nonce seen
 * before. The nonce is only remembered once the signature is valid, so forgeries cannot burn nonces.
 */
export async function verifySignedRequest(input: VerifyInput): Promise<void> {
  const { secret, headers, rawBody, nonceStore, scope } = input;
  if (!secret) throw new DomainError('unavailable', `Incoming ${scope} webhooks are not configured on this server`);
  const timestamp = header(headers, TIMESTAMP_HEADER);
  const nonce = header(headers, NONCE_HEADER);
  const signature = header(headers, SIGNATURE_HEADER);
  if (!timestamp || !nonce || !signature) {
    throw new DomainError('invalid_signature', `Send ${TIMESTAMP_HEADER}, ${NONCE_HEADER} and ${SIGNATURE_HEADER}`);
  }
  if (!/^\d{1,12}$/.test(timestamp)) throw new DomainError('invalid_signature', `${TIMESTAMP_HEADER} must be unix seconds`);
  if (!/^[\w.:-]{8,128}$/.test(nonce)) throw new DomainError('invalid_signature', `${NONCE_HEADER} must be 8 to 128 letters, digits or -_.:`);
  const tolerance = input.toleranceSeconds ?? TOLERANCE_SECONDS;
  const nowSeconds = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > tolerance) {
    throw new DomainError('invalid_signature', `${TIMESTAMP_HEADER} is more than ${tolerance} s away from the server clock`);
  }
  const expected = Buffer.from(signIncoming(secret, timestamp, nonce, rawBody));
  const given = Buffer.from(signature);
  // timingSafeEqual needs equal lengths; comparing against itself keeps the time constant.
  const ok = given.length === expected.length ? timingSafeEqual(given, expected) : (timingSafeEqual(expected, expected), false);
  if (!ok) throw new DomainError('invalid_signature', 'The signature does not match the body');
  // A nonce only has to be remembered while its timestamp is acceptable.
  if (!(await nonceStore.remember(scope, nonce, tolerance * 2 + 60))) {
    throw new DomainError('replayed', 'This nonce was already used; sign every request with a new nonce');
  }
}

/**
 * Makes every body in this (encapsulated) plugin arrive as the raw bytes, so the signature is
 * checked over exactly what was sent; routes parse JSON themselves after verifying.
 */
export function rawBodyParser(scope: FastifyInstance<any, any, any, any, any>): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_req: unknown, body: Buffer, done: (err: Error | null, body?: Buffer) => void) => done(null, body));
}

/** JSON.parse for a verified raw body: 400 on malformed JSON. */
export function parseJsonBody(raw: Buffer | undefined): unknown {
  if (!raw || raw.length === 0) throw new DomainError('validation_failed', 'The body must be a JSON object');
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new DomainError('validation_failed', 'The body is not valid JSON');
  }
}
