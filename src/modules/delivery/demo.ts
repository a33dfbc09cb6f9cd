import type { RequestContext } from '../../platform/core/context';
import { addDays, localTime } from './rules';
import type { DeliveryService } from './service';

/** Yamato-style time windows (morning, then two-hour windows into the evening). */
const WINDOWS: [string, string][] = [
  ['09:00', '12:00'],
  ['14:00', '16:00'],
  ['16:00', '18:00'],
  ['18:00', '20:00'],
  ['19:00', '21:00'],
];

const ZONES = [
  {
    name: 'Tokyo central (Chiyoda, Chuo, Minato) — same day',
    postalCodePrefixes: ['100', '101', '102', '103', '104', '105', '106', '107', '108'],
    fee: 500,
    sameDay: true,
    sameDayCutoff: '14:00',
    area: { type: 'Polygon' as const, coordinates: [[[139.725, 35.63], [139.795, 35.63], [139.795, 35.705], [139.725, 35.705], [139.725, 35.63]]] },
    capacity: 8,
  },
  { name: 'Tokyo 23 wards', postalCodePrefixes: ['11', '12', '13', '14', '15', '16', '17'], fee: 700, sameDay: false, sameDayCutoff: '14:00', area: null, capacity: 12 },
  { name: 'Yokohama and Kawasaki', postalCodePrefixes: ['21', '22', '23', '24'], fee: 800, sameDay: false, sameDayCutoff: '14:00', area: null, capacity: 10 },
  { name: 'Osaka city', postalCodePrefixes: ['53', '54', '55'], fee: 900, sameDay: false, sameDayCutoff: '12:00', area: null, capacity: 10 },
];

/**
 * Demo delivery zones and a week of slots (today for same-day zones, from tomorrow otherwise).
 * Does nothing when zones already exist, so restarts keep what staff changed.
 */
export async function seedDemoDelivery(delivery: DeliveryService, ctx: RequestContext, opts: { now: Date; timeZone: string; days?: number }): Promise<{ zones: number; slots: number }> {
  if ((await delivery.listZones({ limit: 1 })).items.length > 0) return { zones: 0, slots: 0 };
  const today = localTime(opts.now, opts.timeZone).date;
  let slots = 0;
  for (const { capacity, ...input } of ZONES) {
    const zone = await delivery.createZone(ctx, input);
    for (let d = zone.sameDay ? 0 : 1; d < (opts.days ?? 7); d++) {
      for (const [startTime, endTime] of WINDOWS) {
        await delivery.createSlot(ctx, { zoneId: zone.id, date: addDays(today, d), startTime, endTime, capacity });
        slots++;
      }
    }
  }
  return { zones: ZONES.length, slots };
}
