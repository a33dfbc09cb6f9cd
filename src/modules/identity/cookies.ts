import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../platform/errors';
import { REFRESH_TOKEN_TTL_SECONDS } from './tokens';

/**
 * Browser sessions keep the refresh token in an HttpOnly cookie (script cannot read it, so an
 * injected script cannot carry it away), sent only to the refresh route. API clients keep
 * sending `refreshToken` in the body. A browser asks for the cookie with `X-Refresh-Cookie: 1`;
 * the token is then left out of the JSON body.
 */
export const REFRESH_COOKIE = 'inventra_refresh';
export const REFRESH_PATH = '/v1/auth/refresh';
export const COOKIE_MODE_HEADER = 'x-refresh-cookie';
/** Sent by the web apps on cookie-authenticated requests; a cross-site form cannot add a header. */
export const CSRF_HEADER = 'x-inventra-csrf';

export const wantsCookie = (req: FastifyRequest) => req.headers[COOKIE_MODE_HEADER] === '1';

// Refresh tokens are base64url (`rt_…`): nothing in them needs cookie encoding.
const cookie = (value: string, maxAge: number) => `${REFRESH_COOKIE}=${value}; Max-Age=${maxAge}; Path=${REFRESH_PATH}; HttpOnly; Secure; SameSite=Strict`;

export function setRefreshCookie(reply: FastifyReply, token: string): void {
  reply.header('set-cookie', cookie(token, REFRESH_TOKEN_TTL_SECONDS));
}

export function clearRefreshCookie(reply: FastifyReply): void {
  reply.header('set-cookie', cookie('', 0));
}

export function refreshCookie(req: FastifyRequest): string | null {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== REFRESH_COOKIE) continue;
    const value = rest.join('=');
    return /^[\w-]{1,200}$/.test(value) ? value : null;
  }
  return null;
}

/**
 * CSRF defence where a cookie authenticates: the custom header (forces a CORS preflight, which
 * other origins fail) and, when the browser names an Origin, one this server serves or allows.
 */
export function assertSameOrigin(req: FastifyRequest, allowedOrigins: readonly string[]): void {
  if (req.headers[CSRF_HEADER] !== '1') {
    throw new DomainError('forbidden', `A cookie-authenticated request must send ${CSRF_HEADER}: 1`);
  }
  const origin = req.headers.origin;
  if (origin === undefined) return;
  const own = `${req.protocol}://${req.host}`;
  if (origin !== own && !allowedOrigins.includes(origin)) throw new DomainError('forbidden', `Origin ${origin} may not use this session cookie`);
}
