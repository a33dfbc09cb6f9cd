import { Type } from '@sinclair/typebox';
import { access } from '../../platform/http/access';
import { type App, ctx, etag, ifMatchVersion } from '../../platform/http/app';
import { ListQuery, Nullable, Obj, Page, Sku } from '../../platform/core/schemas';
import { ADJUSTMENT_REASONS, type InventoryService } from './service';

const SkuParams = Obj({ sku: Sku });

export const StockRecordSchema = Type.Object(
  {
    sku: Type.String(),
    productId: Type.String(),
    onHand: Type.Integer(),
    reserved: Type.Integer(),
    available: Type.Integer(),
    lowStockThreshold: Type.Integer(),
    version: Type.Integer(),
    updatedAt: Type.String(),
  },
);

const MovementSchema = Type.Object({
  id: Type.String(),
  type: Type.Union(['adjustment', 'count', 'reservation', 'release', 'sale', 'return'].map((t) => Type.Literal(t))),
  onHandDelta: Type.Integer(),
  reservedDelta: Type.Integer(),
  reason: Nullable(Type.String()),
  note: Nullable(Type.String()),
  orderId: Nullable(Type.String()),
  actor: Type.Object({ type: Type.String(), id: Nullable(Type.String()) }),
  createdAt: Type.String(),
});

const Quantity = Type.Integer({ minimum: -1_000_000, maximum: 1_000_000 });

export function inventoryRoutes(app: App, { inventory }: { inventory: InventoryService }) {
  const tags = ['admin: inventory'];
  const Record = StockRecordSchema;

  app.get('/v1/admin/inventory', {
    config: { access: access.staff('inventory:read') },
    schema: {
      tags,
      summary: 'Stock records (filter by SKU prefix, product, low stock)',
      querystring: Obj({ ...ListQuery, sku: Type.Optional(Type.String({ maxLength: 100 })), productId: Type.Optional(Type.String({ maxLength: 64 })), lowStock: Type.Optional(Type.Boolean()) }),
      response: { 200: Page(Record) },
    },
    handler: (req) => inventory.list({ ...req.query, limit: req.query.limit ?? 20 }),
  });

  app.get('/v1/admin/inventory/:sku', {
    config: { access: access.staff('inventory:read') },
    schema: { tags, summary: 'One stock record (with ETag)', params: SkuParams, response: { 200: Record } },
    handler: async (req, reply) => {
      const record = await inventory.get(req.params.sku);
      reply.header('etag', etag(record.version));
      return record;
    },
  });

  app.post('/v1/admin/inventory/:sku/adjustments', {
    config: { access: access.staff('inventory:write') },
    schema: {
      tags,
      summary: 'Adjust onHand by a delta with a reason (below reserved → 409 insufficient_stock)',
      params: SkuParams,
      body: Obj({
        delta: Quantity,
        reason: Type.Union(ADJUSTMENT_REASONS.map((r) => Type.Literal(r))),
        note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
      }),
      response: { 200: Record },
    },
    handler: async (req, reply) => {
      const record = await inventory.adjust(ctx(req), req.params.sku, req.body, ifMatchVersion(req));
      reply.header('etag', etag(record.version));
      return record;
    },
  });

  app.put('/v1/admin/inventory/:sku', {
    config: { access: access.staff('inventory:write') },
    schema: {
      tags,
      summary: 'A stock count: set onHand (If-Match honoured); optionally the low-stock threshold',
      params: SkuParams,
      body: Obj({ onHand: Type.Integer({ minimum: 0, maximum: 1_000_000 }), lowStockThreshold: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })) }),
      response: { 200: Record },
    },
    handler: async (req, reply) => {
      const record = await inventory.setOnHand(ctx(req), req.params.sku, req.body.onHand, ifMatchVersion(req), { lowStockThreshold: req.body.lowStockThreshold });
      reply.header('etag', etag(record.version));
      return record;
    },
  });

  app.get('/v1/admin/inventory/:sku/movements', {
    config: { access: access.staff('inventory:read') },
    schema: { tags, summary: 'The movement ledger of a SKU, newest first', params: SkuParams, querystring: Obj({ ...ListQuery }), response: { 200: Page(MovementSchema) } },
    handler: (req) => inventory.movements(req.params.sku, { ...req.query, limit: req.query.limit ?? 20 }),
  });
}
