/**
 * The incremental validator with every rule of both packs (information rules on): after each random edit of a
 * real list (Cao Bằng 2021, its National Assembly and provincial council lists), its report equals a full
 * validate() of the edited dataset. This checks each rule stays within the targets a change re-runs.
 */
import { Constituency, Dataset, Nominee } from '@ungcu/core';
import { createValidator, validate, type DatasetChange, type ValidateOptions } from '@ungcu/core/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, vn2021, vn2026 } from '../src/index';
import { caoBang, caoBangCouncil, CAO_BANG_2021, realNominee } from '../src/test-support/index';

const everything = Object.fromEntries(ALL_RULES.map((r) => [r.id, 'on' as const]));

const COUNCIL_2016 = { bodyKind: 'provincial-council' as const, term: '2016-2021' };

function start(): Dataset {
  const na = caoBang();
  const council = caoBangCouncil(3, 5);
  // A council of 6 seats needs 2 re-running deputies (vn/council-incumbents) and has 1, so one edit can
  // cross that line either way.
  const bodies = (council.bodies ?? []).map((b) => (b.id === 'pc-04' ? { ...b, totalSeats: 6 } : b));
  const councilNominees = council.nominees.map((n) =>
    n.id === 'pc-2' ? { ...n, person: { ...n.person, incumbencies: [COUNCIL_2016] } } : n,
  );
  return Dataset.parse({ ...council, bodies, nominees: [...na.nominees, ...councilNominees] });
}

const nomineeChange: fc.Arbitrary<DatasetChange> = fc
  .record({
    row: fc.integer({ min: 0, max: CAO_BANG_2021.length - 1 }),
    id: fc.constantFrom('cb1-1', 'cb1-3', 'cb2-2', 'pc-1', 'pc-4', 'new-1', 'new-2'),
    body: fc.constantFrom('na-xv', 'pc-04'),
    constituency: fc.constantFrom('cb-1', 'cb-2', 'pc-04-1', undefined),
    gender: fc.constantFrom('male' as const, 'female' as const),
    dateOfBirth: fc.constantFrom('2000-05-23', '2000-05-24', '1960-01-01', '1985-06-01'),
    residence: fc.constantFrom('04-001', '01', undefined),
    status: fc.constantFrom('active' as const, 'active' as const, 'withdrawn' as const),
    fullTime: fc.boolean(),
    incumbencies: fc.constantFrom(
      'as-listed' as const,
      [COUNCIL_2016],
      [{ bodyKind: 'provincial-council' as const, term: '2021-2026' }],
    ),
  })
  .map((r) => {
    const base = realNominee(CAO_BANG_2021[r.row]!);
    return {
      type: 'upsert',
      collection: 'nominees',
      entity: Nominee.parse({
        ...base,
        id: r.id,
        person: {
          ...base.person,
          gender: r.gender,
          dateOfBirth: r.dateOfBirth,
          ...(r.residence === undefined ? {} : { residenceUnitId: r.residence }),
          ...(r.incumbencies === 'as-listed' ? {} : { incumbencies: r.incumbencies }),
        },
        nomination: {
          bodyId: r.body,
          origin: 'local',
          stage: 'official',
          status: r.status,
          fullTime: r.fullTime,
          ...(r.constituency === undefined ? {} : { constituencyId: r.constituency }),
        },
      }),
    } satisfies DatasetChange;
  });

const constituencyChange: fc.Arbitrary<DatasetChange> = fc
  .record({ id: fc.constantFrom('cb-1', 'cb-2'), seats: fc.integer({ min: 1, max: 4 }), number: fc.integer({ min: 1, max: 3 }) })
  .map(({ id, seats, number }) => ({
    type: 'upsert',
    collection: 'constituencies',
    entity: Constituency.parse({ id, bodyId: 'na-xv', unitId: '04', number, seats, declaredCandidates: 5 }),
  }));

const change: fc.Arbitrary<DatasetChange> = fc.oneof(
  { weight: 6, arbitrary: nomineeChange },
  { weight: 2, arbitrary: fc.constantFrom('cb1-1', 'cb2-5', 'pc-2', 'new-1').map((id) => ({ type: 'remove' as const, collection: 'nominees' as const, id })) },
  { weight: 2, arbitrary: constituencyChange },
);

function applyToDataset(dataset: Dataset, c: DatasetChange): Dataset {
  const list = dataset[c.collection] as { id: string }[];
  const id = c.type === 'upsert' ? c.entity.id : c.id;
  const kept = list.filter((e) => e.id !== id);
  return { ...dataset, [c.collection]: c.type === 'upsert' ? [...kept, c.entity] : kept };
}

describe.each([
  ['vn-2021', vn2021],
  ['vn-2026', vn2026],
] as const)('incremental = full with every rule of %s', (_id, pack) => {
  const options: ValidateOptions = { packs: [pack], rules: everything, locale: 'en' };
  it('after every edit of a random sequence', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 10 }), (changes) => {
        let dataset = start();
        const validator = createValidator(dataset, options);
        for (const c of changes) {
          dataset = applyToDataset(dataset, c);
          validator.apply(c);
          expect(validator.report()).toEqual(validate(dataset, options));
        }
      }),
      { numRuns: 100 },
    );
  });
});
