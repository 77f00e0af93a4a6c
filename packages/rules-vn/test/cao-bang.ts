/**
 * Datasets for the rule tests, built from real rows of the official 2021 list: the two constituencies of
 * Cao Bằng (3 seats each, 5 candidates each, as published). Tests change one thing at a time and see which
 * rule fires (run alone with runRule() of @ungcu/testkit/rules).
 * Vietnam Elections dataset (NA15-2021), CC-BY-4.0, github.com/VietThan/vietnam-elections.
 */
import type { DatasetInput, NomineeInput } from '@ungcu/core';

interface RealRow {
  readonly unit: 1 | 2;
  readonly stt: number;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly gender: 'male' | 'female';
  readonly ethnicity: string;
  readonly partyJoinDate: string | null;
  readonly naTerms: readonly string[];
}

/** Cao Bằng, constituencies 1 and 2 of the 15th National Assembly, as on the official list. */
export const CAO_BANG_2021: readonly RealRow[] = [
  { unit: 1, stt: 1, fullName: 'Đoàn Thị Lê An', dateOfBirth: '1979-02-26', gender: 'female', ethnicity: 'Tày', partyJoinDate: '2006-04-11', naTerms: [] },
  { unit: 1, stt: 2, fullName: 'Nông Thị Hương', dateOfBirth: '1984-12-18', gender: 'female', ethnicity: 'Tày', partyJoinDate: '2010-02-11', naTerms: [] },
  { unit: 1, stt: 3, fullName: 'Lại Xuân Môn', dateOfBirth: '1963-11-29', gender: 'male', ethnicity: 'Kinh', partyJoinDate: '1984-01-18', naTerms: ['XIV'] },
  { unit: 1, stt: 4, fullName: 'Đỗ Quang Thành', dateOfBirth: '1965-10-19', gender: 'male', ethnicity: 'Kinh', partyJoinDate: '1986-03-20', naTerms: ['XIV'] },
  { unit: 1, stt: 5, fullName: 'Nông Minh Thắng', dateOfBirth: '1981-06-07', gender: 'male', ethnicity: 'Tày', partyJoinDate: '2008-12-17', naTerms: [] },
  { unit: 2, stt: 1, fullName: 'Hoàng Thị Ngọc Ánh', dateOfBirth: '1987-04-04', gender: 'female', ethnicity: 'Tày', partyJoinDate: '2013-08-28', naTerms: [] },
  { unit: 2, stt: 2, fullName: 'Đàm Minh Diện', dateOfBirth: '1970-02-07', gender: 'male', ethnicity: 'Tày', partyJoinDate: '1991-05-24', naTerms: [] },
  { unit: 2, stt: 3, fullName: 'Bế Minh Đức', dateOfBirth: '1974-02-15', gender: 'male', ethnicity: 'Tày', partyJoinDate: '1998-01-24', naTerms: ['XIV'] },
  { unit: 2, stt: 4, fullName: 'Lý Việt Phú', dateOfBirth: '1972-11-15', gender: 'male', ethnicity: 'Nùng', partyJoinDate: '1991-05-24', naTerms: [] },
  { unit: 2, stt: 5, fullName: 'Nguyễn Đình Việt', dateOfBirth: '1977-07-09', gender: 'male', ethnicity: 'Kinh', partyJoinDate: '2007-05-19', naTerms: [] },
];

export function realNominee(row: RealRow, overrides: Partial<NomineeInput> = {}): NomineeInput {
  return {
    id: `cb${row.unit}-${row.stt}`,
    ...overrides,
    person: {
      fullName: row.fullName,
      dateOfBirth: row.dateOfBirth,
      gender: row.gender,
      ethnicity: row.ethnicity,
      partyJoinDate: row.partyJoinDate,
      incumbencies: row.naTerms.map((term) => ({ bodyKind: 'national-assembly' as const, term })),
      ...overrides.person,
    },
    nomination: {
      bodyId: 'na-xv',
      origin: 'local',
      constituencyId: `cb-${row.unit}`,
      stage: 'official',
      listNumber: row.stt,
      ...overrides.nomination,
    },
  };
}

/** The Cao Bằng NA list of 2021: 2 constituencies of 3 seats, 10 candidates (3 women, 7 ethnic minority). */
export function caoBang(): DatasetInput & { nominees: NomineeInput[] } {
  return {
    elections: [{ id: 'e2021', name: 'Bầu cử đại biểu Quốc hội khóa XV', electionDay: '2021-05-23', rulePack: 'vn-2021' }],
    administrativeUnits: [
      { id: '04', code: '04', name: 'Cao Bằng', fullName: 'Tỉnh Cao Bằng', level: 'province', kind: 'province' },
    ],
    bodies: [{ id: 'na-xv', electionId: 'e2021', kind: 'national-assembly', term: 'XV', name: 'Quốc hội khóa XV', totalSeats: 500 }],
    constituencies: [1, 2].map((n) => ({
      id: `cb-${n}`,
      bodyId: 'na-xv',
      unitId: '04',
      number: n,
      seats: 3,
      declaredCandidates: 5,
    })),
    nominees: CAO_BANG_2021.map((row) => realNominee(row)),
  };
}

/** A provincial council of Cao Bằng with one constituency, for the council rules. */
export function caoBangCouncil(seats: number, candidates: number): DatasetInput & { nominees: NomineeInput[] } {
  const base = caoBang();
  return {
    ...base,
    administrativeUnits: [
      ...(base.administrativeUnits ?? []),
      { id: '04-001', name: 'Thục Phán', level: 'commune', kind: 'ward', parentId: '04' },
      { id: '01', name: 'Hà Nội', level: 'province', kind: 'city' },
    ],
    bodies: [
      ...(base.bodies ?? []),
      { id: 'pc-04', electionId: 'e2021', kind: 'provincial-council', term: '2021-2026', unitId: '04', totalSeats: 50 },
    ],
    constituencies: [{ id: 'pc-04-1', bodyId: 'pc-04', unitId: '04', number: 1, seats }],
    nominees: CAO_BANG_2021.slice(0, candidates).map((row, i) =>
      realNominee(row, {
        id: `pc-${i + 1}`,
        person: { residenceUnitId: '04-001' } as NomineeInput['person'],
        nomination: { bodyId: 'pc-04', origin: 'local', constituencyId: 'pc-04-1', stage: 'official' },
      }),
    ),
  };
}
