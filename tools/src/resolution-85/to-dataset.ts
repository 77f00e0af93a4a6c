/**
 * Turns the parsed resolution into project data: the 2026 election, the 16th National Assembly (500 seats),
 * the 34 provinces with their official codes (matched by name against examples/data/vn-admin-units-2025) and
 * the 182 constituencies. Counts the resolution states but that do not add up are problems, not fixed.
 */
import type { DatasetInput } from '@ungcu/core';
import { findAdminUnit } from '@ungcu/core/text';
import type { Resolution85, ResolutionProblem } from './parse';

export interface ReferenceProvince {
  readonly Code: string;
  readonly Name: string;
  readonly FullName: string;
}

export const ELECTION_ID = 'vn-na-2026';
export const BODY_ID = 'na-xvi';

export interface ConversionResult {
  readonly data: DatasetInput;
  readonly problems: readonly ResolutionProblem[];
}

export function resolutionToDataset(resolution: Resolution85, reference: readonly ReferenceProvince[]): ConversionResult {
  const problems: ResolutionProblem[] = [...resolution.problems];
  const names = reference.map((p) => p.FullName);
  const units: NonNullable<DatasetInput['administrativeUnits']> = [];
  const constituencies: NonNullable<DatasetInput['constituencies']> = [];
  for (const province of resolution.provinces) {
    const match = findAdminUnit(province.name, names);
    const ref = match === undefined ? undefined : reference[match.index];
    if (ref === undefined) {
      problems.push({
        line: province.line,
        message: {
          vi: `Dòng ${province.line}: không tìm thấy "${province.name}" trong danh mục đơn vị hành chính 2025`,
          en: `Line ${province.line}: "${province.name}" is not in the 2025 list of administrative units`,
        },
      });
      continue;
    }
    const seats = province.constituencies.reduce((sum, c) => sum + c.seats, 0);
    if (province.constituencies.length !== province.constituenciesStated || seats !== province.seatsStated) {
      problems.push({
        line: province.line,
        message: {
          vi: `Dòng ${province.line}: ${province.name} ghi ${province.constituenciesStated} đơn vị, ${province.seatsStated} đại biểu nhưng liệt kê ${province.constituencies.length} đơn vị, ${seats} đại biểu`,
          en: `Line ${province.line}: ${province.name} states ${province.constituenciesStated} constituencies and ${province.seatsStated} seats but lists ${province.constituencies.length} and ${seats}`,
        },
      });
    }
    units.push({
      id: ref.Code,
      code: ref.Code,
      name: ref.Name,
      fullName: ref.FullName,
      level: 'province',
      kind: ref.FullName.startsWith('Thành phố') ? 'city' : 'province',
    });
    for (const c of province.constituencies) {
      constituencies.push({
        id: `${BODY_ID}/${ref.Code}-${c.number}`,
        bodyId: BODY_ID,
        unitId: ref.Code,
        number: c.number,
        description: c.description,
        seats: c.seats,
      });
    }
  }
  if (resolution.totalConstituencies !== constituencies.length) {
    problems.push({
      line: 0,
      message: {
        vi: `Điều 1 ghi ${resolution.totalConstituencies} đơn vị bầu cử nhưng Điều 2 liệt kê ${constituencies.length}`,
        en: `Article 1 states ${resolution.totalConstituencies} constituencies but Article 2 lists ${constituencies.length}`,
      },
    });
  }
  return {
    data: {
      elections: [
        {
          id: ELECTION_ID,
          name: 'Bầu cử đại biểu Quốc hội khóa XVI',
          electionDay: '2026-03-15',
          rulePack: 'vn-2026',
          notes: 'Nghị quyết 199/2025/QH15 ngày 21/5/2025 ấn định ngày bầu cử',
        },
      ],
      bodies: [
        {
          id: BODY_ID,
          electionId: ELECTION_ID,
          kind: 'national-assembly',
          term: 'XVI',
          name: 'Quốc hội khóa XVI',
          totalSeats: 500,
        },
      ],
      administrativeUnits: units,
      constituencies,
    },
    problems,
  };
}
