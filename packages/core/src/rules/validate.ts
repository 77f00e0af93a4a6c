/**
 * validate(): the whole dataset against the packs. Never throws on a violation: every problem in the data is
 * a finding in the report. It throws only for programmer faults (an unknown rule id, bad rule options).
 */
import type { Dataset } from '../model/dataset';
import { notCheckedOf } from './coverage';
import { buildReport, compareFindings, resolveRules, RuleRunner } from './engine';
import { ReadOnlyIndex } from './read-only-index';
import type { Finding, Report, Rule, ValidateOptions } from './types';

export function validate<R extends Rule = Rule>(dataset: Dataset, options: ValidateOptions<R>): Report;
export function validate(dataset: Dataset, options: ValidateOptions): Report {
  const resolved = resolveRules(options);
  const state = new ReadOnlyIndex(dataset, {
    settings: resolved.settings,
    stage: options.stage,
    asOf: options.asOf,
  });
  const locale = options.locale ?? 'vi';
  const runner = new RuleRunner(state, resolved, locale, options.coverage);
  const findings: Finding[] = [];
  runner.runAll((_key, found) => {
    for (const f of found) findings.push(f);
  });
  findings.sort(compareFindings);
  const notChecked = notCheckedOf(state, resolved.active, options, locale);
  return buildReport(findings, state.allRows(), options, locale, notChecked, false);
}
