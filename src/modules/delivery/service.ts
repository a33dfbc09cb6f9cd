import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/errors';
import { recordEvent } from '../../platform/events/outbox';
import type { RequestContext } from '../../platform/core/context';
import { decodeCursor, encodeCursor } from '../../platform/core/paging';
import type { Clock } from '../../platform/platform';
import type { AuditService } from '../audit/index';
import type { SettingsService } from '../settings/index';
import { type Booking, deliveryRepo as repo, type Shipment, type Slot, type Zone } from './repo';
import { assertShipmentTransition, isRealDate, localTime, normalizePostalCode, pickZone, type Polygon, polygonErrors, type ShipmentStatus, slotClosedReason } from './rules';
import { isUuid } from '../../platform/core/schemas';

export type { Shipment, Slot, Zone } from './repo';

/** Who owns an order and where it stands; provided by the orders module (late-bound). */
export type OrderLookup = (q: Db, orderId: string) => Promise<{ userId: string; status: string } | null>;

export interface ZoneInput {
  name: string;
  postalCodePrefixes: string[];
  fee: number;
  sameDay: boolean;
  sameDayCutoff?: string;
  area?: Polygon | null;
}

export interface SlotInput {
  zoneId: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
}

export interface OpenSlot {
  id: string;
  zoneId: string;
  date: string;
  startTime: string;
  endTime: string;
  remaining: number;
  fee: number;
}

export interface BookedSlot {
  slotId: string;
  date: string;
  startTime: string;
  endTime: string;
  fee: number;
}


type SlotCursor = [string, string, string];
const isSlotCursor = (v: unknown): v is SlotCursor => Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'string') && isRealDate(v[0] as string) && isUuid(v[2] as string);
const isIdCursor = (v: unknown): v is string => typeof v === 'string' && isUuid(v);

function page<T>(rows: T[], limit: number, key: (row: T) => unknown): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(key(items[items.length - 1])) : null };
}

function cursorOf<T>(cursor: string | undefined, check: (v: unknown) => v is T): T | null {
  const value = decodeCursor(cursor, check);
  if (cursor && value === null) throw new DomainError('validation_failed', 'cursor is not valid', { errors: [{ path: 'cursor', message: 'unknown cursor' }] });
  return value;
}

function checkArea(area: Polygon | null | undefined): void {
  if (!area) return;
  const errors = polygonErrors(area);
  if (errors.length) throw new DomainError('validation_failed', 'area must be a valid GeoJSON Polygon', { errors });
}

function normalizePrefixes(prefixes: string[]): string[] {
  const out = [...new Set(prefixes.map(normalizePostalCode))];
  const bad = out.findIndex((p) => p.length === 0);
  if (bad >= 0) throw new DomainError('validation_failed', 'A postal code prefix cannot be empty', { errors: [{ path: `postalCodePrefixes/${bad}`, message: 'must hold at least one letter or digit' }] });
  return out;
}

export function createDeliveryService(deps: { db: Db; audit: AuditService; settings: SettingsService; clock: Clock; orderLookup: OrderLookup }) {
  const { db, audit, settings, clock } = deps;

  const nowLocal = async (q: Db) => localTime(clock.now(), (await settings.get(q)).timeZone);

  const zoneFor = async (q: Db, postalCode: string): Promise<Zone | null> => {
    const code = normalizePostalCode(postalCode);
    if (!code) return null;
    return pickZone(await repo.zonesCovering(q, code), code);
  };

  const zoneEvent = (tx: Db, type: string, zone: Zone) =>
    recordEvent(tx, { type, aggregateType: 'delivery_zone', aggregateId: zone.id, data: { zoneId: zone.id, name: zone.name, fee: zone.fee, sameDay: zone.sameDay } });

  const slotEvent = (tx: Db, type: string, slot: Slot) =>
    recordEvent(tx, { type, aggregateType: 'delivery_slot', aggregateId: slot.id, data: { slotId: slot.id, zoneId: slot.zoneId, date: slot.date, startTime: slot.startTime, endTime: slot.endTime, capacity: slot.capacity, booked: slot.booked } });

  const shipmentEvent = (tx: Db, type: string, s: { id: string; orderId: string; userId: string; carrier: string; trackingNumber: string; status: ShipmentStatus }, note: string | null = null) =>
    recordEvent(tx, {
      type,
      aggregateType: 'shipment',
      aggregateId: s.id,
      data: { shipmentId: s.id, orderId: s.orderId, userId: s.userId, carrier: s.carrier, trackingNumber: s.trackingNumber, status: s.status, note },
    });

  /** The slot an order asks for, if it exists, serves the address and is still open. */
  const openSlot = async (tx: Db, input: { slotId: string; postalCode: string }) => {
    const slot = isUuid(input.slotId) ? await repo.findSlot(tx, input.slotId) : null;
    if (!slot) throw new DomainError('unprocessable', `Delivery slot ${input.slotId} does not exist`, { errors: [{ path: 'deliverySlotId', message: 'unknown slot' }] });
    const zone = await zoneFor(tx, input.postalCode);
    if (!zone || zone.id !== slot.zoneId) {
      throw new DomainError('unprocessable', `Delivery slot ${slot.id} is not offered for postal code ${input.postalCode}`, { errors: [{ path: 'deliverySlotId', message: 'not offered for this address' }] });
    }
    const closed = slotClosedReason(slot, zone, await nowLocal(tx));
    if (closed) throw new DomainError('unprocessable', `Delivery slot ${slot.id} is closed: ${closed}`, { errors: [{ path: 'deliverySlotId', message: 'closed' }] });
    return { slot, zone };
  };

  const requireOrder = async (q: Db, orderId: string) => {
    const order = isUuid(orderId) ? await deps.orderLookup(q, orderId) : null;
    if (!order) throw notFound('Order');
    return order;
  };

  const shipment = async (q: Db, id: string): Promise<Shipment & { userId: string }> => {
    const [s] = isUuid(id) ? await repo.shipments(q, { id }) : [];
    if (!s) throw notFound('Shipment');
    return s;
  };
  const publicShipment = ({ userId: _u, ...s }: Shipment & { userId: string }): Shipment => s;

  return {
    // ---- zones ----
    async createZone(ctx: RequestContext, input: ZoneInput): Promise<Zone> {
      checkArea(input.area);
      const prefixes = normalizePrefixes(input.postalCodePrefixes);
      return db.transaction().execute(async (tx) => {
        const zone = await repo.insertZone(tx, { id: uuidv7(), name: input.name.trim(), postalCodePrefixes: prefixes, fee: input.fee, sameDay: input.sameDay, sameDayCutoff: input.sameDayCutoff ?? '14:00', area: input.area ?? null }, clock.now());
        await audit.record(tx, ctx, { action: 'delivery_zone.created', entityType: 'delivery_zone', entityId: zone.id, after: zone });
        await zoneEvent(tx, 'delivery_zone.created', zone);
        return zone;
      });
    },

    async listZones(q: { limit: number; cursor?: string }) {
      const after = cursorOf(q.cursor, isIdCursor);
      return page(await repo.listZones(db, q.limit + 1, after), q.limit, (z) => z.id);
    },

    async getZone(id: string): Promise<Zone> {
      const zone = isUuid(id) ? await repo.findZone(db, id) : null;
      if (!zone) throw notFound('Delivery zone');
      return zone;
    },

    async updateZone(ctx: RequestContext, id: string, patch: Partial<ZoneInput>, ifMatch?: number): Promise<Zone> {
      checkArea(patch.area);
      const prefixes = patch.postalCodePrefixes ? normalizePrefixes(patch.postalCodePrefixes) : undefined;
      if (!isUuid(id)) throw notFound('Delivery zone');
      return db.transaction().execute(async (tx) => {
        const before = await repo.findZone(tx, id, { lock: true });
        if (!before) throw notFound('Delivery zone');
        if (ifMatch !== undefined && ifMatch !== before.version) throw new DomainError('precondition_failed', `The zone is at version ${before.version}, not ${ifMatch}`);
        const set: Record<string, unknown> = {};
        if (patch.name !== undefined) set.name = patch.name.trim();
        if (prefixes) set.postal_code_prefixes = prefixes;
        if (patch.fee !== undefined) set.fee = patch.fee;
        if (patch.sameDay !== undefined) set.same_day = patch.sameDay;
        if (patch.sameDayCutoff !== undefined) set.same_day_cutoff = patch.sameDayCutoff;
        if (patch.area !== undefined) set.area = patch.area ? JSON.stringify(patch.area) : null;
        const after = await repo.updateZone(tx, id, set, clock.now());
        await audit.record(tx, ctx, { action: 'delivery_zone.updated', entityType: 'delivery_zone', entityId: id, before, after });
        await zoneEvent(tx, 'delivery_zone.updated', after);
        return after;
      });
    },

    /** Removes a zone from service; refused while it has upcoming bookings (their deliveries still happen). */
    async deleteZone(ctx: RequestContext, id: string): Promise<void> {
      if (!isUuid(id)) throw notFound('Delivery zone');
      await db.transaction().execute(async (tx) => {
        const zone = await repo.findZone(tx, id, { lock: true });
        if (!zone) throw notFound('Delivery zone');
        const upcoming = await repo.upcomingBookings(tx, id, (await nowLocal(tx)).date);
        if (upcoming > 0) throw new DomainError('conflict', `The zone has ${upcoming} upcoming booked deliveries; set its slots' capacity to 0 instead`);
        await repo.updateZone(tx, id, { deleted_at: clock.now() }, clock.now());
        await audit.record(tx, ctx, { action: 'delivery_zone.deleted', entityType: 'delivery_zone', entityId: id, before: zone, after: null });
        await zoneEvent(tx, 'delivery_zone.deleted', zone);
      });
    },

    // ---- slots ----
    async createSlot(ctx: RequestContext, input: SlotInput): Promise<Slot> {
      if (!isRealDate(input.date)) throw new DomainError('validation_failed', `${input.date} is not a calendar date`, { errors: [{ path: 'date', message: 'must be a real date YYYY-MM-DD' }] });
      if (input.startTime >= input.endTime) throw new DomainError('validation_failed', 'startTime must be before endTime', { errors: [{ path: 'endTime', message: 'must be after startTime' }] });
      return db.transaction().execute(async (tx) => {
        const zone = isUuid(input.zoneId) ? await repo.findZone(tx, input.zoneId) : null;
        if (!zone) throw new DomainError('unprocessable', `Delivery zone ${input.zoneId} does not exist`, { errors: [{ path: 'zoneId', message: 'unknown zone' }] });
        const today = (await nowLocal(tx)).date;
        if (input.date < today) throw new DomainError('unprocessable', `${input.date} is in the past (today is ${today} in the store's time zone)`, { errors: [{ path: 'date', message: 'must be today or later' }] });
        const slot = await repo.insertSlot(tx, { id: uuidv7(), zoneId: zone.id, date: input.date, startTime: input.startTime, endTime: input.endTime, capacity: input.capacity }, clock.now());
        if (!slot) throw new DomainError('conflict', `The zone already has a slot on ${input.date} starting at ${input.startTime}`);
        await audit.record(tx, ctx, { action: 'delivery_slot.created', entityType: 'delivery_slot', entityId: slot.id, after: slot });
        await slotEvent(tx, 'delivery_slot.created', slot);
        return slot;
      });
    },

    async listSlots(q: { zoneId?: string; date?: string; from?: string; to?: string; limit: number; cursor?: string }) {
      const after = cursorOf(q.cursor, isSlotCursor);
      for (const key of ['date', 'from', 'to'] as const) {
        const v = q[key];
        if (v !== undefined && !isRealDate(v)) throw new DomainError('validation_failed', `${key} ${v} is not a calendar date`, { errors: [{ path: key, message: 'must be a real date YYYY-MM-DD' }] });
      }
      if (q.zoneId && !isUuid(q.zoneId)) return { items: [], nextCursor: null };
      return page(await repo.listSlots(db, { ...q, limit: q.limit + 1, after }), q.limit, (s) => [s.date, s.startTime, s.id]);
    },

    async getSlot(id: string): Promise<Slot> {
      const slot = isUuid(id) ? await repo.findSlot(db, id) : null;
      if (!slot) throw notFound('Delivery slot');
      return slot;
    },

    /** Changes capacity; never below what is already booked (409). */
    async updateSlot(ctx: RequestContext, id: string, patch: { capacity: number }): Promise<Slot> {
      if (!isUuid(id)) throw notFound('Delivery slot');
      return db.transaction().execute(async (tx) => {
        const before = await repo.findSlot(tx, id, { lock: true });
        if (!before) throw notFound('Delivery slot');
        const after = await repo.updateSlotCapacity(tx, id, patch.capacity);
        if (!after) throw new DomainError('conflict', `The slot already has ${before.booked} bookings; capacity cannot go below that`);
        await audit.record(tx, ctx, { action: 'delivery_slot.updated', entityType: 'delivery_slot', entityId: id, before, after });
        await slotEvent(tx, 'delivery_slot.updated', after);
        return after;
      });
    },

    async deleteSlot(ctx: RequestContext, id: string): Promise<void> {
      if (!isUuid(id)) throw notFound('Delivery slot');
      await db.transaction().execute(async (tx) => {
        const slot = await repo.findSlot(tx, id, { lock: true });
        if (!slot) throw notFound('Delivery slot');
        if (await repo.slotHasBookings(tx, id)) throw new DomainError('conflict', 'The slot has bookings; set its capacity to 0 instead');
        await repo.deleteSlot(tx, id);
        await audit.record(tx, ctx, { action: 'delivery_slot.deleted', entityType: 'delivery_slot', entityId: id, before: slot, after: null });
        await slotEvent(tx, 'delivery_slot.deleted', slot);
      });
    },

    /** Storefront: bookable slots for a postal code, with what is left and the zone's fee. */
    async openSlots(postalCode: string, q: { limit: number; cursor?: string }): Promise<{ items: OpenSlot[]; nextCursor: string | null }> {
      const after = cursorOf(q.cursor, isSlotCursor);
      const zone = await zoneFor(db, postalCode);
      if (!zone) return { items: [], nextCursor: null };
      const rows = await repo.openSlots(db, zone, await nowLocal(db), q.limit + 1, after);
      const { items, nextCursor } = page(rows, q.limit, (s) => [s.date, s.startTime, s.id]);
      return {
        items: items.map((s) => ({ id: s.id, zoneId: s.zoneId, date: s.date, startTime: s.startTime, endTime: s.endTime, remaining: s.capacity - s.booked, fee: zone.fee })),
        nextCursor,
      };
    },

    /** The fee of the zone covering `postalCode` (longest prefix wins); null when no zone does. */
    async quoteFee(q: Db, postalCode: string): Promise<number | null> {
      return (await zoneFor(q, postalCode))?.fee ?? null;
    },

    /**
     * Books a slot for an order inside the order's transaction: the zone must cover the address, the
     * slot must be open (not past, same-day only before the cutoff), and capacity is taken with one
     * conditional UPDATE, so concurrent orders can never overbook (409 slot_full).
     */
    async bookSlot(tx: Db, input: { slotId: string; orderId: string; postalCode: string }): Promise<BookedSlot> {
      const { slot, zone } = await openSlot(tx, input);
      if (!(await repo.takeCapacity(tx, slot.id))) throw new DomainError('slot_full', `Delivery slot ${slot.date} ${slot.startTime}–${slot.endTime} is full`);
      await repo.insertBooking(tx, { orderId: input.orderId, slotId: slot.id, postalCode: normalizePostalCode(input.postalCode), fee: zone.fee }, clock.now());
      return { slotId: slot.id, date: slot.date, startTime: slot.startTime, endTime: slot.endTime, fee: zone.fee };
    },

    /** What booking the slot would give, without taking capacity (a quote): its fee, or the same errors. */
    async checkSlot(q: Db, input: { slotId: string; postalCode: string }): Promise<BookedSlot> {
      const { slot, zone } = await openSlot(q, input);
      if (slot.booked >= slot.capacity) throw new DomainError('slot_full', `Delivery slot ${slot.date} ${slot.startTime}–${slot.endTime} is full`);
      return { slotId: slot.id, date: slot.date, startTime: slot.startTime, endTime: slot.endTime, fee: zone.fee };
    },

    /** Frees the order's slot (cancel); a no-op when it has none or it was already freed. */
    async releaseSlot(tx: Db, orderId: string): Promise<void> {
      const slotId = await repo.releaseBooking(tx, orderId, clock.now());
      if (slotId) await repo.giveCapacity(tx, slotId);
    },

    async getForOrders(q: Db, orderIds: string[]): Promise<Map<string, { slotId: string; date: string; startTime: string; endTime: string }>> {
      const rows: Booking[] = await repo.bookingsFor(q, [...new Set(orderIds)].filter(isUuid));
      return new Map(rows.map((b) => [b.orderId, { slotId: b.slotId, date: b.date, startTime: b.startTime, endTime: b.endTime }]));
    },

    // ---- shipments ----
    async createShipment(ctx: RequestContext, orderId: string, input: { carrier: string; trackingNumber: string }): Promise<Shipment> {
      return db.transaction().execute(async (tx) => {
        const order = await requireOrder(tx, orderId);
        if (order.status === 'cancelled' || order.status === 'refunded') {
          throw new DomainError('invalid_transition', `A ${order.status} order cannot be shipped`);
        }
        const id = uuidv7();
        const now = clock.now();
        const carrier = input.carrier.trim();
        const trackingNumber = input.trackingNumber.trim();
        if (!(await repo.insertShipment(tx, { id, orderId, userId: order.userId, carrier, trackingNumber }, now))) {
          throw new DomainError('conflict', `${carrier} tracking number ${trackingNumber} is already used by another shipment`);
        }
        await repo.insertTrackingEvent(tx, { id: uuidv7(), shipmentId: id, status: 'created', note: null }, now);
        const created = await shipment(tx, id);
        await audit.record(tx, ctx, { action: 'shipment.created', entityType: 'shipment', entityId: id, after: publicShipment(created) });
        await shipmentEvent(tx, 'shipment.created', created);
        return publicShipment(created);
      });
    },

    async addTrackingEvent(ctx: RequestContext, shipmentId: string, input: { status: ShipmentStatus; note?: string }): Promise<Shipment> {
      if (!isUuid(shipmentId)) throw notFound('Shipment');
      return db.transaction().execute(async (tx) => {
        const row = await repo.findShipmentRow(tx, shipmentId, { lock: true });
        if (!row) throw notFound('Shipment');
        assertShipmentTransition(row.status, input.status);
        const now = clock.now();
        const note = input.note?.trim() || null;
        await repo.insertTrackingEvent(tx, { id: uuidv7(), shipmentId, status: input.status, note }, now);
        await repo.setShipmentStatus(tx, shipmentId, input.status, now);
        const after = await shipment(tx, shipmentId);
        await audit.record(tx, ctx, { action: 'shipment.updated', entityType: 'shipment', entityId: shipmentId, before: { status: row.status }, after: { status: input.status, note } });
        await shipmentEvent(tx, 'shipment.updated', after, note);
        return publicShipment(after);
      });
    },

    async getShipment(id: string): Promise<Shipment> {
      return publicShipment(await shipment(db, id));
    },

    /** An order's shipments with their tracking events (no ownership check: callers have done it). */
    async shipmentsForOrder(q: Db, orderId: string): Promise<Shipment[]> {
      return isUuid(orderId) ? (await repo.shipments(q, { orderId })).map(publicShipment) : [];
    },

    async orderShipments(orderId: string): Promise<Shipment[]> {
      await requireOrder(db, orderId);
      return (await repo.shipments(db, { orderId })).map(publicShipment);
    },

    /** The customer's view of where an order is: its slot and shipments. Another customer's order is 404. */
    async tracking(userId: string, orderId: string) {
      const order = isUuid(orderId) ? await deps.orderLookup(db, orderId) : null;
      if (!order || order.userId !== userId) throw notFound('Order');
      const [booking] = await repo.bookingsFor(db, [orderId]);
      const shipments = (await repo.shipments(db, { orderId })).map(publicShipment);
      return {
        orderId,
        orderStatus: order.status,
        delivery: booking && !booking.releasedAt ? { slotId: booking.slotId, date: booking.date, startTime: booking.startTime, endTime: booking.endTime } : null,
        shipments,
      };
    },
  };
}

export type DeliveryService = ReturnType<typeof createDeliveryService>;
