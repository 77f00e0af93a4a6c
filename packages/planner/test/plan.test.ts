/**
 * plan() on problems small enough to reason about by hand: seeds, scores, fixed and excluded members, the
 * spread of women across constituencies, shares of lists whose size the sizes do not fix, and counts.
 */
import { describe, expect, it } from 'vitest';
import { plan, recheck, type PlanProblem, type PoolMember } from '../src/index';

/** 40 people in 4 constituencies of 10: every tenth one a woman in d1, more elsewhere. */
function forty(): PoolMember[] {
  return Array.from({ length: 40 }, (_, i) => ({
    id: `n${String(i + 1).padStart(2, '0')}`,
    attributes: { women: i % 10 < 2 + Math.floor(i / 10), young: i % 3 === 0, 'ethnic-minority': i % 7 === 0 },
    constituencyId: `d${Math.floor(i / 10) + 1}`,
    unitId: i < 20 ? 'u1' : 'u2',
  }));
}

const problem: PlanProblem = {
  pool: forty(),
  size: 20,
  constituencySizes: { d1: 5, d2: 5, d3: 5, d4: 5 },
  quotas: [
    { feature: 'women', value: true, min: { share: 0.35 } },
    { feature: 'young', value: true, min: { count: 5 }, max: { count: 8 } },
    { feature: 'ethnic-minority', value: true, scope: { kind: 'unit' }, min: { count: 1 } },
  ],
};

describe('plan()', () => {
  it('gives the same list for the same seed, and another valid list for another seed', async () => {
    const first = await plan(problem, { seed: 42 });
    const again = await plan(problem, { seed: 42 });
    expect(first.feasible).toBe(true);
    if (!first.feasible || !again.feasible) return;
    expect(again.selected).toEqual(first.selected);
    const lists = new Set<string>([first.selected.join()]);
    for (const seed of [1, 2, 3, 4, 5]) {
      const other = await plan(problem, { seed });
      expect(other.feasible).toBe(true);
      if (!other.feasible) return;
      expect(recheck(problem, other.selected)).toEqual([]);
      lists.add(other.selected.join());
    }
    expect(lists.size).toBeGreaterThan(3);
  });

  it('counts every quota on the list, per list for scoped quotas', async () => {
    const result = await plan(problem, { seed: 9 });
    if (!result.feasible) throw new Error('expected a list');
    const chosen = problem.pool.filter((m) => result.selected.includes(m.id));
    expect(result.selected).toHaveLength(20);
    expect(result.counts['women=true']).toBe(chosen.filter((m) => m.attributes.women === true).length);
    expect(result.counts['women=true']).toBeGreaterThanOrEqual(7);
    expect(result.counts['young=true']).toBeGreaterThanOrEqual(5);
    expect(result.counts['young=true']).toBeLessThanOrEqual(8);
    for (const u of ['u1', 'u2']) {
      const n = chosen.filter((m) => m.unitId === u && m.attributes['ethnic-minority'] === true).length;
      expect(result.counts[`ethnic-minority=true@unit:${u}`]).toBe(n);
      expect(n).toBeGreaterThanOrEqual(1);
    }
    for (const d of ['d1', 'd2', 'd3', 'd4']) expect(chosen.filter((m) => m.constituencyId === d)).toHaveLength(5);
  });

  it('maximises scores, keeps fixed members and leaves excluded ones out', async () => {
    const pool = forty().map((m, i) => ({ ...m, score: i }));
    const result = await plan({ ...problem, pool, fixed: ['n01'], excluded: ['n40'] });
    if (!result.feasible) throw new Error('expected a list');
    expect(result.selected).toContain('n01');
    expect(result.selected).not.toContain('n40');
    // The best scores in each constituency, except where a quota or the fixed member forces a swap.
    const unconstrained = await plan({ ...problem, pool });
    if (!unconstrained.feasible) throw new Error('expected a list');
    const best = unconstrained.selected;
    expect(best).toContain('n40');
    expect(result.score).toBe(pool.filter((m) => result.selected.includes(m.id)).reduce((s, m) => s + m.score, 0));
    expect(result.score).toBeLessThan(pool.filter((m) => best.includes(m.id)).reduce((s, m) => s + m.score, 0));
  });

  it('spreads women across constituencies as evenly as the quotas allow', async () => {
    // d1 has 2 women, d4 has 5; 8 women on a list of 20 spread evenly is 2 in each.
    const even: PlanProblem = { ...problem, quotas: [{ feature: 'women', value: true, min: { count: 8 }, max: { count: 8 } }], spread: { feature: 'women', value: true } };
    for (const seed of [1, 2, 3]) {
      const result = await plan(even, { seed });
      if (!result.feasible) throw new Error('expected a list');
      const perConstituency = ['d1', 'd2', 'd3', 'd4'].map(
        (d) => problem.pool.filter((m) => m.constituencyId === d && m.attributes.women === true && result.selected.includes(m.id)).length,
      );
      expect(perConstituency).toEqual([2, 2, 2, 2]);
    }
    // Without the spread, the seeds leave some constituency with more than 2.
    const uneven = await Promise.all([1, 2, 3, 4, 5].map((seed) => plan({ ...problem, quotas: even.quotas }, { seed })));
    expect(
      uneven.some((r) => r.feasible && ['d1', 'd2', 'd3', 'd4'].some((d) => problem.pool.filter((m) => m.constituencyId === d && m.attributes.women === true && r.selected.includes(m.id)).length > 2)),
    ).toBe(true);
  });

  it('narrows the gap between the most and the fewest women in a constituency, not only the most', async () => {
    // 6 women over 4 constituencies: 2, 2, 1, 1 is as even as it gets; 2, 2, 2, 0 has the same maximum.
    const six: PlanProblem = { ...problem, quotas: [{ feature: 'women', value: true, min: { count: 6 }, max: { count: 6 } }], spread: { feature: 'women', value: true } };
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const result = await plan(six, { seed });
      if (!result.feasible) throw new Error('expected a list');
      const perConstituency = ['d1', 'd2', 'd3', 'd4'].map(
        (d) => problem.pool.filter((m) => m.constituencyId === d && m.attributes.women === true && result.selected.includes(m.id)).length,
      );
      expect([...perConstituency].sort()).toEqual([1, 1, 2, 2]);
    }
  });

  it('holds a share of a list the sizes do not fix, against the people chosen there', async () => {
    // Half of whoever is chosen in unit u1 must be young; u1's size is up to the planner.
    const pool = forty().map((m) => ({ id: m.id, attributes: m.attributes, ...(m.unitId === undefined ? {} : { unitId: m.unitId }) }));
    const result = await plan({ pool, size: 12, quotas: [{ feature: 'young', value: true, scope: { kind: 'unit', id: 'u1' }, min: { share: 0.5 } }] }, { seed: 3 });
    if (!result.feasible) throw new Error('expected a list');
    const inU1 = pool.filter((m) => m.unitId === 'u1' && result.selected.includes(m.id));
    expect(inU1.filter((m) => m.attributes.young === true).length * 2).toBeGreaterThanOrEqual(inU1.length);
  });

  it('reads attribute values written as text, as a CSV gives them', async () => {
    const pool = forty().map((m) => ({ id: m.id, attributes: { women: String(m.attributes.women) } }));
    const result = await plan({ pool, size: 10, quotas: [{ feature: 'women', value: true, min: { count: 10 } }] });
    if (!result.feasible) throw new Error('expected a list');
    expect(result.selected.every((id) => pool.find((m) => m.id === id)!.attributes.women === 'true')).toBe(true);
  });

  it('picks nobody for an empty list', async () => {
    expect(await plan({ pool: forty(), size: 0, quotas: [{ feature: 'women', value: true, max: { count: 0 } }] })).toMatchObject({ feasible: true, selected: [] });
  });
});

describe('recheck()', () => {
  it('names each broken quota and size, independently of the MIP', () => {
    const wrong = problem.pool.slice(0, 20).map((m) => m.id);
    const violations = recheck(problem, wrong);
    expect(violations.map((v) => v.what)).toEqual([
      'constituency d1 size',
      'constituency d2 size',
      'constituency d3 size',
      'constituency d4 size',
      'quota 1 women=true body', // d1 and d2 hold 2 + 3 women, 7 are needed
      'quota 3 ethnic-minority=true unit:u2',
    ]);
    expect(recheck(problem, ['n01', 'n01'])[0]).toEqual({ what: 'duplicates', expected: 'none', actual: 1 });
  });
});
