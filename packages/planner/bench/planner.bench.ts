/**
 * Planner benchmark, against the static check alone on the same problem in the same process (the baseline:
 * what the counting arguments cost, with no solver). Run: npm run bench.
 * - national: 868 picked from 1,100 (the real 2021 list plus 232 seeded generated nominees), the 2021
 *   quotas (women ≥ 35%, ethnic minorities ≥ 18%) and each constituency's published number of candidates;
 * - council-scale: 10,000 picked from 15,000 in 2,000 constituencies of 5, five body quotas and at least one
 *   woman in every constituency.
 * The first plan() in a process also loads and warms up the wasm solver; it is timed on its own first.
 */
import { performance } from 'node:perf_hooks';
import { vn2021 } from '@ungcu/rules-vn';
import { compare } from '../../../tools/src/bench';
import { createRandom } from '../../../tools/src/generate/prng';
import { checkStatic, plan, poolFromDataset, type PlanProblem, type PoolMember } from '../src/index';
import { publishedSizes, real2021, withGenerated } from '../test/support';

const data = withGenerated(await real2021(), 232, 2021, { women: 0.3, minority: 0.05 });
const national: PlanProblem = {
  pool: poolFromDataset(data, { pack: vn2021 }),
  size: 868,
  constituencySizes: publishedSizes(data),
  quotas: [
    { feature: 'women', value: true, min: { share: 0.35 } },
    { feature: 'ethnic-minority', value: true, min: { share: 0.18 } },
  ],
};

function councilScale(seed: number): PlanProblem {
  const random = createRandom(seed);
  const pool: PoolMember[] = [];
  const sizes: Record<string, number> = {};
  for (let c = 0; c < 2000; c++) {
    const id = `c${c + 1}`;
    sizes[id] = 5;
    for (let k = 0; k < 7 + (c % 2); k++) {
      pool.push({
        id: `${id}-${k + 1}`,
        constituencyId: id,
        unitId: `u${(c % 30) + 1}`,
        attributes: {
          // Every constituency has a woman in its pool, so the per-constituency minimum can hold.
          women: k === 0 || random.chance(0.4),
          'ethnic-minority': random.chance(0.2),
          young: random.chance(0.15),
          'non-party': random.chance(0.1),
          incumbent: random.chance(0.3),
        },
      });
    }
  }
  return {
    pool,
    size: 10_000,
    constituencySizes: sizes,
    quotas: [
      { feature: 'women', value: true, min: { share: 0.35 } },
      { feature: 'women', value: true, scope: { kind: 'constituency' }, min: { count: 1 } },
      { feature: 'ethnic-minority', value: true, min: { share: 0.18 } },
      { feature: 'young', value: true, min: { share: 0.1 } },
      { feature: 'non-party', value: true, min: { share: 0.08 } },
      { feature: 'incumbent', value: true, max: { share: 0.3 } },
    ],
  };
}
const council = councilScale(2026);

async function mustPlan(problem: PlanProblem, seed: number): Promise<number> {
  const result = await plan(problem, { seed });
  if (!result.feasible) throw new Error(`expected a list: ${result.explanation.en}`);
  return result.selected.length;
}

const start = performance.now();
await mustPlan(national, 1);
console.log(`first plan() in the process (national; loads and warms up HiGHS): ${(performance.now() - start).toFixed(0)} ms`);

let seed = 0;
await compare(
  `national: 868 of ${national.pool.length}, 2021 quotas, ${Object.keys(national.constituencySizes!).length} constituency sizes`,
  { name: 'checkStatic (no solver)', run: () => checkStatic(national) },
  [{ name: 'plan()', run: () => mustPlan(national, ++seed) }],
  { runs: 5 },
);
await compare(
  `council-scale: 10,000 of ${council.pool.length}, 2,000 constituencies, ${council.quotas.length} quotas`,
  { name: 'checkStatic (no solver)', run: () => checkStatic(council) },
  [{ name: 'plan()', run: () => mustPlan(council, ++seed) }],
  { runs: 3 },
);
console.log(`process peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
