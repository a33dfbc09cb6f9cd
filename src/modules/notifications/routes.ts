import { Type } from '@sinclair/typebox';
import { access } from '../../platform/http/access';
import { type App, ctx } from '../../platform/http/app';
import { IdParams, ListQuery, Nullable, Obj, Page } from '../../platform/core/schemas';
import type { StoreSettings } from '../settings/index';
import { PREVIEW_PAYMENTS, previewMessage } from './preview';
import { LOCALES, NOTIFICATION_TYPES } from './render';
import type { NotificationService } from './service';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Status = literals(['pending', 'sent', 'failed', 'kept'] as const);
const Summary = Type.Object({
  id: Type.String(),
  type: Type.String(),
  to: Type.String(),
  locale: literals(LOCALES),
  subject: Type.String(),
  status: Status,
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  eventId: Nullable(Type.String()),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
});
const Detail = Type.Composite([
  Summary,
  Type.Object({
    text: Type.String(),
    html: Type.String(),
    attemptLog: Type.Array(Type.Object({ attempt: Type.Integer(), ok: Type.Boolean(), error: Nullable(Type.String()), response: Nullable(Type.String()), createdAt: Type.String() })),
  }),
]);
const Rendered = Type.Object({ subject: Type.String(), text: Type.String(), html: Type.String() });

export function notificationRoutes(app: App, deps: { notifications: NotificationService; settings: { get(): Promise<StoreSettings> }; publicUrl: string }) {
  const tags = ['admin: notifications'];

  app.get('/v1/admin/notifications', {
    config: { access: access.staff() },
    schema: {
      tags,
      summary: 'Emails, newest first (filter by recipient, type, status)',
      querystring: Obj({ ...ListQuery, to: Type.Optional(Type.String({ maxLength: 254 })), type: Type.Optional(literals(NOTIFICATION_TYPES)), status: Type.Optional(Status) }),
      response: { 200: Page(Summary) },
    },
    handler: (req) => deps.notifications.list({ ...req.query, limit: req.query.limit ?? 20 }),
  });

  app.get('/v1/admin/notifications/preview', {
    config: { access: access.staff() },
    schema: {
      tags,
      summary: 'A template rendered with sample data',
      querystring: Obj({ type: literals(NOTIFICATION_TYPES), locale: Type.Optional(literals(LOCALES)), payment: Type.Optional(literals(PREVIEW_PAYMENTS)) }),
      response: { 200: Rendered },
    },
    handler: async (req) => {
      const store = await deps.settings.get();
      return previewMessage(req.query.type, req.query.locale ?? store.defaultLocale, store, deps.publicUrl, req.query.payment);
    },
  });

  app.get('/v1/admin/notifications/:id', {
    config: { access: access.staff() },
    schema: { tags, summary: 'One email as rendered (secrets masked) with its delivery attempts', params: IdParams, response: { 200: Detail } },
    handler: (req) => deps.notifications.get(req.params.id),
  });

  app.post('/v1/admin/notifications/:id/resend', {
    config: { access: access.staff() },
    schema: { tags, summary: 'Queue a failed (or kept) email again (409 for pending or sent ones)', params: IdParams, response: { 200: Summary } },
    handler: (req) => deps.notifications.resend(ctx(req), req.params.id),
  });
}
