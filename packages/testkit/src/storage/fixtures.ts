import type { DatasetInput, NomineeInput } from '@ungcu/core';
import type { EntityInputOf } from '@ungcu/core/storage';

/**
 * A small hand-made election for the suites: two bodies, three constituencies, nominees at several stages,
 * with Vietnamese names chosen to exercise the text rules (tone marks, Đ, NFD input, old tone placement).
 * Every id is prefixed so suites can tell their data apart.
 */
const PEOPLE: readonly [string, string, 'male' | 'female', string | null][] = [
  ['Nguyễn Thị Hoà', '1980-02-29', 'female', '2005-05-19'],
  ['Lê Đức Cường', '1975-12-31', 'male', '1999-01-01'],
  ['Trần Văn Ánh', '1990-06-15', 'male', null],
  ['Phạm Thị Thuý Hằng', '1988-01-01', 'female', '2012-09-02'],
  ['Đặng Quốc Khánh', '1969-09-02', 'male', '1990-03-03'],
  ['Hoàng Thị Ỷ', '1997-07-07', 'female', null],
  ['Vũ Minh Tuệ', '1984-11-20', 'male', '2010-10-10'],
  ['Lò Văn Hưởng', '1979-03-08', 'male', '2001-08-08'],
  ['Mai Thị Ngọc Ánh', '1993-04-30', 'female', null],
];

export function nominee(
  id: string,
  index: number,
  overrides: { bodyId: string; constituencyId?: string; stage: 'proposed' | 'preliminary' | 'qualified' | 'official'; listNumber?: number },
): NomineeInput {
  const [fullName, dateOfBirth, gender, partyJoinDate] = PEOPLE[index % PEOPLE.length]!;
  return {
    id,
    person: {
      fullName,
      dateOfBirth,
      gender,
      ethnicity: index % 4 === 3 ? 'Thái' : 'Kinh',
      partyJoinDate,
      ...(index % 3 === 0 ? { hometown: 'Xã Dạ Trạch, huyện Khoái Châu, tỉnh Hưng Yên' } : {}),
      education: { general: '12/12', ...(index % 2 === 0 ? { academicTitle: 'Tiến sĩ' } : {}) },
      incumbencies: index % 5 === 0 ? [{ bodyKind: 'national-assembly', term: 'XIV' }, { bodyKind: 'provincial-council', term: '2016-2021', unitName: 'Tỉnh Nghệ An' }] : [],
    },
    nomination: {
      bodyId: overrides.bodyId,
      origin: index % 7 === 0 ? 'self' : 'local',
      stage: overrides.stage,
      ...(overrides.constituencyId === undefined ? {} : { constituencyId: overrides.constituencyId }),
      ...(overrides.listNumber === undefined ? {} : { listNumber: overrides.listNumber }),
    },
  };
}

/** The suites' election: NA constituencies 1 and 2 of Hà Nội, one provincial council constituency, 18 nominees. */
export function sampleElection(prefix = 's'): DatasetInput {
  const nominees: NomineeInput[] = [];
  const constituencies = [
    { id: `${prefix}-na-1`, bodyId: `${prefix}-na`, number: 1, seats: 3 },
    { id: `${prefix}-na-2`, bodyId: `${prefix}-na`, number: 2, seats: 2 },
    { id: `${prefix}-hn-1`, bodyId: `${prefix}-hn`, number: 1, seats: 4 },
  ];
  let i = 0;
  for (const c of constituencies) {
    for (let n = 1; n <= 5; n++, i++) {
      nominees.push(nominee(`${prefix}-n${String(i).padStart(2, '0')}`, i, {
        bodyId: c.bodyId,
        constituencyId: c.id,
        stage: n <= 3 ? 'official' : 'preliminary',
        listNumber: n,
      }));
    }
  }
  // Nominees not yet placed in a constituency (an absent indexed field).
  for (let n = 0; n < 3; n++, i++) nominees.push(nominee(`${prefix}-n${String(i).padStart(2, '0')}`, i, { bodyId: `${prefix}-hn`, stage: 'proposed' }));
  return {
    elections: [{ id: `${prefix}-2021`, name: 'Bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp', electionDay: '2021-05-23', rulePack: 'vn-2021' }],
    administrativeUnits: [{ id: `${prefix}-01`, code: '01', name: 'Hà Nội', fullName: 'Thành phố Hà Nội', level: 'province', kind: 'city' }],
    bodies: [
      { id: `${prefix}-na`, electionId: `${prefix}-2021`, kind: 'national-assembly', term: 'XV', totalSeats: 500 },
      { id: `${prefix}-hn`, electionId: `${prefix}-2021`, kind: 'provincial-council', term: '2021-2026', unitId: `${prefix}-01`, totalSeats: 95 },
    ],
    constituencies: constituencies.map((c) => ({ ...c, unitId: `${prefix}-01`, coveredUnitIds: [`${prefix}-01`] })),
    nominees,
  };
}

/**
 * A vetting case (thẩm tra, xác minh, thẩm định) of a candidate, with the personal data that makes reads of
 * it worth recording: national id, date of birth, address.
 */
export function vettingCase(id: string, person: { readonly nomineeId: string; readonly fullName: string }, index = 0): EntityInputOf<'vettingCases'> {
  return {
    id,
    personName: person.fullName,
    nomineeId: person.nomineeId,
    purpose: 'candidacy',
    managementLevel: index % 2 === 0 ? 'central' : 'local',
    status: 'in-review',
    openedOn: '2021-02-01',
    dueDate: '2021-03-10',
    assessor: 'Trần Thị Thẩm Định',
    nationalId: String(1_080_000_000 + index).padStart(12, '0'),
    dateOfBirth: '1980-02-29',
    address: 'Số 1 phố Tràng Tiền, phường Tràng Tiền, quận Hoàn Kiếm, Hà Nội',
    steps: [{ kind: 'review', dueDate: '2021-02-15', doneOn: '2021-02-12', assessor: 'Trần Thị Thẩm Định' }],
  };
}
