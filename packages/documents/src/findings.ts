/**
 * The summary and findings parts of a report: the counts by severity (report.summary), the packs and stage
 * checked, the rules the data could not check and why (report.notChecked), then every finding grouped by
 * severity, each with its fix and its citation as officials write one (core's formatCitation).
 */
import type { Finding, Locale, Report, Severity } from '@ungcu/core/rules';
import { SEVERITIES, formatCitation } from '@ungcu/core/rules';
import { toNfc } from '@ungcu/core/text';
import { stageCodec } from '@ungcu/tabular';
import type { Block, RichText, TableRow, TextRun } from './model';

const WORDS = {
  vi: {
    summary: 'I. TÓM TẮT',
    findings: 'II. CÁC PHÁT HIỆN',
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } satisfies Record<Severity, string>,
    level: 'Mức độ',
    count: 'Số phát hiện',
    total: 'Tổng cộng',
    packs: (ids: string) => `Bộ quy tắc đã áp dụng: ${ids}.`,
    stage: (stage: string | undefined) => (stage === undefined ? 'Giai đoạn: mọi giai đoạn của danh sách.' : `Giai đoạn: ${stage}.`),
    notChecked: 'Những quy tắc không kiểm tra được',
    allChecked: 'Mọi quy tắc của bộ quy tắc đều được kiểm tra trên dữ liệu này.',
    none: 'Không có.',
    fix: 'Khắc phục',
    source: 'Căn cứ',
  },
  en: {
    summary: 'I. SUMMARY',
    findings: 'II. FINDINGS',
    severity: { error: 'Errors', warning: 'Warnings', info: 'Information' } satisfies Record<Severity, string>,
    level: 'Severity',
    count: 'Findings',
    total: 'Total',
    packs: (ids: string) => `Rule packs applied: ${ids}.`,
    stage: (stage: string | undefined) => (stage === undefined ? 'Stage: every stage of the list.' : `Stage: ${stage}.`),
    notChecked: 'Rules that could not be checked',
    allChecked: 'Every rule of the packs was checked on this data.',
    none: 'None.',
    fix: 'Fix',
    source: 'Source',
  },
} as const;

const STAGE_EN = { proposed: 'proposed', preliminary: 'preliminary list', qualified: 'qualified', official: 'official list' } as const;

const COUNT_OF: Readonly<Record<Severity, 'errors' | 'warnings' | 'infos'>> = { error: 'errors', warning: 'warnings', info: 'infos' };

export function summaryBlocks(report: Report, locale: Locale): Block[] {
  const w = WORDS[locale];
  const rows: TableRow[] = SEVERITIES.map((s) => ({ cells: [w.severity[s], String(report.summary[COUNT_OF[s]])] }));
  const total = report.summary.errors + report.summary.warnings + report.summary.infos;
  rows.push({ cells: [w.total, String(total)], emphasis: 'total' });
  const stage = report.stage === undefined ? undefined : locale === 'vi' ? stageCodec.format(report.stage) : STAGE_EN[report.stage];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.summary },
    {
      kind: 'table',
      columns: [
        { header: w.level, width: 3, align: 'left' },
        { header: w.count, width: 1, align: 'right' },
      ],
      rows,
    },
    { kind: 'paragraph', text: `${w.packs(report.packs.join(', '))} ${w.stage(stage)}` },
    { kind: 'heading', level: 2, text: w.notChecked },
  ];
  if (report.notChecked.length === 0) blocks.push({ kind: 'paragraph', text: w.allChecked });
  else {
    blocks.push({
      kind: 'list',
      items: report.notChecked.map((n) => [
        { text: `${n.ruleId}`, bold: true },
        { text: toNfc(` (${n.target.name ?? n.target.id}): ${n.reason}`) },
      ]),
    });
  }
  return blocks;
}

/** A message as a printed sentence: rule messages are written without a final stop (the CLI prints them as lines). */
function sentence(text: string): string {
  return /[.!?…]$/u.test(text.trimEnd()) ? text.trimEnd() : `${text.trimEnd()}.`;
}

/** One finding as a list item: the message, the fix, the citation and the rule id. */
export function findingItem(f: Finding, locale: Locale): RichText {
  const w = WORDS[locale];
  const runs: TextRun[] = [{ text: toNfc(sentence(f.message)) }];
  if (f.fix !== undefined) runs.push({ text: toNfc(` ${w.fix}: ${sentence(f.fix)}`) });
  if (f.sources.length > 0) runs.push({ text: toNfc(` ${w.source}: ${formatCitation(f.sources, locale)}.`), italic: true });
  runs.push({ text: ` [${f.ruleId}]` });
  return runs;
}

export function findingBlocks(report: Report, locale: Locale): Block[] {
  const w = WORDS[locale];
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: w.findings }];
  SEVERITIES.forEach((severity, i) => {
    const found = report.findings.filter((f) => f.severity === severity);
    blocks.push({ kind: 'heading', level: 2, text: `${i + 1}. ${w.severity[severity]} (${found.length})` });
    blocks.push(found.length === 0 ? { kind: 'paragraph', text: w.none } : { kind: 'list', items: found.map((f) => findingItem(f, locale)) });
  });
  return blocks;
}
