import { DomainError, type FieldError } from '../../platform/errors';

/** Postal codes and prefixes compare without spaces or hyphens: "100-0001" and "1000001" are the same. */
export function normalizePostalCode(raw: string): string {
  return raw.replace(/[\s\-‐－ー]/g, '').toUpperCase();
}

/** Length of the longest of `prefixes` that starts `postalCode` (normalised), or -1 when none does. */
export function longestPrefixMatch(prefixes: readonly string[], postalCode: string): number {
  const code = normalizePostalCode(postalCode);
  let best = -1;
  for (const p of prefixes) {
    const n = normalizePostalCode(p);
    if (code.startsWith(n) && n.length > best) best = n.length;
  }
  return best;
}

/** The zone covering a postal code: the longest matching prefix wins (ties: the first given). */
export function pickZone<Z extends { postalCodePrefixes: readonly string[] }>(zones: readonly Z[], postalCode: string): Z | null {
  let best: Z | null = null;
  let bestLen = -1;
  for (const z of zones) {
    const len = longestPrefixMatch(z.postalCodePrefixes, postalCode);
    if (len > bestLen) {
      best = z;
      bestLen = len;
    }
  }
  return best;
}

export interface LocalTime {
  /** YYYY-MM-DD in the store's time zone. */
  date: string;
  /** HH:MM (24 h) in the store's time zone. */
  time: string;
}

/** Wall-clock date and time of `now` in `timeZone` (e.g. Asia/Tokyo). */
export function localTime(now: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** YYYY-MM-DD `days` after `date` (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isRealDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

export interface SlotTimes {
  date: string;
  startTime: string;
  endTime: string;
}

export interface ZoneRules {
  sameDay: boolean;
  sameDayCutoff: string;
}

/**
 * Whether a slot can still be booked at local time `at`: never a past day; a slot today only in a
 * same-day zone, before the zone's cutoff, and before the slot ends. Returns why not, or null.
 */
export function slotClosedReason(slot: SlotTimes, zone: ZoneRules, at: LocalTime): string | null {
  if (slot.date < at.date) return `the slot on ${slot.date} is in the past`;
  if (slot.date > at.date) return null;
  if (!zone.sameDay) return 'this zone does not deliver on the day of ordering';
  if (at.time >= zone.sameDayCutoff) return `same-day orders close at ${zone.sameDayCutoff}`;
  if (at.time >= slot.endTime) return `the slot ended at ${slot.endTime}`;
  return null;
}

/** Shipment statuses as a machine: scans may repeat, a failed delivery goes back out, delivered is final. */
export const SHIPMENT_STATUSES = ['created', 'in_transit', 'out_for_delivery', 'delivered'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];
export const SHIPMENT_TRANSITIONS: Readonly<Record<ShipmentStatus, readonly ShipmentStatus[]>> = Object.freeze({
  created: ['in_transit', 'out_for_delivery', 'delivered'],
  in_transit: ['in_transit', 'out_for_delivery', 'delivered'],
  out_for_delivery: ['in_transit', 'out_for_delivery', 'delivered'],
  delivered: [],
});

export function assertShipmentTransition(from: ShipmentStatus, to: ShipmentStatus): void {
  if (!SHIPMENT_TRANSITIONS[from].includes(to)) {
    throw new DomainError('invalid_transition', `A shipment that is ${from} cannot become ${to}`);
  }
}

export interface Polygon {
  type: 'Polygon';
  coordinates: number[][][];
}

/**
 * GeoJSON Polygon rules the schema cannot say (RFC 7946 §3.1.6): every ring has at least four
 * positions, is closed (first = last), and positions are [longitude, latitude] in range.
 */
export function polygonErrors(area: Polygon, path = 'area'): FieldError[] {
  const errors: FieldError[] = [];
  area.coordinates.forEach((ring, i) => {
    const at = `${path}/coordinates/${i}`;
    if (ring.length < 4) errors.push({ path: at, message: 'a linear ring needs at least 4 positions' });
    ring.forEach((pos, j) => {
      const [lng, lat] = pos;
      if (!(lng >= -180 && lng <= 180) || !(lat >= -90 && lat <= 90)) errors.push({ path: `${at}/${j}`, message: 'must be [longitude -180..180, latitude -90..90]' });
    });
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (ring.length >= 4 && (first[0] !== last[0] || first[1] !== last[1])) errors.push({ path: at, message: 'a linear ring must be closed (first position = last position)' });
  });
  return errors;
}
