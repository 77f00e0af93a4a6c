/**
 * Citations and severities an election official checks first (issue 16): the clause of Điều 9 for each council
 * level, the resolution that applied in the pack's own year, a Standing Committee's expected allocation as a
 * warning, and legal texts that are quotations (a summary goes in the notes, without quotation marks).
 */
import { Dataset, type LegalReference } from '@ungcu/core';
import { validate } from '@ungcu/core/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES, vn2021, vn2026 } from '../src/index';
import { caoBangCouncil } from './cao-bang';
import { realList2021 } from './real-list';

/** Cao Bằng's council list of 5 with 1 woman (20%, under 35%), as a council of the given kind. */
function councilWithOneWoman(kind: 'provincial-council' | 'commune-council'): Dataset {
  const ds = caoBangCouncil(3, 5);
  ds.nominees[1] = { ...ds.nominees[1]!, person: { ...ds.nominees[1]!.person, gender: 'male' } };
  const bodies = (ds.bodies ?? []).map((b) => (b.id === 'pc-04' ? { ...b, kind, ...(kind === 'commune-council' ? { unitId: '04-001' } : {}) } : b));
  return Dataset.parse({ ...ds, bodies });
}

const clauses = (sources: readonly LegalReference[]) => sources.map((s) => `${s.document} Điều ${s.article} khoản ${s.clause}`);

describe('vn/council-women-share cites the clause of Điều 9 for each level', () => {
  it('cites khoản 1, 2 and 3 of the 2015 text in vn-2021, so a commune council list finds its clause (khoản 3)', () => {
    const [finding] = validate(councilWithOneWoman('commune-council'), { packs: [vn2021] }).findings.filter(
      (f) => f.ruleId === 'vn/council-women-share',
    );
    expect(finding?.data).toMatchObject({ actual: 1, total: 5, required: 2 });
    expect(clauses(finding!.sources)).toEqual([
      'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 Điều 9 khoản 1',
      'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 Điều 9 khoản 2',
      'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 Điều 9 khoản 3',
    ]);
  });

  it('cites khoản 1 (province) and 2 (commune) of the amended text in vn-2026, which has two levels', () => {
    const [finding] = validate(councilWithOneWoman('provincial-council'), { packs: [vn2026] }).findings.filter(
      (f) => f.ruleId === 'vn/council-women-share',
    );
    expect(finding?.sources.map((s) => [s.article, s.clause])).toEqual([
      ['9', '1'],
      ['9', '2'],
    ]);
    expect(finding!.sources.every((s) => s.document.includes('83/2025/QH15'))).toBe(true);
  });
});

describe('vn/na-full-time cites the resolution of its own year', () => {
  it('cites NQ 1185/NQ-UBTVQH14 in vn-2021 and nothing of 2025', () => {
    const rule = ALL_RULES.find((r) => r.id === 'vn/na-full-time')!;
    expect(rule.sources.map((s) => s.document)).toEqual([expect.stringContaining('1185/NQ-UBTVQH14')]);
    expect(JSON.stringify(rule.sources)).not.toMatch(/1891|2025/);
    expect(vn2021.ruleSources['vn/na-full-time']).toBeUndefined();
  });
  it('cites NQ 1891/NQ-UBTVQH15 in vn-2026, and says the 2021 figure is unverified', () => {
    expect(vn2026.ruleSources['vn/na-full-time']?.map((s) => s.document)).toEqual([expect.stringContaining('1891/NQ-UBTVQH15')]);
    const rule = ALL_RULES.find((r) => r.id === 'vn/na-full-time')!;
    expect(rule.notes?.some((n) => n.vi.includes('chưa xác minh') && n.en.includes('unverified'))).toBe(true);
  });
});

describe("vn/na-province-min-seats measures a Standing Committee's expected allocation", () => {
  let data: Dataset;
  beforeAll(async () => {
    data = await realList2021();
  });
  it('warns, not errs, when the 2021 list is read against the 2026 minimum of 7', () => {
    const findings = validate(data, { packs: [vn2026] }).findings.filter((f) => f.ruleId === 'vn/na-province-min-seats');
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['warning']));
  });
  it('says why in its notes, in both languages', () => {
    const rule = ALL_RULES.find((r) => r.id === 'vn/na-province-min-seats')!;
    expect(rule.notes?.[0]?.vi).toMatch(/^Cảnh báo, không phải lỗi: .*dự kiến cơ cấu, thành phần và phân bổ đại biểu/);
    expect(rule.notes?.[0]?.en).toMatch(/^A warning, not an error: /);
  });
});

describe('legal texts', () => {
  // Their legal text is being rewritten in the same issue by another change (the Party age exemptions).
  const OWNED_ELSEWHERE = new Set(['vn/party-age-first-time', 'vn/party-age-rerunning']);
  const withText = ALL_RULES.filter((r) => r.legalText !== undefined && !OWNED_ELSEWHERE.has(r.id));

  it('exist for the rules that quote the law', () => {
    expect(withText.length).toBeGreaterThanOrEqual(10);
  });
  it.each(withText.map((r) => [r.id, r.legalText!] as const))('%s: is one quotation in each language', (_id, text) => {
    for (const t of [text.vi, text.en]) expect(t).toMatch(/^“[^“”]+”$/);
  });
});
