/**
 * The quarterly review as a few sentences, from the numbers alone, by templates: the Vietnamese in the
 * register of the sector's own reviews ("Trong quý I/2021, thẩm định 179 lượt nhân sự diện Trung ương quản lý
 * trình Bộ Chính trị, Ban Bí thư quyết định phân công, ..."), the English saying the same. A category with
 * nothing in it is left out; a section with nothing at all says so in one plain sentence.
 */
import { formatDayFirstDate } from '@ungcu/core/text';
import type { Locale } from '@ungcu/core/rules';
import { formatQuarter } from '../programme/quarter';
import type { ProgrammeCounts } from '../programme/progress';
import type { DeadlineItem } from './deadlines';
import {
  joinList,
  LEVEL_LABELS,
  PURPOSE_LABELS,
  RECIPIENT_GROUPS,
  RECIPIENT_LABELS,
  STAGE_LABELS,
  type LevelKey,
} from './labels';
import { formatCount, formatSmallCount } from './numbers';
import type { QuarterlyReport } from './report';

const LEVELS: readonly LevelKey[] = ['central', 'local', 'unspecified'];

/** Who decides on the cases of each level. */
const DECIDER: Readonly<Record<LevelKey, Readonly<Record<Locale, string>>>> = {
  central: { vi: 'trình Bộ Chính trị, Ban Bí thư quyết định', en: 'for the Politburo and the Secretariat to decide on' },
  local: { vi: 'trình cấp có thẩm quyền quyết định', en: 'for the competent level to decide on' },
  unspecified: { vi: 'trình cấp có thẩm quyền quyết định', en: 'for the competent level to decide on' },
};

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

export function vettingSentence(report: QuarterlyReport, locale: Locale): string {
  const quarter = formatQuarter(report.quarter, locale);
  const { vetting } = report;
  if (vetting.total === 0) {
    return locale === 'vi'
      ? `Trong ${quarter}, không có lượt nhân sự nào được thẩm định.`
      : `In ${quarter}, no cases were appraised.`;
  }
  const clauses = LEVELS.flatMap((level) => {
    const n = vetting.byLevel[level];
    if (n === 0) return [];
    const purposes = joinList(
      vetting.byPurpose.filter((row) => row[level] > 0).map((row) => PURPOSE_LABELS[row.purpose][locale]),
      locale,
    );
    const count = formatCount(n, locale);
    if (locale === 'vi') return [`thẩm định ${count} lượt nhân sự ${LEVEL_LABELS[level].vi} ${DECIDER[level].vi} ${purposes}`];
    const whom = level === 'unspecified' ? plural(n, 'case', 'cases') : plural(n, 'case of a cadre', 'cases of cadres');
    return [`appraised ${count} ${whom} ${LEVEL_LABELS[level].en} ${DECIDER[level].en} ${purposes}`];
  });
  return locale === 'vi' ? `Trong ${quarter}, ${clauses.join('; ')}.` : `In ${quarter}, ${clauses.join('; ')}.`;
}

function sumGroup(rows: QuarterlyReport['proposals']['rows']): ProgrammeCounts {
  const zero: ProgrammeCounts = { planned: 0, delivered: 0, submittedOutsidePlan: 0, submitted: 0, adopted: 0, carriedOver: 0, withdrawn: 0 };
  return rows.reduce<ProgrammeCounts>(
    (acc, r) => ({
      planned: acc.planned + r.planned,
      delivered: acc.delivered + r.delivered,
      submittedOutsidePlan: acc.submittedOutsidePlan + r.submittedOutsidePlan,
      submitted: acc.submitted + r.submitted,
      adopted: acc.adopted + r.adopted,
      carriedOver: acc.carriedOver + r.carriedOver,
      withdrawn: acc.withdrawn + r.withdrawn,
    }),
    zero,
  );
}

function proposalClausesVi(label: string, adoptedBy: string, c: ProgrammeCounts): string[] {
  const w = (n: number) => formatSmallCount(n, 'vi');
  const clauses: string[] = [];
  if (c.planned > 0 && c.delivered > 0) {
    clauses.push(
      `trình ${label} ${formatCount(c.delivered, 'vi')}/${formatCount(c.planned, 'vi')} đề án theo Chương trình công tác của quý` +
        (c.submittedOutsidePlan > 0 ? `, thêm ${w(c.submittedOutsidePlan)} đề án ngoài kế hoạch quý` : ''),
    );
  } else if (c.planned > 0) {
    clauses.push(
      `chưa trình ${label} đề án nào trong số ${w(c.planned)} đề án theo Chương trình công tác của quý` +
        (c.submittedOutsidePlan > 0 ? `, nhưng đã trình ${w(c.submittedOutsidePlan)} đề án ngoài kế hoạch quý` : ''),
    );
  } else if (c.submittedOutsidePlan > 0) {
    clauses.push(`trình ${label} ${w(c.submittedOutsidePlan)} đề án ngoài kế hoạch quý`);
  }
  if (c.adopted > 0) clauses.push(`${adoptedBy} đã thông qua ${w(c.adopted)} đề án`);
  if (c.carriedOver > 0) clauses.push(`${w(c.carriedOver)} đề án chuyển sang quý sau`);
  if (c.withdrawn > 0) clauses.push(`${w(c.withdrawn)} đề án được rút khỏi Chương trình công tác`);
  return clauses;
}

function proposalClausesEn(label: string, adoptedBy: string, c: ProgrammeCounts): string[] {
  const w = (n: number) => formatSmallCount(n, 'en');
  const proposals = (n: number) => `${w(n)} ${plural(n, 'proposal', 'proposals')}`;
  const clauses: string[] = [];
  if (c.planned > 0 && c.delivered > 0) {
    clauses.push(
      `submitted to ${label} ${formatCount(c.delivered, 'en')} of the ${formatCount(c.planned, 'en')} ${plural(c.planned, 'proposal', 'proposals')} the work programme planned for the quarter` +
        (c.submittedOutsidePlan > 0 ? `, and ${proposals(c.submittedOutsidePlan)} outside the quarter's plan` : ''),
    );
  } else if (c.planned > 0) {
    clauses.push(
      `submitted to ${label} none of the ${proposals(c.planned)} the work programme planned for the quarter` +
        (c.submittedOutsidePlan > 0 ? `, but ${proposals(c.submittedOutsidePlan)} outside the quarter's plan` : ''),
    );
  } else if (c.submittedOutsidePlan > 0) {
    clauses.push(`submitted to ${label} ${proposals(c.submittedOutsidePlan)} outside the quarter's plan`);
  }
  if (c.adopted > 0) clauses.push(`${adoptedBy} adopted ${proposals(c.adopted)}`);
  if (c.carriedOver > 0) clauses.push(`${proposals(c.carriedOver)} ${plural(c.carriedOver, 'is', 'are')} carried over to the next quarter`);
  if (c.withdrawn > 0) clauses.push(`${proposals(c.withdrawn)} ${plural(c.withdrawn, 'was', 'were')} withdrawn from the programme`);
  return clauses;
}

/** One sentence per recipient (the Politburo and the Secretariat together), or one saying there was none. */
export function proposalSentences(report: QuarterlyReport, locale: Locale): string[] {
  const sentences = RECIPIENT_GROUPS.flatMap((group) => {
    const rows = report.proposals.rows.filter((r) => group.includes(r.recipient));
    if (rows.length === 0) return [];
    const label = joinList(
      rows.map((r) => RECIPIENT_LABELS[r.recipient][locale]),
      locale,
    );
    // Adoption is said of the bodies that adopted, not of the whole pair.
    const adoptedBy = joinList(
      rows.filter((r) => r.adopted > 0).map((r) => RECIPIENT_LABELS[r.recipient][locale]),
      locale,
    );
    const counts = sumGroup(rows);
    const clauses = locale === 'vi' ? proposalClausesVi(label, adoptedBy, counts) : proposalClausesEn(label, adoptedBy, counts);
    return clauses.length === 0 ? [] : [`${capitalize(clauses.join('; '))}.`];
  });
  if (sentences.length > 0) return sentences;
  const quarter = formatQuarter(report.quarter, locale);
  return [
    locale === 'vi'
      ? `Trong ${quarter}, không có đề án nào theo kế hoạch hoặc được trình.`
      : `In ${quarter}, no proposals were planned or submitted.`,
  ];
}

/** The nominees' moves, when the report covers an election or recorded any. */
export function pipelineSentence(report: QuarterlyReport, locale: Locale): string[] {
  const { pipeline } = report;
  if (pipeline.moves === 0) {
    if (pipeline.electionId === undefined) return [];
    return [
      locale === 'vi'
        ? 'Không ghi nhận lượt chuyển bước nào của người ứng cử trong quý.'
        : 'No moves of nominees were recorded in the quarter.',
    ];
  }
  const parts = pipeline.byStage.map((s) =>
    locale === 'vi'
      ? `${formatCount(s.moves, 'vi')} lượt ${STAGE_LABELS[s.stage].vi}`
      : `${formatCount(s.moves, 'en')} ${STAGE_LABELS[s.stage].en}`,
  );
  return [
    locale === 'vi'
      ? `Ghi nhận ${formatCount(pipeline.moves, 'vi')} lượt chuyển bước của ${formatCount(pipeline.nominees, 'vi')} người ứng cử: ${parts.join(', ')}.`
      : `Recorded ${formatCount(pipeline.moves, 'en')} ${plural(pipeline.moves, 'move', 'moves')} of ${formatCount(pipeline.nominees, 'en')} ${plural(pipeline.nominees, 'nominee', 'nominees')}: ${joinList(parts, 'en')}.`,
  ];
}

function missedDetail(item: DeadlineItem, locale: Locale): string {
  const title = item.title[locale];
  if (locale === 'vi') {
    const due = formatDayFirstDate(item.due);
    if (item.reason === 'late') return `${title} (hạn ${due}, ${formatCount(item.lateMoves, 'vi')} lượt ghi nhận sau hạn)`;
    if (item.reason === 'early') return `${title} (từ ${formatDayFirstDate(item.date)}, ${formatCount(item.earlyMoves, 'vi')} lượt ghi nhận trước ngày bắt đầu)`;
    return `${title} (hạn ${due}, chưa ghi nhận thực hiện)`;
  }
  if (item.reason === 'late') return `${title} (due ${item.due}, ${formatCount(item.lateMoves, 'en')} ${plural(item.lateMoves, 'move', 'moves')} recorded after it)`;
  if (item.reason === 'early') return `${title} (from ${item.date}, ${formatCount(item.earlyMoves, 'en')} ${plural(item.earlyMoves, 'move', 'moves')} recorded before it)`;
  return `${title} (due ${item.due}, nothing recorded)`;
}

/** Deadlines of the election calendar judged in the quarter; steps the history cannot show are only counted. */
export function deadlineSentence(report: QuarterlyReport, locale: Locale): string[] {
  const d = report.deadlines;
  if (d === undefined || d.met + d.missed + d.pending === 0) return [];
  const met = d.items.filter((i) => i.status === 'met').map((i) => i.title[locale]);
  const missed = d.items.filter((i) => i.status === 'missed').map((i) => missedDetail(i, locale));
  const clauses: string[] = [];
  if (locale === 'vi') {
    if (met.length > 0) clauses.push(`${formatCount(met.length, 'vi')} mốc đúng hạn (${met.join('; ')})`);
    if (missed.length > 0) clauses.push(`${formatCount(missed.length, 'vi')} mốc không đúng hạn: ${missed.join('; ')}`);
    if (d.pending > 0) clauses.push(`${formatCount(d.pending, 'vi')} mốc chưa đến hạn`);
    return [`Đối chiếu lịch bầu cử, trong các mốc đến hạn trong quý có ${clauses.join('; ')}.`];
  }
  if (met.length > 0) clauses.push(`${formatCount(met.length, 'en')} ${plural(met.length, 'step was', 'steps were')} done on time (${met.join('; ')})`);
  if (missed.length > 0) clauses.push(`${formatCount(missed.length, 'en')} ${plural(missed.length, 'was', 'were')} missed: ${missed.join('; ')}`);
  if (d.pending > 0) clauses.push(`${formatCount(d.pending, 'en')} ${plural(d.pending, 'is', 'are')} not yet due`);
  return [`Against the election calendar, of the steps due in the quarter, ${clauses.join('; ')}.`];
}

/** The review as sentences, in order: vetting, proposals, nominees, deadlines. */
export function quarterlyNarrative(report: QuarterlyReport, locale: Locale): string[] {
  return [
    vettingSentence(report, locale),
    ...proposalSentences(report, locale),
    ...pipelineSentence(report, locale),
    ...deadlineSentence(report, locale),
  ];
}
