/**
 * Sections are built as they are consumed: building section n reads constituency n's area and seats and its
 * people, and nothing of constituency n + 1 (whose people a national list would otherwise hold as rows). Spies
 * on the real 2021 list record which constituency each read belongs to.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Constituency, Dataset, Nominee } from '@ungcu/core';
import { officialListDocument } from '../src/index';
import { realList } from './real-list';

/** Fields only a section's build reads (ordering reads id, bodyId, unitId and number). */
const SECTION_FIELDS: ReadonlySet<PropertyKey> = new Set(['description', 'seats', 'coveredUnitIds']);

function spied(data: Dataset, constituencies: readonly Constituency[], reads: string[]): Dataset {
  const watch = <T extends object>(target: T, id: string, fields: (key: PropertyKey) => boolean): T =>
    new Proxy(target, {
      get(t, key, receiver) {
        if (fields(key)) reads.push(id);
        return Reflect.get(t, key, receiver) as unknown;
      },
    });
  const ids = new Set(constituencies.map((c) => c.id));
  return {
    ...data,
    constituencies: constituencies.map((c) => watch(c, c.id, (k) => SECTION_FIELDS.has(k))),
    nominees: data.nominees
      .filter((n) => ids.has(n.nomination.constituencyId ?? ''))
      .map((n): Nominee => watch(n, n.nomination.constituencyId ?? '', (k) => k === 'person')),
  };
}

describe('lazy sections', () => {
  const data = realList();

  it('reads nothing of a constituency before its section is asked for', () => {
    const reads: string[] = [];
    const doc = officialListDocument(spied(data, data.constituencies, reads));
    expect(doc.sectionCount).toBe(184);
    expect(reads).toEqual([]); // the count and the order are known without building anything
    const order: string[] = [];
    let n = 0;
    for (const section of doc.sections) {
      const id = [...new Set(reads)].at(-1)!;
      order.push(id);
      expect(new Set(reads), section.label).toEqual(new Set(order));
      n++;
      if (n === 40) break;
    }
    expect(order).toHaveLength(40);
  });

  it('holds for any subset of constituencies in any dataset order, stopping at any section', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(data.constituencies, { minLength: 1, maxLength: 30 }), fc.nat(), (subset, stopAt) => {
        const reads: string[] = [];
        const doc = officialListDocument(spied(data, subset, reads));
        expect(doc.sectionCount).toBe(subset.length);
        const stop = stopAt % subset.length;
        const built: string[] = [];
        let k = 0;
        for (const _section of doc.sections) {
          built.push([...new Set(reads)].filter((id) => !built.includes(id))[0] ?? '');
          // Only the constituencies of the sections consumed so far have been read.
          expect([...new Set(reads)].every((id) => built.includes(id))).toBe(true);
          if (k++ === stop) break;
        }
        expect(new Set(reads).size).toBe(stop + 1);
      }),
      { numRuns: 25 },
    );
  });
});
