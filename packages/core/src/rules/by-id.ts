/**
 * One entity per id, whatever the row order. A dataset may repeat an id (an integrity problem checkDataset
 * reports); validation must still give the same report for any order of its rows, so the smallest row wins.
 */

/** True when `item` should replace `existing` under the same id: the smallest row wins, whatever the order. */
export function wins<T>(item: T, existing: T): boolean {
  return JSON.stringify(item) < JSON.stringify(existing);
}

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const existing = map.get(item.id);
    if (existing === undefined || wins(item, existing)) map.set(item.id, item);
  }
  return map;
}
