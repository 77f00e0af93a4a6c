/**
 * The worked example on real data: the 2021 official list (868 candidates in 184 constituencies) plus 232
 * seeded generated nominees make a pool of 1,100; the planner picks 868 meeting the 2021 quotas (women at
 * least 35%, ethnic minorities at least 18%) with each constituency's published number of candidates, and
 * vn-2021 re-checks the list. Then a demand the pool cannot meet, explained.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, StructurePlan } from '@ungcu/core';
import { validate } from '@ungcu/core/rules';
import { vn2021 } from '@ungcu/rules-vn';
import { plan, planStructure, poolFromDataset, type PoolMember } from '../src/index';
import { publishedSizes, real2021, withGenerated } from './support';

const QUOTAS_2021: StructurePlan['quotas'] = [
  // NQ 1185/NQ-UBTVQH14 and Law 85/2015 Art. 8: at least 35% women, at least 18% ethnic minorities.
  { attribute: 'women', scope: 'body', min: { share: 0.35 }, kind: 'hard' },
  { attribute: 'ethnic-minority', scope: 'body', min: { share: 0.18 }, kind: 'hard' },
];

let real: Dataset;
let data: Dataset;
let pool: PoolMember[];

beforeAll(async () => {
  real = await real2021();
  // Generated nominees with few ethnic minorities: a list drawn at random from this pool would fall short
  // of 18% (about 17.9% of the pool are ethnic minorities), so the quota binds.
  data = withGenerated(real, 232, 2021, { women: 0.3, minority: 0.05 });
  pool = poolFromDataset(data, { pack: vn2021 });
});

const count = (members: readonly PoolMember[], feature: string) => members.filter((m) => m.attributes[feature] === true).length;

describe('poolFromDataset on the 2021 list', () => {
  it('derives the attributes the rule engine counts, list by list', () => {
    const own = poolFromDataset(real, { pack: vn2021 });
    expect(own).toHaveLength(868);
    expect(count(own, 'women')).toBe(393);
    expect(count(own, 'ethnic-minority')).toBe(185);
    expect(count(own, 'non-party')).toBe(74);
    expect(count(own, 'incumbent')).toBe(205);
    // Every constituency's row of validate() holds the same numbers as the pool.
    const report = validate(real, { packs: [vn2021] });
    const rows = report.composition.filter((r) => r.scope === 'constituency');
    expect(rows).toHaveLength(184);
    for (const row of rows) {
      const members = own.filter((m) => m.constituencyId === row.id);
      expect([members.length, count(members, 'women'), count(members, 'ethnic-minority'), count(members, 'non-party'), count(members, 'young'), count(members, 'incumbent')]).toEqual([
        row.nominees,
        row.women,
        row.ethnicMinority,
        row.nonParty,
        row.young,
        row.incumbents,
      ]);
    }
    expect(new Set(own.map((m) => m.unitId)).size).toBe(63);
  });
});

describe('planStructure on the 2021 list plus generated nominees', () => {
  it('plans 868 of 1,100 meeting the 2021 quotas, with no error under vn-2021', async () => {
    expect(pool).toHaveLength(1100);
    const minorityShare = count(pool, 'ethnic-minority') / pool.length;
    expect(minorityShare).toBeLessThan(0.18);
    const structure: StructurePlan = { id: 'plan-2021', bodyId: data.bodies[0]!.id, allocations: [], quotas: QUOTAS_2021 };
    const result = await planStructure(structure, data, { pack: vn2021, size: 868, seed: 2021 });
    expect(result.feasible).toBe(true);
    if (!result.feasible) return;
    expect(result.selected).toHaveLength(868);
    const chosen = pool.filter((m) => result.selected.includes(m.id));
    expect(chosen.filter((m) => m.id.startsWith('gen-')).length).toBeGreaterThan(100);
    // ceil(35% × 868) = 304 women and ceil(18% × 868) = 157 ethnic minorities at least.
    expect(result.counts['women=true']).toBe(count(chosen, 'women'));
    expect(result.counts['women=true']).toBeGreaterThanOrEqual(304);
    expect(result.counts['ethnic-minority=true']).toBe(count(chosen, 'ethnic-minority'));
    expect(result.counts['ethnic-minority=true']).toBeGreaterThanOrEqual(157);
    const sizes = publishedSizes(data);
    for (const [id, size] of Object.entries(sizes)) expect(chosen.filter((m) => m.constituencyId === id)).toHaveLength(size);
    // The rule engine's own reading of the chosen list: no error, and no finding on either quota.
    const findings = result.findings ?? [];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'vn/na-women-share' || f.ruleId === 'vn/na-ethnic-minority-share')).toEqual([]);
  });

  it('explains a demand the pool cannot meet: 60% women', async () => {
    const women = count(pool, 'women');
    const result = await plan(
      { pool, size: 868, constituencySizes: publishedSizes(data), quotas: [{ feature: 'women', value: true, min: { share: 0.6 } }] },
      { seed: 1 },
    );
    expect(result).toMatchObject({ feasible: false, decidedBy: 'static' });
    if (result.feasible) return;
    // ceil(60% × 868) = 521; the pool has fewer women than that.
    expect(women).toBeLessThan(521);
    expect(result.conflicts).toEqual([
      {
        quotas: [{ feature: 'women', value: true, min: { share: 0.6 } }],
        reason: 'pool',
        message: {
          vi: `Cần ít nhất 521 người ứng cử là nữ trên danh sách nhưng nguồn chỉ có ${women} người là nữ: hạ mức tối thiểu từ 521 xuống ${women}, hoặc bổ sung nguồn.`,
          en: `At least 521 women are required on the list but the pool has only ${women} women: lower the minimum from 521 to ${women}, or add to the pool.`,
        },
      },
    ]);
    // With the constituency sizes, fewer still can be chosen: the smallest change may go below the pool count.
    expect(result.relaxation).toHaveLength(1);
    const [change] = result.relaxation;
    expect(change).toMatchObject({ feature: 'women', bound: 'min', from: 521, scope: { kind: 'body' } });
    expect(change!.to).toBeLessThanOrEqual(women);
    expect(result.explanation.vi).toContain(`Hạ mức tối thiểu người ứng cử là nữ trên danh sách từ 521 xuống ${change!.to} người`);
    expect(result.explanation.en).toContain(`Lower the minimum of women on the list from 521 to ${change!.to}`);
  });
});
