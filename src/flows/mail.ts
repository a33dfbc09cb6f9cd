import type { Config } from '../platform/config';
import type { Platform } from '../platform/platform';
import type { AuditService } from '../modules/audit/index';
import { createPasswordReset, passwordResetRoutes, type IdentityService } from '../modules/identity/index';
import { createNotifications, type Recipient } from '../modules/notifications/index';
import { createCheckout, type OrderService } from '../modules/orders/index';
import type { PaymentService } from '../modules/payments/index';
import type { SettingsService } from '../modules/settings/index';
import type { App } from '../platform/http/app';

/**
 * Who gets told what: wires notifications to identity (recipients, password reset) and orders
 * (confirmation in the order's transaction, guest checkout, guest orders joining a new account).
 */
export function wireMail(deps: {
  platform: Platform;
  config: Config;
  audit: AuditService;
  settings: SettingsService;
  identity: IdentityService;
  orders: OrderService;
  payments: Pick<PaymentService, 'getForOrders'>;
  /** Forgot-password requests per IP per hour; the lead wires SIGNUP_LIMIT_PER_HOUR here. */
  forgotPerIpPerHour?: () => number;
}) {
  const { platform, config, settings, identity, orders } = deps;
  const recipient = (c: { userId: string; email: string; name: string; locale: 'ja' | 'en' | null }): Recipient => ({ userId: c.userId, email: c.email, name: c.name, locale: c.locale });

  const notifications = createNotifications({
    platform,
    config,
    settings,
    audit: deps.audit,
    directory: {
      contact: async (q, userId) => {
        const c = await identity.contact(q, userId);
        return c ? { ...recipient(c), isActive: c.isActive } : null;
      },
      staff: async (q) => (await identity.activeStaff(q)).map(recipient),
      order: async (q, orderId) => {
        const o = await checkout.recipientOf(q, orderId);
        if (!o) return null;
        // Read after the change: a paid order that was cancelled is `refunded` by then.
        const status = (await deps.payments.getForOrders(q, [orderId])).get(orderId)?.status;
        return { ...o, paid: status === 'paid' || status === 'refunded' };
      },
    },
  });

  const checkout = createCheckout({
    db: platform.db,
    orders,
    settings,
    customer: async (userId) => {
      const c = await identity.contact(platform.db, userId);
      return c ? recipient(c) : null;
    },
    confirm: (tx, x) => notifications.service.orderConfirmation(tx, x),
  });
  platform.bus.subscribe('user.registered', 'orders-guest-claim', async (e, tx) => {
    await checkout.claim(tx, String(e.data.userId), String(e.data.email));
  });

  const passwordReset = createPasswordReset({
    db: platform.db,
    rate: platform.rate,
    identity,
    log: platform.log,
    now: () => platform.clock.now(),
    perIpPerHour: deps.forgotPerIpPerHour ?? (() => 20),
    sendResetLink: async (tx, x) => notifications.service.passwordReset(tx, { resetId: x.resetId, token: x.token, to: recipient(x.to), store: await settings.get(tx), minutes: x.minutes }),
  });

  notifications.service.subscribe(platform.bus);

  return {
    notifications,
    checkout,
    passwordReset,
    routes(app: App) {
      notifications.routes(app);
      passwordResetRoutes(app, { reset: passwordReset });
    },
    start: () => notifications.start(),
    async stop() {
      await passwordReset.settled();
      await notifications.stop();
    },
  };
}
