import { type Selectable, sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import { tables } from '../../platform/db/tables';
import type { Polygon, ShipmentStatus } from './rules';
import type { DeliveryTables, ZoneChanges } from './tables';

type ZoneRow = Selectable<DeliveryTables['delivery.zones']>;
type SlotRow = Selectable<DeliveryTables['delivery.slots']>;
const t = (q: Db) => tables<DeliveryTables>(q);

export interface Zone {
  id: string;
  name: string;
  postalCodePrefixes: string[];
  fee: number;
  sameDay: boolean;
  sameDayCutoff: string;
  area: Polygon | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Slot {
  id: string;
  zoneId: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  booked: number;
  createdAt: string;
}

export interface Booking {
  orderId: string;
  slotId: string;
  date: string;
  startTime: string;
  endTime: string;
  fee: number;
  releasedAt: string | null;
}

export interface TrackingEvent {
  id: string;
  status: ShipmentStatus;
  note: string | null;
  createdAt: string;
}

export interface Shipment {
  id: string;
  orderId: string;
  carrier: string;
  trackingNumber: string;
  status: ShipmentStatus;
  events: TrackingEvent[];
  createdAt: string;
  updatedAt: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();

const toZone = (r: ZoneRow): Zone => ({
  id: r.id,
  name: r.name,
  postalCodePrefixes: r.postal_code_prefixes,
  fee: r.fee,
  sameDay: r.same_day,
  sameDayCutoff: r.same_day_cutoff,
  area: r.area ?? null,
  version: r.version,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

const toSlot = (r: SlotRow): Slot => ({
  id: r.id,
  zoneId: r.zone_id,
  date: r.date,
  startTime: r.start_time,
  endTime: r.end_time,
  capacity: r.capacity,
  booked: r.booked,
  createdAt: iso(r.created_at),
});

export const deliveryRepo = {
  async insertZone(tx: Db, z: Omit<Zone, 'version' | 'createdAt' | 'updatedAt'>, now: Date): Promise<Zone> {
    const row = await t(tx)
      .insertInto('delivery.zones')
      .values({
        id: z.id,
        name: z.name,
        postal_code_prefixes: sql`${z.postalCodePrefixes}::text[]`,
        fee: z.fee,
        same_day: z.sameDay,
        same_day_cutoff: z.sameDayCutoff,
        area: z.area ? JSON.stringify(z.area) : null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toZone(row);
  },

  async findZone(q: Db, id: string, opts: { lock?: boolean } = {}): Promise<Zone | null> {
    let query = t(q).selectFrom('delivery.zones').selectAll().where('id', '=', id).where('deleted_at', 'is', null);
    if (opts.lock) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    return row ? toZone(row) : null;
  },

  async listZones(q: Db, limit: number, afterId: string | null): Promise<Zone[]> {
    let query = t(q).selectFrom('delivery.zones').selectAll().where('deleted_at', 'is', null).orderBy('id').limit(limit);
    if (afterId) query = query.where('id', '>', afterId);
    return (await query.execute()).map(toZone);
  },

  /** Zones having a prefix that starts the (normalised) postal code. */
  async zonesCovering(q: Db, postalCode: string): Promise<Zone[]> {
    const rows = await t(q)
      .selectFrom('delivery.zones')
      .selectAll()
      .where('deleted_at', 'is', null)
      .where(sql<boolean>`exists (select 1 from unnest(postal_code_prefixes) p where starts_with(${postalCode}, p))`)
      .orderBy('created_at')
      .execute();
    return rows.map(toZone);
  },

  async updateZone(tx: Db, id: string, set: ZoneChanges, now: Date): Promise<Zone> {
    const row = await t(tx)
      .updateTable('delivery.zones')
      .set({ ...set, version: sql`version + 1`, updated_at: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toZone(row);
  },

  async upcomingBookings(q: Db, zoneId: string, fromDate: string): Promise<number> {
    const row = await t(q)
      .selectFrom('delivery.bookings as b')
      .innerJoin('delivery.slots as s', 's.id', 'b.slot_id')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('s.zone_id', '=', zoneId)
      .where('s.date', '>=', fromDate)
      .where('b.released_at', 'is', null)
      .executeTakeFirst();
    return row?.n ?? 0;
  },

  async insertSlot(tx: Db, s: Omit<Slot, 'booked' | 'createdAt'>, now: Date): Promise<Slot | null> {
    const row = await t(tx)
      .insertInto('delivery.slots')
      .values({ id: s.id, zone_id: s.zoneId, date: s.date, start_time: s.startTime, end_time: s.endTime, capacity: s.capacity, booked: 0, created_at: now })
      .onConflict((oc) => oc.columns(['zone_id', 'date', 'start_time']).doNothing())
      .returningAll()
      .executeTakeFirst();
    return row ? toSlot(row) : null;
  },

  async findSlot(q: Db, id: string, opts: { lock?: boolean } = {}): Promise<Slot | null> {
    let query = t(q).selectFrom('delivery.slots').selectAll().where('id', '=', id);
    if (opts.lock) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    return row ? toSlot(row) : null;
  },

  async listSlots(q: Db, f: { zoneId?: string; date?: string; from?: string; to?: string; limit: number; after: [string, string, string] | null }): Promise<Slot[]> {
    let query = t(q).selectFrom('delivery.slots').selectAll().orderBy('date').orderBy('start_time').orderBy('id').limit(f.limit);
    if (f.zoneId) query = query.where('zone_id', '=', f.zoneId);
    if (f.date) query = query.where('date', '=', f.date);
    if (f.from) query = query.where('date', '>=', f.from);
    if (f.to) query = query.where('date', '<=', f.to);
    if (f.after) query = query.where(sql<boolean>`(date, start_time, id) > (${f.after[0]}::date, ${f.after[1]}, ${f.after[2]}::uuid)`);
    return (await query.execute()).map(toSlot);
  },

  /**
   * Bookable slots of a zone at local date/time `at`: future days, plus today's when the zone
   * delivers the same day, before its cutoff and before the slot ends; never full ones.
   */
  async openSlots(q: Db, zone: Zone, at: { date: string; time: string }, limit: number, after: [string, string, string] | null): Promise<Slot[]> {
    const sameDayOpen = zone.sameDay && at.time < zone.sameDayCutoff;
    let query = t(q)
      .selectFrom('delivery.slots')
      .selectAll()
      .where('zone_id', '=', zone.id)
      .where(sql<boolean>`booked < capacity`)
      .where((eb) =>
        sameDayOpen
          ? eb.or([eb('date', '>', at.date), eb.and([eb('date', '=', at.date), eb('end_time', '>', at.time)])])
          : eb('date', '>', at.date),
      )
      .orderBy('date')
      .orderBy('start_time')
      .orderBy('id')
      .limit(limit);
    if (after) query = query.where(sql<boolean>`(date, start_time, id) > (${after[0]}::date, ${after[1]}, ${after[2]}::uuid)`);
    return (await query.execute()).map(toSlot);
  },

  /** The atomic capacity check: one more booking only while booked < capacity. */
  async takeCapacity(tx: Db, slotId: string): Promise<boolean> {
    const res = await t(tx)
      .updateTable('delivery.slots')
      .set({ booked: sql`booked + 1` })
      .where('id', '=', slotId)
      .where(sql<boolean>`booked < capacity`)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },

  async giveCapacity(tx: Db, slotId: string): Promise<void> {
    await t(tx).updateTable('delivery.slots').set({ booked: sql`booked - 1` }).where('id', '=', slotId).where('booked', '>', 0).execute();
  },

  async updateSlotCapacity(tx: Db, id: string, capacity: number): Promise<Slot | null> {
    const row = await t(tx)
      .updateTable('delivery.slots')
      .set({ capacity })
      .where('id', '=', id)
      .where('booked', '<=', capacity)
      .returningAll()
      .executeTakeFirst();
    return row ? toSlot(row) : null;
  },

  async slotHasBookings(q: Db, slotId: string): Promise<boolean> {
    return !!(await t(q).selectFrom('delivery.bookings').select('order_id').where('slot_id', '=', slotId).limit(1).executeTakeFirst());
  },

  async deleteSlot(tx: Db, id: string): Promise<void> {
    await t(tx).deleteFrom('delivery.slots').where('id', '=', id).execute();
  },

  async insertBooking(tx: Db, b: { orderId: string; slotId: string; postalCode: string; fee: number }, now: Date): Promise<void> {
    await t(tx).insertInto('delivery.bookings').values({ order_id: b.orderId, slot_id: b.slotId, postal_code: b.postalCode, fee: b.fee, created_at: now }).execute();
  },

  async releaseBooking(tx: Db, orderId: string, now: Date): Promise<string | null> {
    const row = await t(tx)
      .updateTable('delivery.bookings')
      .set({ released_at: now })
      .where('order_id', '=', orderId)
      .where('released_at', 'is', null)
      .returning('slot_id')
      .executeTakeFirst();
    return row?.slot_id ?? null;
  },

  async bookingsFor(q: Db, orderIds: string[]): Promise<Booking[]> {
    if (orderIds.length === 0) return [];
    const rows = await t(q)
      .selectFrom('delivery.bookings as b')
      .innerJoin('delivery.slots as s', 's.id', 'b.slot_id')
      .select(['b.order_id', 'b.slot_id', 'b.fee', 'b.released_at', 's.date', 's.start_time', 's.end_time'])
      .where('b.order_id', 'in', orderIds)
      .execute();
    return rows.map((r) => ({ orderId: r.order_id, slotId: r.slot_id, date: r.date, startTime: r.start_time, endTime: r.end_time, fee: r.fee, releasedAt: r.released_at ? iso(r.released_at) : null }));
  },

  async insertShipment(tx: Db, s: { id: string; orderId: string; userId: string; carrier: string; trackingNumber: string }, now: Date): Promise<boolean> {
    const row = await t(tx)
      .insertInto('delivery.shipments')
      .values({ id: s.id, order_id: s.orderId, user_id: s.userId, carrier: s.carrier, tracking_number: s.trackingNumber, status: 'created', created_at: now, updated_at: now })
      .onConflict((oc) => oc.columns(['carrier', 'tracking_number']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return !!row;
  },

  async setShipmentStatus(tx: Db, id: string, status: ShipmentStatus, now: Date): Promise<void> {
    await t(tx).updateTable('delivery.shipments').set({ status, updated_at: now }).where('id', '=', id).execute();
  },

  async insertTrackingEvent(tx: Db, e: { id: string; shipmentId: string; status: ShipmentStatus; note: string | null }, now: Date): Promise<void> {
    await t(tx).insertInto('delivery.tracking_events').values({ id: e.id, shipment_id: e.shipmentId, status: e.status, note: e.note, created_at: now }).execute();
  },

  async findShipmentRow(q: Db, id: string, opts: { lock?: boolean } = {}) {
    let query = t(q).selectFrom('delivery.shipments').selectAll().where('id', '=', id);
    if (opts.lock) query = query.forUpdate();
    return query.executeTakeFirst();
  },

  /** Shipments with their tracking events, oldest first. */
  async shipments(q: Db, where: { orderId?: string; id?: string }): Promise<(Shipment & { userId: string })[]> {
    let query = t(q).selectFrom('delivery.shipments').selectAll().orderBy('created_at').orderBy('id');
    if (where.orderId) query = query.where('order_id', '=', where.orderId);
    if (where.id) query = query.where('id', '=', where.id);
    const rows = await query.execute();
    if (rows.length === 0) return [];
    const events = await t(q).selectFrom('delivery.tracking_events').selectAll().where('shipment_id', 'in', rows.map((r) => r.id)).orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      orderId: r.order_id,
      userId: r.user_id,
      carrier: r.carrier,
      trackingNumber: r.tracking_number,
      status: r.status,
      events: events.filter((e) => e.shipment_id === r.id).map((e) => ({ id: e.id, status: e.status, note: e.note, createdAt: iso(e.created_at) })),
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    }));
  },
};
