/**
 * Which column of a composition row a finding is about. Findings carry their target (scope and id) and their
 * numbers, but not the count a rule measures: `quotaRule({ attribute })` keeps the attribute inside the rule,
 * and a report holds no rules. So the link is this table, for the rules of @ungcu/rules-vn (vn-2021, vn-2026),
 * and a caller's own entries for an agency's rules (`reportTables(report, { ruleColumns })`). A finding of a
 * rule not in either marks its whole row: it says the list fails, not which figure.
 */
import type { CompositionCount, Finding } from '@ungcu/core/rules';

/** A composition column a finding can point at: a count (with its share), the nominees or the seats. */
export type MeasuredColumn = CompositionCount | 'nominees' | 'seats';

/**
 * The column a rule measures, `'none'` for a rule about a list that measures no figure of it (the order of
 * names, where candidates live), or one of these per message id when one rule measures two (central, local).
 */
export type RuleColumn = MeasuredColumn | 'none' | Readonly<Record<string, MeasuredColumn | 'none'>>;

export const VN_RULE_COLUMNS: Readonly<Record<string, RuleColumn>> = {
  'vn/na-women-share': 'women',
  'vn/council-women-share': 'women',
  'vn/province-women-share': 'women',
  'vn/constituency-women-share': 'women',
  'vn/na-ethnic-minority-share': 'ethnicMinority',
  'vn/province-ethnic-minority-share': 'ethnicMinority',
  'vn/constituency-ethnic-minority-share': 'ethnicMinority',
  'vn/na-young': 'young',
  'vn/council-young': 'young',
  'vn/na-non-party': 'nonParty',
  'vn/council-non-party': 'nonParty',
  'vn/na-incumbents': 'incumbents',
  'vn/council-incumbents': 'incumbents',
  'vn/na-full-time': 'fullTime',
  'vn/na-central-local-split': { fewCentral: 'central', fewLocal: 'local' },
  'vn/na-candidate-surplus': 'nominees',
  'vn/council-candidate-surplus': 'nominees',
  'vn/declared-candidates': 'nominees',
  'vn/na-total-seats': 'seats',
  'vn/council-total-seats': 'seats',
  'vn/na-constituency-seats': 'seats',
  'vn/council-constituency-seats': 'seats',
  'vn/na-province-min-seats': 'seats',
  'vn/official-list-order': 'none',
  'vn/election-day-sunday': 'none',
  'vn/na-province-local-deputies': 'none',
  'vn/council-local-residence': 'none',
};

/**
 * The column a finding measures, `'none'`, or undefined (the whole row). A rule's `actual`, when it gives
 * one, must be the figure in that column: a rule renamed or repurposed under a known id then falls back to the
 * whole row instead of marking the wrong cell.
 */
export function measuredColumn(
  finding: Pick<Finding, 'ruleId' | 'messageId' | 'data'>,
  columns: Readonly<Record<string, RuleColumn>>,
  figure: (column: MeasuredColumn) => number,
): MeasuredColumn | 'none' | undefined {
  const entry = columns[finding.ruleId];
  const column = typeof entry === 'object' ? entry[finding.messageId] : entry;
  if (column === undefined || column === 'none') return column;
  const actual = finding.data['actual'];
  if (typeof actual === 'number' && actual !== figure(column)) return undefined;
  return column;
}
