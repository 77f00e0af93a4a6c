/**
 * A small dataset built from the real 2021 official list: Hà Nội constituency no. 1 of the 15th National
 * Assembly (3 seats, 5 candidates), as published on baochinhphu.vn.
 * Vietnam Elections dataset (NA15-2021), CC-BY-4.0, github.com/VietThan/vietnam-elections.
 */
import type { DatasetInput, NomineeInput } from '../src/index';

function candidate(
  id: string,
  listNumber: number,
  fullName: string,
  dateOfBirth: string,
  gender: 'male' | 'female',
  partyJoinDate: string | null,
  naTerms: string[],
): NomineeInput {
  return {
    id,
    person: {
      fullName,
      dateOfBirth,
      gender,
      ethnicity: 'Kinh',
      partyJoinDate,
      incumbencies: naTerms.map((term) => ({ bodyKind: 'national-assembly' as const, term })),
    },
    nomination: { bodyId: 'na-xv', origin: 'local', constituencyId: 'na-xv-01-1', stage: 'official', listNumber },
  };
}

export function hanoiUnitOne(): DatasetInput {
  return {
    elections: [{ id: 'vn-2021', name: 'Bầu cử đại biểu Quốc hội khóa XV', electionDay: '2021-05-23', rulePack: 'vn-2021' }],
    administrativeUnits: [
      { id: '01', code: '01', name: 'Hà Nội', fullName: 'Thành phố Hà Nội', level: 'province', kind: 'city' },
    ],
    bodies: [{ id: 'na-xv', electionId: 'vn-2021', kind: 'national-assembly', term: 'XV', totalSeats: 3 }],
    constituencies: [
      {
        id: 'na-xv-01-1',
        bodyId: 'na-xv',
        unitId: '01',
        number: 1,
        description: 'Gồm các quận: Ba Đình, Đống Đa và Hai Bà Trưng.',
        seats: 3,
        declaredCandidates: 5,
      },
    ],
    nominees: [
      candidate('hn1-1', 1, 'Nguyễn Trúc Anh', '1974-11-28', 'male', '2006-03-11', []),
      candidate('hn1-2', 2, 'Nguyễn Quốc Duyệt', '1968-04-08', 'male', '1987-09-15', []),
      candidate('hn1-3', 3, 'Nguyễn Phú Trọng', '1944-04-14', 'male', '1967-12-19', ['XI', 'XII', 'XIII', 'XIV']),
      candidate('hn1-4', 4, 'Nguyễn Thị Hà Tuyên', '1975-09-22', 'female', '2006-02-22', []),
      candidate('hn1-5', 5, 'Vũ Tiến Vượng', '1997-06-24', 'male', null, []),
    ],
  };
}
