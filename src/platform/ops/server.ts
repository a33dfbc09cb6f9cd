import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { DomainError } from '../errors';
import type { App } from '../http/app';
import { healthRoutes } from '../http/health';
import { sendProblem } from '../http/problem';
import type { Platform } from '../platform';

/**
 * The worker's listener: /healthz, /readyz and /metrics only, for an orchestrator's probes and
 * Prometheus. The worker runs no API, so none of the API's plugins are loaded here.
 */
export async function createOpsServer(platform: Platform): Promise<App> {
  const app = Fastify({ loggerInstance: platform.log, disableRequestLogging: true, return503OnClosing: true, forceCloseConnections: true }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;
  app.setErrorHandler((err, req, reply) => sendProblem(req, reply, err));
  app.setNotFoundHandler((req, reply) => sendProblem(req, reply, new DomainError('not_found', `The worker serves only /healthz, /readyz and /metrics`)));
  healthRoutes(app, platform);
  await app.ready();
  return app;
}
