import { Type } from '@sinclair/typebox';
import { access } from '../../platform/http/access';
import { type App, ctx, etag, ifMatchVersion } from '../../platform/http/app';
import { IdParams, ListQuery, Obj, Page } from '../../platform/core/schemas';
import { PromotionInput, PromotionPatch, PromotionSchema, type PromotionService } from './promotions';

export function promotionRoutes(app: App, { promotions }: { promotions: PromotionService }) {
  const tags = ['admin: promotions'];

  app.post('/v1/admin/promotions', {
    config: { access: access.staff('orders:write') },
    schema: { tags, summary: 'Create a promotion (coupon code; 409 conflict when the code exists in any case)', body: PromotionInput, response: { 201: PromotionSchema } },
    handler: async (req, reply) => {
      const p = await promotions.create(ctx(req), req.body);
      return reply.code(201).header('etag', etag(p.version)).send(p);
    },
  });

  app.get('/v1/admin/promotions', {
    config: { access: access.staff('orders:read') },
    schema: { tags, summary: 'Promotions, newest first, with how often each was used', querystring: Obj({ ...ListQuery, q: Type.Optional(Type.String({ maxLength: 40 })) }), response: { 200: Page(PromotionSchema) } },
    handler: (req) => promotions.list({ limit: req.query.limit ?? 20, cursor: req.query.cursor, q: req.query.q }),
  });

  app.get('/v1/admin/promotions/:id', {
    config: { access: access.staff('orders:read') },
    schema: { tags, summary: 'One promotion (ETag carries its version)', params: IdParams, response: { 200: PromotionSchema } },
    handler: async (req, reply) => {
      const p = await promotions.get(req.params.id);
      return reply.header('etag', etag(p.version)).send(p);
    },
  });

  app.patch('/v1/admin/promotions/:id', {
    config: { access: access.staff('orders:write') },
    schema: { tags, summary: 'Change or pause (active: false) a promotion; If-Match honoured', params: IdParams, body: PromotionPatch, response: { 200: PromotionSchema } },
    handler: async (req, reply) => {
      const p = await promotions.update(ctx(req), req.params.id, req.body, ifMatchVersion(req));
      return reply.header('etag', etag(p.version)).send(p);
    },
  });

  app.delete('/v1/admin/promotions/:id', {
    config: { access: access.staff('orders:write') },
    schema: { tags, summary: 'Delete an unused promotion (a used one → 409: pause it instead)', params: IdParams, response: { 204: Type.Null() } },
    handler: async (req, reply) => {
      await promotions.remove(ctx(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
