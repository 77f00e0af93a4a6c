/**
 * The two indexes behind the rule engine's read interface: the read-only one validate() builds in one pass,
 * and the editable one the incremental validator updates. After any edits, the editable index must answer
 * every question of the interface exactly as a read-only index built from scratch on the edited dataset.
 * The engine's own tests see the indexes only through the findings of a few rules; these ask directly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Constituency, Dataset, Nominee, type DatasetInput } from '../../src/index';
import { compositionKey, compareStrings, sortRows, type CompositionRow } from '../../src/rules/composition';
import type { DatasetIndex, IndexOptions } from '../../src/rules/dataset-index';
import { DEFAULT_COMPOSITION_SETTINGS } from '../../src/rules/define';
import { EditableIndex } from '../../src/rules/editable-index';
import { ReadOnlyIndex } from '../../src/rules/read-only-index';
import { hanoiUnitOne } from '../fixtures';
import { constituencyArb, datasetArb, nomineeArb } from './arbitraries';

const options: IndexOptions = { settings: DEFAULT_COMPOSITION_SETTINGS, stage: undefined, asOf: undefined };

const ids = (nominees: readonly Nominee[]): string[] => nominees.map((n) => n.id);
const sortedIds = (nominees: readonly Nominee[]): string[] => ids(nominees).sort(compareStrings);

/**
 * Everything the read interface answers, as plain data. `constituencyIds` and `nomineeIds` name what to ask
 * about beyond what the index lists itself (ids that no longer exist, or never did).
 */
function answers(index: DatasetIndex, constituencyIds: readonly string[], nomineeIds: readonly string[]) {
  const counted: string[] = [];
  index.forEachCountedNominee((n, body) => counted.push(`${n.id}@${body.id}`));
  const constituencies: string[] = [];
  index.forEachConstituency((c, body) => constituencies.push(`${c.id}@${body.id}`));
  const lists = Object.fromEntries(
    constituencyIds.map((id) => [
      id,
      {
        constituency: index.constituency(id),
        count: index.countIn(id),
        byId: ids(index.nomineesIn(id)),
        any: sortedIds(index.nomineesIn(id, 'any')),
      },
    ]),
  );
  const bodies = Object.fromEntries(
    [...index.bodies.keys()].map((id) => [
      id,
      { byId: ids(index.nomineesOfBody(id)), any: sortedIds(index.nomineesOfBody(id, 'any')), ageDate: index.ageDate(id) },
    ]),
  );
  const nominees = Object.fromEntries(
    nomineeIds.map((id) => {
      const n = index.nominee(id);
      if (n === undefined) return [id, undefined];
      return [
        id,
        {
          nominee: n,
          counted: index.isCounted(n),
          nominations: ids(index.nominationsOf(n)),
          count: index.countNominationsOf(n),
          age: index.ageOf(n),
          ageOnElectionDay: index.ageOnElectionDay(n),
        },
      ];
    }),
  );
  const rows = sortRows(index.allRows().map((r) => ({ ...r })));
  const keyed = [...index.rows.entries()].map(([key, row]) => [key, row.nominees, row.seats] as const);
  return {
    counted: counted.sort(compareStrings),
    constituencies: constituencies.sort(compareStrings),
    lists,
    bodies,
    nominees,
    rows,
    units: sortRows(index.unitRows()).map((r) => compositionKey(r.scope, r.id, r.bodyId)),
    keyed: keyed.sort((a, b) => compareStrings(a[0], b[0])),
  };
}

/** A read-only index made editable, as the incremental validator makes it. */
function editable(dataset: Dataset, indexOptions: IndexOptions = options): EditableIndex {
  return EditableIndex.from(new ReadOnlyIndex(dataset, indexOptions));
}

type Edit =
  | { readonly kind: 'upsert'; readonly nominee: Nominee }
  | { readonly kind: 'remove'; readonly id: string }
  | { readonly kind: 'constituency'; readonly id: string; readonly constituency: Constituency | undefined };

function applyEdit(index: EditableIndex, edit: Edit): void {
  if (edit.kind === 'upsert') index.upsertNominee(edit.nominee);
  else if (edit.kind === 'remove') index.removeNominee(edit.id);
  else index.setConstituency(edit.id, edit.constituency);
}

const NOMINEE_IDS = Array.from({ length: 31 }, (_, i) => `n${i}`);
const CONSTITUENCY_IDS = ['c1', 'c2', 'c3', 'c4', 'c5'];

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NOMINEE_IDS).chain(nomineeArb).map((n) => ({ kind: 'upsert' as const, nominee: Nominee.parse(n) })) },
  { weight: 2, arbitrary: fc.constantFrom(...NOMINEE_IDS).map((id) => ({ kind: 'remove' as const, id })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(...CONSTITUENCY_IDS)
      .chain(constituencyArb)
      .map((c) => ({ kind: 'constituency' as const, id: c.id, constituency: Constituency.parse(c) })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...CONSTITUENCY_IDS).map((id) => ({ kind: 'constituency' as const, id, constituency: undefined })) },
);

describe('editable index', () => {
  it('answers like a read-only index of the edited dataset after every edit', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.array(editArb, { minLength: 1, maxLength: 15 }),
        fc.constantFrom(undefined, '2001-05-24'),
        fc.constantFrom(undefined, 'official' as const),
        (dataset, edits, asOf, stage) => {
          const indexOptions: IndexOptions = { ...options, asOf, stage };
          const index = editable(dataset, indexOptions);
          expect(answers(index, CONSTITUENCY_IDS, NOMINEE_IDS)).toEqual(
            answers(new ReadOnlyIndex(dataset, indexOptions), CONSTITUENCY_IDS, NOMINEE_IDS),
          );
          for (const edit of edits) {
            applyEdit(index, edit);
            const fresh = new ReadOnlyIndex(index.toDataset(), indexOptions);
            expect(answers(index, CONSTITUENCY_IDS, NOMINEE_IDS)).toEqual(answers(fresh, CONSTITUENCY_IDS, NOMINEE_IDS));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  /** Hà Nội constituency 1 (2021 official list) with a second constituency of the same unit. */
  function hanoiTwoConstituencies(): Dataset {
    const input: DatasetInput = hanoiUnitOne();
    const first = input.constituencies![0]!;
    return Dataset.parse({ ...input, constituencies: [first, { ...first, id: 'na-xv-01-2', number: 2, seats: 3 }] });
  }

  const rowOf = (index: DatasetIndex, id: string): CompositionRow => index.rows.get(compositionKey('constituency', id))!;

  it('counts a nominee removed then added again under the same id once, in its new place', () => {
    const dataset = hanoiTwoConstituencies();
    const index = editable(dataset);
    // Nguyễn Thị Hà Tuyên, the one woman of the list.
    const woman = index.nominee('hn1-4')!;
    index.removeNominee('hn1-4');
    expect(index.nominee('hn1-4')).toBeUndefined();
    expect(rowOf(index, 'na-xv-01-1')).toMatchObject({ nominees: 4, women: 0 });
    expect(ids(index.nomineesIn('na-xv-01-1'))).toEqual(['hn1-1', 'hn1-2', 'hn1-3', 'hn1-5']);

    const moved = Nominee.parse({ ...woman, nomination: { ...woman.nomination, constituencyId: 'na-xv-01-2' } });
    index.upsertNominee(moved);
    expect(index.nominee('hn1-4')).toBe(moved);
    expect(rowOf(index, 'na-xv-01-1')).toMatchObject({ nominees: 4, women: 0 });
    expect(rowOf(index, 'na-xv-01-2')).toMatchObject({ nominees: 1, women: 1 });
    expect(index.rows.get(compositionKey('body', 'na-xv'))).toMatchObject({ nominees: 5, women: 1 });
    expect(index.rows.get(compositionKey('unit', '01', 'na-xv'))).toMatchObject({ nominees: 5, women: 1, seats: 6 });
    expect(ids(index.nomineesIn('na-xv-01-2'))).toEqual(['hn1-4']);
    expect(index.countIn('na-xv-01-1')).toBe(4);
    expect(ids(index.nominationsOf(moved))).toEqual(['hn1-4']);

    // Back where it was: the index equals one built on the original dataset.
    index.removeNominee('hn1-4');
    index.upsertNominee(woman);
    const all = ['na-xv-01-1', 'na-xv-01-2'];
    const nominees = dataset.nominees.map((n) => n.id);
    expect(answers(index, all, nominees)).toEqual(answers(new ReadOnlyIndex(dataset, options), all, nominees));
  });

  it('moves a nominee between constituencies by an upsert, and its person keeps one entry', () => {
    const dataset = hanoiTwoConstituencies();
    const index = editable(dataset);
    const trong = index.nominee('hn1-3')!;
    index.upsertNominee(Nominee.parse({ ...trong, nomination: { ...trong.nomination, constituencyId: 'na-xv-01-2' } }));
    expect(rowOf(index, 'na-xv-01-1')).toMatchObject({ nominees: 4, incumbents: 0 });
    expect(rowOf(index, 'na-xv-01-2')).toMatchObject({ nominees: 1, incumbents: 1 });
    expect(index.countIn('na-xv-01-1')).toBe(4);
    expect(ids(index.nomineesIn('na-xv-01-2'))).toEqual(['hn1-3']);
    expect(ids(index.nomineesOfBody('na-xv'))).toEqual(['hn1-1', 'hn1-2', 'hn1-3', 'hn1-4', 'hn1-5']);
    // The same person nominated a second time, in the first constituency: two nominations, in id order.
    const again = Nominee.parse({ ...trong, id: 'hn1-0' });
    index.upsertNominee(again);
    expect(ids(index.nominationsOf(index.nominee('hn1-3')!))).toEqual(['hn1-0', 'hn1-3']);
    expect(index.countNominationsOf(again)).toBe(2);
    expect(index.nominationIdsOfPerson(again)).toEqual(['hn1-0', 'hn1-3']);
  });

  it('moves the nominees of a constituency that changes body to the rows of their own body', () => {
    const dataset = hanoiTwoConstituencies();
    const index = editable(dataset);
    const c = index.constituency('na-xv-01-1')!;
    // The constituency now belongs to a body that does not exist: its rows go, its nominees count in their body.
    index.setConstituency('na-xv-01-1', Constituency.parse({ ...c, bodyId: 'nowhere' }));
    expect(index.rows.get(compositionKey('constituency', 'na-xv-01-1'))).toBeUndefined();
    expect(index.rows.get(compositionKey('body', 'na-xv'))).toMatchObject({ nominees: 5, seats: 3, constituencies: 1 });
    expect(index.countIn('na-xv-01-1')).toBe(5);
    index.setConstituency('na-xv-01-1', c);
    const all = ['na-xv-01-1', 'na-xv-01-2'];
    const nominees = dataset.nominees.map((n) => n.id);
    expect(answers(index, all, nominees)).toEqual(answers(new ReadOnlyIndex(dataset, options), all, nominees));
  });
});

describe('read-only index', () => {
  const dataset = Dataset.parse(hanoiUnitOne());
  // The official list is in name order; reversed, its ids are out of order too.
  const reversed: Dataset = { ...dataset, nominees: [...dataset.nominees].reverse() };
  const inIdOrder = ['hn1-1', 'hn1-2', 'hn1-3', 'hn1-4', 'hn1-5'];

  it("hands out id order on 'id' even after an 'any' built the list in input order", () => {
    const index = new ReadOnlyIndex(reversed, options);
    expect(sortedIds(index.nomineesIn('na-xv-01-1', 'any'))).toEqual(inIdOrder);
    expect(ids(index.nomineesIn('na-xv-01-1'))).toEqual(inIdOrder);
    expect(sortedIds(index.nomineesOfBody('na-xv', 'any'))).toEqual(inIdOrder);
    expect(ids(index.nomineesOfBody('na-xv', 'id'))).toEqual(inIdOrder);
    expect(index.countIn('na-xv-01-1')).toBe(5);
    expect(index.nomineesIn('nowhere')).toEqual([]);
    expect(index.countIn('nowhere')).toBe(0);
  });

  it('answers for a nominee that is not the one being visited, and only for the row it indexed', () => {
    const index = new ReadOnlyIndex(reversed, options);
    const trong = index.nominee('hn1-3')!;
    expect(trong.person.fullName).toBe('Nguyễn Phú Trọng');
    expect(ids(index.nominationsOf(trong))).toEqual(['hn1-3']);
    // Born 1944-04-14: 77 on election day 2021-05-23.
    expect(index.ageOf(trong)).toBe(77);
    // Another object with the same id is not the indexed nominee: it has no person group.
    const copy = Nominee.parse({ ...trong, id: 'hn1-3' });
    expect(index.nominationsOf(copy)).toEqual([copy]);
    expect(index.countNominationsOf(copy)).toBe(1);
    expect(index.nominee('nobody')).toBeUndefined();
  });

  it("groups one person's nominations, counted or not, from any nominee", () => {
    const trong = dataset.nominees[2]!;
    const second = { ...trong, id: 'hn1-9' };
    const withdrawn = { ...trong, id: 'hn1-8', nomination: { ...trong.nomination, status: 'withdrawn' as const } };
    const index = new ReadOnlyIndex({ ...dataset, nominees: [second, ...dataset.nominees, withdrawn] }, options);
    expect(ids(index.nominationsOf(index.nominee('hn1-3')!))).toEqual(['hn1-3', 'hn1-9']);
    expect(index.countNominationsOf(index.nominee('hn1-9')!)).toBe(2);
    // Not counted: alone, and not in the person's group.
    expect(ids(index.nominationsOf(index.nominee('hn1-8')!))).toEqual(['hn1-8']);
    let visited = '';
    index.forEachCountedNominee((n) => {
      if (n.id === 'hn1-9') visited = `${index.countNominationsOf(n)} ${ids(index.nominationsOf(n)).join()} ${index.ageOf(n)}`;
    });
    expect(visited).toBe('2 hn1-3,hn1-9 77');
    // A copy of a nomination (an edited row not yet indexed) is not in the person's group either.
    const copy = Nominee.parse(second);
    expect(index.nominationsOf(copy)).toEqual([copy]);
    expect(index.countNominationsOf(copy)).toBe(1);
  });

  it('answers about the nominee or constituency being visited as it answers about any other', () => {
    // While visiting, the index answers from its arrays (the visited position); otherwise through lookups.
    fc.assert(
      fc.property(datasetArb, fc.constantFrom(undefined, '2001-05-24'), (data, asOf) => {
        const index = new ReadOnlyIndex(data, { ...options, asOf });
        const about = (n: Nominee) =>
          [index.ageOf(n), index.ageOnElectionDay(n), ids(index.nominationsOf(n)), index.countNominationsOf(n)] as const;
        const visiting: unknown[] = [];
        index.forEachCountedNominee((n) => visiting.push(about(n)));
        const after: unknown[] = [];
        index.forEachCountedNominee((n) => after.push(n));
        expect(visiting).toEqual(after.map((n) => about(n as Nominee)));
        const counts: string[] = [];
        index.forEachConstituency((c) => counts.push(CONSTITUENCY_IDS.map((id) => `${c.id}:${id}=${index.countIn(id)}`).join()));
        const expected: string[] = [];
        index.forEachConstituency((c) => expected.push(c.id));
        expect(counts).toEqual(expected.map((cid) => CONSTITUENCY_IDS.map((id) => `${cid}:${id}=${index.countIn(id)}`).join()));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the smallest row of a repeated id, whatever the order', () => {
    const trong = dataset.nominees[2]!;
    const older = { ...trong, person: { ...trong.person, dateOfBirth: '1934-04-14' } };
    const one = new ReadOnlyIndex({ ...dataset, nominees: [...dataset.nominees, older] }, options);
    const other = new ReadOnlyIndex({ ...dataset, nominees: [older, ...dataset.nominees] }, options);
    expect(one.nominee('hn1-3')).toBe(older);
    expect(other.nominee('hn1-3')).toBe(older);
    expect(one.allRows().find((r) => r.scope === 'body')).toMatchObject({ nominees: 5 });
    expect(ids(one.nomineesIn('na-xv-01-1'))).toEqual(inIdOrder);
  });
});
