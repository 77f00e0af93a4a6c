/**
 * The order the official list is printed in, the one @ungcu/tabular writes the official-list layout in
 * (its encode-order.ts): constituencies by province (by official code when every unit has one, else in the
 * order the dataset lists the units, which an import keeps from the files), then by number; within a
 * constituency, names in core's official-list order (`sortByVietnameseName`, "theo vần chữ cái A, B, C",
 * Điều 57 khoản 5). The constituency order is tabular's own `orderedConstituencies`, so the printed list and
 * the spreadsheet list cannot drift apart.
 *
 * Only what ordering needs is read up front (unit codes, constituency numbers, each nominee's constituency id);
 * a constituency's people are sorted when its section is built.
 */
import type { Nominee } from '@ungcu/core';
import { sortByVietnameseName } from '@ungcu/core/text';

export { orderedConstituencies } from '@ungcu/tabular';

/** Nominees by constituency id, in dataset order (unsorted: `officialOrder` sorts one group when it is printed). */
export function groupByConstituency(nominees: Iterable<Nominee>): Map<string, Nominee[]> {
  const groups = new Map<string, Nominee[]>();
  for (const n of nominees) {
    const id = n.nomination.constituencyId;
    if (id === undefined) continue;
    const group = groups.get(id);
    if (group === undefined) groups.set(id, [n]);
    else group.push(n);
  }
  return groups;
}

/** One constituency's nominees in official-list order. */
export function officialOrder(nominees: readonly Nominee[]): Nominee[] {
  return sortByVietnameseName(nominees, (n) => n.person.fullName);
}
