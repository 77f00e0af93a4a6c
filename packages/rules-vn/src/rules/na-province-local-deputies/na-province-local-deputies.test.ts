import type { Dataset, Nominee } from '@ungcu/core';
import { validate } from '@ungcu/core/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { provinceMatcher } from '../../address';
import { realList2021 } from '../../../test/real-list';
import { vn2021 } from '../../vn-2021';
import { vn2026 } from '../../vn-2026';

const RULE = 'vn/na-province-local-deputies';
let data: Dataset;
beforeAll(async () => {
  data = await realList2021();
});

const findings = (ds: Dataset, options: Parameters<typeof validate>[1] = { packs: [vn2021] }) =>
  validate(ds, options).findings.filter((f) => f.ruleId === RULE);

/** The nominees of one province of the real list, by the unit's name. */
function provinceNominees(ds: Dataset, name: string): { unitId: string; nominees: Nominee[] } {
  const unit = ds.administrativeUnits.find((u) => u.name === name)!;
  const constituencies = new Set(ds.constituencies.filter((c) => c.unitId === unit.id).map((c) => c.id));
  return { unitId: unit.id, nominees: ds.nominees.filter((n) => constituencies.has(n.nomination.constituencyId ?? '')) };
}

/** The real list with the first `count` of a province's locals moved to Hà Nội (residence and workplace). */
function moveLocals(name: string, count: number): Dataset {
  const { nominees } = provinceNominees(data, name);
  const locals = nominees.filter((n) => n.person.residence?.includes(name) && n.person.workplace?.includes(name));
  const moved = new Set(locals.slice(0, count).map((n) => n.id));
  return {
    ...data,
    nominees: data.nominees.map((n) =>
      moved.has(n.id)
        ? { ...n, person: { ...n.person, residence: 'Phường Trung Hòa, quận Cầu Giấy, thành phố Hà Nội', workplace: 'Bộ Nội vụ' } }
        : n,
    ),
  };
}

describe('vn/na-province-local-deputies (Điều 7 khoản 1)', () => {
  it('passes the official 2021 list under both packs: every province has at least 6 candidates who live and work there', () => {
    expect(findings(data)).toEqual([]);
    expect(findings(data, { packs: [vn2026] })).toEqual([]);
    // With the bar above every province's count, each province reports what the data places: 616 of 868 in all.
    const all = findings(data, { packs: [vn2021], rules: { [RULE]: { minLocal: 100 } } });
    expect(all).toHaveLength(63);
    expect(all.reduce((sum, f) => sum + Number(f.data.local), 0)).toBe(616);
    expect(Math.min(...all.map((f) => Number(f.data.local)))).toBe(6); // Quảng Bình
  });

  it('reads "Tỉnh ủy Lào Cai" and "…, tỉnh Lào Cai" as Lào Cai, and a ministry as unknown', () => {
    const bare = findings(data, { packs: [vn2021], rules: { [RULE]: { minLocal: 100 } } }).find((f) => f.target.name === 'Lào Cai');
    // Ten candidates: two live in Hà Nội (Lê Thị Hà, Trần Cẩm Tú), eight live and work in Lào Cai.
    expect(bare?.data).toMatchObject({ local: 8, unknown: 0, total: 10 });
  });

  it('gives information when the data places too few but the unplaced could make up the number, an error when not', () => {
    // Quảng Bình: 6 placed locals and 1 unplaced. Moving 4 leaves 2 placed + 1 unplaced: could be 3.
    const four = findings(moveLocals('Quảng Bình', 4), { packs: [vn2021], locale: 'vi' });
    expect(four).toMatchObject([{ severity: 'info', messageId: 'cannotTell', data: { local: 2, unknown: 1, required: 3 } }]);
    expect(four[0]?.message).toBe(
      'Quảng Bình: dữ liệu xác định được 2/10 người ứng cử cư trú và làm việc tại tỉnh, thành phố này (cần ít nhất 3); 1 người chưa xác định được',
    );
    const five = findings(moveLocals('Quảng Bình', 5), { packs: [vn2021], locale: 'en' });
    expect(five).toMatchObject([
      { severity: 'error', messageId: 'tooFew', target: { kind: 'unit' }, data: { possible: 2, required: 3, shortfall: 1 }, sources: [{ article: '7', clause: '1' }] },
    ]);
    expect(five[0]?.message).toBe('Quảng Bình: only 2 of 10 candidates can live and work in the province, too few for at least 3 deputies who live and work there');
    expect(five[0]?.fix).toBe('Nominate at least 1 more person who lives and works in the province');
  });

  it('checks one province’s file on its own (coverage does not apply: the rule is per province)', () => {
    const { nominees } = provinceNominees(data, 'Quảng Bình');
    const ids = new Set(nominees.map((n) => n.nomination.constituencyId));
    const file = { ...data, nominees, constituencies: data.constituencies.filter((c) => ids.has(c.id)) };
    expect(findings(file, { packs: [vn2021], rules: { [RULE]: { minLocal: 7 } } })).toMatchObject([
      { severity: 'info', data: { local: 6, unknown: 1 } },
    ]);
    expect(findings(file, { packs: [vn2021], rules: { [RULE]: { minLocal: 8 } } })).toMatchObject([{ severity: 'error' }]);
  });

  it('prefers the unit ids of the data over the text', () => {
    const { unitId, nominees } = provinceNominees(data, 'Quảng Bình');
    const other = data.administrativeUnits.find((u) => u.name.endsWith('Hà Nội'))!.id;
    const moved = new Set(nominees.slice(0, 8).map((n) => n.id));
    const ds = {
      ...data,
      nominees: data.nominees.map((n) => (moved.has(n.id) ? { ...n, person: { ...n.person, residenceUnitId: other, workplaceUnitId: unitId } } : n)),
    };
    expect(findings(ds)).toMatchObject([{ severity: 'error', target: { id: unitId } }]);
  });
});

describe('provinceMatcher', () => {
  const match = provinceMatcher([
    { id: 'hn', name: 'Thành phố Hà Nội' },
    { id: 'ct', name: 'Cần Thơ' },
    { id: 'brvt', name: 'Bà Rịa - Vũng Tàu' },
    { id: 'th', name: 'Thanh Hoá' },
  ]);
  it('takes the province named last, with or without its prefix at the end, across spellings', () => {
    expect(match('Số 10, phường Trung Hòa, quận Cầu Giấy, thành phố Hà Nội')).toBe('hn');
    expect(match('Công an thành phố Cần Thơ')).toBe('ct');
    expect(match('Phường 7, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu')).toBe('brvt');
    expect(match('xã Quảng Thọ, thành phố Sầm Sơn, tỉnh Thanh Hóa')).toBe('th');
    expect(match('Sở Tư pháp, thành phố Cần Thơ; trước đây ở thành phố Hà Nội')).toBe('hn');
    expect(match('Tỉnh ủy Cần Thơ')).toBe('ct');
  });
  it('knows the provinces outside the data, so a file of one province still tells "elsewhere" from "unknown"', () => {
    const one = provinceMatcher([{ id: 'qb', name: 'Quảng Bình' }]);
    expect(one('phường Trung Hòa, quận Cầu Giấy, thành phố Hà Nội')).toBe('other:Hà Nội');
    expect(one('Tiểu khu 3, thị trấn Quán Hàu, huyện Quảng Ninh, tỉnh Quảng Bình')).toBe('qb');
  });
  it('names no province for a central body', () => {
    expect(match('Bộ Quốc phòng')).toBeUndefined();
    expect(match(undefined)).toBeUndefined();
  });
});
