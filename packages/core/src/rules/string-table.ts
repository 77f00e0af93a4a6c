/**
 * An insert-only hash index of string keys to the caller's entry numbers: "was an equal key inserted before,
 * and by which entry?", and "which entry has this key?". The validation state finds its 100,000 constituency
 * slots by id with it: one Int32Array of (entry, hash) pairs, so a probe reads one cache line and most probes
 * never read a string, where a Map holds an object per entry for the GC to trace. The caller keeps the keys;
 * the table reads one back only when two hashes are equal. (Repeated keys among 500,000 nominees are found by
 * findRepeats, which works in cache-sized partitions.)
 */
import { hashString } from './repeats';

export class StringTable {
  /** Pairs (entry, hash); entry -1 is a free slot. */
  private slots: Int32Array;
  private mask: number;
  private size = 0;

  /** `capacity`: how many keys are expected (the table grows past it). `keyOf`: the key of an entry. */
  constructor(
    capacity: number,
    private readonly keyOf: (entry: number) => string,
  ) {
    let size = 8;
    // At most half full, so a probe sequence is short.
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
  }

  /**
   * Inserts entry `entry` with key `key` unless an equal key is already in; returns the entry of the equal
   * key, or -1 when `entry` was inserted.
   */
  insert(key: string, entry: number): number {
    const hash = hashString(key);
    const slot = this.probe(key, hash);
    const at = this.slots[2 * slot]!;
    if (at !== -1) return at;
    this.slots[2 * slot] = entry;
    this.slots[2 * slot + 1] = hash;
    if (++this.size * 2 > this.mask + 1) this.grow();
    return -1;
  }

  /** The entry with key `key`, or -1. */
  find(key: string): number {
    return this.slots[2 * this.probe(key, hashString(key))]!;
  }

  /** The slot holding `key`, or the free slot where it would go. */
  private probe(key: string, hash: number): number {
    let slot = (hash ^ (hash >>> 16)) & this.mask;
    for (;;) {
      const at = this.slots[2 * slot]!;
      if (at === -1 || (this.slots[2 * slot + 1] === hash && this.keyOf(at) === key)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Doubles the table, placing each entry by its kept hash (no key is read). */
  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === -1) continue;
      const hash = old[i + 1]!;
      let slot = (hash ^ (hash >>> 16)) & this.mask;
      while (this.slots[2 * slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = old[i]!;
      this.slots[2 * slot + 1] = hash;
    }
  }
}
