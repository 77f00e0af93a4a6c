/**
 * What Party guidance on age needs to know about a person: sector, Central Committee and Standing Committee
 * membership. The explicit fields of the model (`person.sector`, `centralCommitteeMember`,
 * `naStandingCommitteeMember`) decide when present. Without them, the words of the official list's
 * "Nghề nghiệp, chức vụ" and "Nơi công tác" columns are a hint, documented in the rules' docs pages:
 *
 * - a general's or officer's rank (Đại tướng … Thiếu tá, Đô đốc) means the army, or the police when the
 *   occupation or workplace names "Công an"; not when the workplace is a veterans' association, whose
 *   members hold a retired rank;
 * - "Ủy viên (dự khuyết) Ban Chấp hành Trung ương Đảng", "Ủy viên Trung ương Đảng", "Ủy viên Bộ Chính trị",
 *   "Bí thư Trung ương Đảng", "Tổng Bí thư" mean a Central Committee member (Politburo and Secretariat
 *   members sit on it); "Ban Chấp hành Trung ương Hội …" of an association does not;
 * - "Ủy viên Ủy ban Thường vụ Quốc hội", "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội" mean a Standing
 *   Committee member;
 * - a workplace that is a Party committee, a state body or the Fatherland Front (Bộ, Vụ, Sở, Ủy ban nhân
 *   dân, Hội đồng nhân dân, Tỉnh ủy, Văn phòng Quốc hội, Ủy ban Mặt trận Tổ quốc…) means an official.
 *
 * Anything else is unknown: the rules then say the data cannot tell rather than guess.
 */
import type { Person, PersonSector } from '@ungcu/core';
import { comparisonKey } from '@ungcu/core/text';

/** A fact and where it came from: the explicit field, or the hint in the list's text. */
export interface PersonFact<T> {
  readonly value: T;
  readonly source: 'field' | 'hint';
}

/** Punctuation to spaces, then core's comparison key, padded so phrases match on word boundaries. */
function keyOf(text: string | undefined): string {
  if (text === undefined) return ' ';
  return ` ${comparisonKey(text.replace(/[.,;:()[\]{}"“”'‘’/\\|!?–—-]+/gu, ' '))} `;
}

const phrases = (list: readonly string[]): string[] => list.map((p) => keyOf(p));

const RANKS = phrases([
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đô đốc',
  'Phó Đô đốc',
  'Chuẩn Đô đốc',
]);
const POLICE = phrases(['Công an']);
const VETERANS = phrases(['Cựu chiến binh']);
const CENTRAL_COMMITTEE = phrases([
  'Ủy viên Ban Chấp hành Trung ương Đảng',
  'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng',
  'Ủy viên Trung ương Đảng',
  'Ủy viên Bộ Chính trị',
  'Bí thư Trung ương Đảng',
  'Tổng Bí thư',
]);
const STANDING_COMMITTEE = phrases(['Ủy viên Ủy ban Thường vụ Quốc hội', 'Chủ tịch Quốc hội']);
const OFFICIAL_WORKPLACES = phrases([
  'Bộ',
  'Vụ',
  'Sở',
  'Cục',
  'Tổng cục',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Quận ủy',
  'Văn phòng Quốc hội',
  'Văn phòng Chủ tịch nước',
  'Văn phòng Chính phủ',
  'Văn phòng Trung ương Đảng',
  'Đoàn đại biểu Quốc hội',
  'Hội đồng Dân tộc',
  'Ủy ban Mặt trận Tổ quốc',
  'Ủy ban Trung ương Mặt trận Tổ quốc',
  'Tòa án nhân dân',
  'Viện kiểm sát nhân dân',
  'Kiểm toán nhà nước',
  'Thanh tra Chính phủ',
]);
// "Ban Tổ chức Trung ương", "Ban Dân vận Trung ương", "Ủy ban Kiểm tra Trung ương": a Party body at the centre.
const CENTRAL_BODY_HEADS = phrases(['Ban', 'Ủy ban']);
const CENTRAL = keyOf('Trung ương');

const includesAny = (key: string, list: readonly string[]): boolean => list.some((p) => key.includes(p));
const startsWithAny = (key: string, list: readonly string[]): boolean => list.some((p) => key.startsWith(p));

/** The person's sector: the field, else the hint of the list's text, else undefined (the data cannot tell). */
export function sectorOf(person: Person): PersonFact<PersonSector> | undefined {
  if (person.sector !== undefined) return { value: person.sector, source: 'field' };
  const occupation = keyOf(person.occupation);
  const workplace = keyOf(person.workplace);
  if (includesAny(occupation, RANKS) && !includesAny(workplace, VETERANS)) {
    const police = includesAny(occupation, POLICE) || includesAny(workplace, POLICE);
    return { value: police ? 'police' : 'army', source: 'hint' };
  }
  const centralBody = startsWithAny(workplace, CENTRAL_BODY_HEADS) && workplace.includes(CENTRAL);
  if (centralBody || startsWithAny(workplace, OFFICIAL_WORKPLACES)) {
    return { value: 'official', source: 'hint' };
  }
  return undefined;
}

/** Central Committee membership: the field, else the hint; undefined when neither says yes. */
export function centralCommitteeOf(person: Person): PersonFact<boolean> | undefined {
  if (person.centralCommitteeMember !== undefined) return { value: person.centralCommitteeMember, source: 'field' };
  return includesAny(keyOf(person.occupation), CENTRAL_COMMITTEE) ? { value: true, source: 'hint' } : undefined;
}

/** Standing Committee membership: the field, else the hint; undefined when neither says yes. */
export function standingCommitteeOf(person: Person): PersonFact<boolean> | undefined {
  if (person.naStandingCommitteeMember !== undefined) {
    return { value: person.naStandingCommitteeMember, source: 'field' };
  }
  return includesAny(keyOf(person.occupation), STANDING_COMMITTEE) ? { value: true, source: 'hint' } : undefined;
}
