/**
 * reportDocument(): a validation report (core's Report) as a document: the Decree 30 heading and title, the
 * summary and findings, the composition table per scope, and, for each National Assembly list, the share of
 * women, ethnic minorities, young and non-party people per province against the thresholds, as SVG charts.
 * Each part starts a section (a new page); the charts are drawn only when the renderer reaches them.
 */
import type { Dataset } from '@ungcu/core';
import type { DocumentHeading } from '@ungcu/core/export';
import type { CompositionRow, Locale, Report, RulePack } from '@ungcu/core/rules';
import { formatCitation, formatPercent } from '@ungcu/core/rules';
import { formatDayFirstDate, toNfc } from '@ungcu/core/text';
import { provinceShareChart, attributeWords } from './charts';
import type { RuleColumn } from '@ungcu/tabular';
import { compositionBlocks } from './composition-table';
import { findingBlocks, summaryBlocks } from './findings';
import { administrativeHeading } from './heading';
import type { Block, DocumentModel, Section } from './model';
import { signatureBlock } from './signature';
import { CHART_ATTRIBUTES, resolveThresholds, type Threshold, type ThresholdOptions, type Thresholds } from './thresholds';

export interface ReportDocumentOptions {
  /** Language of the document's own words; default the report's. Findings print as the report rendered them. */
  readonly locale?: Locale;
  /** The Decree 30 heading and signature block; absent parts print as dotted blanks. */
  readonly heading?: DocumentHeading;
  /** The pack the report was made with: the charts' thresholds default to its rules' effective options. */
  readonly pack?: RulePack;
  /** Thresholds (shares, 0..1) that override the pack's; `null` draws no line for that attribute. */
  readonly thresholds?: ThresholdOptions;
  /** The font family of the charts' text; default 'Tinos', the serif the PDF and DOCX renderers embed. */
  readonly fontFamily?: string;
  /** The composition column each of an agency's own rules measures, over @ungcu/tabular's VN_RULE_COLUMNS. */
  readonly ruleColumns?: Readonly<Record<string, RuleColumn>>;
}

const WORDS = {
  vi: {
    title: 'BÁO CÁO KẾT QUẢ KIỂM TRA DANH SÁCH NHỮNG NGƯỜI ỨNG CỬ',
    composition: 'III. CƠ CẤU, THÀNH PHẦN',
    charts: 'IV. BIỂU ĐỒ',
    election: (name: string, day: string) => `${name}, ngày bầu cử ${day}`,
    labels: { summary: 'Tóm tắt và các phát hiện', composition: 'Cơ cấu, thành phần', charts: 'Biểu đồ' },
    compositionNote: 'Mỗi ô ghi số người và tỷ lệ trên tổng số người ứng cử của danh sách; ô in đậm là ô có lỗi hoặc cảnh báo, dòng in đậm là danh sách có lỗi hoặc cảnh báo không gắn với một cột.',
    thresholdsTitle: 'Ngưỡng trên các biểu đồ',
    subject: 'Báo cáo kết quả kiểm tra danh sách',
    body: (name: string) => `Danh sách ứng cử ${name}`,
  },
  en: {
    title: 'REPORT ON THE CHECK OF THE CANDIDATE LIST',
    composition: 'III. COMPOSITION',
    charts: 'IV. CHARTS',
    election: (name: string, day: string) => `${name}, election day ${day}`,
    labels: { summary: 'Summary and findings', composition: 'Composition', charts: 'Charts' },
    compositionNote: "Each cell gives the number of people and their share of the list's candidates; bold cells have an error or a warning, a bold row an error or a warning tied to no column.",
    thresholdsTitle: 'Thresholds on the charts',
    subject: 'Validation report',
    body: (name: string) => `Candidate list of ${name}`,
  },
} as const;

/** Where a threshold comes from, in words: "35%: tùy chọn minShare của quy tắc vn/na-women-share (vn-2021); căn cứ ...". */
export function thresholdOriginText(attribute: (typeof CHART_ATTRIBUTES)[number], threshold: Threshold | undefined, locale: Locale): string {
  const what = attributeWords(attribute, locale);
  const subject = `${what[0]!.toLocaleUpperCase('vi')}${what.slice(1)}`;
  if (threshold === undefined) return locale === 'vi' ? `${subject}: không vẽ ngưỡng.` : `${subject}: no threshold drawn.`;
  const share = formatPercent(threshold.share, locale, 'trimmed');
  const o = threshold.origin;
  if (o.kind === 'option') {
    return locale === 'vi' ? `${subject}: ${share}, theo tùy chọn thresholds của người lập báo cáo.` : `${subject}: ${share}, set by the thresholds option.`;
  }
  const cited = o.sources.length === 0 ? '' : locale === 'vi' ? `; căn cứ ${formatCitation(o.sources, locale)}` : `; source: ${formatCitation(o.sources, locale)}`;
  if (o.option === 'minCount') {
    return locale === 'vi'
      ? `${subject}: ${share}, tức ${o.count ?? 0} người (tùy chọn minCount của quy tắc ${o.ruleId}, bộ quy tắc ${o.packId}) trên ${o.seats ?? 0} đại biểu được bầu${cited}.`
      : `${subject}: ${share}, i.e. ${o.count ?? 0} people (option minCount of rule ${o.ruleId}, pack ${o.packId}) of ${o.seats ?? 0} seats${cited}.`;
  }
  return locale === 'vi'
    ? `${subject}: ${share} (tùy chọn minShare của quy tắc ${o.ruleId}, bộ quy tắc ${o.packId})${cited}.`
    : `${subject}: ${share} (option minShare of rule ${o.ruleId}, pack ${o.packId})${cited}.`;
}

/** The province rows of each National Assembly body of the report, in the list's province order. */
function naProvinceRows(report: Report, dataset: Dataset | undefined): { body: CompositionRow; units: CompositionRow[] }[] {
  const bodies = report.composition.filter((r) => r.scope === 'body' && r.bodyKind === 'national-assembly');
  const units = dataset?.administrativeUnits ?? [];
  const ordered = units.every((u) => u.code !== undefined) ? [...units].sort((a, b) => (a.code! < b.code! ? -1 : a.code! > b.code! ? 1 : 0)) : units;
  const rank = new Map(ordered.map((u, i) => [u.id, i]));
  const collator = new Intl.Collator('vi');
  return bodies.map((body) => ({
    body,
    units: report.composition
      .filter((r) => r.scope === 'unit' && r.bodyId === body.id)
      .sort((a, b) => (rank.get(a.id) ?? rank.size) - (rank.get(b.id) ?? rank.size) || collator.compare(a.name ?? a.id, b.name ?? b.id)),
  }));
}

function titleBlock(report: Report, dataset: Dataset | undefined, heading: DocumentHeading | undefined, locale: Locale): Block {
  const w = WORDS[locale];
  const lines = [toNfc(heading?.title ?? w.title)];
  const electionIds = new Set(report.composition.filter((r) => r.scope === 'election').map((r) => r.id));
  for (const e of dataset?.elections ?? []) {
    if (electionIds.has(e.id)) lines.push(toNfc(w.election(e.name, formatDayFirstDate(e.electionDay))));
  }
  return { kind: 'title', lines };
}

/**
 * The report as a document. `dataset` (optional) names the constituencies, orders the provinces as the list
 * does and gives the election's name and day and each body's size; without it the report's own names are used.
 */
export function reportDocument(report: Report, dataset: Dataset | undefined, options: ReportDocumentOptions = {}): DocumentModel {
  const locale = options.locale ?? report.locale;
  const w = WORDS[locale];
  const heading = options.heading;
  const fontFamily = options.fontFamily ?? 'Tinos';
  const naBodies = naProvinceRows(report, dataset).filter((b) => b.units.length > 0);
  const printed = administrativeHeading(heading, locale);

  const first = (): Section => ({
    label: w.labels.summary,
    heading: printed,
    blocks: [titleBlock(report, dataset, heading, locale), ...summaryBlocks(report, locale), ...findingBlocks(report, locale)],
  });
  const composition = (last: boolean): Section => ({
    label: w.labels.composition,
    blocks: [
      { kind: 'heading', level: 1, text: w.composition },
      { kind: 'paragraph', text: w.compositionNote },
      ...compositionBlocks(report, dataset, locale, options.ruleColumns),
      ...(last ? [signatureBlock(heading)] : []),
    ],
  });
  const charts = (): Section => {
    const blocks: Block[] = [{ kind: 'heading', level: 1, text: w.charts }];
    for (const { body, units } of naBodies) {
      const seats = dataset?.bodies.find((b) => b.id === body.id)?.totalSeats ?? body.seats;
      const thresholds: Thresholds = resolveThresholds(options.pack, options.thresholds, seats);
      if (naBodies.length > 1) blocks.push({ kind: 'heading', level: 2, text: toNfc(w.body(body.name ?? body.id)) });
      for (const attribute of CHART_ATTRIBUTES) {
        blocks.push(provinceShareChart(attribute, units, thresholds[attribute], locale, fontFamily));
      }
      blocks.push({ kind: 'heading', level: 2, text: w.thresholdsTitle });
      blocks.push({ kind: 'list', items: CHART_ATTRIBUTES.map((a) => thresholdOriginText(a, thresholds[a], locale)) });
    }
    blocks.push(signatureBlock(heading));
    return { label: w.labels.charts, blocks };
  };
  const hasCharts = naBodies.length > 0;
  return {
    locale,
    title: toNfc(heading?.title ?? w.title),
    subject: w.subject,
    orientation: 'landscape',
    sectionCount: hasCharts ? 3 : 2,
    sectionUnit: { vi: 'phần', en: 'parts' },
    sections: {
      *[Symbol.iterator]() {
        yield first();
        yield composition(!hasCharts);
        if (hasCharts) yield charts();
      },
    },
  };
}
