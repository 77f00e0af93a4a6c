/**
 * The names of a nominee's fields for people, in both languages: "Ngày sinh" / "Date of birth". One table,
 * so the change list of a re-import ("ngày sinh 01/02/1970 → 02/01/1970") and the nominee template's column
 * headers (in @ungcu/tabular, which reads them from here) can never name a field two ways.
 */
import type { LocalizedText } from '../model/primitives';

/** Every nominee field a column of the nominee template holds as such, by its dotted path, as a header writes it. */
export const NOMINEE_FIELD_LABELS = {
  'nomination.listNumber': { vi: 'STT', en: 'List number' },
  'person.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'person.alias': { vi: 'Tên gọi khác', en: 'Other name' },
  'person.dateOfBirth': { vi: 'Ngày sinh', en: 'Date of birth' },
  'person.gender': { vi: 'Giới tính', en: 'Gender' },
  'person.nationality': { vi: 'Quốc tịch', en: 'Nationality' },
  'person.ethnicity': { vi: 'Dân tộc', en: 'Ethnicity' },
  'person.religion': { vi: 'Tôn giáo', en: 'Religion' },
  'person.hometown': { vi: 'Quê quán', en: 'Hometown' },
  'person.residence': { vi: 'Nơi ở hiện nay', en: 'Residence' },
  'person.education.general': { vi: 'Giáo dục phổ thông', en: 'Education: general' },
  'person.education.professional': { vi: 'Chuyên môn, nghiệp vụ', en: 'Education: professional' },
  'person.education.academicTitle': { vi: 'Học hàm, học vị', en: 'Academic title and degree' },
  'person.education.politicalTheory': { vi: 'Lý luận chính trị', en: 'Political theory' },
  'person.education.foreignLanguage': { vi: 'Ngoại ngữ', en: 'Foreign language' },
  'person.occupation': { vi: 'Nghề nghiệp, chức vụ', en: 'Occupation and position' },
  'person.workplace': { vi: 'Nơi công tác', en: 'Workplace' },
  'person.partyJoinDate': { vi: 'Ngày vào Đảng', en: 'Party join date' },
  'nomination.origin': { vi: 'Nguồn giới thiệu', en: 'Origin' },
  'nomination.stage': { vi: 'Giai đoạn', en: 'Stage' },
  'nomination.status': { vi: 'Tình trạng', en: 'Status' },
  'nomination.statusReason': { vi: 'Lý do', en: 'Reason' },
  'nomination.fullTime': { vi: 'Dự kiến chuyên trách', en: 'Expected full-time deputy' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

export type NomineeFieldPath = keyof typeof NOMINEE_FIELD_LABELS;
