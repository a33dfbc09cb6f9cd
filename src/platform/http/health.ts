import { Type } from '@sinclair/typebox';
import type { Platform } from '../platform';
import type { App } from './app';
import { DomainError } from '../errors';
import { metricsAllowed } from './hardening';

export function healthRoutes(app: App, platform: Platform) {
  app.get('/healthz', {
    schema: { tags: ['health'], summary: 'The process is up', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/readyz', {
    schema: {
      tags: ['health'],
      summary: 'Dependencies: 503 when the database is unreachable; a missing cache only degrades',
      response: {
        200: Type.Object({ status: Type.String(), checks: Type.Object({ database: Type.String(), cache: Type.String() }) }),
        503: Type.Object({ status: Type.String(), checks: Type.Object({ database: Type.String(), cache: Type.String() }) }),
      },
    },
    handler: async (_req, reply) => {
      const database = await Promise.race([
        platform.database.ping().then(() => 'ok'),
        new Promise<string>((r) => setTimeout(() => r('unreachable'), 2000)),
      ]).catch(() => 'unreachable');
      const cache = platform.cache.health();
      const ok = database === 'ok';
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', checks: { database, cache } });
    },
  });

  app.get('/metrics', {
    schema: { tags: ['health'], summary: 'Prometheus metrics (Authorization: Bearer METRICS_TOKEN; without one configured, loopback callers only)', produces: ['text/plain'] },
    handler: async (req, reply) => {
      if (!metricsAllowed(req, platform.config.metricsToken, platform.config.production)) {
        throw new DomainError(platform.config.metricsToken ? 'unauthorized' : 'forbidden', platform.config.metricsToken ? 'Send Authorization: Bearer <METRICS_TOKEN>' : 'Metrics are served to loopback callers only; set METRICS_TOKEN to read them remotely');
      }
      reply.type(platform.metrics.registry.contentType);
      return platform.metrics.registry.metrics();
    },
  });
}
