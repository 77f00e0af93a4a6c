/**
 * The first apportionment of the U.S. House: the 1790 census, Jefferson's method at 105 seats (the 1792 act)
 * and Hamilton's at 120 (the bill Washington vetoed, the first presidential veto).
 */
import { describe, expect, it } from 'vitest';
import { apportion } from '../src/index';
import { CENSUS_1790, divisorSearch, hamiltonBrute, unitsOf } from './support';

const units = unitsOf(CENSUS_1790);
const weights = units.map((u) => BigInt(u.weight));

describe('the 1790 census', () => {
  it('holds the counts Balinski and Young give (total 3,615,920)', () => {
    expect(units).toHaveLength(15);
    expect(units.reduce((s, u) => s + u.weight, 0)).toBe(3_615_920);
  });

  it('Jefferson at 105 seats reproduces the House of 1792', () => {
    const result = apportion({ units, seats: 105, method: 'jefferson' });
    expect(result.seats).toEqual({
      CT: 7, DE: 1, GA: 2, KY: 2, MD: 8, MA: 14, NH: 4, NJ: 5, NY: 10, NC: 10, PA: 13, RI: 2, SC: 6, VT: 2, VA: 19,
    });
    expect(result.complete).toBe(true);
    expect(result.ties).toEqual([]);
    expect(result.steps).toHaveLength(105);
    expect(result.steps.every((s) => s.reason === 'priority')).toBe(true);
    // D'Hondt is the same method under its European name, and the result keeps the name asked for.
    const dhondt = apportion({ units, seats: 105, method: 'dhondt' });
    expect(dhondt.seats).toEqual(result.seats);
    expect(dhondt.method).toBe('dhondt');
    expect(Object.values(result.seats)).toEqual(divisorSearch('jefferson', weights, 105));
  });

  it("Hamilton at 120 seats (Washington's veto) agrees with integer division and stays within quota", () => {
    const result = apportion({ units, seats: 120, method: 'hamilton' });
    const brute = hamiltonBrute(weights, 120);
    expect(Object.values(result.seats)).toEqual(brute);
    expect(result.seats).toEqual({
      CT: 8, DE: 2, GA: 2, KY: 2, MD: 9, MA: 16, NH: 5, NJ: 6, NY: 11, NC: 12, PA: 14, RI: 2, SC: 7, VT: 3, VA: 21,
    });
    // The log: lower quotas first, then one remainder seat each to the largest fractions, in that order.
    const lower = result.steps.filter((s) => s.reason === 'lower-quota');
    const remainder = result.steps.filter((s) => s.reason === 'remainder');
    expect(lower.length + remainder.length).toBe(120);
    expect(lower.length).toBe(weights.reduce((s, w) => s + Number((w * 120n) / 3_615_920n), 0));
    const fractions = remainder.map((s) => s.priority!.split('/').map(BigInt)).map(([p, q]) => Number(p) / Number(q));
    expect(fractions).toEqual([...fractions].sort((a, b) => b - a));
    // Each state's standard quota, 120 × population / 3,615,920, reduced: Virginia 20.926..., Delaware 1.843...
    expect(result.quotas.VA).toBe('135120/6457');
    expect(result.quotas.DE).toBe('83310/45199');
  });
});
