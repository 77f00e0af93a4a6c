/**
 * The order lists are written in: constituencies by province, then number; within a constituency, names in
 * official-list order (the core name sort, "theo vần chữ cái A, B, C"). Provinces come by their official code
 * when every unit has one, else in the order the dataset lists them (an import keeps the files' order, which
 * for the official lists is the official order).
 */
import type { Constituency, Dataset, Nominee } from '@ungcu/core';
import { sortByVietnameseName } from '@ungcu/core/text';

export function unitRank(dataset: Dataset): Map<string, number> {
  const units = dataset.administrativeUnits;
  const ordered = units.every((u) => u.code !== undefined)
    ? [...units].sort((a, b) => (a.code! < b.code! ? -1 : a.code! > b.code! ? 1 : 0))
    : units;
  return new Map(ordered.map((u, i) => [u.id, i]));
}

export function orderedConstituencies(dataset: Dataset, constituencies: readonly Constituency[]): Constituency[] {
  const rank = unitRank(dataset);
  const unitOf = (c: Constituency): number => (c.unitId === undefined ? -1 : (rank.get(c.unitId) ?? rank.size));
  return [...constituencies].sort((a, b) => unitOf(a) - unitOf(b) || a.number - b.number || cmp(a.id, b.id));
}

/** Nominees grouped by constituency id, each group in official-list order. */
export function nomineesByConstituency(nominees: readonly Nominee[]): Map<string | undefined, Nominee[]> {
  const groups = new Map<string | undefined, Nominee[]>();
  for (const n of nominees) {
    const list = groups.get(n.nomination.constituencyId) ?? [];
    list.push(n);
    groups.set(n.nomination.constituencyId, list);
  }
  for (const [key, list] of groups) groups.set(key, sortByVietnameseName(list, (n) => n.person.fullName));
  return groups;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
