import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, assertShipmentTransition, isRealDate, localTime, longestPrefixMatch, normalizePostalCode, pickZone, polygonErrors, slotClosedReason } from './rules';

describe('postal codes and zones', () => {
  it('normalises hyphens and spaces', () => {
    expect(normalizePostalCode('100-0001')).toBe('1000001');
    expect(normalizePostalCode(' sw1a 1aa ')).toBe('SW1A1AA');
  });

  it('picks the zone with the longest matching prefix', () => {
    const zones = [
      { id: 'tokyo', postalCodePrefixes: ['1'] },
      { id: 'chiyoda', postalCodePrefixes: ['100', '101-'] },
      { id: 'marunouchi', postalCodePrefixes: ['1000005'] },
    ];
    expect(pickZone(zones, '100-0001')?.id).toBe('chiyoda');
    expect(pickZone(zones, '101-0021')?.id).toBe('chiyoda');
    expect(pickZone(zones, '100-0005')?.id).toBe('marunouchi');
    expect(pickZone(zones, '160-0022')?.id).toBe('tokyo');
    expect(pickZone(zones, '530-0001')).toBeNull();
  });

  it('longest prefix: the winner matches at least as long a prefix as any other zone (property)', () => {
    const digits = fc.stringMatching(/^[0-9]{1,4}$/);
    fc.assert(
      fc.property(fc.array(fc.array(digits, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }), fc.stringMatching(/^[0-9]{7}$/), (prefixSets, code) => {
        const zones = prefixSets.map((p, i) => ({ id: i, postalCodePrefixes: p }));
        const winner = pickZone(zones, code);
        const best = Math.max(...zones.map((z) => longestPrefixMatch(z.postalCodePrefixes, code)));
        if (best < 0) return winner === null;
        return winner !== null && longestPrefixMatch(winner.postalCodePrefixes, code) === best;
      }),
    );
  });
});

describe('time rules', () => {
  it('reads the wall clock in the store time zone', () => {
    // 2025-03-01T05:30Z is 14:30 in Tokyo, 21:30 the day before in Los Angeles.
    const at = new Date('2025-03-01T05:30:00Z');
    expect(localTime(at, 'Asia/Tokyo')).toEqual({ date: '2025-03-01', time: '14:30' });
    expect(localTime(at, 'America/Los_Angeles')).toEqual({ date: '2025-02-28', time: '21:30' });
    expect(localTime(new Date('2025-03-01T15:00:00Z'), 'Asia/Tokyo')).toEqual({ date: '2025-03-02', time: '00:00' });
  });

  it('does calendar arithmetic and rejects impossible dates', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2025-13-01')).toBe(false);
  });

  const sameDay = { sameDay: true, sameDayCutoff: '14:00' };
  const standard = { sameDay: false, sameDayCutoff: '14:00' };
  const slot = (date: string, startTime = '15:00', endTime = '18:00') => ({ date, startTime, endTime });
  const at = (time: string) => ({ date: '2025-03-01', time });

  it('closes past slots, same-day slots after the cutoff, and today in zones without same-day', () => {
    expect(slotClosedReason(slot('2025-02-28'), sameDay, at('09:00'))).toMatch(/past/);
    expect(slotClosedReason(slot('2025-03-02'), standard, at('23:59'))).toBeNull();
    expect(slotClosedReason(slot('2025-03-01'), standard, at('09:00'))).toMatch(/does not deliver on the day/);
    expect(slotClosedReason(slot('2025-03-01'), sameDay, at('13:59'))).toBeNull();
    expect(slotClosedReason(slot('2025-03-01'), sameDay, at('14:00'))).toMatch(/close at 14:00/);
    expect(slotClosedReason(slot('2025-03-01', '09:00', '12:00'), { sameDay: true, sameDayCutoff: '16:00' }, at('12:30'))).toMatch(/ended/);
  });
});

describe('shipment machine', () => {
  it('moves forward, repeats scans, and stops at delivered', () => {
    expect(() => assertShipmentTransition('created', 'in_transit')).not.toThrow();
    expect(() => assertShipmentTransition('in_transit', 'in_transit')).not.toThrow();
    expect(() => assertShipmentTransition('out_for_delivery', 'delivered')).not.toThrow();
    expect(() => assertShipmentTransition('delivered', 'in_transit')).toThrow(/cannot become/);
  });
});

describe('GeoJSON polygons', () => {
  const square = { type: 'Polygon' as const, coordinates: [[[139.7, 35.6], [139.8, 35.6], [139.8, 35.7], [139.7, 35.7], [139.7, 35.6]]] };

  it('accepts a closed ring', () => {
    expect(polygonErrors(square)).toEqual([]);
  });

  it('names open rings and out-of-range positions', () => {
    const open = { type: 'Polygon' as const, coordinates: [[[139.7, 35.6], [139.8, 35.6], [139.8, 35.7], [139.7, 35.7]]] };
    expect(polygonErrors(open)).toEqual([{ path: 'area/coordinates/0', message: expect.stringMatching(/closed/) }]);
    const wild = { type: 'Polygon' as const, coordinates: [[[200, 35.6], [139.8, 35.6], [139.8, 95], [200, 35.6]]] };
    expect(polygonErrors(wild).map((e) => e.path)).toEqual(['area/coordinates/0/0', 'area/coordinates/0/2', 'area/coordinates/0/3']);
  });
});
