import type { Config } from '../../platform/config';
import type { Platform } from '../../platform/platform';
import type { App } from '../../platform/http/app';
import type { AuditService } from '../audit/index';
import type { StoreSettings } from '../settings/index';
import { notificationRoutes } from './routes';
import { createSecretBox } from './secret';
import { createMailMetrics, createSender } from './sender';
import { createNotificationService, type Directory } from './service';

export type { Directory, NotificationService, Recipient } from './service';
export type { OrderFacts } from './vars';
export { LOCALES, type Locale, NOTIFICATION_TYPES, type NotificationType } from './render';

/**
 * Email notifications: messages written in the transaction of what caused them, sent by worker
 * roles over SMTP with retries, kept (readable in the admin) when no SMTP server is configured.
 */
export function createNotifications(deps: {
  platform: Pick<Platform, 'db' | 'clock' | 'log' | 'metrics'>;
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl' | 'jwtSecret' | 'role'>;
  settings: { get(q?: any): Promise<StoreSettings> };
  audit: AuditService;
  directory: Directory;
}) {
  const { platform, config } = deps;
  const box = createSecretBox(config.jwtSecret);
  const service = createNotificationService({
    db: platform.db,
    settings: deps.settings,
    directory: deps.directory,
    clock: platform.clock,
    publicUrl: config.publicUrl,
    smtpEnabled: config.smtpUrl !== null,
    box,
    audit: deps.audit,
  });
  const sender = createSender({
    db: platform.db,
    smtpUrl: config.role === 'api' ? null : config.smtpUrl,
    from: config.mailFrom,
    clock: platform.clock,
    log: platform.log,
    metrics: createMailMetrics(platform.metrics.registry),
    box,
  });
  return {
    service,
    sender,
    routes: (app: App) => notificationRoutes(app, { notifications: service, settings: deps.settings, publicUrl: config.publicUrl }),
    /** Worker roles send; `api` processes only write messages. */
    start: () => sender.start(),
    stop: () => sender.stop(),
  };
}
export type Notifications = ReturnType<typeof createNotifications>;
