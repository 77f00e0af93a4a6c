/**
 * A validation report as tables, the same for every tabular format: the composition of each scope's lists
 * (election, body, unit, constituency), the findings with their citations, and the rules not checked. Numbers
 * stay numbers and shares stay fractions (0..1): each writer formats them its own way (a percentage number
 * format in XLSX, percentage text in CSV). A composition cell fails when an error or a warning targets its row
 * and measures its column (report-rule-columns.ts); the writers highlight those cells.
 */
import {
  COMPOSITION_SCOPES,
  formatCitation,
  type CompositionRow,
  type CompositionScope,
  type Finding,
  type Locale,
  type NotChecked,
  type Report,
} from '@ungcu/core/rules';
import { type MeasuredColumn, type RuleColumn, VN_RULE_COLUMNS, measuredColumn } from './report-rule-columns';
import {
  COLUMN_TERMS,
  COUNT_TERMS,
  REPORT_COUNTS,
  SCOPE_TITLES,
  SEVERITY_TERMS,
  SUMMARY_TERMS,
  TABLE_TITLES,
  TARGET_TERMS,
} from './report-terms';

export interface ReportTablesOptions {
  /** The language of headers and words. Default: the report's. Messages and fixes stay in the report's. */
  readonly locale?: Locale;
  /** Columns measured by an agency's own rules, by rule id; added to (and over) the rules-vn entries. */
  readonly ruleColumns?: Readonly<Record<string, RuleColumn>>;
}

/** What a column holds: text, a count (integer), or a share (a fraction to print as a percentage). */
export type ReportColumnType = 'text' | 'count' | 'share';

export interface ReportColumn {
  readonly key: string;
  readonly header: string;
  readonly type: ReportColumnType;
  /** Characters, for formats with column widths. */
  readonly width: number;
  /** The composition figure a count or share column shows; findings that measure it mark its cells. */
  readonly measures?: MeasuredColumn;
}

export type ReportCell = string | number | undefined;

export interface CompositionTableRow {
  /** The row of `report.composition` this line shows. */
  readonly source: CompositionRow;
  /** One cell per column. */
  readonly cells: readonly ReportCell[];
  /** Failing cells: column index → the ids of the rules (error or warning) that fail it, in report order. */
  readonly failing: ReadonlyMap<number, readonly string[]>;
}

export interface CompositionTable {
  readonly scope: CompositionScope;
  /** "Đơn vị bầu cử" / "Constituencies": a sheet name. */
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly CompositionTableRow[];
}

export interface TextTable<Source> {
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly { readonly source: Source; readonly cells: readonly ReportCell[] }[];
}

export interface ReportTables {
  readonly locale: Locale;
  /** Label and value pairs: packs, stage, counts of findings by severity, rules not checked. */
  readonly summary: { readonly title: string; readonly rows: readonly (readonly [string, string | number])[] };
  /** One table per scope, in COMPOSITION_SCOPES order, each with the report's rows of that scope. */
  readonly composition: readonly CompositionTable[];
  readonly findings: TextTable<Finding>;
  readonly notChecked: TextTable<NotChecked>;
}

const text = (key: string, header: string, width: number): ReportColumn => ({ key, header, type: 'text', width });

/** The composition columns: id, name, body, nominees, seats, constituencies, then each count and its share. */
export function compositionColumns(locale: Locale): ReportColumn[] {
  const columns: ReportColumn[] = [
    text('id', COLUMN_TERMS.id[locale], 24),
    text('name', COLUMN_TERMS.name[locale], 32),
    text('body', COLUMN_TERMS.body[locale], 20),
    { key: 'nominees', header: COLUMN_TERMS.nominees[locale], type: 'count', width: 12, measures: 'nominees' },
    { key: 'seats', header: COLUMN_TERMS.seats[locale], type: 'count', width: 12, measures: 'seats' },
    { key: 'constituencies', header: COLUMN_TERMS.constituencies[locale], type: 'count', width: 12 },
  ];
  for (const count of REPORT_COUNTS) {
    const terms = COUNT_TERMS[count];
    columns.push({ key: count, header: terms.count[locale], type: 'count', width: 12, measures: count });
    columns.push({ key: `${count}Share`, header: terms.share[locale], type: 'share', width: 12, measures: count });
  }
  return columns;
}

/** The key a finding's target and a composition row share: a unit's list is one body's list in that unit. */
function rowKey(scope: string, id: string, bodyId: string | undefined): string {
  return JSON.stringify(scope === 'unit' ? [scope, id, bodyId ?? ''] : [scope, id]);
}

function figureOf(row: CompositionRow, column: MeasuredColumn): number {
  return row[column];
}

/** Failing cells of every row, from the error and warning findings that target a composition row. */
function failingCells(
  report: Report,
  columns: readonly ReportColumn[],
  ruleColumns: Readonly<Record<string, RuleColumn>>,
): Map<string, Map<number, string[]>> {
  const rows = new Map<string, CompositionRow>();
  for (const row of report.composition) rows.set(rowKey(row.scope, row.id, row.bodyId), row);
  const marks = new Map<string, Map<number, string[]>>();
  for (const finding of report.findings) {
    if (finding.severity === 'info') continue;
    const key = rowKey(finding.target.kind, finding.target.id, finding.target.bodyId);
    const row = rows.get(key);
    if (row === undefined) continue;
    const measured = measuredColumn(finding, ruleColumns, (column) => figureOf(row, column));
    if (measured === 'none') continue;
    const cells = marks.get(key) ?? new Map<number, string[]>();
    marks.set(key, cells);
    columns.forEach((column, i) => {
      // No known column: the whole row fails.
      if (measured !== undefined && column.measures !== measured) return;
      const ids = cells.get(i) ?? [];
      if (!ids.includes(finding.ruleId)) ids.push(finding.ruleId);
      cells.set(i, ids);
    });
  }
  return marks;
}

function compositionCells(row: CompositionRow, columns: readonly ReportColumn[], bodyNames: ReadonlyMap<string, string>): ReportCell[] {
  return columns.map((column) => {
    switch (column.key) {
      case 'id':
        return row.id;
      case 'name':
        return row.name;
      case 'body':
        return row.bodyId === undefined ? undefined : (bodyNames.get(row.bodyId) ?? row.bodyId);
      case 'nominees':
        return row.nominees;
      case 'seats':
        return row.seats;
      case 'constituencies':
        return row.constituencies;
      default: {
        // A count, or its share of the nominees (0 for an empty list, as core's shareOf).
        const figure = row[column.measures!];
        if (column.type !== 'share') return figure;
        return row.nominees === 0 ? 0 : figure / row.nominees;
      }
    }
  });
}

function findingsTable(findings: readonly Finding[], locale: Locale): TextTable<Finding> {
  const columns = [
    text('severity', COLUMN_TERMS.severity[locale], 12),
    text('rule', COLUMN_TERMS.rule[locale], 30),
    text('scope', COLUMN_TERMS.scope[locale], 18),
    text('targetId', COLUMN_TERMS.targetId[locale], 30),
    text('target', COLUMN_TERMS.target[locale], 30),
    text('message', COLUMN_TERMS.message[locale], 80),
    text('fix', COLUMN_TERMS.fix[locale], 50),
    text('citation', COLUMN_TERMS.citation[locale], 60),
    text('docs', COLUMN_TERMS.docs[locale], 40),
  ];
  const rows = findings.map((f) => ({
    source: f,
    cells: [
      SEVERITY_TERMS[f.severity][locale],
      f.ruleId,
      TARGET_TERMS[f.target.kind][locale],
      f.target.id,
      f.target.name,
      f.message,
      f.fix,
      f.sources.length === 0 ? undefined : formatCitation(f.sources, locale),
      f.docsUrl,
    ],
  }));
  return { title: TABLE_TITLES.findings[locale], columns, rows };
}

function notCheckedTable(items: readonly NotChecked[], locale: Locale): TextTable<NotChecked> {
  const columns = [
    text('rule', COLUMN_TERMS.rule[locale], 30),
    text('scope', COLUMN_TERMS.scope[locale], 18),
    text('targetId', COLUMN_TERMS.targetId[locale], 30),
    text('target', COLUMN_TERMS.target[locale], 30),
    text('reason', COLUMN_TERMS.reason[locale], 80),
  ];
  const rows = items.map((item) => ({
    source: item,
    cells: [item.ruleId, TARGET_TERMS[item.target.kind][locale], item.target.id, item.target.name, item.reason],
  }));
  return { title: TABLE_TITLES.notChecked[locale], columns, rows };
}

/** The report as tables in a locale: see the module comment. Pure: the report is not changed. */
export function reportTables(report: Report, options: ReportTablesOptions = {}): ReportTables {
  const locale = options.locale ?? report.locale;
  const ruleColumns = { ...VN_RULE_COLUMNS, ...options.ruleColumns };
  const columns = compositionColumns(locale);
  const marks = failingCells(report, columns, ruleColumns);
  const bodyNames = new Map(report.composition.filter((r) => r.scope === 'body' && r.name !== undefined).map((r) => [r.id, r.name!]));
  const byScope = new Map<CompositionScope, CompositionTableRow[]>(COMPOSITION_SCOPES.map((scope) => [scope, []]));
  for (const row of report.composition) {
    byScope.get(row.scope)!.push({
      source: row,
      cells: compositionCells(row, columns, bodyNames),
      failing: marks.get(rowKey(row.scope, row.id, row.bodyId)) ?? new Map(),
    });
  }
  // Reports built before coverage existed (or by hand) may lack the list, as formatReport allows.
  const notChecked = (report as Partial<Pick<Report, 'notChecked'>>).notChecked ?? [];
  const { errors, warnings, infos } = report.summary;
  return {
    locale,
    summary: {
      title: TABLE_TITLES.summary[locale],
      rows: [
        [SUMMARY_TERMS.packs[locale], report.packs.join(', ')],
        [SUMMARY_TERMS.stage[locale], report.stage ?? SUMMARY_TERMS.allStages[locale]],
        [SUMMARY_TERMS.errors[locale], errors],
        [SUMMARY_TERMS.warnings[locale], warnings],
        [SUMMARY_TERMS.infos[locale], infos],
        [SUMMARY_TERMS.notChecked[locale], notChecked.length],
      ],
    },
    composition: COMPOSITION_SCOPES.map((scope) => ({
      scope,
      title: SCOPE_TITLES[scope][locale],
      columns,
      rows: byScope.get(scope)!,
    })),
    findings: findingsTable(report.findings, locale),
    notChecked: notCheckedTable(notChecked, locale),
  };
}
