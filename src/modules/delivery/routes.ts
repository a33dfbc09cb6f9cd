import { Type } from '@sinclair/typebox';
import { DomainError } from '../../platform/errors';
import { access } from '../../platform/http/access';
import { type Principal } from '../../platform/core/context';
import { type App, ctx, etag, ifMatchVersion } from '../../platform/http/app';
import { Id, IdParams, ListQuery, Nullable, Obj, Page } from '../../platform/core/schemas';
import { SHIPMENT_STATUSES } from './rules';
import type { DeliveryService } from './service';

const TimeOfDay = Type.String({ maxLength: 5, pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, 24 h' });
const DateOnly = Type.String({ maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const PostalCode = Type.String({ minLength: 1, maxLength: 16, pattern: '^[0-9A-Za-z -]+$' });
const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 3 });
const GeoPolygon = Obj(
  { type: Type.Literal('Polygon'), coordinates: Type.Array(Type.Array(Position, { minItems: 4, maxItems: 10_000 }), { minItems: 1, maxItems: 100 }) },
  { description: 'GeoJSON Polygon (RFC 7946): closed rings of [longitude, latitude]' },
);

const Zone = Type.Object({
  id: Type.String(),
  name: Type.String(),
  postalCodePrefixes: Type.Array(Type.String()),
  fee: Type.Integer(),
  sameDay: Type.Boolean(),
  sameDayCutoff: Type.String(),
  area: Nullable(Type.Any()),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const zoneFields = {
  name: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
  postalCodePrefixes: Type.Array(PostalCode, { minItems: 1, maxItems: 1000 }),
  fee: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
  sameDay: Type.Boolean(),
  sameDayCutoff: TimeOfDay,
  area: Nullable(GeoPolygon),
};
const ZoneCreate = Obj({ ...zoneFields, sameDayCutoff: Type.Optional(TimeOfDay), area: Type.Optional(Nullable(GeoPolygon)) });
const ZonePatch = Type.Partial(Obj(zoneFields), { additionalProperties: false, minProperties: 1 });

const Slot = Type.Object({
  id: Type.String(),
  zoneId: Type.String(),
  date: Type.String(),
  startTime: Type.String(),
  endTime: Type.String(),
  capacity: Type.Integer(),
  booked: Type.Integer(),
  createdAt: Type.String(),
});
const Capacity = Type.Integer({ minimum: 0, maximum: 100_000 });
const SlotCreate = Obj({ zoneId: Id, date: DateOnly, startTime: TimeOfDay, endTime: TimeOfDay, capacity: Capacity });
const OpenSlot = Type.Object({ id: Type.String(), zoneId: Type.String(), date: Type.String(), startTime: Type.String(), endTime: Type.String(), remaining: Type.Integer(), fee: Type.Integer() });

const ShipmentStatus = Type.Union(SHIPMENT_STATUSES.map((s) => Type.Literal(s)));
const Shipment = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  carrier: Type.String(),
  trackingNumber: Type.String(),
  status: ShipmentStatus,
  events: Type.Array(Type.Object({ id: Type.String(), status: ShipmentStatus, note: Nullable(Type.String()), createdAt: Type.String() })),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const Tracking = Type.Object({
  orderId: Type.String(),
  orderStatus: Type.String(),
  delivery: Nullable(Type.Object({ slotId: Type.String(), date: Type.String(), startTime: Type.String(), endTime: Type.String() })),
  shipments: Type.Array(Shipment),
});

const userId = (p: Principal | null) => {
  if (p?.type !== 'user') throw new DomainError('unauthorized', 'Sign in first');
  return p.id;
};

export function deliveryRoutes(app: App, { delivery }: { delivery: DeliveryService }) {
  const tags = ['delivery'];
  const read = access.staff('orders:read');
  const write = access.staff('orders:write');

  app.post('/v1/admin/delivery/zones', {
    config: { access: write },
    schema: { tags, summary: 'Create a delivery zone (postal-code prefixes, fee, same-day cutoff, optional GeoJSON area)', body: ZoneCreate, response: { 201: Zone } },
    handler: async (req, reply) => {
      const zone = await delivery.createZone(ctx(req), req.body);
      return reply.code(201).header('etag', etag(zone.version)).send(zone);
    },
  });

  app.get('/v1/admin/delivery/zones', {
    config: { access: read },
    schema: { tags, summary: 'Delivery zones', querystring: Obj(ListQuery), response: { 200: Page(Zone) } },
    handler: (req) => delivery.listZones({ limit: req.query.limit ?? 20, cursor: req.query.cursor }),
  });

  app.get('/v1/admin/delivery/zones/:id', {
    config: { access: read },
    schema: { tags, summary: 'One delivery zone (with ETag)', params: IdParams, response: { 200: Zone } },
    handler: async (req, reply) => {
      const zone = await delivery.getZone(req.params.id);
      return reply.header('etag', etag(zone.version)).send(zone);
    },
  });

  app.patch('/v1/admin/delivery/zones/:id', {
    config: { access: write },
    schema: { tags, summary: 'Change a delivery zone (If-Match honoured)', params: IdParams, body: ZonePatch, response: { 200: Zone } },
    handler: async (req, reply) => {
      const zone = await delivery.updateZone(ctx(req), req.params.id, req.body, ifMatchVersion(req));
      return reply.header('etag', etag(zone.version)).send(zone);
    },
  });

  app.delete('/v1/admin/delivery/zones/:id', {
    config: { access: write },
    schema: { tags, summary: 'Retire a delivery zone (409 while it has upcoming bookings)', params: IdParams, response: { 204: Type.Null() } },
    handler: async (req, reply) => {
      await delivery.deleteZone(ctx(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.post('/v1/admin/delivery/slots', {
    config: { access: write },
    schema: { tags, summary: 'Create a delivery slot (zone, date, time window, capacity)', body: SlotCreate, response: { 201: Slot } },
    handler: async (req, reply) => reply.code(201).send(await delivery.createSlot(ctx(req), req.body)),
  });

  app.get('/v1/admin/delivery/slots', {
    config: { access: read },
    schema: {
      tags,
      summary: 'Delivery slots with their bookings',
      querystring: Obj({ ...ListQuery, zoneId: Type.Optional(Id), date: Type.Optional(DateOnly), from: Type.Optional(DateOnly), to: Type.Optional(DateOnly) }),
      response: { 200: Page(Slot) },
    },
    handler: (req) => delivery.listSlots({ ...req.query, limit: req.query.limit ?? 20 }),
  });

  app.get('/v1/admin/delivery/slots/:id', {
    config: { access: read },
    schema: { tags, summary: 'One delivery slot', params: IdParams, response: { 200: Slot } },
    handler: (req) => delivery.getSlot(req.params.id),
  });

  app.patch('/v1/admin/delivery/slots/:id', {
    config: { access: write },
    schema: { tags, summary: "Change a slot's capacity (never below its bookings)", params: IdParams, body: Obj({ capacity: Capacity }), response: { 200: Slot } },
    handler: (req) => delivery.updateSlot(ctx(req), req.params.id, req.body),
  });

  app.delete('/v1/admin/delivery/slots/:id', {
    config: { access: write },
    schema: { tags, summary: 'Delete a slot nobody booked', params: IdParams, response: { 204: Type.Null() } },
    handler: async (req, reply) => {
      await delivery.deleteSlot(ctx(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/v1/store/delivery/slots', {
    config: { access: access.public },
    schema: {
      tags: ['storefront'],
      summary: 'Open delivery slots for a postal code, with remaining capacity and fee',
      querystring: Obj({ ...ListQuery, limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 100 })), postalCode: PostalCode }),
      response: { 200: Page(OpenSlot) },
    },
    handler: (req) => delivery.openSlots(req.query.postalCode, { limit: req.query.limit ?? 100, cursor: req.query.cursor }),
  });

  app.post('/v1/admin/orders/:id/shipments', {
    config: { access: access.staff('orders:write') },
    schema: {
      tags,
      summary: 'Ship an order: carrier and tracking number',
      params: IdParams,
      body: Obj({ carrier: Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' }), trackingNumber: Type.String({ minLength: 1, maxLength: 64, pattern: '^[0-9A-Za-z -]+$' }) }),
      response: { 201: Shipment },
    },
    handler: async (req, reply) => reply.code(201).send(await delivery.createShipment(ctx(req), req.params.id, req.body)),
  });

  app.get('/v1/admin/orders/:id/shipments', {
    config: { access: access.staff('orders:read') },
    schema: { tags, summary: "An order's shipments", params: IdParams, response: { 200: Type.Object({ items: Type.Array(Shipment) }) } },
    handler: async (req) => ({ items: await delivery.orderShipments(req.params.id) }),
  });

  app.get('/v1/admin/shipments/:id', {
    config: { access: access.staff('orders:read') },
    schema: { tags, summary: 'One shipment with its tracking events', params: IdParams, response: { 200: Shipment } },
    handler: (req) => delivery.getShipment(req.params.id),
  });

  app.post('/v1/admin/shipments/:id/events', {
    config: { access: access.staff('orders:write') },
    schema: {
      tags,
      summary: 'Record a tracking event (in_transit, out_for_delivery, delivered)',
      params: IdParams,
      body: Obj({ status: Type.Union([Type.Literal('in_transit'), Type.Literal('out_for_delivery'), Type.Literal('delivered')]), note: Type.Optional(Type.String({ maxLength: 500 })) }),
      response: { 201: Shipment },
    },
    handler: async (req, reply) => reply.code(201).send(await delivery.addTrackingEvent(ctx(req), req.params.id, req.body)),
  });

  // The orders module may serve this route itself (with shipmentsForOrder); never register it twice.
  if (app.hasRoute({ method: 'GET', url: '/v1/store/orders/:id/tracking' })) return;
  app.get('/v1/store/orders/:id/tracking', {
    config: { access: access.signedIn },
    schema: { tags: ['storefront'], summary: 'Where my order is: delivery slot and shipments (own orders only)', params: IdParams, response: { 200: Tracking } },
    handler: (req) => delivery.tracking(userId(req.principal), req.params.id),
  });
}
