import { Type } from '@sinclair/typebox';
import { access } from '../../platform/http/access';
import { type App, ctx } from '../../platform/http/app';
import { Id, IdParams, ListQuery, Nullable, Obj, Page } from '../../platform/core/schemas';
import { EVENT_PATTERN, type WebhookService } from './service';

const EventPattern = Type.String({ minLength: 1, maxLength: 100, pattern: EVENT_PATTERN, description: 'An event type (order.created), a prefix wildcard (order.*) or *' });
const Url = Type.String({ minLength: 8, maxLength: 2000, description: 'https URL resolving to a public address (http and private addresses only with WEBHOOK_ALLOW_PRIVATE=1)' });
const Description = Nullable(Type.String({ maxLength: 500 }));
const WhileDisabled = Type.Union([Type.Literal('skip'), Type.Literal('keep')], {
  description: 'Events while the endpoint is disabled: skip (never delivered) or keep (sent in order once it is enabled again); default skip',
});

const Endpoint = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  description: Nullable(Type.String()),
  enabled: Type.Boolean(),
  disabledReason: Nullable(Type.String()),
  whileDisabled: WhileDisabled,
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const CreatedEndpoint = Type.Intersect([Endpoint, Type.Object({ secret: Type.String({ description: 'whsec_<base64>; shown only here' }) })]);

const Status = Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')]);
const Delivery = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  eventType: Type.String(),
  status: Status,
  attempts: Type.Integer(),
  lastStatusCode: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  nextAttemptAt: Nullable(Type.String()),
  createdAt: Type.String(),
});
const Attempt = Type.Object({
  attempt: Type.Integer(),
  startedAt: Type.String(),
  durationMs: Type.Integer(),
  statusCode: Nullable(Type.Integer()),
  error: Nullable(Type.String()),
  succeeded: Type.Boolean(),
});
const DeliveryWithAttempts = Type.Intersect([Delivery, Type.Object({ attemptLog: Type.Array(Attempt) })]);
const DeliveryParams = Obj({ id: Id, deliveryId: Id });

export function webhookRoutes(app: App, { webhooks }: { webhooks: WebhookService }) {
  const tags = ['webhooks'];
  const rule = access.admin('webhooks:write');

  app.post('/v1/admin/webhooks', {
    config: { access: rule },
    schema: {
      tags,
      summary: 'Create a webhook endpoint (the signing secret is shown only in this answer)',
      body: Obj({ url: Url, events: Type.Array(EventPattern, { minItems: 1, maxItems: 50 }), description: Type.Optional(Description), whileDisabled: Type.Optional(WhileDisabled) }),
      response: { 201: CreatedEndpoint },
    },
    handler: async (req, reply) => reply.code(201).send(await webhooks.create(ctx(req), req.body)),
  });

  app.get('/v1/admin/webhooks', {
    config: { access: rule },
    schema: { tags, summary: 'Webhook endpoints', querystring: Obj(ListQuery), response: { 200: Page(Endpoint) } },
    handler: (req) => webhooks.list({ limit: req.query.limit ?? 20, cursor: req.query.cursor }),
  });

  app.get('/v1/admin/webhooks/:id', {
    config: { access: rule },
    schema: { tags, summary: 'One webhook endpoint', params: IdParams, response: { 200: Endpoint } },
    handler: (req) => webhooks.get(req.params.id),
  });

  app.patch('/v1/admin/webhooks/:id', {
    config: { access: rule },
    schema: {
      tags,
      summary: 'Change an endpoint; enabling it again sends the deliveries that waited (and, with whileDisabled keep, the events kept meanwhile, in order)',
      params: IdParams,
      body: Type.Object(
        { url: Type.Optional(Url), events: Type.Optional(Type.Array(EventPattern, { minItems: 1, maxItems: 50 })), description: Type.Optional(Description), enabled: Type.Optional(Type.Boolean()), whileDisabled: Type.Optional(WhileDisabled) },
        { additionalProperties: false, minProperties: 1 },
      ),
      response: { 200: Endpoint },
    },
    handler: (req) => webhooks.update(ctx(req), req.params.id, req.body),
  });

  app.delete('/v1/admin/webhooks/:id', {
    config: { access: rule },
    schema: { tags, summary: 'Delete an endpoint and its delivery log', params: IdParams, response: { 204: Type.Null() } },
    handler: async (req, reply) => {
      await webhooks.remove(ctx(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/v1/admin/webhooks/:id/deliveries', {
    config: { access: rule },
    schema: {
      tags,
      summary: 'Delivery log of an endpoint, newest first',
      params: IdParams,
      querystring: Obj({ ...ListQuery, status: Type.Optional(Status) }),
      response: { 200: Page(Delivery) },
    },
    handler: (req) => webhooks.listDeliveries(req.params.id, { limit: req.query.limit ?? 20, cursor: req.query.cursor, status: req.query.status }),
  });

  app.get('/v1/admin/webhooks/:id/deliveries/:deliveryId', {
    config: { access: rule },
    schema: { tags, summary: 'One delivery with every attempt', params: DeliveryParams, response: { 200: DeliveryWithAttempts } },
    handler: (req) => webhooks.getDelivery(req.params.id, req.params.deliveryId),
  });

  app.post('/v1/admin/webhooks/:id/deliveries/:deliveryId/retry', {
    config: { access: rule },
    schema: { tags, summary: 'Attempt a pending or failed delivery again now', params: DeliveryParams, response: { 202: Delivery } },
    handler: async (req, reply) => reply.code(202).send(await webhooks.retry(ctx(req), req.params.id, req.params.deliveryId)),
  });

  app.post('/v1/admin/webhooks/:id/test', {
    config: { access: rule },
    schema: { tags, summary: 'Send a webhook.test event to the endpoint now (one attempt, logged)', params: IdParams, response: { 200: DeliveryWithAttempts } },
    handler: (req) => webhooks.sendTest(ctx(req), req.params.id),
  });
}
