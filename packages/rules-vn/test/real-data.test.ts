/**
 * The real 2021 list under vn2021: no error, the official composition figures, and the right rule when the
 * data is broken in the two ways the issue names.
 */
import type { Dataset } from '@ungcu/core';
import { createValidator, validate } from '@ungcu/core/rules';
import { comparisonKey } from '@ungcu/core/text';
import { beforeAll, describe, expect, it } from 'vitest';
import { vn2021, vn2026 } from '../src/index';
import { realList2021 } from './real-list';

let data: Dataset;
beforeAll(async () => {
  data = await realList2021();
});

const naRow = (report: ReturnType<typeof validate>) => report.composition.find((r) => r.scope === 'body')!;

describe('the official 2021 list under vn-2021', () => {
  it('has no error finding', () => {
    const report = validate(data, { packs: [vn2021] });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // The only warnings are the Party age guidance on first-time nominees the data cannot tell apart from officials,
    // and the one list out of alphabetical order (Thái Bình 3, see vn/official-list-order).
    expect(new Set(report.findings.map((f) => f.ruleId))).toEqual(new Set(['vn/party-age-first-time', 'vn/official-list-order']));
  });

  it('counts the official composition: 868, 500, 184, 393 women, 185 minorities, 74 non-party, 205 XIV', () => {
    const row = naRow(validate(data, { packs: [vn2021] }));
    expect(row).toMatchObject({
      nominees: 868,
      seats: 500,
      constituencies: 184,
      women: 393,
      ethnicMinority: 185,
      nonParty: 74,
      incumbents: 205,
    });
  });

  it('counts 221 under 40 on election day, and the official 224 on 27/4/2021', () => {
    expect(naRow(validate(data, { packs: [vn2021] })).young).toBe(221);
    expect(naRow(validate(data, { packs: [vn2021], asOf: '2021-04-27' })).young).toBe(224);
  });

  it('has 63 provinces, each at or above the 2021 minimum of 6 seats, but some below the 2026 minimum of 7', () => {
    const report = validate(data, { packs: [vn2021] });
    const provinces = report.composition.filter((r) => r.scope === 'unit');
    expect(provinces).toHaveLength(63);
    expect(Math.min(...provinces.map((p) => p.seats))).toBe(6);
    const under2026 = validate(data, { packs: [vn2021], rules: { 'vn/na-province-min-seats': { minSeats: 7 } } });
    expect(under2026.findings.filter((f) => f.ruleId === 'vn/na-province-min-seats').length).toBeGreaterThan(0);
  });

  it('shows, with the information rules on, the provinces under 35% women the law facts list', () => {
    const report = validate(data, { packs: [vn2021], rules: { 'vn/province-women-share': 'on' } });
    // Names as the data writes them ("Khánh Hoà", old tone placement): compare them the way core does.
    const low = report.findings
      .filter((f) => f.ruleId === 'vn/province-women-share')
      .map((f) => comparisonKey(f.target.name ?? ''));
    const named = ['Cao Bằng', 'Lạng Sơn', 'Lào Cai', 'Trà Vinh', 'Đắk Nông', 'Khánh Hòa', 'Sơn La'].map(comparisonKey);
    expect(low).toEqual(expect.arrayContaining(named));
    expect(report.summary.errors).toBe(0);
    const constituencies = validate(data, { packs: [vn2021], rules: { 'vn/constituency-women-share': { minCount: 1, minShare: 0 } } });
    // 8 of the 184 constituencies had no woman candidate.
    expect(constituencies.findings.filter((f) => f.ruleId === 'vn/constituency-women-share')).toHaveLength(8);
  });

  it('names the constituency, the numbers and Art. 57(6) when a candidate is dropped from a 3-seat constituency', () => {
    const threeSeat = data.constituencies.find((c) => c.seats === 3)!;
    const dropped = data.nominees.find((n) => n.nomination.constituencyId === threeSeat.id)!;
    const report = validate({ ...data, nominees: data.nominees.filter((n) => n !== dropped) }, { packs: [vn2021], locale: 'en' });
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      ruleId: 'vn/na-candidate-surplus',
      target: { kind: 'constituency', id: threeSeat.id },
      data: { actual: 4, seats: 3, required: 5, shortfall: 1 },
      sources: [{ article: '57', clause: '6' }],
    });
    expect(errors[0]?.message).toMatch(/đơn vị bầu cử số \d+: 4 candidates for 3 seats; at least 5 are required/u);
  });

  it('names the list, the numbers and Art. 8(3) when women fall below 35%', () => {
    // 393 women of 868; 35% needs 304. Turning 90 women into men leaves 303.
    let turned = 0;
    const nominees = data.nominees.map((n) =>
      n.person.gender === 'female' && turned++ < 90 ? { ...n, person: { ...n.person, gender: 'male' as const } } : n,
    );
    const report = validate({ ...data, nominees }, { packs: [vn2021], locale: 'vi' });
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      ruleId: 'vn/na-women-share',
      target: { kind: 'body', name: 'Quốc hội khóa XV' },
      data: { actual: 303, total: 868, required: 304, shortfall: 1 },
      sources: [{ article: '8', clause: '3' }],
    });
    expect(errors[0]?.message).toBe(
      'Quốc hội khóa XV: có 303/868 phụ nữ (34,91%), cần ít nhất 304 người (tỷ lệ tối thiểu 35%), thiếu 1',
    );
    expect(errors[0]?.fix).toBe('Bổ sung ít nhất 2 phụ nữ vào danh sách, hoặc thay 1 người trong danh sách bằng phụ nữ');
  });

  it('gives the same report in any row order, and the incremental validator agrees after edits', () => {
    const full = validate(data, { packs: [vn2021] });
    const reversed = { ...data, nominees: [...data.nominees].reverse(), constituencies: [...data.constituencies].reverse() };
    expect(validate(reversed, { packs: [vn2021] })).toEqual(full);
    const validator = createValidator(data, { packs: [vn2021] });
    const target = data.nominees[0]!;
    const { appeared } = validator.apply({ type: 'remove', collection: 'nominees', id: target.id });
    expect(appeared.map((f) => f.ruleId)).toContain('vn/na-candidate-surplus');
    const { disappeared } = validator.apply({ type: 'upsert', collection: 'nominees', entity: target });
    expect(disappeared.map((f) => f.ruleId)).toContain('vn/na-candidate-surplus');
    expect(validator.report()).toEqual(full);
  });

  it('under vn-2026 rules the 2021 list breaks the 2026 province minimum, as expected of an older list', () => {
    const report = validate(data, { packs: [vn2026] });
    // The minimum is the Standing Committee's expected allocation (NQ 1891), a target: a warning, not an error.
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'vn/na-province-min-seats').length).toBeGreaterThan(0);
  });
});
