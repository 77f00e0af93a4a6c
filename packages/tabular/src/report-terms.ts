/**
 * The words of a validation report's tables, in Vietnamese and English: column headers, scope names and
 * severities. Vietnamese terms follow the glossary (shared/domain/glossary.md) and the rule packs' wording, so a
 * sheet says "Người ngoài Đảng" where a finding's message does.
 */
import type { CompositionCount, CompositionScope, Locale, LocalizedMessage, Scope, Severity } from '@ungcu/core/rules';

/** The counts in the order the tables print them (the order officials' composition tables use). */
export const REPORT_COUNTS: readonly CompositionCount[] = [
  'women',
  'ethnicMinority',
  'young',
  'nonParty',
  'incumbents',
  'selfNominated',
  'central',
  'local',
  'fullTime',
];

/** A count's column header, and the header of its share of the nominees. */
export const COUNT_TERMS: Readonly<Record<CompositionCount, { readonly count: LocalizedMessage; readonly share: LocalizedMessage }>> = {
  women: { count: { vi: 'Phụ nữ', en: 'Women' }, share: { vi: 'Tỷ lệ phụ nữ', en: 'Share of women' } },
  ethnicMinority: {
    count: { vi: 'Người dân tộc thiểu số', en: 'Ethnic minorities' },
    share: { vi: 'Tỷ lệ người dân tộc thiểu số', en: 'Share of ethnic minorities' },
  },
  young: { count: { vi: 'Người trẻ tuổi', en: 'Young' }, share: { vi: 'Tỷ lệ người trẻ tuổi', en: 'Share of young' } },
  nonParty: { count: { vi: 'Người ngoài Đảng', en: 'Non-party' }, share: { vi: 'Tỷ lệ người ngoài Đảng', en: 'Share of non-party' } },
  incumbents: { count: { vi: 'Tái cử', en: 'Re-running incumbents' }, share: { vi: 'Tỷ lệ tái cử', en: 'Share of re-running incumbents' } },
  selfNominated: { count: { vi: 'Tự ứng cử', en: 'Self-nominated' }, share: { vi: 'Tỷ lệ tự ứng cử', en: 'Share of self-nominated' } },
  central: { count: { vi: 'Trung ương', en: 'Central' }, share: { vi: 'Tỷ lệ trung ương', en: 'Share of central' } },
  local: { count: { vi: 'Địa phương', en: 'Local' }, share: { vi: 'Tỷ lệ địa phương', en: 'Share of local' } },
  fullTime: { count: { vi: 'Chuyên trách', en: 'Full-time' }, share: { vi: 'Tỷ lệ chuyên trách', en: 'Share of full-time' } },
};

/** The other columns of a composition table and of the findings and not-checked tables. */
export const COLUMN_TERMS = {
  scope: { vi: 'Phạm vi', en: 'Scope' },
  id: { vi: 'Mã', en: 'Id' },
  name: { vi: 'Tên', en: 'Name' },
  body: { vi: 'Cơ quan', en: 'Body' },
  nominees: { vi: 'Số người ứng cử', en: 'Nominees' },
  seats: { vi: 'Số đại biểu được bầu', en: 'Seats' },
  constituencies: { vi: 'Số đơn vị bầu cử', en: 'Constituencies' },
  failing: { vi: 'Không đạt', en: 'Failing' },
  severity: { vi: 'Mức độ', en: 'Severity' },
  rule: { vi: 'Quy tắc', en: 'Rule' },
  targetId: { vi: 'Mã đối tượng', en: 'Target id' },
  target: { vi: 'Đối tượng', en: 'Target' },
  message: { vi: 'Nội dung', en: 'Message' },
  fix: { vi: 'Cách khắc phục', en: 'Fix' },
  citation: { vi: 'Căn cứ', en: 'Source' },
  docs: { vi: 'Hướng dẫn', en: 'Docs' },
  reason: { vi: 'Lý do', en: 'Reason' },
} as const satisfies Readonly<Record<string, LocalizedMessage>>;

/** A scope's table (and sheet) title: what its rows are. */
export const SCOPE_TITLES: Readonly<Record<CompositionScope, LocalizedMessage>> = {
  election: { vi: 'Toàn cuộc bầu cử', en: 'Election' },
  body: { vi: 'Cơ quan', en: 'Bodies' },
  unit: { vi: 'Đơn vị hành chính', en: 'Administrative units' },
  constituency: { vi: 'Đơn vị bầu cử', en: 'Constituencies' },
};

/** What a finding's target is, one of it. */
export const TARGET_TERMS: Readonly<Record<Scope, LocalizedMessage>> = {
  election: { vi: 'Cuộc bầu cử', en: 'Election' },
  body: { vi: 'Cơ quan', en: 'Body' },
  unit: { vi: 'Đơn vị hành chính', en: 'Administrative unit' },
  constituency: { vi: 'Đơn vị bầu cử', en: 'Constituency' },
  nominee: { vi: 'Người ứng cử', en: 'Nominee' },
};

/** As core's formatReport prints them, in sentence case for a cell. */
export const SEVERITY_TERMS: Readonly<Record<Severity, LocalizedMessage>> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Thông tin', en: 'Info' },
};

/** The titles of the findings and not-checked tables and of the summary. */
export const TABLE_TITLES = {
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  findings: { vi: 'Phát hiện', en: 'Findings' },
  notChecked: { vi: 'Chưa kiểm tra', en: 'Not checked' },
} as const satisfies Readonly<Record<string, LocalizedMessage>>;

export const SUMMARY_TERMS = {
  packs: { vi: 'Bộ quy tắc', en: 'Rule packs' },
  stage: { vi: 'Giai đoạn', en: 'Stage' },
  allStages: { vi: 'Mọi giai đoạn', en: 'All stages' },
  errors: { vi: 'Số lỗi', en: 'Errors' },
  warnings: { vi: 'Số cảnh báo', en: 'Warnings' },
  infos: { vi: 'Số thông tin', en: 'Infos' },
  notChecked: { vi: 'Số quy tắc chưa kiểm tra', en: 'Rules not checked' },
} as const satisfies Readonly<Record<string, LocalizedMessage>>;

export const term = (message: LocalizedMessage, locale: Locale): string => message[locale];
