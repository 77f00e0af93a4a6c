/**
 * Finds the stored record of an imported nominee whose id is new because the list corrected the person.
 * Ids come from the constituency and the name (ids.ts), so a corrected birth date keeps its id by itself; a
 * corrected name does not, nor does a person moved to another constituency. Those are matched here, each to
 * exactly one stored nominee of the same body that no imported row claims:
 * - `person`: the same person (name blind to case, NFC/NFD and tone placement, and date of birth), for a move;
 * - `position`: the same constituency, list number and date of birth, for a corrected name.
 * An ambiguous match (two candidates) matches nothing: a new record is safer than a wrong merge.
 */
import type { Nominee } from '../model/nominee';
import { comparisonKey } from '../text/normalize';

export interface NomineeMatch {
  readonly importedId: string;
  readonly storedId: string;
  readonly reason: 'person' | 'position';
}

type Key = (n: Nominee) => string | undefined;

const personKey: Key = (n) => `${n.nomination.bodyId}|${comparisonKey(n.person.fullName)}|${n.person.dateOfBirth}`;
const positionKey: Key = (n) =>
  n.nomination.constituencyId === undefined || n.nomination.listNumber === undefined
    ? undefined
    : `${n.nomination.constituencyId}|${n.nomination.listNumber}|${n.person.dateOfBirth}`;

function index(nominees: readonly Nominee[], key: Key): Map<string, Nominee[]> {
  const out = new Map<string, Nominee[]>();
  for (const n of nominees) {
    const k = key(n);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list === undefined) out.set(k, [n]);
    else list.push(n);
  }
  return out;
}

export function reconcileNominees(incoming: readonly Nominee[], stored: readonly Nominee[]): NomineeMatch[] {
  const incomingIds = new Set(incoming.map((n) => n.id));
  const storedIds = new Set(stored.map((n) => n.id));
  // Only stored records that no imported row names, and imported rows that name no stored record, can pair up.
  const free = stored.filter((n) => !incomingIds.has(n.id));
  const unmatched = free.length === 0 ? [] : incoming.filter((n) => !storedIds.has(n.id));
  const matches: NomineeMatch[] = [];
  const taken = new Set<string>();
  const done = new Set<string>();
  for (const [reason, key] of [['person', personKey], ['position', positionKey]] as const) {
    const storedBy = index(free, key);
    const incomingBy = index(unmatched, key);
    for (const n of unmatched) {
      if (done.has(n.id)) continue;
      const k = key(n);
      if (k === undefined) continue;
      const candidates = (storedBy.get(k) ?? []).filter((s) => !taken.has(s.id));
      if (candidates.length !== 1 || (incomingBy.get(k)?.length ?? 0) !== 1) continue;
      taken.add(candidates[0]!.id);
      done.add(n.id);
      matches.push({ importedId: n.id, storedId: candidates[0]!.id, reason });
    }
  }
  return matches;
}
