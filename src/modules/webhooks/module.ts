import type { IdentityService } from '../identity/service';
import type { App } from '../../platform/http/app';
import type { Platform } from '../../platform/platform';
import { createNonceStore } from './incoming';
import { pmsWebhookRoutes, type PmsHandlers } from './pms';

export interface EventsModuleDeps {
  platform: Platform;
  app: App;
  identity: IdentityService;
  /** Services the incoming PMS webhook applies changes through (wired as those modules exist). */
  pms: PmsHandlers;
}

/**
 * Events everywhere: incoming signed webhooks, outgoing webhooks, real time and the event stream,
 * composed here so the composition root needs one call.
 */
export function createEventsModule(deps: EventsModuleDeps) {
  const { platform, app } = deps;
  const now = () => platform.clock.now();
  const nonces = createNonceStore({ db: platform.db, redis: platform.redis, now });
  pmsWebhookRoutes(app, { config: platform.config, nonces, handlers: deps.pms, now });

  return {
    nonces,
    /** Connects outside services (NATS); call before the relay starts. */
    async start(): Promise<void> {},
    /** Call after the relay has stopped. */
    async stop(): Promise<void> {},
  };
}

export type EventsModule = ReturnType<typeof createEventsModule>;
