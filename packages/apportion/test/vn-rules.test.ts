/**
 * Vietnam's seat rules as data, the constituency split and the candidates needed, and the same numbers read
 * from the real rule packs' effective options.
 */
import { ConfigError } from '@ungcu/core/errors';
import { defineRulePack } from '@ungcu/core/rules';
import { vn2021, vn2026 } from '@ungcu/rules-vn';
import { describe, expect, it } from 'vitest';
import {
  nomineesNeeded,
  seatRulesFromPack,
  splitIntoConstituencies,
  surplusFor,
  VN_COUNCIL_SEAT_RULES,
  VN_NA_SEAT_RULES,
  VN_NA_SEAT_RULES_2026,
} from '../src/index';

describe('splitIntoConstituencies', () => {
  it('uses the fewest constituencies the cap allows, seats as even as possible, larger first', () => {
    expect(splitIntoConstituencies(8, VN_NA_SEAT_RULES)).toEqual([3, 3, 2]);
    expect(splitIntoConstituencies(7, VN_NA_SEAT_RULES)).toEqual([3, 2, 2]);
    expect(splitIntoConstituencies(6, VN_NA_SEAT_RULES)).toEqual([3, 3]);
    expect(splitIntoConstituencies(1, VN_NA_SEAT_RULES)).toEqual([1]);
    expect(splitIntoConstituencies(0, VN_NA_SEAT_RULES)).toEqual([]);
    // Hà Nội 2021: 29 seats in 10 constituencies, nine of 3 and one of 2, as the official list has them.
    expect(splitIntoConstituencies(29, VN_NA_SEAT_RULES)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 2]);
    expect(splitIntoConstituencies(12, VN_COUNCIL_SEAT_RULES)).toEqual([4, 4, 4]);
    expect(splitIntoConstituencies(11, VN_COUNCIL_SEAT_RULES)).toEqual([4, 4, 3]);
  });

  it('for any seats: the count is ⌈seats / cap⌉, each within the cap, differing by at most one, summing up', () => {
    for (const rules of [VN_NA_SEAT_RULES, VN_COUNCIL_SEAT_RULES]) {
      for (let seats = 0; seats <= 120; seats++) {
        const split = splitIntoConstituencies(seats, rules);
        expect(split).toHaveLength(Math.ceil(seats / rules.maxSeatsPerConstituency));
        expect(split.reduce((a, b) => a + b, 0)).toBe(seats);
        expect(Math.max(0, ...split)).toBeLessThanOrEqual(rules.maxSeatsPerConstituency);
        if (seats > 0) expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('rejects a negative or fractional number of seats', () => {
    expect(() => splitIntoConstituencies(-1, VN_NA_SEAT_RULES)).toThrow(ConfigError);
    expect(() => splitIntoConstituencies(2.5, VN_NA_SEAT_RULES)).toThrow(/số nguyên/);
  });
});

describe('nomineesNeeded', () => {
  it('National Assembly: seats + 2 in each constituency (Điều 57 khoản 6)', () => {
    expect(nomineesNeeded([3, 3, 2], VN_NA_SEAT_RULES)).toEqual({ perConstituency: [5, 5, 4], total: 14 });
  });

  it("People's Councils: + 1 for 1–2 seats, + 2 for 3, + 3 for 4 or 5 (Điều 58 khoản 3)", () => {
    expect([1, 2, 3, 4, 5].map((s) => surplusFor(s, VN_COUNCIL_SEAT_RULES))).toEqual([1, 1, 2, 3, 3]);
    expect(nomineesNeeded([5, 4, 3, 2, 1], VN_COUNCIL_SEAT_RULES)).toEqual({ perConstituency: [8, 7, 5, 3, 2], total: 25 });
  });

  it('the 2021 National Assembly: 132 three-seat and 52 two-seat constituencies need 868 candidates', () => {
    // Exactly the size of the official list of 2021: every constituency had the minimum surplus.
    const seats = [...Array(132).fill(3), ...Array(52).fill(2)];
    expect(seats.reduce((a, b) => a + b, 0)).toBe(500);
    expect(nomineesNeeded(seats, VN_NA_SEAT_RULES).total).toBe(868);
  });

  it('rejects a constituency over the cap, naming it', () => {
    expect(() => nomineesNeeded([3, 4], VN_NA_SEAT_RULES)).toThrow(/Constituency 2: 4 seats, more than the maximum of 3/);
    expect(() => nomineesNeeded([3, 4], VN_NA_SEAT_RULES)).toThrow(/Đơn vị bầu cử thứ 2/);
  });
});

describe('the rules as data', () => {
  it('cites the law and the resolutions for every number', () => {
    for (const rules of [VN_NA_SEAT_RULES, VN_NA_SEAT_RULES_2026, VN_COUNCIL_SEAT_RULES]) {
      for (const field of ['maxSeatsPerConstituency', 'surplus', 'totalSeats', 'provinceMinSeats', 'provinceMinLocalSeats'] as const) {
        if (rules[field] !== undefined) expect(rules.sources[field]!.length).toBeGreaterThan(0);
      }
    }
    expect(VN_NA_SEAT_RULES.sources.maxSeatsPerConstituency).toEqual([expect.objectContaining({ article: '10', clause: '4' })]);
    expect(VN_NA_SEAT_RULES.sources.surplus).toEqual([expect.objectContaining({ article: '57', clause: '6' })]);
    expect(VN_COUNCIL_SEAT_RULES.sources.surplus).toEqual([expect.objectContaining({ article: '58', clause: '3' })]);
    expect(VN_NA_SEAT_RULES.sources.provinceMinSeats![0]!.document).toMatch(/^Nghị quyết 1185\/NQ-UBTVQH14/);
    expect(VN_NA_SEAT_RULES_2026.sources.provinceMinSeats![0]!.document).toMatch(/^Nghị quyết 1891\/NQ-UBTVQH15/);
    expect(VN_NA_SEAT_RULES_2026.sources.surplus![0]!.document).toContain('83/2025/QH15');
  });
});

describe('seatRulesFromPack', () => {
  it('vn-2021: cap 3, surplus 2, province floor 6, read from the rules’ effective options', () => {
    const rules = seatRulesFromPack(vn2021, 'national-assembly');
    expect(rules).toMatchObject({
      maxSeatsPerConstituency: 3,
      surplus: [{ fromSeats: 1, margin: 2 }],
      provinceMinSeats: 6,
      provinceMinLocalSeats: 3,
      totalSeats: 500,
    });
    expect(rules.fromPack).toEqual(['maxSeatsPerConstituency', 'surplus', 'provinceMinSeats']);
    expect(rules.sources.provinceMinSeats![0]!.document).toMatch(/1185/);
  });

  it('vn-2026: the floor of 7 from the pack, citations of the amended law and NQ 1891', () => {
    const rules = seatRulesFromPack(vn2026, 'national-assembly', VN_NA_SEAT_RULES_2026);
    expect(rules).toMatchObject({ maxSeatsPerConstituency: 3, provinceMinSeats: 7, provinceMinLocalSeats: 4 });
    expect(rules.sources.provinceMinSeats![0]!.document).toMatch(/1891/);
    expect(rules.sources.surplus![0]!.document).toContain('83/2025/QH15');
    // With the 2021 base the pack still gives 7: the floor is the pack's, not the base's.
    expect(seatRulesFromPack(vn2026, 'national-assembly').provinceMinSeats).toBe(7);
  });

  it('councils: cap 5 from the pack, the surplus schedule of Điều 58 from the base', () => {
    for (const pack of [vn2021, vn2026]) {
      const rules = seatRulesFromPack(pack, 'council');
      expect(rules).toMatchObject({ maxSeatsPerConstituency: 5, surplus: VN_COUNCIL_SEAT_RULES.surplus });
      expect(rules.fromPack).toEqual(['maxSeatsPerConstituency']);
    }
  });

  it("an agency's pack overriding the options, or turning a rule off", () => {
    const custom = defineRulePack({
      id: 'agency',
      title: { vi: 'Thử', en: 'Test' },
      extends: vn2021,
      ruleSettings: { 'vn/na-candidate-surplus': { margin: 3 }, 'vn/na-constituency-seats': 'off' },
    });
    const rules = seatRulesFromPack(custom, 'national-assembly');
    expect(rules.surplus).toEqual([{ fromSeats: 1, margin: 3 }]);
    expect(rules.maxSeatsPerConstituency).toBe(3); // off in the pack: the law's cap, from the base
    expect(rules.fromPack).toEqual(['surplus', 'provinceMinSeats']);
    expect(nomineesNeeded([3, 2], rules).total).toBe(11);
  });
});
