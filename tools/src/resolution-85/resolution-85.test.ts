/**
 * Resolution 85/NQ-HĐBCQG turned into project data, checked three ways: against the per-province table of
 * the law facts (docs/legal/vn-election-law.md §4, from luatvietnam.vn), against every constituency rule of
 * vn-2026, and against the file committed in examples/data (which must be this script's output, unedited).
 */
import { readFileSync } from 'node:fs';
import { Dataset } from '@ungcu/core';
import { validate } from '@ungcu/core/rules';
import { comparisonKey } from '@ungcu/core/text';
import { vn2026 } from '@ungcu/rules-vn';
import { describe, expect, it } from 'vitest';
import { convertResolution85, INPUT_FILE, OUTPUT_FILE, parseResolution85, resolutionToDataset, serialize } from './index';

// Province → [constituencies, seats], §4 of the law facts.
const LAW_FACTS_TABLE: Record<string, [number, number]> = {
  'Hà Nội': [11, 32], 'Hồ Chí Minh': [13, 38], 'Hải Phòng': [7, 19], 'Đà Nẵng': [5, 14], 'Cần Thơ': [6, 18],
  Huế: [4, 9], 'An Giang': [7, 21], 'Bắc Ninh': [6, 16], 'Cà Mau': [5, 13], 'Cao Bằng': [3, 7], 'Đắk Lắk': [5, 15],
  'Điện Biên': [3, 7], 'Đồng Nai': [6, 18], 'Đồng Tháp': [6, 18], 'Gia Lai': [6, 16], 'Hà Tĩnh': [3, 9],
  'Hưng Yên': [6, 16], 'Khánh Hòa': [4, 12], 'Lai Châu': [3, 7], 'Lạng Sơn': [3, 7], 'Lào Cai': [4, 10],
  'Lâm Đồng': [6, 17], 'Ninh Bình': [8, 19], 'Nghệ An': [6, 16], 'Phú Thọ': [6, 17], 'Quảng Ninh': [3, 9],
  'Quảng Ngãi': [4, 11], 'Quảng Trị': [4, 10], 'Sơn La': [3, 9], 'Tây Ninh': [5, 15], 'Thái Nguyên': [5, 10],
  'Thanh Hóa': [6, 17], 'Tuyên Quang': [4, 10], 'Vĩnh Long': [6, 18],
};

const result = convertResolution85();
const dataset = Dataset.parse(result.data);

describe('Resolution 85/NQ-HĐBCQG as project data', () => {
  it('reads every count in words with no problem: 34 provinces, 182 constituencies, 500 seats', () => {
    expect(result.problems).toEqual([]);
    expect(dataset.administrativeUnits).toHaveLength(34);
    expect(dataset.constituencies).toHaveLength(182);
    expect(dataset.constituencies.reduce((s, c) => s + c.seats, 0)).toBe(500);
    expect(dataset.constituencies.filter((c) => c.seats === 3)).toHaveLength(136);
    expect(dataset.constituencies.filter((c) => c.seats === 2)).toHaveLength(46);
  });

  it('matches the per-province table of the law facts', () => {
    const table = Object.fromEntries(
      dataset.administrativeUnits.map((u) => {
        const mine = dataset.constituencies.filter((c) => c.unitId === u.id);
        return [comparisonKey(u.name), [mine.length, mine.reduce((s, c) => s + c.seats, 0)]];
      }),
    );
    // The units file writes "Khánh Hoà" (old tone placement): compare names the way core does.
    expect(table).toEqual(Object.fromEntries(Object.entries(LAW_FACTS_TABLE).map(([k, v]) => [comparisonKey(k), v])));
  });

  it('meets every constituency rule of vn-2026: at most 3 seats, 500 in all, every province at its minimum of 7', () => {
    // No candidate list yet: the structure rules run, the list rules (official stage) do not.
    const report = validate(dataset, { packs: [vn2026], stage: 'preliminary' });
    expect(report.findings).toEqual([]);
    const provinces = report.composition.filter((r) => r.scope === 'unit');
    expect(Math.min(...provinces.map((p) => p.seats))).toBe(7);
    expect(report.composition.find((r) => r.scope === 'body')).toMatchObject({ seats: 500, constituencies: 182 });
  });

  it('is checked by those rules: a 4-seat constituency or a 6-seat province is reported', () => {
    const [first, ...rest] = dataset.constituencies;
    const broken = { ...dataset, constituencies: [{ ...first!, seats: 4 }, ...rest] };
    const ids = validate(broken, { packs: [vn2026], stage: 'preliminary' }).findings.map((f) => f.ruleId);
    expect(ids).toEqual(['vn/na-constituency-seats', 'vn/na-total-seats']);
    const caoBang = dataset.constituencies.find((c) => c.unitId === '04' && c.seats === 3)!;
    const small = { ...dataset, constituencies: dataset.constituencies.map((c) => (c === caoBang ? { ...c, seats: 2 } : c)) };
    const findings = validate(small, { packs: [vn2026], stage: 'preliminary' }).findings;
    expect(findings.find((f) => f.ruleId === 'vn/na-province-min-seats')).toMatchObject({
      target: { id: '04', name: 'Cao Bằng' },
      data: { actual: 6, required: 7 },
    });
  });

  it('is the file committed in examples/data, byte for byte', () => {
    expect(readFileSync(OUTPUT_FILE, 'utf8')).toBe(serialize(result));
  });

  it('reports, with its line, a count that does not read or a total that does not add up', () => {
    const text = readFileSync(INPUT_FILE, 'utf8');
    const garbled = parseResolution85(text.replace('Số đại biểu Quốc hội được bầu là ba mươi hai.', 'Số đại biểu Quốc hội được bầu là ba mươi hay.'));
    expect(garbled.problems[0]?.message.en).toMatch(/^Line 27: cannot read the number "ba mươi hay"/u);
    const wrong = parseResolution85(text.replace('Số đơn vị bầu cử là mười một.', 'Số đơn vị bầu cử là mười hai.'));
    const reference = JSON.parse(readFileSync(new URL('../../../examples/data/vn-admin-units-2025/units.json', import.meta.url), 'utf8'));
    const converted = resolutionToDataset(wrong, reference);
    expect(converted.problems.map((p) => p.message.en)).toEqual([
      'Line 23: Thành phố Hà Nội states 12 constituencies and 32 seats but lists 11 and 32',
    ]);
  });
});
