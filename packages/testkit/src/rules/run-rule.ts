import { Dataset, type DatasetInput, type IsoDate, type NomineeStage } from '@ungcu/core';
import {
  defineRulePack,
  validate,
  type CompositionSettings,
  type CoverageDeclaration,
  type Finding,
  type Locale,
  type Rule,
  type RulePack,
  type RuleSettingOf,
} from '@ungcu/core/rules';

export interface RunRuleOptions<R extends Rule = Rule> {
  /** 'on' (the default, which also turns on a rule that is off by default), 'off', or the rule's options. */
  readonly setting?: RuleSettingOf<R>;
  /** English by default, so a rule's tests read in the language of its code. */
  readonly locale?: Locale;
  readonly stage?: NomineeStage;
  readonly asOf?: IsoDate;
  readonly settings?: Partial<CompositionSettings>;
  /**
   * What the dataset holds. 'whole' by default: a rule's fixture stands for the list it measures, so a rule
   * that measures a whole body (one province's fixture of a 500-seat body) still reports as it would there.
   */
  readonly coverage?: CoverageDeclaration;
}

/**
 * Runs one rule alone on a dataset (parsed with `Dataset`, so a test may write it as input) and returns its
 * findings, in report order. The rule runs through validate(), the way a pack runs it.
 */
export function runRule<R extends Rule>(rule: R, dataset: DatasetInput, options: RunRuleOptions<R> = {}): readonly Finding[] {
  const { setting = 'on', locale = 'en', coverage = 'whole', ...rest } = options;
  // Typed as a plain RulePack: the setting is already checked against this rule by RunRuleOptions.
  const pack: RulePack = defineRulePack({ id: 'run-rule', title: rule.title, rules: [rule as Rule] });
  return validate(Dataset.parse(dataset), { ...rest, locale, coverage, packs: [pack], rules: { [rule.id]: setting } }).findings;
}
