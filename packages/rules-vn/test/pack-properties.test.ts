/**
 * The rule-pack properties of @ungcu/testkit/rules on both packs, every rule on (information rules included),
 * over a real list (Cao Bằng 2021, its National Assembly and provincial council lists): findings do not depend
 * on row order, and after each random edit the incremental validator's report equals a full validate(). The
 * second checks that each rule stays within the targets a change re-runs.
 */
import { Constituency, Dataset, Nominee } from '@ungcu/core';
import { validate, type DatasetChange, type ValidateOptions } from '@ungcu/core/rules';
import { runRulePackConformance } from '@ungcu/testkit/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, vn2021, vn2026 } from '../src/index';
import { caoBang, caoBangCouncil, CAO_BANG_2021, realNominee } from './cao-bang';

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

for (const pack of [vn2021, vn2026]) {
  const options: ValidateOptions = { packs: [pack], rules: everything, locale: 'en' };
  describe(`${pack.id} on Cao Bằng 2021`, () => {
    it('has findings of several rules to keep stable (the properties below are not vacuous)', () => {
      const rules = new Set(validate(start(), options).findings.map((f) => f.ruleId));
      expect(rules.size).toBeGreaterThanOrEqual(5);
    });
  });
  runRulePackConformance({ name: `${pack.id} (every rule on)`, options, dataset: start(), changes: change, numRuns: 100 });
}
