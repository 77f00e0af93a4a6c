/**
 * The planner against brute force on small random problems: every list of the right size is tried, each
 * quota counted on it by this file's own counter. Feasible iff some list meets everything; a returned list
 * meets everything; an infeasible answer's relaxation moves exactly as many people as the best list needs,
 * over as few bounds as the best such list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStatic, plan, type PlanProblem, type PlanQuota, type PoolMember, type QuotaScope } from '../src/index';

const SHARES = [0.2, 0.25, 1 / 3, 0.35, 0.5, 0.6];
const FEATURES = { g: ['f', 'm'], e: [true, false], t: ['a', 'b', 'c'] } as const;

const member = (i: number) =>
  fc.record({
    g: fc.constantFrom(...FEATURES.g),
    e: fc.boolean(),
    t: fc.constantFrom(...FEATURES.t),
    c: fc.constantFrom('c1', 'c2', 'c3', undefined),
    u: fc.constantFrom('u1', 'u2'),
    score: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
  }).map((r): PoolMember => ({
    id: `p${i}`,
    attributes: { g: r.g, e: r.e, t: r.t },
    ...(r.c === undefined ? {} : { constituencyId: r.c }),
    unitId: r.u,
    ...(r.score === undefined ? {} : { score: r.score }),
  }));

const bound = fc.oneof(
  fc.integer({ min: 0, max: 5 }).map((count) => ({ count })),
  fc.constantFrom(...SHARES).map((share) => ({ share })),
);

const scope: fc.Arbitrary<QuotaScope> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'body' as const }), weight: 3 },
  { arbitrary: fc.constant({ kind: 'constituency' as const }), weight: 2 },
  { arbitrary: fc.constantFrom('c1', 'c2').map((id) => ({ kind: 'constituency' as const, id })), weight: 1 },
  { arbitrary: fc.constant({ kind: 'unit' as const }), weight: 1 },
);

const quota: fc.Arbitrary<PlanQuota> = fc
  .record({
    feature: fc.constantFrom('g', 'e', 't'),
    pick: fc.nat(),
    scope,
    min: fc.option(bound, { nil: undefined }),
    max: fc.option(bound, { nil: undefined }),
  })
  .filter((q) => q.min !== undefined || q.max !== undefined)
  .map((q) => {
    const values = FEATURES[q.feature as keyof typeof FEATURES];
    return {
      feature: q.feature,
      value: values[q.pick % values.length]!,
      scope: q.scope,
      ...(q.min === undefined ? {} : { min: q.min }),
      ...(q.max === undefined ? {} : { max: q.max }),
    };
  });

const problem: fc.Arbitrary<PlanProblem> = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.record({
      pool: fc.tuple(...Array.from({ length: n }, (_, i) => member(i))),
      size: fc.integer({ min: 0, max: Math.min(6, n) }),
      sizes: fc.option(fc.record({ c1: fc.integer({ min: 0, max: 3 }), c2: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: ['c1'] }), { nil: undefined }),
      quotas: fc.array(quota, { minLength: 1, maxLength: 4 }),
      fixed: fc.subarray(Array.from({ length: n }, (_, i) => i), { maxLength: Math.min(2, n) }),
      excluded: fc.subarray(Array.from({ length: n }, (_, i) => i), { maxLength: Math.min(2, n) }),
      unfillable: fc.integer({ min: 0, max: 9 }).map((k) => k === 0),
    }),
  )
  .map((r) => {
    // Mostly sizes the pool can fill (so quotas decide), sometimes not (so the sizes do).
    let sizes = r.sizes;
    if (sizes !== undefined && !r.unfillable) {
      sizes = Object.fromEntries(
        Object.entries(sizes).map(([c, k]) => [c, Math.min(k ?? 0, r.pool.filter((m) => m.constituencyId === c).length)]),
      ) as typeof sizes;
    }
    const sum = Object.values(sizes ?? {}).reduce((s: number, k) => s + (k ?? 0), 0);
    const sized = (i: number) => sizes !== undefined && r.pool[i]!.constituencyId !== undefined && r.pool[i]!.constituencyId! in sizes;
    const excluded = r.excluded.filter((i) => !r.fixed.includes(i));
    const free = r.pool.filter((_, i) => !sized(i) && !excluded.includes(i)).length;
    const size = r.unfillable ? r.size : sum + Math.min(Math.max(0, r.size - sum), free);
    const fixed = r.unfillable ? r.fixed : r.fixed.filter((i) => !sized(i)).slice(0, size - sum);
    return {
      pool: r.pool,
      size,
      ...(sizes === undefined ? {} : { constituencySizes: sizes as Record<string, number> }),
      quotas: r.quotas,
      fixed: fixed.map((i) => `p${i}`),
      excluded: excluded.filter((i) => !fixed.includes(i) && (r.unfillable || !sized(i))).map((i) => `p${i}`),
    };
  });

/** This file's own reading of the rules: the people missing (or too many) for each bound on a list. */
function evaluate(p: PlanProblem, chosen: readonly PoolMember[]): { hard: boolean; slack: number; bounds: number } {
  const ids = new Set(chosen.map((m) => m.id));
  let hard = chosen.length === p.size;
  for (const id of p.fixed ?? []) if (!ids.has(id)) hard = false;
  for (const id of p.excluded ?? []) if (ids.has(id)) hard = false;
  for (const [c, size] of Object.entries(p.constituencySizes ?? {})) {
    if (chosen.filter((m) => m.constituencyId === c).length !== size) hard = false;
  }
  let slack = 0;
  let bounds = 0;
  for (const q of p.quotas) {
    const s = q.scope ?? { kind: 'body' };
    const lists: PoolMember[][] = [];
    if (s.kind === 'body') lists.push([...chosen]);
    else {
      const key = (m: PoolMember) => (s.kind === 'constituency' ? m.constituencyId : s.kind === 'unit' ? m.unitId : m.organizationId);
      const all = new Set<string>();
      if (s.id !== undefined) all.add(s.id);
      else {
        for (const m of p.pool) if (key(m) !== undefined) all.add(key(m)!);
        if (s.kind === 'constituency') for (const c of Object.keys(p.constituencySizes ?? {})) all.add(c);
      }
      for (const id of all) lists.push(chosen.filter((m) => key(m) === id));
    }
    for (const list of lists) {
      const n = list.length;
      const count = list.filter((m) => m.attributes[q.feature] === q.value).length;
      const people = (b: { count: number } | { share: number }, up: boolean) =>
        'count' in b ? b.count : up ? Math.ceil(b.share * n - 1e-9) : Math.floor(b.share * n + 1e-9);
      const short = q.min === undefined ? 0 : Math.max(0, people(q.min, true) - count);
      const over = q.max === undefined ? 0 : Math.max(0, count - people(q.max, false));
      slack += short + over;
      bounds += (short > 0 ? 1 : 0) + (over > 0 ? 1 : 0);
    }
  }
  return { hard, slack, bounds };
}

function* subsets(n: number, k: number, start = 0, acc: number[] = []): Generator<number[]> {
  if (acc.length === k) {
    yield acc;
    return;
  }
  for (let i = start; i <= n - (k - acc.length); i++) yield* subsets(n, k, i + 1, [...acc, i]);
}

function brute(p: PlanProblem): { best: { slack: number; bounds: number } | undefined } {
  let best: { slack: number; bounds: number } | undefined;
  for (const pick of subsets(p.pool.length, p.size)) {
    const e = evaluate(p, pick.map((i) => p.pool[i]!));
    if (!e.hard) continue;
    if (best === undefined || e.slack < best.slack || (e.slack === best.slack && e.bounds < best.bounds)) best = e;
  }
  return { best };
}

describe('plan() agrees with brute force', () => {
  it('on random problems (pool ≤ 12, size ≤ 6, 1–4 quotas)', async () => {
    let feasible = 0;
    let relaxed = 0;
    let sizeOnly = 0;
    let staticProofs = 0;
    await fc.assert(
      fc.asyncProperty(problem, async (p) => {
        const { best } = brute(p);
        const result = await plan(p, { seed: 7 });
        // The static check only ever proves infeasibility; it never rejects a problem some list satisfies.
        const quick = checkStatic(p);
        if (quick.feasible === false) {
          staticProofs++;
          expect(best === undefined || best.slack > 0).toBe(true);
          expect(result.decidedBy).toBe('static');
        }
        if (quick.feasible === true) expect(best?.slack).toBe(0);
        if (best === undefined) {
          sizeOnly++;
          expect(result.feasible).toBe(false);
          if (result.feasible) return;
          expect(result.relaxation).toEqual([]);
          expect(result.conflicts.some((c) => c.reason === 'size')).toBe(true);
          return;
        }
        expect(result.feasible).toBe(best.slack === 0);
        if (result.feasible) {
          feasible++;
          const chosen = result.selected.map((id) => p.pool.find((m) => m.id === id)!);
          expect(evaluate(p, chosen)).toMatchObject({ hard: true, slack: 0 });
          return;
        }
        relaxed++;
        const total = result.relaxation.reduce((s, r) => s + Math.abs(r.to - r.from), 0);
        expect(total).toBe(best.slack);
        expect(result.relaxation).toHaveLength(best.bounds);
        expect(result.conflicts.length).toBeGreaterThan(0);
        expect(result.explanation.vi).toMatch(/^Không thể lập danh sách đáp ứng mọi chỉ tiêu\./u);
        expect(result.explanation.en).toMatch(/^No list meets every quota\./u);
        for (const r of result.relaxation) {
          expect(r.to).toBeGreaterThanOrEqual(0);
          expect(result.explanation.vi).toContain(r.message.vi);
          expect(result.explanation.en).toContain(r.message.en);
          expect(r.message.vi).toMatch(r.bound === 'min' ? /^Hạ mức tối thiểu .* từ \d+ xuống \d+ người$/u : /^Nâng mức tối đa .* từ \d+ lên \d+ người$/u);
          expect(r.message.en).toMatch(r.bound === 'min' ? /^Lower the minimum of .* from \d+ to \d+$/u : /^Raise the maximum of .* from \d+ to \d+$/u);
        }
      }),
      { numRuns: 300, seed: 20260512 },
    );
    // The generator must reach every outcome, or the property proves little.
    expect(feasible).toBeGreaterThan(30);
    expect(relaxed).toBeGreaterThan(30);
    expect(sizeOnly).toBeGreaterThan(3);
    expect(staticProofs).toBeGreaterThan(30);
    expect(relaxed + sizeOnly - staticProofs).toBeGreaterThan(10); // some only the MIP could prove
  }, 120_000);
});
