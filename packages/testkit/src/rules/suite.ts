import type fc from 'fast-check';
import type { DatasetChange, ValidateOptions } from '@ungcu/core/rules';
import { describe, it } from 'vitest';
import { assertIncrementalEqualsFull, assertRowOrderIndependent, editedDatasets, type DatasetSource } from './properties';

export interface RulePackHarness {
  /** Shown in the test names, e.g. "vn-2021 (every rule on)". */
  readonly name: string;
  /** The packs and settings to validate with; turn information rules on to check them too. */
  readonly options: ValidateOptions;
  /** The data: a real list is best, generated data reaches more corners. */
  readonly dataset: DatasetSource;
  /** One edit of that data, for the incremental property. */
  readonly changes: fc.Arbitrary<DatasetChange>;
  readonly numRuns?: number;
  readonly maxChanges?: number;
}

/**
 * The rule-pack properties as vitest tests: row order (on the data and on edited copies of it, so that rules
 * which stay silent on the data given are shuffled too), and incremental = full.
 */
export function runRulePackConformance(harness: RulePackHarness): void {
  const { name, options, dataset, changes, numRuns, maxChanges } = harness;
  const runs = numRuns === undefined ? {} : { numRuns };
  describe(`${name}: rule pack properties`, () => {
    it('gives the same report whatever the order of the rows of every collection', () => {
      assertRowOrderIndependent({ options, dataset: editedDatasets(dataset, changes, maxChanges), ...runs });
    });
    it('keeps the incremental validator equal to a full validate() after every edit', () => {
      assertIncrementalEqualsFull({ options, dataset, changes, ...runs, ...(maxChanges === undefined ? {} : { maxChanges }) });
    });
  });
}
