import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import type { DomainEvent } from '../../platform/events/outbox';
import type { EventBus } from '../../platform/events/bus';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import type { RequestContext } from '../../platform/core/context';
import type { Clock } from '../../platform/platform';
import type { AuditService } from '../audit/index';
import type { StoreSettings } from '../settings/index';
import { type MessageRow, type MessageStatus, notificationsRepo as repo } from './repo';
import { type Locale, type NotificationType, renderMessage, SECRET_PLACEHOLDER } from './render';
import type { SecretBox } from './secret';
import type { Vars } from './template';
import { confirmationVars, lowStockVars, type OrderFacts, orderStatusVars, resetVars, shippedVars } from './vars';
import { isUuid } from '../../platform/core/schemas';

export interface Recipient {
  email: string;
  name: string;
  /** null: the store's default language. */
  locale: Locale | null;
  userId: string | null;
}

/** What notifications reads of other modules, always through the handle it is given (a relay or order transaction). */
export interface Directory {
  contact(q: Db, userId: string): Promise<(Recipient & { isActive: boolean }) | null>;
  staff(q: Db): Promise<Recipient[]>;
  order(q: Db, orderId: string): Promise<{ number: number; userId: string; guestEmail: string | null; customerName: string; paid: boolean } | null>;
}

export interface NotificationsDeps {
  db: Db;
  settings: { get(q?: Db): Promise<StoreSettings> };
  directory: Directory;
  clock: Clock;
  publicUrl: string;
  /** Without SMTP, messages are kept (readable in the admin), not sent. */
  smtpEnabled: boolean;
  box: SecretBox;
  audit: AuditService;
}

export interface NotificationSummary {
  id: string;
  type: string;
  to: string;
  locale: Locale;
  subject: string;
  status: MessageStatus;
  attempts: number;
  lastError: string | null;
  eventId: string | null;
  createdAt: string;
  sentAt: string | null;
}
export interface NotificationDetail extends NotificationSummary {
  text: string;
  html: string;
  attemptLog: { attempt: number; ok: boolean; error: string | null; response: string | null; createdAt: string }[];
}

interface Draft {
  type: NotificationType;
  to: Recipient;
  sourceId: string;
  eventId?: string | null;
  vars: (locale: Locale) => Vars;
  secret?: string;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const MASK = '••••••••';

const summary = (r: MessageRow): NotificationSummary => ({
  id: r.id,
  type: r.type,
  to: r.recipient,
  locale: r.locale,
  subject: r.subject,
  status: r.status,
  attempts: r.attempts,
  lastError: r.last_error,
  eventId: r.event_id,
  createdAt: new Date(r.created_at).toISOString(),
  sentAt: iso(r.sent_at),
});

export function createNotificationService(deps: NotificationsDeps) {
  const { db, settings, directory, clock, publicUrl, box } = deps;
  const orderUrl = (id: string, withKey = false) => `${publicUrl}/orders/${id}${withKey ? `?key=${SECRET_PLACEHOLDER}` : ''}`;

  /** Renders and writes messages in `tx`: they exist exactly when what caused them committed. */
  async function write(tx: Db, store: StoreSettings, drafts: Draft[]): Promise<number> {
    const now = clock.now();
    return repo.insert(
      tx,
      drafts.map((d) => {
        const locale = d.to.locale ?? store.defaultLocale;
        const r = renderMessage(d.type, locale, d.vars(locale));
        return {
          id: uuidv7(),
          type: d.type,
          recipient: d.to.email,
          user_id: d.to.userId,
          locale,
          subject: r.subject,
          text_body: r.text,
          html_body: r.html,
          secret: d.secret ? box.seal(d.secret) : null,
          source_id: d.sourceId,
          event_id: d.eventId ?? null,
          status: deps.smtpEnabled ? 'pending' : 'kept',
          next_attempt_at: now,
          created_at: now,
          updated_at: now,
        };
      }),
    );
  }

  /** The customer (or guest) an order's messages go to. */
  async function orderRecipient(tx: Db, orderId: string) {
    const o = await directory.order(tx, orderId);
    if (!o) return null;
    if (o.guestEmail) return { order: o, to: { email: o.guestEmail, name: o.customerName, locale: null, userId: null } as Recipient };
    const c = await directory.contact(tx, o.userId);
    return c ? { order: o, to: c as Recipient } : null;
  }

  const service = {
    /** The order confirmation, written in the order's transaction; a guest's link carries the access key. */
    async orderConfirmation(tx: Db, x: { order: OrderFacts; to: Recipient; store: StoreSettings; accessKey?: string }): Promise<void> {
      const url = orderUrl(x.order.id, Boolean(x.accessKey));
      await write(tx, x.store, [{
        type: 'order.confirmation', to: x.to, sourceId: x.order.id, secret: x.accessKey,
        vars: (locale) => confirmationVars(x.order, x.store, locale, x.to.name, url),
      }]);
    },

    /** The reset link, written with its token row; the token itself travels sealed. */
    async passwordReset(tx: Db, x: { resetId: string; token: string; to: Recipient; store: StoreSettings; minutes: number }): Promise<void> {
      await write(tx, x.store, [{
        type: 'password.reset', to: x.to, sourceId: x.resetId, secret: x.token,
        vars: () => resetVars({ resetUrl: `${publicUrl}/reset-password?token=${SECRET_PLACEHOLDER}`, minutes: x.minutes }, x.store, x.to.name),
      }]);
    },

    /** Messages caused by domain events, written in the relay's transaction (one per event, recipient and type). */
    subscribe(bus: EventBus): void {
      bus.subscribe('shipment.created', 'notifications', async (e, tx) => {
        const d = e.data as { orderId: string; carrier: string; trackingNumber: string };
        const found = await orderRecipient(tx, d.orderId);
        if (!found) return;
        const store = await settings.get(tx);
        const url = found.order.guestEmail ? null : orderUrl(d.orderId);
        await write(tx, store, [{
          type: 'order.shipped', to: found.to, sourceId: e.id, eventId: e.id,
          vars: () => shippedVars({ number: found.order.number, carrier: d.carrier, trackingNumber: d.trackingNumber, orderUrl: url, fallbackUrl: url ?? publicUrl }, store, found.to.name),
        }]);
      });
      for (const status of ['cancelled', 'refunded'] as const) {
        bus.subscribe(`order.${status}`, 'notifications', async (e, tx) => {
          const d = e.data as { orderId: string; total: number; currency: string; note: string | null; refundedAmount?: number; settledByReturns?: boolean };
          // The last return's own email already said what came back.
          if (d.settledByReturns) return;
          const found = await orderRecipient(tx, d.orderId);
          if (!found) return;
          const store = await settings.get(tx);
          const url = found.order.guestEmail ? null : orderUrl(d.orderId);
          await write(tx, store, [{
            type: `order.${status}`, to: found.to, sourceId: e.id, eventId: e.id,
            vars: (locale) => orderStatusVars({ number: found.order.number, total: status === 'refunded' ? (d.refundedAmount ?? d.total) : d.total, currency: d.currency, note: d.note, refund: status === 'cancelled' && found.order.paid, orderUrl: url }, store, locale, found.to.name),
          }]);
        });
      }
      // A partial return refunds part of the order: the customer hears how much came back.
      bus.subscribe('order.returned', 'notifications', async (e, tx) => {
        const d = e.data as { orderId: string; refundAmount: number };
        const found = await orderRecipient(tx, d.orderId);
        if (!found || d.refundAmount <= 0) return;
        const store = await settings.get(tx);
        const url = found.order.guestEmail ? null : orderUrl(d.orderId);
        await write(tx, store, [{
          type: 'order.refunded', to: found.to, sourceId: e.id, eventId: e.id,
          vars: (locale) => orderStatusVars({ number: found.order.number, total: d.refundAmount, currency: store.currency, note: null, refund: false, orderUrl: url }, store, locale, found.to.name),
        }]);
      });
      bus.subscribe('inventory.low_stock', 'notifications', async (e, tx) => {
        const d = e.data as { sku: string; available: number; onHand: number; reserved: number; lowStockThreshold: number };
        const staff = await directory.staff(tx);
        if (staff.length === 0) return;
        const store = await settings.get(tx);
        const x = { sku: d.sku, available: d.available, onHand: d.onHand, reserved: d.reserved, threshold: d.lowStockThreshold, inventoryUrl: `${publicUrl}/admin/inventory?sku=${encodeURIComponent(d.sku)}` };
        await write(tx, store, staff.map((to) => ({ type: 'staff.low_stock' as const, to, sourceId: e.id, eventId: e.id, vars: () => lowStockVars(x, store, to.name) })));
      });
    },

    async list(f: { to?: string; type?: string; status?: MessageStatus; limit: number; cursor?: string }): Promise<{ items: NotificationSummary[]; nextCursor: string | null }> {
      const after = decodeCursor(f.cursor, (v): v is { createdAt: string; id: string } =>
        typeof v === 'object' && v !== null && typeof (v as any).createdAt === 'string' && !Number.isNaN(Date.parse((v as any).createdAt)) && isUuid(String((v as any).id)));
      if (f.cursor && !after) throw new DomainError('validation_failed', 'cursor is not valid', { errors: [{ path: 'cursor', message: 'is not a cursor from this list' }] });
      const rows = await repo.list(db, { to: f.to, type: f.type, status: f.status, after, limit: f.limit + 1 });
      const page = rows.slice(0, f.limit);
      const last = page[page.length - 1];
      return { items: page.map(summary), nextCursor: rows.length > f.limit ? encodeCursor({ createdAt: new Date(last.created_at).toISOString(), id: last.id }) : null };
    },

    /** One message as rendered; a secret it carries is masked. */
    async get(id: string): Promise<NotificationDetail> {
      const row = isUuid(id) ? await repo.find(db, id) : undefined;
      if (!row) throw notFound('Notification');
      const mask = (s: string) => s.split(SECRET_PLACEHOLDER).join(MASK);
      const log = await repo.attempts(db, id);
      return {
        ...summary(row),
        text: mask(row.text_body),
        html: mask(row.html_body),
        attemptLog: log.map((a) => ({ attempt: a.attempt, ok: a.ok, error: a.error, response: a.response, createdAt: new Date(a.created_at).toISOString() })),
      };
    },

    /** Queues a failed (or kept, once SMTP is configured) message again. */
    async resend(ctx: RequestContext, id: string): Promise<NotificationSummary> {
      const row = isUuid(id) ? await repo.find(db, id) : undefined;
      if (!row) throw notFound('Notification');
      if (!deps.smtpEnabled) throw new DomainError('unprocessable', 'No mail server is configured (SMTP_URL); messages are kept, not sent');
      return db.transaction().execute(async (tx) => {
        const again = await repo.requeue(tx, id, ['failed', 'kept'], clock.now());
        if (!again) throw new DomainError('invalid_transition', `A ${row.status} message cannot be resent (only failed or kept ones)`);
        await deps.audit.record(tx, ctx, { action: 'notification.resent', entityType: 'notification', entityId: id, before: { status: row.status }, after: { status: 'pending' } });
        return summary(again);
      });
    },
  };
  return service;
}

export type NotificationService = ReturnType<typeof createNotificationService>;
