/**
 * @ungcu/testkit/rules: what a rule pack's tests need (vitest, fast-check). `runRule()` runs one rule alone;
 * `runRulePackConformance()` checks the two invariants of any pack on the pack author's data: findings do not
 * depend on row order, and the incremental validator always equals a full validate().
 */
export { runRule, type RunRuleOptions } from './run-rule';
export { permutedDataset } from './permute';
export {
  applyChange,
  assertIncrementalEqualsFull,
  assertRowOrderIndependent,
  editedDatasets,
  type DatasetSource,
  type IncrementalProperty,
  type RowOrderProperty,
} from './properties';
export { runRulePackConformance, type RulePackHarness } from './suite';
