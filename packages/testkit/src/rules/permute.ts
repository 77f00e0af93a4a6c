import { COLLECTION_NAMES, type Dataset } from '@ungcu/core';
import fc from 'fast-check';

/** Every collection of the dataset in a random order (shrinking towards the original order). */
export function permutedDataset(dataset: Dataset): fc.Arbitrary<Dataset> {
  const shuffled = Object.fromEntries(
    COLLECTION_NAMES.map((name) => {
      const rows = dataset[name] as readonly unknown[];
      return [name, fc.shuffledSubarray([...rows], { minLength: rows.length, maxLength: rows.length })];
    }),
  );
  return fc.record(shuffled).map((collections) => ({ ...dataset, ...collections }) as Dataset);
}
