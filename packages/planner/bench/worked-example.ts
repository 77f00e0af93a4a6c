/**
 * The worked example of the README and docs/planning/planner.md, printed: the 2021 official list plus 232
 * generated nominees, planned under the 2021 quotas, then two demands that cannot hold, explained. Run:
 * npm run example. The output in the docs is this script's, pasted.
 */
import { vn2021 } from '@ungcu/rules-vn';
import { plan, planStructure, poolFromDataset, type PlanQuota } from '../src/index';
import { publishedSizes, real2021, withGenerated } from '../test/support';

const data = withGenerated(await real2021(), 232, 2021, { women: 0.3, minority: 0.05 });
const pool = poolFromDataset(data, { pack: vn2021 });
const constituencySizes = publishedSizes(data);
const count = (f: string) => pool.filter((m) => m.attributes[f] === true).length;
console.log(`pool: ${pool.length} (${count('women')} women, ${count('ethnic-minority')} ethnic minorities), ${Object.keys(constituencySizes).length} constituencies`);

const result = await planStructure(
  {
    id: 'du-kien-2021',
    bodyId: data.bodies[0]!.id,
    allocations: [],
    quotas: [
      { attribute: 'women', scope: 'body', min: { share: 0.35 }, kind: 'hard' },
      { attribute: 'ethnic-minority', scope: 'body', min: { share: 0.18 }, kind: 'hard' },
    ],
  },
  data,
  { pack: vn2021, size: 868, seed: 2021 },
);
if (result.feasible) {
  const generated = result.selected.filter((id) => id.startsWith('gen-')).length;
  console.log(`feasible: ${result.selected.length} selected (${generated} generated), counts ${JSON.stringify(result.counts)}, decided by ${result.decidedBy}`);
  const errors = (result.findings ?? []).filter((f) => f.severity === 'error');
  console.log(`vn-2021 on the list: ${errors.length} errors, ${(result.findings ?? []).length} findings in all`);
}

async function explain(title: string, quotas: PlanQuota[]): Promise<void> {
  const r = await plan({ pool, size: 868, constituencySizes, quotas }, { seed: 2021 });
  console.log(`\n${title}`);
  if (r.feasible) {
    console.log(`feasible: ${JSON.stringify(r.counts)}`);
    return;
  }
  console.log(`decided by: ${r.decidedBy}`);
  console.log(`relaxation: ${JSON.stringify(r.relaxation.map(({ feature, value, scope, bound, from, to }) => ({ feature, value, scope, bound, from, to })))}`);
  console.log(`vi: ${r.explanation.vi}`);
  console.log(`en: ${r.explanation.en}`);
}

await explain('60% women', [{ feature: 'women', value: true, min: { share: 0.6 } }]);
await explain('women and ethnic minorities each at least 2 in every constituency', [
  { feature: 'women', value: true, scope: { kind: 'constituency' }, min: { count: 2 } },
  { feature: 'ethnic-minority', value: true, scope: { kind: 'constituency' }, min: { count: 2 } },
]);
await explain('45% women, at most 2 women in each constituency', [
  { feature: 'women', value: true, min: { share: 0.45 } },
  { feature: 'women', value: true, scope: { kind: 'constituency' }, max: { count: 2 } },
]);
await explain('35% women, 18% ethnic minorities, 12% non-party, at most 30% incumbents', [
  { feature: 'women', value: true, min: { share: 0.35 } },
  { feature: 'ethnic-minority', value: true, min: { share: 0.18 } },
  { feature: 'non-party', value: true, min: { share: 0.12 } },
  { feature: 'incumbent', value: true, max: { share: 0.3 } },
]);
