import { describe, expect, it } from 'vitest';
import { checkDataset, Dataset, type DatasetInput } from '../../src/index';
import { hanoiUnitOne } from '../fixtures';

function check(mutate: (d: DatasetInput) => void) {
  const input = structuredClone(hanoiUnitOne());
  mutate(input);
  return checkDataset(Dataset.parse(input));
}

describe('checkDataset', () => {
  it('finds nothing wrong with a consistent dataset', () => {
    expect(checkDataset(Dataset.parse(hanoiUnitOne()))).toEqual([]);
  });

  it('reports a duplicate id, naming the collection and id', () => {
    const problems = check((d) => d.nominees!.push({ ...d.nominees![0]!, person: { ...d.nominees![0]!.person, fullName: 'Khác Người' } }));
    expect(problems.map((p) => [p.code, p.collection, p.id, p.field])).toEqual([['duplicate-id', 'nominees', 'hn1-1', 'id']]);
    expect(problems[0]!.message.vi).toContain('bị trùng');
  });

  it('reports each dangling reference with its field', () => {
    const problems = check((d) => {
      d.nominees![1]!.nomination.constituencyId = 'na-xv-99-9';
      d.constituencies![0]!.coveredUnitIds = ['01', 'no-such-unit'];
      d.bodies![0]!.electionId = 'vn-2016';
    });
    expect(problems.map((p) => [p.code, p.collection, p.id, p.field, p.value])).toEqual([
      ['dangling-reference', 'bodies', 'na-xv', 'electionId', 'vn-2016'],
      ['dangling-reference', 'constituencies', 'na-xv-01-1', 'coveredUnitIds.1', 'no-such-unit'],
      ['dangling-reference', 'nominees', 'hn1-2', 'nomination.constituencyId', 'na-xv-99-9'],
    ]);
  });

  it('reports a nominee whose constituency belongs to another body', () => {
    const problems = check((d) => {
      d.bodies!.push({ id: 'hdnd-hn', electionId: 'vn-2021', kind: 'provincial-council', term: '2021-2026', unitId: '01', totalSeats: 95 });
      d.nominees![2]!.nomination.bodyId = 'hdnd-hn';
    });
    expect(problems.map((p) => [p.code, p.id, p.field])).toEqual([
      ['constituency-body-mismatch', 'hn1-3', 'nomination.constituencyId'],
    ]);
  });

  it('reports the same person in two National Assembly constituencies (Art. 57(5))', () => {
    const problems = check((d) => {
      d.bodies![0]!.totalSeats = 6;
      d.constituencies!.push({ id: 'na-xv-01-2', bodyId: 'na-xv', unitId: '01', number: 2, seats: 3 });
      // Same person written with NFD and the old tone placement: still the same person.
      const p = d.nominees![3]!.person;
      d.nominees!.push({
        id: 'hn2-9',
        person: { ...p, fullName: p.fullName.normalize('NFD').toUpperCase() },
        nomination: { bodyId: 'na-xv', origin: 'local', constituencyId: 'na-xv-01-2', stage: 'official' },
      });
    });
    expect(problems.map((p) => [p.code, p.id, p.value, p.related?.[0]?.id])).toEqual([
      ['nominee-in-two-na-constituencies', 'hn2-9', 'na-xv-01-2', 'hn1-4'],
    ]);
  });

  it('does not count a withdrawn nomination as a second one', () => {
    const problems = check((d) => {
      d.nominees!.push({ ...d.nominees![0]!, id: 'again', nomination: { ...d.nominees![0]!.nomination, status: 'withdrawn' } });
    });
    expect(problems).toEqual([]);
  });

  it('reports seats that do not add up to the body total', () => {
    const problems = check((d) => void (d.bodies![0]!.totalSeats = 500));
    expect(problems.map((p) => [p.code, p.collection, p.id, p.field, p.value])).toEqual([
      ['seats-total-mismatch', 'bodies', 'na-xv', 'totalSeats', 500],
    ]);
    expect(problems[0]!.message.en).toBe('Body "na-xv" has 500 seats but its constituencies add up to 3');
  });

  it('gives the same problems in any row order', () => {
    const shuffled = check((d) => {
      d.nominees!.reverse();
      d.nominees![0]!.nomination.constituencyId = 'missing';
      d.nominees![1]!.nomination.organizationId = 'missing-org';
    });
    const again = check((d) => {
      d.nominees![4]!.nomination.constituencyId = 'missing';
      d.nominees![3]!.nomination.organizationId = 'missing-org';
    });
    expect(shuffled).toEqual(again);
    expect(shuffled).toHaveLength(2);
  });
});
