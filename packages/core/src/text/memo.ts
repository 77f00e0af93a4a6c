/**
 * A bounded memo for pure functions of a string. Imports call the text helpers hundreds of thousands of times
 * with few distinct inputs (a name reuses a few thousand syllables; a column of 100,000 rows holds a few
 * hundred distinct cells), so a Map hit replaces Unicode normalisation and regex work.
 *
 * The memo is bounded twice, so hostile input cannot grow memory without limit: by entries, and by the total
 * length of the texts it holds (a long text would otherwise weigh as much as thousands of syllables). When
 * either bound is reached the memo starts again empty: simpler and cheaper than an LRU, and the inputs that
 * matter come back within a few rows. A text longer than `maxLength` is never stored.
 *
 * Only for functions whose result callers do not mutate: a cached result is shared by every caller.
 */
export interface MemoBounds {
  /** Most entries held at once. */
  readonly entries: number;
  /** Longest text stored; longer ones are computed every time. */
  readonly maxLength: number;
  /** Most characters of key text held at once. */
  readonly totalLength: number;
}

/** Syllables and short words: thousands of distinct ones, each a few characters. */
export const WORD_BOUNDS: MemoBounds = { entries: 20_000, maxLength: 64, totalLength: 400_000 };

/** Whole cells: a few hundred distinct values per column, some of them sentences. */
export const CELL_BOUNDS: MemoBounds = { entries: 10_000, maxLength: 1_000, totalLength: 1_000_000 };

export function boundedMemo<T>(fn: (text: string) => T, bounds: MemoBounds): (text: string) => T {
  const cache = new Map<string, T>();
  let total = 0;
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (text.length > bounds.maxLength) return value;
    if (cache.size >= bounds.entries || total + text.length > bounds.totalLength) {
      cache.clear();
      total = 0;
    }
    cache.set(text, value);
    total += text.length;
    return value;
  };
}
