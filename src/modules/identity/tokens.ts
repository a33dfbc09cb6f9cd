import { createHash, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import type { UserRole } from '../../platform/core/context';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 24 * 60 * 60;
const ISSUER = 'inventra';
const AUDIENCE = 'inventra-api';

export interface AccessClaims {
  sub: string;
  role: UserRole;
  /** The sign-in (refresh-token family) this access token belongs to. */
  sid?: string;
}

/** `now` is the services' clock, so tests can move past `exp` without waiting. */
export function createTokenSigner(secret: string, now: () => Date = () => new Date()) {
  const key = new TextEncoder().encode(secret);
  // Signature checks cost ~0.1 ms; a client sends the same token on every request, so a token
  // verified once is remembered (with its expiry, still checked on every use) until it expires.
  const verified = new LRUCache<string, { claims: AccessClaims; expMs: number }>({ max: 20_000 });
  return {
    async sign(claims: AccessClaims): Promise<string> {
      return new SignJWT(claims.sid ? { role: claims.role, sid: claims.sid } : { role: claims.role })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(claims.sub)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(Math.floor(now().getTime() / 1000))
        .setExpirationTime(Math.floor(now().getTime() / 1000) + ACCESS_TOKEN_TTL_SECONDS)
        .sign(key);
    },
    /** Verifies signature (HS256 only), issuer, audience and expiry; null when any check fails. */
    async verify(token: string): Promise<AccessClaims | null> {
      const hit = verified.get(token);
      if (hit) return hit.expMs > now().getTime() ? hit.claims : null;
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE, requiredClaims: ['exp', 'sub'], currentDate: now() });
        const claims: AccessClaims = { sub: String(payload.sub), role: payload.role as UserRole, ...(typeof payload.sid === 'string' ? { sid: payload.sid } : {}) };
        verified.set(token, { claims, expMs: payload.exp! * 1000 });
        return claims;
      } catch (err) {
        if (err instanceof errors.JOSEError || err instanceof TypeError) return null;
        throw err;
      }
    },
  };
}

export type TokenSigner = ReturnType<typeof createTokenSigner>;

/** Opaque secrets (refresh tokens, API keys) are stored only as SHA-256 hashes. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
export const randomSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
