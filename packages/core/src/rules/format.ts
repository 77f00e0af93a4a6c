/**
 * Helpers over findings, as zod offers over issues: group them, and print a report for a terminal or a log.
 */
import { formatPercent } from './render';
import type { LegalReference } from '../model/primitives';
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

const CITATION_WORDS: Readonly<Record<Locale, { point: string; clause: string; article: string; articles: string; of: string }>> = {
  vi: { point: 'điểm', clause: 'khoản', article: 'Điều', articles: 'Điều', of: ' ' },
  en: { point: 'point', clause: 'clause', article: 'Art.', articles: 'Arts.', of: ' of ' },
};

/** Keys in first-seen order, each with its items: citations keep the order the sources give. */
function groupInOrder<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return [...groups];
}

const plural = (word: string, count: number, locale: Locale): string => (locale === 'en' && count > 1 ? `${word}s` : word);

/** The clauses cited in one article: "điểm a, b khoản 1, khoản 2, 3"; empty when the whole article is cited. */
function clausesOf(refs: readonly LegalReference[], locale: Locale): string {
  // Citing the article itself covers every clause of it.
  if (refs.some((r) => r.clause === undefined)) return '';
  const W = CITATION_WORDS[locale];
  const parts: string[] = [];
  let bare: string[] = []; // consecutive clauses cited whole, written once as "khoản 2, 3"
  const flush = () => {
    if (bare.length > 0) parts.push(`${plural(W.clause, bare.length, locale)} ${bare.join(', ')}`);
    bare = [];
  };
  for (const [clause, inClause] of groupInOrder(refs, (r) => r.clause ?? '')) {
    if (inClause.some((r) => r.point === undefined)) {
      bare.push(clause);
      continue;
    }
    flush();
    const points = [...new Set(inClause.map((r) => r.point ?? ''))];
    parts.push(`${plural(W.point, points.length, locale)} ${points.join(', ')}${W.of}${W.clause} ${clause}`);
  }
  flush();
  return parts.join(', ');
}

/**
 * A list of legal references as officials cite them, smallest unit first and each document named once:
 * "điểm a khoản 1, khoản 2, 3 Điều 10, Điều 11, 12 Luật …; Nghị quyết …" / "point a of clause 1, clauses 2, 3
 * of Art. 10, Arts. 11, 12 of Luật …; Nghị quyết …". A reference repeated, or a clause of an article also cited
 * whole, is cited once. Documents keep their own (Vietnamese) names in both languages.
 */
export function formatCitation(sources: readonly LegalReference[], locale: Locale): string {
  const W = CITATION_WORDS[locale];
  return groupInOrder(sources, (s) => s.document)
    .map(([document, refs]) => {
      const cited = refs.filter((r) => r.article !== undefined);
      const parts: string[] = [];
      let whole: string[] = []; // consecutive articles cited whole, written once as "Điều 7, 8, 9"
      const flush = () => {
        if (whole.length > 0) parts.push(`${whole.length > 1 ? W.articles : W.article} ${whole.join(', ')}`);
        whole = [];
      };
      for (const [article, inArticle] of groupInOrder(cited, (r) => r.article ?? '')) {
        const clauses = clausesOf(inArticle, locale);
        if (clauses === '') {
          whole.push(article);
          continue;
        }
        flush();
        parts.push(`${clauses}${W.of}${W.article} ${article}`);
      }
      flush();
      return parts.length === 0 ? document : `${parts.join(', ')}${W.of}${document}`;
    })
    .join('; ');
}

/**
 * What the report did not check and why. The reason is rendered in the report's locale; printed in another,
 * the heading still tells the reader which rules on which list.
 */
function notCheckedLines(report: Report, locale: Locale): string[] {
  // Reports built before coverage existed (or by hand) may lack the list.
  const items = (report as Partial<Pick<Report, 'notChecked'>>).notChecked ?? [];
  if (items.length === 0) return [];
  const lines = ['', locale === 'vi' ? `Chưa kiểm tra (${items.length}):` : `Not checked (${items.length}):`];
  for (const item of items) lines.push(`  ${item.ruleId} (${item.target.name ?? item.target.id}): ${item.reason}`);
  return lines;
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
        ? `${L.list} ${row.name ?? row.id}: ${row.nominees} người ứng cử, ${row.constituencies} đơn vị bầu cử, ${row.seats} đại biểu; nữ ${row.women} (${pct(row.women)}), dân tộc thiểu số ${row.ethnicMinority} (${pct(row.ethnicMinority)}), người ngoài Đảng ${row.nonParty} (${pct(row.nonParty)}), trẻ tuổi ${row.young} (${pct(row.young)}), tái cử ${row.incumbents} (${pct(row.incumbents)})`
        : `${L.list} ${row.name ?? row.id}: ${row.nominees} nominees, ${row.constituencies} constituencies, ${row.seats} seats; women ${row.women} (${pct(row.women)}), ethnic minorities ${row.ethnicMinority} (${pct(row.ethnicMinority)}), non-party ${row.nonParty} (${pct(row.nonParty)}), young ${row.young} (${pct(row.young)}), incumbents ${row.incumbents} (${pct(row.incumbents)})`,
    );
  }
  if (report.findings.length === 0) lines.push(L.none);
  for (const f of report.findings) {
    lines.push('', `[${L[f.severity]}] ${f.ruleId}: ${f.message}`);
    if (f.fix !== undefined) lines.push(`  ${L.fix}: ${f.fix}`);
    if (f.sources.length > 0) lines.push(`  ${L.source}: ${formatCitation(f.sources, locale)}`);
  }
  lines.push(...notCheckedLines(report, locale));
  return `${lines.join('\n')}\n`;
}
