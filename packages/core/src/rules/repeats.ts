/**
 * Finds repeated keys among many entries: for each entry, the first earlier entry with an equal key. The
 * validation state uses it for repeated nominee ids and for the nominations of one person.
 *
 * A hash table of 500,000 keys is 8 MB, more than this project's machines keep in cache, so each insert
 * waits for memory. Here the entries are first split by the top bits of their hash into partitions of a
 * few thousand (a counting sort, written in sequential runs), and each partition is checked with a small
 * table that stays in cache. Keys are compared only when two hashes are equal.
 */

const PARTITION_SIZE = 4096;

/**
 * `hashes[k]` is the hash of entry `entries[k]` (of entry k when `entries` is undefined); `equal(a, b)`
 * compares the keys of two entries. Returns, aligned with `hashes`, the first entry with the same key, or -1
 * for the first of its key. "First" is the earliest position.
 */
export function findRepeats(
  entries: Int32Array | undefined,
  hashes: Int32Array,
  equal: (a: number, b: number) => boolean,
): Int32Array {
  const count = hashes.length;
  const entry = (k: number) => (entries === undefined ? k : entries[k]!);
  const firstOf = new Int32Array(count).fill(-1);
  if (count < 2) return firstOf;
  let bits = 0;
  while (bits < 16 && count >>> bits > PARTITION_SIZE) bits++;
  const shift = 32 - bits;
  const partitionOf = (hash: number) => (bits === 0 ? 0 : hash >>> shift);

  // Counting sort of positions by partition, keeping their order within a partition.
  const starts = new Int32Array((1 << bits) + 1);
  for (let k = 0; k < count; k++) starts[partitionOf(hashes[k]!) + 1]!++;
  for (let p = 0; p < 1 << bits; p++) starts[p + 1]! += starts[p]!;
  const next = starts.slice(0, 1 << bits);
  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) order[next[partitionOf(hashes[k]!)]!++] = k;

  // One table reused for every partition: (position, hash) pairs, position -1 when free.
  let largest = 0;
  for (let p = 0; p < 1 << bits; p++) largest = Math.max(largest, starts[p + 1]! - starts[p]!);
  let size = 8;
  while (size < largest * 2) size *= 2;
  const table = new Int32Array(size * 2);
  for (let p = 0; p < 1 << bits; p++) {
    const from = starts[p]!;
    const to = starts[p + 1]!;
    if (to - from < 2) continue;
    let tableSize = 8;
    while (tableSize < (to - from) * 2) tableSize *= 2;
    const mask = tableSize - 1;
    table.fill(-1, 0, tableSize * 2);
    for (let o = from; o < to; o++) {
      const k = order[o]!;
      const hash = hashes[k]!;
      let slot = (hash ^ (hash >>> 16)) & mask;
      for (;;) {
        const at = table[2 * slot]!;
        if (at === -1) {
          table[2 * slot] = k;
          table[2 * slot + 1] = hash;
          break;
        }
        if (table[2 * slot + 1] === hash && equal(entry(at), entry(k))) {
          firstOf[k] = entry(at);
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
  return firstOf;
}

/** FNV-1a over the UTF-16 code units of a string, with a seed to keep two kinds of key apart. */
export function hashString(key: string, seed = 0): number {
  let hash = (0x811c9dc5 ^ seed) | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash;
}
