/**
 * The two invariants every rule pack keeps, as fast-check properties over any pack and any data: a report does
 * not depend on row order, and the incremental validator always equals a full validate().
 */
import type { Dataset } from '@ungcu/core';
import { createValidator, validate, type DatasetChange, type Finding, type ValidateOptions } from '@ungcu/core/rules';
import fc from 'fast-check';
import { expect } from 'vitest';
import { permutedDataset } from './permute';

/** A fixed dataset, or generated ones. */
export type DatasetSource = Dataset | fc.Arbitrary<Dataset>;

function isDataset(source: DatasetSource): source is Dataset {
  return Array.isArray((source as Partial<Dataset>).nominees);
}

function arbitraryOf(source: DatasetSource): fc.Arbitrary<Dataset> {
  // A fixed dataset is copied for each run: a run must not see what an earlier one did to it.
  // Told apart by shape, not instanceof: the caller's fast-check may be another copy than the kit's.
  if (!isDataset(source)) return source;
  return fc.constant(source).map((d) => structuredClone(d));
}

export interface RowOrderProperty {
  readonly options: ValidateOptions;
  readonly dataset: DatasetSource;
  /** fast-check runs (default 100). */
  readonly numRuns?: number;
}

/** validate() of the dataset with every collection shuffled equals validate() of the dataset, findings and rows. */
export function assertRowOrderIndependent({ options, dataset, numRuns = 100 }: RowOrderProperty): void {
  const cases = arbitraryOf(dataset).chain((original) => permutedDataset(original).map((permuted) => ({ original, permuted })));
  fc.assert(
    fc.property(cases, ({ original, permuted }) => {
      expect(validate(permuted, options)).toEqual(validate(original, options));
    }),
    { numRuns },
  );
}

/** The change applied to plain arrays, independently of the validator: what validate() is compared on. */
export function applyChange(dataset: Dataset, change: DatasetChange): Dataset {
  const rows = dataset[change.collection] as readonly { id: string }[];
  const id = change.type === 'upsert' ? change.entity.id : change.id;
  const kept = rows.filter((row) => row.id !== id);
  return { ...dataset, [change.collection]: change.type === 'upsert' ? [...kept, change.entity] : kept };
}

/** The dataset after a random sequence of edits (none included): more shapes of data than the one given. */
export function editedDatasets(dataset: DatasetSource, changes: fc.Arbitrary<DatasetChange>, maxChanges = 10): fc.Arbitrary<Dataset> {
  return arbitraryOf(dataset).chain((start) =>
    fc.array(changes, { maxLength: maxChanges }).map((edits) => edits.reduce(applyChange, start)),
  );
}

export interface IncrementalProperty {
  readonly options: ValidateOptions;
  /** The dataset the edits start from. */
  readonly dataset: DatasetSource;
  /** One edit; the property applies sequences of them. */
  readonly changes: fc.Arbitrary<DatasetChange>;
  /** Longest sequence of edits (default 10). */
  readonly maxChanges?: number;
  /** fast-check runs (default 100). */
  readonly numRuns?: number;
}

const key = (f: Finding): string => JSON.stringify(f);

/**
 * After every edit of a random sequence, the validator's report equals validate() of the edited dataset, and
 * what it says appeared and disappeared is the difference between the two reports (as multisets).
 */
export function assertIncrementalEqualsFull({ options, dataset, changes, maxChanges = 10, numRuns = 100 }: IncrementalProperty): void {
  fc.assert(
    fc.property(arbitraryOf(dataset), fc.array(changes, { minLength: 1, maxLength: maxChanges }), (initial, edits) => {
      const validator = createValidator(structuredClone(initial), options);
      let current = initial;
      let before = validate(current, options).findings;
      expect(validator.report()).toEqual(validate(current, options));
      for (const change of edits) {
        current = applyChange(current, change);
        const { appeared, disappeared } = validator.apply(change);
        const full = validate(current, options);
        expect(validator.report()).toEqual(full);
        const expected = before.map(key);
        for (const f of disappeared) {
          const at = expected.indexOf(key(f));
          expect(at, `disappeared but was not there: ${key(f)}`).toBeGreaterThanOrEqual(0);
          expected.splice(at, 1);
        }
        expected.push(...appeared.map(key));
        expect(expected.sort()).toEqual(full.findings.map(key).sort());
        before = full.findings;
      }
    }),
    { numRuns },
  );
}
