/**
 * Invariants of the engine, checked on generated datasets: row order never changes a report, and the
 * incremental validator always agrees with a full validation of the changed dataset.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Body, Constituency, type Dataset, Nominee } from '../../src/index';
import { createValidator, validate, type DatasetChange, type ValidateOptions } from '../../src/rules/index';
import { constituencyArb, datasetArb, nomineeArb } from './arbitraries';
import { testPack } from './test-pack';

const options: ValidateOptions = { packs: [testPack], rules: { 'test/constituency-women': 'on' }, locale: 'en' };

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('determinism', () => {
  it('gives the same report for the same dataset in any row order', () => {
    fc.assert(
      fc.property(datasetArb, fc.integer({ min: 1, max: 2 ** 30 }), (dataset, seed) => {
        const permuted: Dataset = {
          ...dataset,
          constituencies: shuffled(dataset.constituencies, seed),
          nominees: shuffled(dataset.nominees, seed + 1),
          administrativeUnits: shuffled(dataset.administrativeUnits, seed + 2),
          bodies: shuffled(dataset.bodies, seed + 3),
        };
        expect(validate(permuted, options)).toEqual(validate(dataset, options));
      }),
      { numRuns: 200 },
    );
  });
});

const changeArb: fc.Arbitrary<DatasetChange> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 30 }).chain((i) => nomineeArb(`n${i}`)).map((n) => ({ type: 'upsert' as const, collection: 'nominees' as const, entity: Nominee.parse(n) })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 30 }).map((i) => ({ type: 'remove' as const, collection: 'nominees' as const, id: `n${i}` })) },
  { weight: 2, arbitrary: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5').chain(constituencyArb).map((c) => ({ type: 'upsert' as const, collection: 'constituencies' as const, entity: Constituency.parse(c) })) },
  { weight: 1, arbitrary: fc.constantFrom('c1', 'c2', 'c5').map((id) => ({ type: 'remove' as const, collection: 'constituencies' as const, id })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('XV', 'XIV').map((term) => ({
      type: 'upsert' as const,
      collection: 'bodies' as const,
      entity: Body.parse({ id: 'e/na', electionId: 'e', kind: 'national-assembly', term, totalSeats: 500 }),
    })),
  },
);

/** The change applied to plain arrays, independently of the validator. */
function applyToDataset(dataset: Dataset, change: DatasetChange): Dataset {
  const list = dataset[change.collection] as { id: string }[];
  const id = change.type === 'upsert' ? change.entity.id : change.id;
  const kept = list.filter((e) => e.id !== id);
  return { ...dataset, [change.collection]: change.type === 'upsert' ? [...kept, change.entity] : kept };
}

describe('incremental validator', () => {
  it('always equals a full validate() of the changed dataset, and reports the difference', () => {
    fc.assert(
      fc.property(datasetArb, fc.array(changeArb, { minLength: 1, maxLength: 12 }), (initial, changes) => {
        const validator = createValidator(initial, options);
        expect(validator.report()).toEqual(validate(initial, options));
        let dataset = initial;
        for (const change of changes) {
          const before = validate(dataset, options).findings;
          dataset = applyToDataset(dataset, change);
          const full = validate(dataset, options);
          const { appeared, disappeared } = validator.apply(change);
          expect(validator.report()).toEqual(full);
          // before − disappeared + appeared = after, as multisets
          const key = (f: (typeof before)[number]) => JSON.stringify(f);
          const expected = [...before.map(key)];
          for (const f of disappeared) expected.splice(expected.indexOf(key(f)), 1);
          expected.push(...appeared.map(key));
          expect(expected.sort()).toEqual(full.findings.map(key).sort());
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reports the finding that appears when a woman leaves a list at the boundary', () => {
    const dataset = fc.sample(datasetArb, { numRuns: 1, seed: 1 })[0]!;
    const validator = createValidator(dataset, options);
    const before = validator.report().findings.length;
    const n = Nominee.parse({
      id: 'extra',
      person: { fullName: 'Vũ Tiến Vượng', dateOfBirth: '2003-06-24', gender: 'male', ethnicity: 'Kinh' },
      nomination: { bodyId: 'e/na', origin: 'local', stage: 'official' },
    });
    const { appeared } = validator.apply({ type: 'upsert', collection: 'nominees', entity: n });
    expect(appeared.some((f) => f.ruleId === 'test/minimum-age' && f.target.id === 'extra')).toBe(true);
    const { disappeared } = validator.apply({ type: 'remove', collection: 'nominees', id: 'extra' });
    expect(disappeared.some((f) => f.ruleId === 'test/minimum-age')).toBe(true);
    expect(validator.report().findings).toHaveLength(before);
  });
});
