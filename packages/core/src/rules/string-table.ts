/**
 * An insert-only hash set of string keys sized once for a known number of entries, answering "was an equal
 * key inserted before, and by which entry?". validate() groups 500,000 nominees by id (to find duplicates)
 * and by person; a Map of that size costs about 300 ms to fill on this project's machines (it grows by
 * rehashing, and each entry is an object the GC must trace), this table under 100 ms: it is two
 * preallocated Int32Arrays, and the hash kept per entry means most probes never read a string.
 */
export class StringTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly hashes: Int32Array;

  /**
   * `capacity`: entries are numbered 0 to capacity - 1. `keyOf`: the key of an inserted entry, read back
   * only when two hashes are equal, so the table keeps no strings of its own.
   */
  constructor(
    capacity: number,
    private readonly keyOf: (entry: number) => string,
  ) {
    let size = 8;
    // At most half full, so a probe sequence is short.
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.hashes = new Int32Array(capacity);
  }

  /**
   * Inserts entry `entry` with key `key` unless an equal key is already in; returns the entry of the equal
   * key, or -1 when `entry` was inserted.
   */
  insert(key: string, entry: number): number {
    // FNV-1a over the UTF-16 code units.
    let hash = 0x811c9dc5 | 0;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    let slot = (hash ^ (hash >>> 16)) & this.mask;
    for (;;) {
      const at = this.slots[slot]!;
      if (at === -1) {
        this.slots[slot] = entry;
        this.hashes[entry] = hash;
        return -1;
      }
      if (this.hashes[at] === hash && this.keyOf(at) === key) return at;
      slot = (slot + 1) & this.mask;
    }
  }
}
