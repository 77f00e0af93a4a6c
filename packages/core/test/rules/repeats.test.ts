import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRepeats, hashString } from '../../src/rules/repeats';

/** The reference: the first earlier entry with an equal key, by a Map. */
function viaMap(keys: readonly string[], entries?: readonly number[]): number[] {
  const first = new Map<string, number>();
  return keys.map((key, k) => {
    const entry = entries === undefined ? k : entries[k]!;
    const at = first.get(key);
    if (at !== undefined) return at;
    first.set(key, entry);
    return -1;
  });
}

function viaPartitions(keys: readonly string[], entries?: readonly number[], hash = hashString): number[] {
  const byEntry = new Map<number, string>(keys.map((key, k) => [entries === undefined ? k : entries[k]!, key]));
  return [
    ...findRepeats(
      entries === undefined ? undefined : Int32Array.from(entries),
      Int32Array.from(keys, (key) => hash(key)),
      (a, b) => byEntry.get(a) === byEntry.get(b),
    ),
  ];
}

describe('findRepeats', () => {
  it('finds the first earlier entry of each repeated key', () => {
    expect(viaPartitions(['n1', 'n2', 'n1', 'p', 'n2', 'n1'])).toEqual([-1, -1, 0, -1, 1, 0]);
    expect(viaPartitions(['a', 'b', 'a'], [7, 3, 9])).toEqual([-1, -1, 7]);
    expect(viaPartitions([])).toEqual([]);
  });
  it('agrees with a Map on any keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3, unit: fc.constantFrom('a', 'b', 'ă', '1') }), { maxLength: 300 }), (keys) => {
        expect(viaPartitions(keys)).toEqual(viaMap(keys));
      }),
    );
  });
  it('agrees with a Map across many partitions, and when every hash collides', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `n${(i * 7919) % 20_000}`);
    expect(viaPartitions(keys)).toEqual(viaMap(keys));
    const few = ['x', 'y', 'x', 'z', 'y'];
    expect(viaPartitions(few, undefined, () => 42)).toEqual(viaMap(few));
  });
});
