/**
 * The report as plain sheets (a name, a header row, rows of numbers and strings) that an XLSX or CSV writer
 * can write without knowing the report. Only rows with something in them are listed, each sheet closing
 * with its total, as the narrative leaves out empty categories.
 */
import type { Locale } from '@ungcu/core/rules';
import type { ProgrammeCounts } from '../programme/progress';
import type { DeadlineStatus } from './deadlines';
import { PURPOSE_LABELS, RECIPIENT_LABELS, STAGE_LABELS } from './labels';
import type { QuarterlyReport } from './report';

export type Cell = string | number;

export interface ReportSheet {
  /** Stable id for code: 'vetting', 'proposals', 'pipeline', 'deadlines'. */
  readonly id: 'vetting' | 'proposals' | 'pipeline' | 'deadlines';
  /** Shown name, at most 31 characters (the XLSX limit). */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

type Words = Readonly<Record<Locale, string>>;
const T = {
  total: { vi: 'Tổng cộng', en: 'Total' },
  sum: { vi: 'Tổng', en: 'All' },
  vetting: { vi: 'Thẩm định nhân sự', en: 'Vetting' },
  purpose: { vi: 'Mục đích', en: 'Purpose' },
  central: { vi: 'Diện Trung ương quản lý', en: 'Central management' },
  local: { vi: 'Diện địa phương quản lý', en: 'Local management' },
  unspecified: { vi: 'Chưa xác định diện', en: 'Level not recorded' },
  proposals: { vi: 'Đề án', en: 'Proposals' },
  recipient: { vi: 'Cơ quan trình', en: 'Submitted to' },
  planned: { vi: 'Kế hoạch quý', en: 'Planned for the quarter' },
  delivered: { vi: 'Đã trình theo kế hoạch', en: 'Submitted as planned' },
  submittedOutsidePlan: { vi: 'Trình ngoài kế hoạch quý', en: "Submitted outside the quarter's plan" },
  submitted: { vi: 'Trình trong quý', en: 'Submitted in the quarter' },
  adopted: { vi: 'Được thông qua', en: 'Adopted' },
  carriedOver: { vi: 'Chuyển sang quý sau', en: 'Carried over' },
  withdrawn: { vi: 'Rút khỏi chương trình', en: 'Withdrawn' },
  pipeline: { vi: 'Người ứng cử', en: 'Nominees' },
  stage: { vi: 'Chuyển sang bước', en: 'Moved to' },
  moves: { vi: 'Số lượt', en: 'Moves' },
  deadlines: { vi: 'Mốc thời gian', en: 'Deadlines' },
  milestone: { vi: 'Mã mốc', en: 'Step id' },
  title: { vi: 'Nội dung', en: 'Step' },
  due: { vi: 'Hạn', en: 'Due' },
  status: { vi: 'Kết quả', en: 'Result' },
  recorded: { vi: 'Lượt ghi nhận', en: 'Moves recorded' },
  late: { vi: 'Sau hạn', en: 'After the deadline' },
  early: { vi: 'Trước ngày bắt đầu', en: 'Before the first day' },
} as const satisfies Record<string, Words>;

const STATUS: Readonly<Record<DeadlineStatus, Words>> = {
  met: { vi: 'Đúng hạn', en: 'Met' },
  missed: { vi: 'Không đúng hạn', en: 'Missed' },
  pending: { vi: 'Chưa đến hạn', en: 'Not yet due' },
  'not-tracked': { vi: 'Không theo dõi qua hồ sơ người ứng cử', en: 'Not tracked in the nominees’ history' },
};

const PROGRAMME_COLUMNS = ['planned', 'delivered', 'submittedOutsidePlan', 'submitted', 'adopted', 'carriedOver', 'withdrawn'] as const satisfies readonly (keyof ProgrammeCounts)[];

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export function quarterlyReportTables(report: QuarterlyReport, locale: Locale): ReportSheet[] {
  const { vetting, proposals, pipeline, deadlines } = report;
  const sheets: ReportSheet[] = [
    {
      id: 'vetting',
      name: T.vetting[locale],
      header: [T.purpose[locale], T.central[locale], T.local[locale], T.unspecified[locale], T.sum[locale]],
      rows: [
        ...vetting.byPurpose.map((r) => [capitalize(PURPOSE_LABELS[r.purpose][locale]), r.central, r.local, r.unspecified, r.total]),
        [T.total[locale], vetting.byLevel.central, vetting.byLevel.local, vetting.byLevel.unspecified, vetting.total],
      ],
    },
    {
      id: 'proposals',
      name: T.proposals[locale],
      header: [T.recipient[locale], ...PROGRAMME_COLUMNS.map((k) => T[k][locale])],
      rows: [
        ...proposals.rows.map((r) => [capitalize(RECIPIENT_LABELS[r.recipient][locale]), ...PROGRAMME_COLUMNS.map((k) => r[k])]),
        [T.total[locale], ...PROGRAMME_COLUMNS.map((k) => proposals.totals[k])],
      ],
    },
    {
      id: 'pipeline',
      name: T.pipeline[locale],
      header: [T.stage[locale], T.moves[locale]],
      rows: [...pipeline.byStage.map((s) => [capitalize(STAGE_LABELS[s.stage][locale]), s.moves]), [T.total[locale], pipeline.moves]],
    },
  ];
  if (deadlines !== undefined) {
    sheets.push({
      id: 'deadlines',
      name: T.deadlines[locale],
      header: [T.milestone[locale], T.title[locale], T.due[locale], T.status[locale], T.recorded[locale], T.late[locale], T.early[locale]],
      rows: deadlines.items.map((i) => [i.milestoneId, i.title[locale], i.due, STATUS[i.status][locale], i.moves, i.lateMoves, i.earlyMoves]),
    });
  }
  return sheets;
}
