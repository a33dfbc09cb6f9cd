import type { IncomingMessage, ServerResponse } from 'node:http';
import AjvCompiler from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import cors from '@fastify/cors';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest, type RawServerDefault } from 'fastify';
import type { Redis } from 'ioredis';
import { uuidv7 } from 'uuidv7';
import type { Config } from '../config';
import { DomainError } from '../errors';
import type { Metrics } from '../metrics';
import type { RedisBreaker } from '../redis';
import { lazyCompiled, warmUp } from './lazy-compile';
import { breakerRateStore } from './rate-store';
import { type Access, actorOf, authorize, type Principal, type RequestContext } from './access';
import { hardenOpenApi, installEdgeRules, methodNotAllowed } from './hardening';
import { sendProblem } from './problem';
import { Problem, setCursorSecret } from './schemas';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

import type { App } from './app-type';
export type { App } from './app-type';

export interface HttpDeps {
  config: Config;
  metrics: Metrics;
  redis: Redis | null;
  /** With Redis: the breaker that sends the rate limit to process memory while Redis is away. */
  redisBreaker?: RedisBreaker | null;
  logger: FastifyBaseLogger;
  /** Resolves the caller from `Authorization: Bearer` or `X-API-Key`; throws `unauthorized` for a bad credential. */
  authenticate(req: FastifyRequest): Promise<Principal | null>;
}

export const JSON_BODY_LIMIT = 1024 * 1024;

/**
 * helmet's headers, computed once: the configuration is static, and building helmet's middleware
 * per request (as @fastify/helmet does) costs more than the rest of a cached read.
 */
const SECURITY_HEADERS: Record<string, string> = (() => {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
    getHeader: (name: string) => headers[name.toLowerCase()],
  };
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        // 'self' covers the page's own ws:/wss: origin (CSP 3); no other host may be reached.
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
  })({} as never, res as never, () => {});
  return Object.freeze(headers);
})();
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Bodies are validated strictly (no type coercion); query strings and params are coerced from text. */
function validatorFactory() {
  const factory = AjvCompiler();
  return (externalSchemas: unknown, options: any) => {
    const ajvFormats = options?.customOptions ?? {};
    const strict = factory(externalSchemas as any, { ...options, customOptions: { ...ajvFormats, coerceTypes: false, removeAdditional: false } });
    const loose = factory(externalSchemas as any, { ...options, customOptions: { ...ajvFormats, coerceTypes: 'array', removeAdditional: false } });
    return (args: { httpPart?: string }) => lazyCompiled(() => (args.httpPart === 'body' ? strict(args as any) : loose(args as any)) as any, 'validator');
  };
}

/**
 * 2xx responses go through fast-json-stringify (fast, and it drops fields the schema does not
 * name). Problem bodies are built by sendProblem alone, so their documented 4xx/5xx schemas need
 * no compiled serializer: compiling one per route and status class was a third of start-up.
 */
function serializerFactory() {
  const factory = SerializerSelector();
  const stringify = (data: unknown) => JSON.stringify(data);
  return (externalSchemas: unknown, options: unknown) => {
    const compile = factory(externalSchemas as any, options as any);
    return (args: { httpStatus?: string }) => (/^[45]/.test(String(args.httpStatus ?? '')) ? stringify : lazyCompiled(() => compile(args as any), 'serializer'));
  };
}

function trustProxyOption(value: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof value === 'number') return (_address, hop) => hop < value;
  return typeof value === 'boolean' ? value : [...value];
}

export async function createHttpApp(deps: HttpDeps): Promise<App> {
  const { config, metrics } = deps;
  const app = Fastify({
    loggerInstance: deps.logger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: JSON_BODY_LIMIT,
    // Only a configured proxy may speak for the client's address (else X-Forwarded-For dodges per-IP limits).
    trustProxy: trustProxyOption(config.trustProxy),
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : uuidv7();
    },
    ajv: { customOptions: { allErrors: false, strict: false } },
    schemaController: { compilersFactory: { buildValidator: validatorFactory() as any, buildSerializer: serializerFactory() as any } },
    routerOptions: { maxParamLength: 200 },
    // The router's own refusals (bad percent-encoding, over-long path params) are problems too.
    frameworkErrors: (err, req, reply) => {
      reply.header('x-request-id', req.id);
      return sendProblem(req, reply, new DomainError('validation_failed', err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path segment is too long' : 'The URL is not valid (bad percent-encoding?)'));
    },
    forceCloseConnections: 'idle',
    // Requests arriving while we close get our own problem+json 503 (hook below), not Fastify's JSON.
    return503OnClosing: false,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onListen', (done) => {
    warmUp((err) => app.log.error({ err }, 'a route schema does not compile'));
    done();
  });
  app.decorateRequest('principal', null);
  setCursorSecret(config.jwtSecret);
  installEdgeRules(app);
  app.addSchema(Problem);

  // A JSON body may be empty on action routes (POST …/publish); anything else must parse.
  const defaultJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (body === '' || body === undefined) return done(null, undefined);
    defaultJson(req, body as string, done);
  });
  // JSON everywhere: a text/plain body is a wrong content type (415), not a string to validate.
  app.removeContentTypeParser('text/plain');

  app.setErrorHandler((err, req, reply) => sendProblem(req, reply, err));
  app.setNotFoundHandler((req, reply) =>
    sendProblem(req, reply, methodNotAllowed(app, req, reply) ?? new DomainError('not_found', `No route for ${req.method} ${req.url.split('?')[0]}`)),
  );

  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (req, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    reply.header('x-request-id', req.id);
    if (!closing) return done();
    // Shutting down: tell the client (or the gateway) to go elsewhere, and drop this connection.
    reply.header('connection', 'close');
    void sendProblem(req, reply, new DomainError('unavailable', 'The server is shutting down; retry on another instance', { headers: { 'retry-after': '1' } }));
  });

  app.addHook('onRoute', (route) => {
    const url = route.url ?? '';
    if (url.startsWith('/v1/') && !route.config?.access && !route.url.startsWith('/v1/realtime')) {
      throw new Error(`route ${route.method} ${url} declares no access rule (config.access)`);
    }
    const rule = route.config?.access;
    route.schema ??= {};
    const schema = route.schema as Record<string, any>;
    schema.response ??= {};
    const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: 'Problem#' } } } });
    schema.response['4xx'] ??= problemResponse('The request was refused (RFC 9457 problem details)');
    schema.response['5xx'] ??= problemResponse('The server failed (RFC 9457 problem details)');
    if (rule && rule.kind !== 'public') {
      schema.security = rule.kind === 'role' && rule.scope ? [{ bearer: [] }, { apiKey: [rule.scope] }] : [{ bearer: [] }];
    }
  });

  const logRequests = ['trace', 'debug', 'info'].includes(deps.logger.level);
  app.addHook('onResponse', async (req, reply) => {
    if (logRequests) req.log.info({ method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
    metrics.httpDuration.observe(
      { method: req.method, route: req.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  if (config.corsOrigins.length > 0) {
    await app.register(cors, { origin: [...config.corsOrigins], credentials: true, exposedHeaders: ['etag', 'x-request-id', 'retry-after'] });
  }
  if (config.rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      global: true,
      max: config.rateLimitPerMinute,
      timeWindow: 60_000,
      ...(deps.redisBreaker ? { store: breakerRateStore(deps.redisBreaker, 'inventra-rl-') as any } : { redis: deps.redis ?? undefined }),
      nameSpace: 'inventra-rl-',
      skipOnError: true,
      allowList: (req) => ['/healthz', '/readyz', '/metrics'].includes(req.url),
      errorResponseBuilder: (_req, ctx) =>
        new DomainError('rate_limited', `More than ${ctx.max} requests a minute from this address; retry in ${Math.ceil(ctx.ttl / 1000)} s`, {
          headers: { 'retry-after': String(Math.ceil(ctx.ttl / 1000)) },
        }),
    });
  }

  // Resolve the caller and apply the route's rule before the body is read.
  app.addHook('onRequest', async (req) => {
    const rule = req.routeOptions.config?.access;
    if (!rule) return;
    if (rule.kind === 'public') {
      req.principal = await deps.authenticate(req).catch(() => null);
      return;
    }
    req.principal = await deps.authenticate(req);
    authorize(rule, req.principal);
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Inventra API', version: '1.0.0', description: 'Commerce backend: PMS (admin) and storefront. Errors are RFC 9457 problem+json.' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        },
      },
    },
    transformObject: (documentObject) => hardenOpenApi((documentObject as { openapiObject: unknown }).openapiObject),
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, uiConfig: { deepLinking: true } });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  return app;
}

/** The acting principal and request facts a service needs for audit and authorization. */
export function ctx(req: FastifyRequest): RequestContext {
  return { actor: actorOf(req.principal), principal: req.principal, requestId: req.id, ip: req.ip };
}

/** Parses `If-Match: "3"` (or W/"3", or 3) into a version; undefined when absent. */
export function ifMatchVersion(req: FastifyRequest): number | undefined {
  const raw = req.headers['if-match'];
  if (raw === undefined || raw === '*') return undefined;
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(raw).trim());
  if (!m) throw new DomainError('precondition_failed', 'If-Match must be the ETag of the resource, e.g. "3"');
  return Number(m[1]);
}

export const etag = (version: number) => `"${version}"`;
