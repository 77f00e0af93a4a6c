/**
 * The rules kit catches what it is for: a rule whose findings follow row order, and a rule that reads outside
 * the targets a change re-runs. A kit that passed such packs would prove nothing about real ones.
 */
import { Dataset, Nominee, type NomineeInput } from '@ungcu/core';
import { defineRule, defineRulePack, type DatasetChange, type RulePack } from '@ungcu/core/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertIncrementalEqualsFull, assertRowOrderIndependent, permutedDataset, runRule } from '../../src/rules/index';

const meta = {
  title: { vi: 'Thử', en: 'Probe' },
  description: { vi: 'Thử', en: 'Probe' },
  severity: 'warning',
  sources: [],
} as const;

function nominee(id: string, constituencyId: string, gender: 'male' | 'female'): NomineeInput {
  return {
    id,
    person: { fullName: `Người ${id}`, dateOfBirth: '1980-01-01', gender, ethnicity: 'Kinh' },
    nomination: { bodyId: 'na', origin: 'local', stage: 'official', constituencyId },
  };
}

const dataset = Dataset.parse({
  elections: [{ id: 'e', name: 'Bầu cử', electionDay: '2021-05-23', rulePack: 'probe' }],
  bodies: [{ id: 'na', electionId: 'e', kind: 'national-assembly', term: 'XV', totalSeats: 500 }],
  constituencies: [
    { id: 'c1', bodyId: 'na', number: 1, seats: 2 },
    { id: 'c2', bodyId: 'na', number: 2, seats: 2 },
  ],
  nominees: [nominee('n1', 'c1', 'female'), nominee('n2', 'c1', 'male'), nominee('n3', 'c2', 'male'), nominee('n4', 'c2', 'female')],
});

/** Counts a constituency's list, correctly: the same in any order, and re-run when one of its nominees changes. */
const counted = defineRule({
  ...meta,
  id: 'probe/counted',
  scope: 'constituency',
  messages: { few: { vi: '{name}: {n} người', en: '{name}: {n:plural:# nominee|# nominees}' } },
  check(c, ctx) {
    const n = ctx.countIn(c.id);
    if (n < 3) ctx.report({ messageId: 'few', target: { kind: 'constituency', id: c.id }, data: { name: c.id, n } });
  },
});

/** Names the first nominee of its list in whatever order the index holds it: depends on row order. */
const firstInAnyOrder = defineRule({
  ...meta,
  id: 'probe/first',
  scope: 'constituency',
  messages: { first: { vi: 'Đầu tiên: {id}', en: 'First: {id}' } },
  check(c, ctx) {
    const first = ctx.nomineesIn(c.id, 'any')[0];
    if (first !== undefined) ctx.report({ messageId: 'first', target: { kind: 'constituency', id: c.id }, data: { id: first.id } });
  },
});

/** Each constituency counts the women of the other one: a change in c2 changes c1's finding, which is not re-run. */
const readsTheOther = defineRule({
  ...meta,
  id: 'probe/other',
  scope: 'constituency',
  messages: { other: { vi: '{n} nữ ở nơi khác', en: '{n:plural:# woman|# women} elsewhere' } },
  check(c, ctx) {
    const other = c.id === 'c1' ? 'c2' : 'c1';
    const n = ctx.nomineesIn(other).filter((x) => x.person.gender === 'female').length;
    ctx.report({ messageId: 'other', target: { kind: 'constituency', id: c.id }, data: { n } });
  },
});

const pack = (rule: typeof counted | typeof firstInAnyOrder | typeof readsTheOther): RulePack =>
  defineRulePack({ id: 'probe', title: meta.title, rules: [rule] });

const changes: fc.Arbitrary<DatasetChange> = fc
  .record({ id: fc.constantFrom('n1', 'n3', 'n5'), c: fc.constantFrom('c1', 'c2'), female: fc.boolean() })
  .map(({ id, c, female }) => ({ type: 'upsert', collection: 'nominees', entity: Nominee.parse(nominee(id, c, female ? 'female' : 'male')) }));

describe('runRule', () => {
  it('runs one rule alone, in English, with its setting', () => {
    expect(runRule(counted, dataset).map((f) => f.message)).toEqual(['c1: 2 nominees', 'c2: 2 nominees']);
    expect(runRule(counted, dataset, { locale: 'vi' })[0]?.message).toBe('c1: 2 người');
    expect(runRule(counted, dataset, { setting: 'off' })).toEqual([]);
  });
});

describe('permutedDataset', () => {
  it('shuffles every collection and keeps every row', () => {
    const orders = new Set(fc.sample(permutedDataset(dataset), { numRuns: 50, seed: 1 }).map((d) => d.nominees.map((n) => n.id).join()));
    expect(orders.size).toBeGreaterThan(1);
    for (const d of fc.sample(permutedDataset(dataset), { numRuns: 20, seed: 2 })) {
      expect([...d.nominees].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(dataset.nominees);
      expect(d.constituencies).toHaveLength(2);
    }
  });
});

describe('the properties', () => {
  it('pass a correct rule', () => {
    assertRowOrderIndependent({ options: { packs: [pack(counted)] }, dataset, numRuns: 30 });
    assertIncrementalEqualsFull({ options: { packs: [pack(counted)] }, dataset, changes, numRuns: 30 });
  });
  it('catch a rule whose findings follow row order', () => {
    expect(() => assertRowOrderIndependent({ options: { packs: [pack(firstInAnyOrder)] }, dataset, numRuns: 50 })).toThrow(
      /Property failed/,
    );
  });
  it('catch a rule that reads outside the targets a change re-runs', () => {
    expect(() =>
      assertIncrementalEqualsFull({ options: { packs: [pack(readsTheOther)] }, dataset, changes, numRuns: 50 }),
    ).toThrow(/Property failed/);
  });
});
