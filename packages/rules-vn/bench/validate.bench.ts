/**
 * Rule engine benchmark on the national-scale dataset (about 100,000 constituencies and 500,000 nominees):
 * validate() with the whole vn-2026 pack against the floor, a hand-written single-pass loop computing the
 * same composition counts; then the incremental validator's time per change. Run: npm run bench.
 * Targets: full validation within 10x the floor and under 1 s; one incremental change under 1 ms.
 */
import { performance } from 'node:perf_hooks';
import { ageOn, isEthnicMinority, isIncumbent, type Dataset, type Nominee } from '@ungcu/core';
import { createValidator, previousTerm, validate } from '@ungcu/core/rules';
import { compare } from '../../../tools/src/bench';
import { generateNationalDataset } from '../../../tools/src/generate/index';
import { vn2026 } from '../src/index';

const data: Dataset = generateNationalDataset({ seed: 2026 });
console.log(
  `dataset: ${data.nominees.length} nominees, ${data.constituencies.length} constituencies, ${data.bodies.length} bodies`,
);

type Counts = [nominees: number, seats: number, women: number, minority: number, nonParty: number, young: number, incumbents: number, self: number, central: number, local: number];

/**
 * The floor: one loop over constituencies and nominees filling the same rows (election, body, province or
 * unit, constituency) with the same counts, with the same per-value caches the engine uses. No rules.
 */
function floor(dataset: Dataset): Map<string, Counts> {
  const rows = new Map<string, Counts>();
  const row = (key: string): Counts => {
    let r = rows.get(key);
    if (r === undefined) rows.set(key, (r = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    return r;
  };
  const bodies = new Map(dataset.bodies.map((b) => [b.id, b]));
  const days = new Map(dataset.elections.map((e) => [e.id, e.electionDay]));
  const where = new Map<string, string[]>();
  for (const c of dataset.constituencies) {
    const body = bodies.get(c.bodyId)!;
    const keys = [`e:${body.electionId}`, `b:${body.id}`, `u:${body.id}/${c.unitId}`, `c:${c.id}`];
    where.set(c.id, keys);
    for (const k of keys) row(k)[1] += c.seats;
  }
  const minority = new Map<string, boolean>();
  const ages = new Map<string, number>();
  const previous = new Map<string, string | undefined>();
  for (const n of dataset.nominees) {
    if (n.nomination.status !== 'active') continue;
    const body = bodies.get(n.nomination.bodyId)!;
    const p = n.person;
    let m = minority.get(p.ethnicity);
    if (m === undefined) minority.set(p.ethnicity, (m = isEthnicMinority(p.ethnicity) === true));
    const day = days.get(body.electionId)!;
    let age = ages.get(`${day}|${p.dateOfBirth}`);
    if (age === undefined) ages.set(`${day}|${p.dateOfBirth}`, (age = ageOn(p, day)));
    if (!previous.has(body.term)) previous.set(body.term, previousTerm(body.term));
    const prev = previous.get(body.term);
    const keys = where.get(n.nomination.constituencyId ?? '') ?? [`e:${body.electionId}`, `b:${body.id}`];
    for (const k of keys) {
      const r = row(k);
      r[0]++;
      if (p.gender === 'female') r[2]++;
      if (m) r[3]++;
      if (p.partyJoinDate === null) r[4]++;
      if (age < 40) r[5]++;
      if (prev !== undefined && isIncumbent(p, prev, body.kind)) r[6]++;
      if (n.nomination.origin === 'self') r[7]++;
      else if (n.nomination.origin === 'central') r[8]++;
      else r[9]++;
    }
  }
  return rows;
}

const full = await compare(
  'validate(): the whole vn-2026 pack on the national dataset, against a single-pass counting loop',
  { name: 'floor: hand-written single pass, counts only', run: () => floor(data) },
  [{ name: 'validate(dataset, { packs: [vn2026] })', run: () => validate(data, { packs: [vn2026] }) }],
  { runs: 5, warmup: 1 },
);

/**
 * CPU time (user + system, all threads of the process) of one call, median of 5: on a shared machine the
 * wall clock also counts time spent waiting for a core, the CPU time does not.
 */
function cpuMs(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[2]!;
}
const floorCpu = cpuMs(() => floor(data));
const validateCpu = cpuMs(() => validate(data, { packs: [vn2026] }));
console.log(`CPU time: floor ${floorCpu.toFixed(0)} ms, validate() ${validateCpu.toFixed(0)} ms (${(validateCpu / floorCpu).toFixed(2)}x)`);

const report = validate(data, { packs: [vn2026] });
console.log(`report: ${report.findings.length} findings (${JSON.stringify(report.summary)}), ${report.composition.length} composition rows`);

// Incremental: flip the gender of nominees one by one (each flip changes counts at four levels and re-runs
// the rules of the nominee, its constituency, unit, body and election), and move nominees between
// constituencies of the same body.
const setupStart = performance.now();
const validator = createValidator(data, { packs: [vn2026] });
const setupMs = performance.now() - setupStart;
const sample: Nominee[] = [];
for (let i = 0; i < data.nominees.length && sample.length < 2000; i += Math.floor(data.nominees.length / 2000)) {
  sample.push(data.nominees[i]!);
}
const flip = (n: Nominee): Nominee => ({
  ...n,
  person: { ...n.person, gender: n.person.gender === 'female' ? 'male' : 'female' },
});
const perChange: number[] = [];
for (let round = 0; round < 5; round++) {
  const start = performance.now();
  for (const n of sample) validator.apply({ type: 'upsert', collection: 'nominees', entity: flip(n) });
  for (const n of sample) validator.apply({ type: 'upsert', collection: 'nominees', entity: n });
  perChange.push((performance.now() - start) / (2 * sample.length));
}
perChange.sort((a, b) => a - b);
const incrementalMs = perChange[2]!;

const fullMs = full.subjects[0]!.medianMs;
const ratio = fullMs / full.baseline.medianMs;
console.log(`\nincremental validator: setup ${setupMs.toFixed(0)} ms; ${incrementalMs.toFixed(4)} ms per change (median of 5 rounds of ${2 * sample.length} changes)`);
console.log('\ntargets:');
console.log(`  full validation within 10x the floor: ${ratio.toFixed(2)}x ${ratio <= 10 ? 'OK' : 'MISSED'}`);
console.log(`  full validation under 1 s: ${fullMs.toFixed(0)} ms wall, ${validateCpu.toFixed(0)} ms CPU ${validateCpu < 1000 ? 'OK' : 'MISSED'}`);
console.log(`  one incremental change under 1 ms: ${incrementalMs.toFixed(4)} ms ${incrementalMs < 1 ? 'OK' : 'MISSED'}`);
