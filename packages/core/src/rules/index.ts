/**
 * @ungcu/core/rules: the rule engine. Define rules and packs, validate a dataset into a report of findings
 * and composition counts, and keep a validator up to date edit by edit.
 */
export { defineRule, defineRulePack, DEFAULT_COMPOSITION_SETTINGS, type RulePackDefinition } from './define';
export {
  quotaRule,
  requiredForShare,
  allowedForShare,
  toAddForShare,
  type QuotaLimit,
  type QuotaOptions,
  type QuotaOptionsSchema,
  type QuotaRuleDefinition,
  type QuotaScope,
} from './quota';
export { validate } from './validate';
export { createValidator, type ChangeResult, type DatasetChange, type IncrementalValidator } from './incremental';
export {
  COMPOSITION_COUNTS,
  COMPOSITION_SCOPES,
  compositionKey,
  shareOf,
  type Composition,
  type CompositionCount,
  type CompositionCounts,
  type CompositionRow,
  type CompositionScope,
} from './composition';
export { formatPercent, pluralForm, renderMessage, weekdayName } from './render';
export {
  PLACEHOLDER_PATTERN,
  PLURAL_CATEGORIES,
  parseTemplate,
  placeholdersOf,
  printedValueKey,
  templateProblems,
  type MessageData,
  type Placeholder,
  type PlaceholderEntries,
  type PlaceholderFormat,
  type TemplatePart,
} from './message-syntax';
export { previousTerm } from './terms';
export { groupFindings, formatCitation, formatReport } from './format';
export {
  LOCALES,
  SCOPES,
  SEVERITIES,
  type BodyCoverage,
  type CalendarSpec,
  type CompositionSettings,
  type CoverageDeclaration,
  type CoverageKind,
  type Finding,
  type FindingData,
  type FindingInput,
  type FindingInputFor,
  type FindingTarget,
  type FindingValue,
  type Locale,
  type LocalizedMessage,
  type MessageCatalogue,
  type NotChecked,
  type RuleMeasure,
  type NoMessages,
  type Milestone,
  type MilestoneBound,
  type NomineeOrder,
  type Report,
  type ReportSummary,
  type Rule,
  type RuleContext,
  type RuleDefinition,
  type RuleMeta,
  type RuleOptions,
  type RulePack,
  type RuleSetting,
  type RuleSettingOf,
  type RuleSettings,
  type RuleSettingsFor,
  type Scope,
  type ScopeTargets,
  type Severity,
  type UnitTarget,
  type ValidateOptions,
} from './types';
