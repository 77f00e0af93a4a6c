import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringTable } from '../../src/rules/string-table';

/** The table against a Map: the first entry of each key wins, later equal keys get its entry back. */
function viaMap(keys: readonly string[]): number[] {
  const first = new Map<string, number>();
  return keys.map((key, i) => {
    const at = first.get(key);
    if (at !== undefined) return at;
    first.set(key, i);
    return -1;
  });
}

function viaTable(keys: readonly string[], capacity = keys.length): number[] {
  const table = new StringTable(capacity, (entry) => keys[entry]!);
  return keys.map((key, i) => table.insert(key, i));
}

describe('StringTable', () => {
  it('finds the first entry of a repeated key', () => {
    expect(viaTable(['n1', 'n2', 'n1', 'p', 'n2', 'n1'])).toEqual([-1, -1, 0, -1, 1, 0]);
  });
  it('tells apart keys that differ only in Vietnamese marks, and the empty key', () => {
    expect(viaTable(['Hà', 'Ha', 'Hạ', '', 'Hà', ''])).toEqual([-1, -1, -1, -1, 0, 3]);
  });
  it('agrees with a Map on any keys, including many in a small table (long probe runs)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3, unit: fc.constantFrom('a', 'b', 'ă', '1') }), { maxLength: 300 }), (keys) => {
        expect(viaTable(keys)).toEqual(viaMap(keys));
      }),
    );
  });
  it('grows past its capacity and finds every key it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4, unit: fc.constantFrom('a', 'b', 'ơ', '9') }), { maxLength: 200 }), (keys) => {
        expect(viaTable(keys, 1)).toEqual(viaMap(keys));
        const table = new StringTable(1, (entry) => keys[entry]!);
        keys.forEach((key, i) => table.insert(key, i));
        for (const key of keys) expect(table.find(key)).toBe(keys.indexOf(key));
        expect(table.find('not a key')).toBe(-1);
      }),
    );
  });
});
