/**
 * The nominees of each group (a constituency, a body) as validate() indexes them: positions in the nominee
 * list sorted by group (a counting sort), each group's in input order. A group becomes an array only when a
 * check asks for it: most checks only count, and 100,000 small arrays cost more to allocate and collect than
 * the checks that would read them.
 */
import type { Nominee } from '../model/nominee';
import { compareStrings } from './composition';

const byNomineeId = (a: Nominee, b: Nominee): number => compareStrings(a.id, b.id);

export class NomineeGroups {
  /** Group g's positions are order[starts[g]] to order[starts[g + 1]] (exclusive). */
  private readonly starts: Int32Array;
  private readonly order: Int32Array;
  /** The arrays built so far, and whether each is in id order yet (sorted once, on the first 'id' ask). */
  private readonly arrays: (Nominee[] | undefined)[];
  private readonly sorted: Uint8Array;

  /** `groupOf[i]`: the group of list[i], -1 for a nominee in none; groups are 0 to groupCount - 1. */
  constructor(
    private readonly list: readonly Nominee[],
    groupOf: Int32Array,
    groupCount: number,
  ) {
    const starts = new Int32Array(groupCount + 1);
    for (let i = 0; i < groupOf.length; i++) {
      const g = groupOf[i]!;
      if (g >= 0) starts[g + 1]!++;
    }
    for (let g = 0; g < groupCount; g++) starts[g + 1]! += starts[g]!;
    const next = starts.slice(0, groupCount);
    const order = new Int32Array(starts[groupCount]!);
    for (let i = 0; i < groupOf.length; i++) {
      const g = groupOf[i]!;
      if (g >= 0) order[next[g]!++] = i;
    }
    this.starts = starts;
    this.order = order;
    this.arrays = new Array<Nominee[] | undefined>(groupCount);
    this.sorted = new Uint8Array(groupCount);
  }

  count(g: number): number {
    return this.starts[g + 1]! - this.starts[g]!;
  }

  /** The group's nominees in some order (input order, or id order once someone asked for it). */
  members(g: number): Nominee[] {
    let members = this.arrays[g];
    if (members === undefined) {
      const from = this.starts[g]!;
      // Sized once: push() would grow a body's array of thousands several times over.
      members = new Array<Nominee>(this.starts[g + 1]! - from);
      for (let k = 0; k < members.length; k++) members[k] = this.list[this.order[from + k]!]!;
      this.arrays[g] = members;
    }
    return members;
  }

  /** The group's nominees in id order; input grouped by constituency but sorted by name is sorted here, once. */
  sortedMembers(g: number): Nominee[] {
    const members = this.members(g);
    if (this.sorted[g] === 0) {
      if (members.length > 1) members.sort(byNomineeId);
      this.sorted[g] = 1;
    }
    return members;
  }
}
