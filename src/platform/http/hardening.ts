import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors';
import type { App } from './app-type';

/**
 * Edge rules every route gets (issue 11): text that PostgreSQL or a JSON consumer cannot take is
 * refused before any handler runs, responses are not cached by default, a known path with the
 * wrong method is a 405 with `Allow`, and the OpenAPI document states the limits and errors.
 */

// NUL (PostgreSQL text cannot hold it) and UTF-16 surrogates without their pair (not valid Unicode).
const BAD_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string (or object key) holding a NUL or a lone surrogate, or null. */
export function findBadText(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return BAD_TEXT.test(value) ? path || '/' : null;
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  if (Buffer.isBuffer(value)) return null;
  for (const [k, v] of Object.entries(value)) {
    if (BAD_TEXT.test(k)) return `${path}/${k.replace(BAD_TEXT, '?')}`;
    const found = findBadText(v, `${path}/${k}`, depth + 1);
    if (found) return found;
  }
  return null;
}

export function assertCleanText(part: string, value: unknown): void {
  const at = findBadText(value);
  if (at === null) return;
  const path = `${part === 'body' ? '' : `${part}`}${at === '/' ? '' : at}`.replace(/^\//, '') || part;
  throw new DomainError('validation_failed', 'Text must not contain NUL characters or unpaired UTF-16 surrogates', { errors: [{ path, message: 'contains a NUL character or an unpaired surrogate' }] });
}

const patternOf = (url: string) => new RegExp(`^${url.split('/').map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}/?$`);

export function installEdgeRules(app: App): void {
  app.addHook('preValidation', async (req) => {
    assertCleanText('querystring', req.query);
    assertCleanText('params', req.params);
    assertCleanText('body', req.body);
  });

  // Tokens and personal data must not sit in shared or browser caches; routes that may be cached say so.
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/v1/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  // Known API paths, so the not-found handler can tell "no such path" (404) from "wrong method" (405).
  const routes: { method: string; pattern: RegExp }[] = [];
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const pattern = patternOf(route.url);
    for (const m of methods) routes.push({ method: m.toUpperCase(), pattern });
  });
  (app as unknown as { allowedMethods(path: string): string[] }).allowedMethods = (path) =>
    [...new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method))].sort();
}

/** 405 with `Allow` when the path exists under other methods; null when it does not exist at all. */
export function methodNotAllowed(app: App, req: FastifyRequest, reply: FastifyReply): DomainError | null {
  const allowed = (app as unknown as { allowedMethods(path: string): string[] }).allowedMethods(req.url.split('?')[0]);
  if (allowed.length === 0 || allowed.includes(req.method)) return null;
  reply.header('allow', allowed.join(', '));
  return new DomainError('method_not_allowed', `${req.method} is not allowed here; use ${allowed.join(', ')}`);
}

/** `/metrics`: a bearer `METRICS_TOKEN` when set; otherwise only loopback callers outside production. */
export function metricsAllowed(req: FastifyRequest, token: string | null, production: boolean): boolean {
  if (token) {
    const m = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
    if (!m) return false;
    const a = Buffer.from(m[1]);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }
  if (production) return false;
  const ip = req.socket.remoteAddress ?? '';
  return ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1' || ip === '';
}

const RATE_HEADERS = {
  'X-RateLimit-Limit': { description: 'Requests allowed per minute from this address (RATE_LIMIT_PER_MINUTE)', schema: { type: 'integer', minimum: 0, maximum: 10_000_000 } },
  'X-RateLimit-Remaining': { description: 'Requests left in the current minute', schema: { type: 'integer', minimum: 0, maximum: 10_000_000 } },
  'X-RateLimit-Reset': { description: 'Seconds until the window resets', schema: { type: 'integer', minimum: 0, maximum: 3600 } },
};
const SIGNED_WEBHOOKS: Record<string, string> = { '/v1/webhooks/pms': 'pmsSignature', '/v1/payments/konbini/notify': 'konbiniSignature' };
const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/def-0' } } };

const INT32 = 2_147_483_647;
/** Integers say their width (OWASP API4): int32 when the bounds fit, else int64 (JS safe integers). */
function addIntegerFormats(node: unknown, depth = 0): void {
  if (depth > 40 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) addIntegerFormats(n, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  const isInteger = o.type === 'integer' || (Array.isArray(o.type) && o.type.includes('integer'));
  if (isInteger && o.format === undefined) {
    const fits = typeof o.minimum === 'number' && typeof o.maximum === 'number' && o.minimum >= -INT32 - 1 && o.maximum <= INT32;
    o.format = fits ? 'int32' : 'int64';
  }
  for (const v of Object.values(o)) addIntegerFormats(v, depth + 1);
}

/**
 * Post-processes the generated OpenAPI document: every operation documents 429 with `Retry-After`
 * and the rate-limit headers, secured operations document 401 and 403, and the signed incoming
 * webhooks name their HMAC schemes.
 */
export function hardenOpenApi(doc: any): any {
  const problemRef = doc.components?.schemas?.Problem ? { $ref: '#/components/schemas/Problem' } : problemContent['application/problem+json'].schema;
  const problem = (description: string, headers?: Record<string, unknown>) => ({ description, ...(headers ? { headers } : {}), content: { 'application/problem+json': { schema: problemRef } } });
  for (const [path, ops] of Object.entries<any>(doc.paths ?? {})) {
    for (const [method, op] of Object.entries<any>(ops)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method) || !op || typeof op !== 'object') continue;
      op.responses ??= {};
      for (const [status, res] of Object.entries<any>(op.responses)) {
        if (/^[23]/.test(status) && res && typeof res === 'object') res.headers = { ...RATE_HEADERS, ...(res.headers ?? {}) };
      }
      op.responses['429'] ??= problem('Too many requests (per-IP limit, sign-in or sign-up limits)', {
        'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 1, maximum: 86_400 } },
        ...RATE_HEADERS,
      });
      op.responses['400'] ??= problem('The request failed validation');
      if (op.security?.length) {
        op.responses['401'] ??= problem('Missing, invalid, expired or revoked credentials');
        op.responses['403'] ??= problem('Authenticated, but the role or API-key scope does not allow this');
      }
      if (path === '/metrics') op.security = [{ metricsToken: [] }];
      const signed = SIGNED_WEBHOOKS[path];
      if (signed) {
        op.security = [{ [signed]: [] }];
        op.responses['401'] ??= problem('Bad signature or a timestamp more than 300 s off');
      }
    }
  }
  addIntegerFormats(doc);
  doc.components ??= {};
  doc.components.securitySchemes = {
    ...(doc.components.securitySchemes ?? {}),
    pmsSignature: { type: 'apiKey', in: 'header', name: 'x-inventra-signature', description: 'sha256=<hex HMAC-SHA256(PMS_WEBHOOK_SECRET, "<x-inventra-timestamp>.<x-inventra-nonce>.<body>")>' },
    metricsToken: { type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN, for /metrics' },
    konbiniSignature: { type: 'apiKey', in: 'header', name: 'x-inventra-signature', description: 'sha256=<hex HMAC-SHA256(KONBINI_WEBHOOK_SECRET, "<x-inventra-timestamp>.<x-inventra-nonce>.<body>")>' },
    outgoingWebhookSignature: { type: 'apiKey', in: 'header', name: 'webhook-signature', description: 'Outgoing webhooks (Standard Webhooks): v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>, for receivers to verify' },
  };
  return doc;
}
