/**
 * Balinski and Young's five-state illustration (Fair Representation, appendix A): populations 9061, 7179, 5259,
 * 3319 and 1182, 26,000 people for 26 seats, where Adams, Dean, Hill, Webster and Jefferson give five different
 * apportionments. Each result is checked against a divisor found by search (test/support.ts), not against the
 * package's own priority walk.
 */
import { describe, expect, it } from 'vitest';
import { apportion, type ApportionMethod } from '../src/index';
import { divisorSearch, hamiltonBrute, type RoundingMethod } from './support';

const WEIGHTS = [9061, 7179, 5259, 3319, 1182];
const units = WEIGHTS.map((weight, i) => ({ id: 'ABCDE'[i]!, weight }));
const big = WEIGHTS.map(BigInt);

const EXPECTED: Readonly<Record<RoundingMethod, readonly number[]>> = {
  adams: [9, 7, 5, 3, 2],
  dean: [9, 7, 5, 4, 1],
  'huntington-hill': [9, 7, 6, 3, 1],
  webster: [9, 8, 5, 3, 1],
  jefferson: [10, 7, 5, 3, 1],
};

const seatsOf = (method: ApportionMethod, seats: number) => Object.values(apportion({ units, seats, method }).seats);

describe('the five-state illustration', () => {
  it('gives five different apportionments at 26 seats, each summing to 26', () => {
    const results = Object.keys(EXPECTED).map((m) => seatsOf(m as RoundingMethod, 26));
    expect(new Set(results.map((r) => r.join())).size).toBe(5);
    for (const r of results) expect(r.reduce((a, b) => a + b, 0)).toBe(26);
  });

  it.each(Object.entries(EXPECTED))('%s matches the book and a divisor search', (method, expected) => {
    expect(seatsOf(method as RoundingMethod, 26)).toEqual(expected);
    expect(divisorSearch(method as RoundingMethod, big, 26)).toEqual(expected);
  });

  it('the aliases and the other methods', () => {
    expect(seatsOf('sainte-lague', 26)).toEqual(EXPECTED.webster);
    expect(seatsOf('dhondt', 26)).toEqual(EXPECTED.jefferson);
    expect(seatsOf('hamilton', 26)).toEqual(hamiltonBrute(big, 26));
    expect(seatsOf('hamilton', 26)).toEqual([9, 7, 5, 4, 1]);
    // The quota method stays within quota (E's quota is 1.182, so never 2) and here agrees with Jefferson.
    expect(seatsOf('quota', 26)).toEqual([10, 7, 5, 3, 1]);
    // Modified Sainte-Laguë (first divisor 1.4) here agrees with Webster: E's first seat is not in question.
    expect(seatsOf('modified-sainte-lague', 26)).toEqual([9, 8, 5, 3, 1]);
  });

  it('agrees with the divisor search at every house size from 5 to 60', () => {
    for (let h = 5; h <= 60; h++) {
      for (const method of Object.keys(EXPECTED) as RoundingMethod[]) {
        expect([method, h, seatsOf(method, h)]).toEqual([method, h, divisorSearch(method, big, h)]);
      }
      expect(['hamilton', h, seatsOf('hamilton', h)]).toEqual(['hamilton', h, hamiltonBrute(big, h)]);
    }
  });

  it('the indices, recomputed in floats from the shares', () => {
    for (const method of Object.keys(EXPECTED) as RoundingMethod[]) {
      const { seats, indices } = apportion({ units, seats: 26, method });
      const diffs = WEIGHTS.map((w, i) => w / 26_000 - Object.values(seats)[i]! / 26);
      expect(indices.loosemoreHanby).toBeCloseTo((50 * diffs.reduce((a, d) => a + Math.abs(d), 0)), 10);
      expect(indices.gallagher).toBeCloseTo(100 * Math.sqrt(diffs.reduce((a, d) => a + d * d, 0) / 2), 10);
    }
    // Two units 3:1, one seat: both indices are 25 points.
    expect(apportion({ units: [{ id: 'a', weight: 3 }, { id: 'b', weight: 1 }], seats: 1, method: 'jefferson' }).indices).toEqual({
      gallagher: 25,
      loosemoreHanby: 25,
    });
  });

  it('modified Sainte-Laguë: the first divisor 1.4 keeps a small unit from its first seat', () => {
    const two = [
      { id: 'A', weight: 100 },
      { id: 'B', weight: 25 },
    ];
    // Sainte-Laguë: A 100, A 100/3, then B 25 before A 20. Modified: B's first priority is 25/1.4 = 17.86 < 20.
    expect(apportion({ units: two, seats: 3, method: 'sainte-lague' }).seats).toEqual({ A: 2, B: 1 });
    const modified = apportion({ units: two, seats: 3, method: 'modified-sainte-lague' });
    expect(modified.seats).toEqual({ A: 3, B: 0 });
    expect(modified.steps.map((s) => s.priority)).toEqual(['500/7', '100/3', '20']);
  });

  it('at 36 seats the five methods do not all differ (26 is the house of the illustration)', () => {
    const results = Object.keys(EXPECTED).map((m) => seatsOf(m as RoundingMethod, 36).join());
    expect(new Set(results).size).toBeLessThan(5);
  });
});
