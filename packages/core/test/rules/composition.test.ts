import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRows, emptyCounts, sortRows, type CompositionRow } from '../../src/rules/composition';

const rowArb: fc.Arbitrary<CompositionRow> = fc
  .record({
    scope: fc.constantFrom('election' as const, 'body' as const, 'unit' as const, 'constituency' as const),
    id: fc.string({ maxLength: 3, unit: fc.constantFrom('a', 'b', '1', '-', 'ă') }),
    bodyId: fc.option(fc.string({ maxLength: 2, unit: fc.constantFrom('a', 'b', '0') }), { nil: undefined }),
  })
  .map(({ scope, id, bodyId }) => ({
    scope,
    id,
    ...(bodyId === undefined ? {} : { bodyId }),
    nominees: 0,
    seats: 0,
    constituencies: 0,
    ...emptyCounts(),
  }));

describe('sortRows', () => {
  it('puts rows in compareRows order (scope, body, id), whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), (rows) => {
        const key = (r: CompositionRow) => `${r.scope}|${r.bodyId ?? ''}|${r.id}`;
        expect(sortRows(rows).map(key)).toEqual([...rows].sort(compareRows).map(key));
      }),
    );
  });
});
