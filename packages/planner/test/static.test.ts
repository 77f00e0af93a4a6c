/**
 * The static check's proofs, one per kind, with the words a personnel officer reads in both languages.
 */
import { describe, expect, it } from 'vitest';
import { checkStatic, plan, type PlanProblem, type PoolMember } from '../src/index';

function pool(spec: string, constituency?: (i: number) => string): PoolMember[] {
  // One letter per member: f = woman, m = man; upper case = ethnic minority.
  return [...spec].map((ch, i) => ({
    id: `n${i + 1}`,
    attributes: { women: ch.toLowerCase() === 'f', 'ethnic-minority': ch !== ch.toLowerCase() },
    ...(constituency === undefined ? {} : { constituencyId: constituency(i) }),
  }));
}

describe('checkStatic', () => {
  it('proves a minimum above the pool, in the words of the brief', () => {
    const problem: PlanProblem = { pool: pool('fffmmmmmmmmm'), size: 10, quotas: [{ feature: 'women', value: true, min: { count: 5 } }] };
    const result = checkStatic(problem);
    expect(result.feasible).toBe(false);
    expect(result.conflicts).toEqual([
      {
        quotas: [problem.quotas[0]],
        reason: 'pool',
        message: {
          vi: 'Cần ít nhất 5 người ứng cử là nữ trên danh sách nhưng nguồn chỉ có 3 người là nữ: hạ mức tối thiểu từ 5 xuống 3, hoặc bổ sung nguồn.',
          en: 'At least 5 women are required on the list but the pool has only 3 women: lower the minimum from 5 to 3, or add to the pool.',
        },
      },
    ]);
  });

  it('turns a minimum share into ceil(share × size) and a maximum share into floor(share × size)', () => {
    // 35% of 21 is 7.35: at least 8 women; a maximum of 35% allows 7.
    const seven = pool('fffffffmmmmmmmmmmmmmmmmmm');
    expect(checkStatic({ pool: seven, size: 21, quotas: [{ feature: 'women', value: true, min: { share: 0.35 } }] }).conflicts[0]?.message.en).toBe(
      'At least 8 women are required on the list but the pool has only 7 women: lower the minimum from 8 to 7, or add to the pool.',
    );
    // 35% of 20 is exactly 7, not 7.000000000000001 rounded up to 8.
    expect(checkStatic({ pool: seven, size: 20, quotas: [{ feature: 'women', value: true, min: { share: 0.35 } }] }).feasible).toBe('unknown');
    const many = pool('ffffffffffffffffffmmm');
    const max = checkStatic({ pool: many, size: 21, quotas: [{ feature: 'women', value: true, max: { share: 0.35 } }] });
    expect(max.conflicts[0]?.message.vi).toBe(
      'Cần chọn 21 người trên danh sách nhưng nguồn chỉ có 3 người không là nữ, nên phải có ít nhất 18 người là nữ, vượt mức tối đa 7: nâng mức tối đa từ 7 lên 18, hoặc bổ sung nguồn.',
    );
  });

  it('proves minimums of one feature that add up to more than the list', () => {
    const p = pool('fffffmmmmm');
    const result = checkStatic({
      pool: p,
      size: 6,
      quotas: [
        { feature: 'women', value: true, min: { count: 4 } },
        { feature: 'women', value: false, min: { count: 3 } },
      ],
    });
    expect(result.conflicts.map((c) => c.reason)).toEqual(['joint']);
    expect(result.conflicts[0]!.message).toEqual({
      vi: 'Tổng các mức tối thiểu trên danh sách (4 người là nữ, 3 người có women = false) là 7 người, nhiều hơn số người cần chọn (6).',
      en: 'The minimums on the list (4 women, 3 people with women = false) add up to 7, more than the 6 to be chosen.',
    });
  });

  it('proves fixed members above a maximum, and a minimum above a maximum', () => {
    const p = pool('ffffmmmm');
    const fixed = checkStatic({ pool: p, size: 4, fixed: ['n1', 'n2', 'n3'], quotas: [{ feature: 'women', value: true, max: { count: 2 } }] });
    expect(fixed.conflicts[0]).toMatchObject({ reason: 'bounds' });
    expect(fixed.conflicts[0]!.message.vi).toContain('Đã bắt buộc chọn 3 người là nữ trên danh sách, vượt mức tối đa 2 người');
    const crossed = checkStatic({ pool: p, size: 4, quotas: [{ feature: 'women', value: true, min: { count: 3 }, max: { count: 2 } }] });
    expect(crossed.conflicts[0]!.message.en).toBe('The minimum (3) is above the maximum (2) for women on the list.');
  });

  it('proves constituency sizes the pool cannot fill, and sizes that do not add up', () => {
    const p = pool('fmfmfm', (i) => (i < 2 ? 'd1' : 'd2'));
    const short = checkStatic({ pool: p, size: 5, constituencySizes: { d1: 3, d2: 2 }, quotas: [] });
    expect(short.conflicts.map((c) => c.message.vi)).toEqual([
      'Đơn vị bầu cử d1 cần 3 người ứng cử nhưng nguồn chỉ có 2 người: bổ sung nguồn cho đơn vị bầu cử này.',
    ]);
    const over = checkStatic({ pool: p, size: 3, constituencySizes: { d1: 2, d2: 2 }, quotas: [] });
    expect(over.conflicts[0]!.message.en).toBe('The constituency sizes add up to 4, more than the list size (3).');
  });

  it('proves constituency minimums above the list maximum', () => {
    const p = pool('fmmfmmfmm', (i) => `d${Math.floor(i / 3) + 1}`);
    const result = checkStatic({
      pool: p,
      size: 6,
      constituencySizes: { d1: 2, d2: 2, d3: 2 },
      quotas: [
        { feature: 'women', value: true, scope: { kind: 'constituency' }, min: { count: 1 } },
        { feature: 'women', value: true, max: { count: 2 } },
      ],
    });
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({ reason: 'joint' });
    expect(result.conflicts[0]!.quotas).toHaveLength(2);
    expect(result.conflicts[0]!.message.vi).toBe(
      'Tổng mức tối thiểu ở các đơn vị bầu cử là 3 người là nữ, vượt mức tối đa 2 người của cả danh sách.',
    );
  });

  it('cannot decide a joint conflict it has no counting argument for; the MIP does', async () => {
    // Women and ethnic minorities are different people here: 2 + 2 of a list of 3.
    const p = pool('ffMMmm');
    const problem: PlanProblem = {
      pool: p,
      size: 3,
      quotas: [
        { feature: 'women', value: true, min: { count: 2 } },
        { feature: 'ethnic-minority', value: true, min: { count: 2 } },
      ],
    };
    expect(checkStatic(problem)).toEqual({ feasible: 'unknown', conflicts: [] });
    const result = await plan(problem);
    expect(result).toMatchObject({ feasible: false, decidedBy: 'mip' });
    if (result.feasible) return;
    expect(result.relaxation).toHaveLength(1);
    expect(Math.abs(result.relaxation[0]!.to - result.relaxation[0]!.from)).toBe(1);
    expect(result.conflicts[0]!.reason).toBe('joint');
    expect(result.conflicts[0]!.quotas).toHaveLength(2);
  });

  it('says a problem without quotas and with fillable sizes is feasible', () => {
    expect(checkStatic({ pool: pool('fm'), size: 1, quotas: [] })).toEqual({ feasible: true, conflicts: [] });
  });

  it('rejects malformed problems with bilingual ConfigErrors', () => {
    const p = pool('fm');
    expect(() => checkStatic({ pool: p, size: 1, quotas: [{ feature: 'women', value: true, min: { share: 1.5 } }] })).toThrow(
      /a share must be between 0 and 1, got 1.5 \/ quota 1 \(women=true\): tỷ lệ phải từ 0 đến 1/u,
    );
    expect(() => checkStatic({ pool: p, size: 1, quotas: [], fixed: ['x'] })).toThrow(/Fixed members: "x" is not in the pool/u);
    expect(() => checkStatic({ pool: [...p, p[0]!], size: 1, quotas: [] })).toThrow(/appears twice in the pool \(rows 1 and 3\)/u);
    expect(() => checkStatic({ pool: p, size: 1, quotas: [{ feature: 'women', value: true }] })).toThrow(/a quota needs a min, a max or both/u);
  });
});
