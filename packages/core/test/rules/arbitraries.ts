/**
 * fast-check generators of small but tangled datasets: two bodies, shared people, nominees pointing at
 * missing constituencies, every stage and status, so the property tests reach the corners of the engine.
 */
import fc from 'fast-check';
import { Dataset, type ConstituencyInput, type NomineeInput } from './dataset-input';

const UNITS = ['01', '02/x', '79'];
// Ids with "/" and ":", as importers make them ("election-2021-05-23/na-xv"), so key encodings are tested.
const BODIES = ['e/na', 'e:pc'];
const NAMES = ['Nguyễn Thị Hà', 'Trần Văn Bình', 'Lê Thị Hoa', 'Phạm Văn An', 'Hoàng Thị Lan'];
const ETHNICITIES = ['Kinh', 'Tày', 'Ê-đê', 'Mường', 'Kinh'];

export const constituencyArb = (id: string): fc.Arbitrary<ConstituencyInput> =>
  fc.record({
    id: fc.constant(id),
    bodyId: fc.constantFrom(...BODIES),
    unitId: fc.constantFrom(...UNITS),
    number: fc.integer({ min: 1, max: 9 }),
    seats: fc.integer({ min: 1, max: 6 }),
  });

export const nomineeArb = (id: string): fc.Arbitrary<NomineeInput> =>
  fc
    .record({
      person: fc.integer({ min: 0, max: NAMES.length - 1 }),
      gender: fc.constantFrom('male' as const, 'female' as const),
      ethnicity: fc.constantFrom(...ETHNICITIES),
      dob: fc.constantFrom('1944-04-14', '1981-05-23', '1981-05-24', '2000-05-24', '1999-06-01'),
      party: fc.option(fc.constant('2006-03-11'), { nil: null }),
      incumbent: fc.boolean(),
      bodyId: fc.constantFrom(...BODIES),
      constituencyId: fc.option(fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5'), { nil: undefined }),
      stage: fc.constantFrom('preliminary' as const, 'official' as const),
      status: fc.constantFrom('active' as const, 'active' as const, 'withdrawn' as const),
      origin: fc.constantFrom('central' as const, 'local' as const, 'self' as const),
      // Some nominees name their person by id, the rest by name and date of birth: both keys are indexed.
      personId: fc.boolean(),
    })
    .map((r) => ({
      id,
      ...(r.personId ? { personId: `p${r.person}` } : {}),
      person: {
        fullName: NAMES[r.person]!,
        dateOfBirth: r.dob,
        gender: r.gender,
        ethnicity: ETHNICITIES[r.person] === 'Kinh' ? r.ethnicity : ETHNICITIES[r.person]!,
        partyJoinDate: r.party,
        incumbencies: r.incumbent ? [{ bodyKind: 'national-assembly' as const, term: 'XIV' }] : [],
      },
      nomination: {
        bodyId: r.bodyId,
        origin: r.origin,
        stage: r.stage,
        status: r.status,
        ...(r.constituencyId === undefined ? {} : { constituencyId: r.constituencyId }),
      },
    }));

export const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    constituencies: fc.uniqueArray(fc.constantFrom('c1', 'c2', 'c3', 'c4'), { maxLength: 4 }),
    nominees: fc.integer({ min: 0, max: 25 }),
    // A few rows repeat an earlier id (an integrity problem the engine must still treat the same in any order).
    repeats: fc.array(fc.nat(), { maxLength: 3 }),
    electionDay: fc.constantFrom('2021-05-23', '2021-05-22'),
  })
  .chain(({ constituencies, nominees, repeats, electionDay }) =>
    fc.record({
      constituencies: fc.tuple(...constituencies.map(constituencyArb)),
      nominees: fc.tuple(
        ...Array.from({ length: nominees }, (_, i) => {
          const repeat = repeats.find((r) => r % 25 === i && i > 0);
          return nomineeArb(`n${repeat === undefined ? i : repeat % i}`);
        }),
      ),
      electionDay: fc.constant(electionDay),
    }),
  )
  .map(({ constituencies, nominees, electionDay }) =>
    Dataset.parse({
      elections: [{ id: 'e', name: 'Bầu cử', electionDay, rulePack: 'test-pack' }],
      bodies: [
        { id: 'e/na', electionId: 'e', kind: 'national-assembly', term: 'XV', totalSeats: 500 },
        { id: 'e:pc', electionId: 'e', kind: 'provincial-council', term: '2021-2026', unitId: '01', totalSeats: 50 },
      ],
      administrativeUnits: [
        { id: '01', name: 'Hà Nội', level: 'province' },
        { id: '02/x', name: 'Hà Giang', level: 'province' },
        { id: '79', name: 'Hồ Chí Minh', level: 'province' },
      ],
      constituencies,
      nominees,
    }),
  );
