/**
 * Helpers over findings, as zod offers over issues: group them, and print a report for a terminal or a log.
 */
import { formatPercent } from './render';
import type { Finding, Locale, Report, Severity } from './types';

/** Findings grouped by a key (rule id, severity or target kind), each group in report order. */
export function groupFindings<K extends string>(
  findings: readonly Finding[],
  key: (finding: Finding) => K,
): Map<K, Finding[]> {
  const groups = new Map<K, Finding[]>();
  for (const f of findings) {
    const k = key(f);
    const group = groups.get(k) ?? [];
    group.push(f);
    groups.set(k, group);
  }
  return groups;
}

const LABELS: Readonly<Record<Locale, Readonly<Record<Severity | 'summary' | 'list' | 'none' | 'fix' | 'source', string>>>> = {
  vi: {
    error: 'LỖI',
    warning: 'CẢNH BÁO',
    info: 'THÔNG TIN',
    summary: 'Tổng hợp',
    list: 'Danh sách',
    none: 'Không có phát hiện nào.',
    fix: 'Cách khắc phục',
    source: 'Căn cứ',
  },
  en: {
    error: 'ERROR',
    warning: 'WARNING',
    info: 'INFO',
    summary: 'Summary',
    list: 'List',
    none: 'No findings.',
    fix: 'Fix',
    source: 'Source',
  },
};

function citation(f: Finding, locale: Locale): string {
  return f.sources
    .map((s) => {
      const parts = [
        s.point === undefined ? undefined : locale === 'vi' ? `điểm ${s.point}` : `point ${s.point}`,
        s.clause === undefined ? undefined : locale === 'vi' ? `khoản ${s.clause}` : `clause ${s.clause}`,
        s.article === undefined ? undefined : locale === 'vi' ? `Điều ${s.article}` : `Art. ${s.article}`,
        s.document,
      ].filter((p) => p !== undefined);
      return parts.join(' ');
    })
    .join('; ');
}

/** A plain-text report in one language: the summary, the national lists' composition, then every finding. */
export function formatReport(report: Report, locale: Locale = report.locale): string {
  const L = LABELS[locale];
  const lines: string[] = [];
  const { errors, warnings, infos } = report.summary;
  lines.push(
    locale === 'vi'
      ? `${L.summary}: ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin (bộ quy tắc ${report.packs.join(', ')})`
      : `${L.summary}: ${errors} errors, ${warnings} warnings, ${infos} infos (rule packs ${report.packs.join(', ')})`,
  );
  for (const row of report.composition.filter((r) => r.scope === 'body')) {
    const pct = (n: number) => (row.nominees === 0 ? '-' : formatPercent(n / row.nominees, locale));
    lines.push(
      locale === 'vi'
        ? `${L.list} ${row.name ?? row.id}: ${row.nominees} người, ${row.constituencies} đơn vị bầu cử, ${row.seats} đại biểu; nữ ${row.women} (${pct(row.women)}), dân tộc thiểu số ${row.ethnicMinority} (${pct(row.ethnicMinority)}), ngoài Đảng ${row.nonParty} (${pct(row.nonParty)}), trẻ ${row.young} (${pct(row.young)}), tái cử ${row.incumbents} (${pct(row.incumbents)})`
        : `${L.list} ${row.name ?? row.id}: ${row.nominees} nominees, ${row.constituencies} constituencies, ${row.seats} seats; women ${row.women} (${pct(row.women)}), ethnic minorities ${row.ethnicMinority} (${pct(row.ethnicMinority)}), non-party ${row.nonParty} (${pct(row.nonParty)}), young ${row.young} (${pct(row.young)}), incumbents ${row.incumbents} (${pct(row.incumbents)})`,
    );
  }
  if (report.findings.length === 0) lines.push(L.none);
  for (const f of report.findings) {
    lines.push('', `[${L[f.severity]}] ${f.ruleId}: ${f.message}`);
    if (f.fix !== undefined) lines.push(`  ${L.fix}: ${f.fix}`);
    if (f.sources.length > 0) lines.push(`  ${L.source}: ${citation(f, locale)}`);
  }
  return `${lines.join('\n')}\n`;
}
