/**
 * The lookup index: one Map from ethnicityKey to what the key means. Built once, lazily, so importing the
 * module costs nothing and resolving a name is one key computation and one Map look-up.
 */
import type { AmbiguousEthnicName, EthnicGroup } from './groups';
import { ethnicityKey, splitBracketed } from './key';

/** What a key means: exactly one group, or a name shared by several groups. */
export type LookupEntry =
  | { readonly kind: 'group'; readonly group: EthnicGroup; readonly source: string }
  | { readonly kind: 'ambiguous'; readonly groups: readonly EthnicGroup[]; readonly source: string };

/** Every name a group is known by: the official name, the English name and the variants. */
export function namesOf(group: EthnicGroup): readonly string[] {
  return [group.name, group.nameEn, ...group.variants];
}

/** One key per name, and one per part of a bracketed name ("Hoa (Chinese)" gives "hoa" and "chinese"). */
function keysOf(name: string): string[] {
  const bracketed = splitBracketed(name);
  const parts = bracketed === undefined ? [name] : [bracketed.outer, bracketed.inner];
  return parts.map((part) => {
    const key = ethnicityKey(part);
    if (key === undefined) throw new Error(`Ethnic name "${name}" has no lookup key`);
    return key;
  });
}

function describe(entry: LookupEntry): string {
  return entry.kind === 'group'
    ? `${entry.group.code} ${entry.group.name} ("${entry.source}")`
    : `the ambiguous name "${entry.source}"`;
}

/**
 * Builds the index and fails loudly on any key that would mean two things, so a variant added to one group
 * can never silently shadow another group's name. The data ships with the SDK, so a throw here is an SDK bug
 * that the tests catch, never a user error.
 */
export function buildEthnicityIndex(
  groups: readonly EthnicGroup[],
  ambiguous: readonly AmbiguousEthnicName[],
): ReadonlyMap<string, LookupEntry> {
  const index = new Map<string, LookupEntry>();
  const add = (key: string, entry: LookupEntry): void => {
    const existing = index.get(key);
    if (existing === undefined) {
      index.set(key, entry);
      return;
    }
    const sameGroup = existing.kind === 'group' && entry.kind === 'group' && existing.group === entry.group;
    if (!sameGroup) {
      throw new Error(`Ethnic name key "${key}" is claimed by ${describe(existing)} and ${describe(entry)}`);
    }
  };

  const byCode = new Map(groups.map((g) => [g.code as string, g]));
  for (const group of groups) {
    for (const name of namesOf(group)) {
      for (const key of keysOf(name)) add(key, { kind: 'group', group, source: name });
    }
  }
  for (const { name, codes } of ambiguous) {
    const candidates = [...new Set(codes)].map((code) => {
      const group = byCode.get(code);
      if (group === undefined) throw new Error(`Ambiguous ethnic name "${name}" refers to unknown code ${code}`);
      return group;
    });
    if (candidates.length < 2) throw new Error(`Ambiguous ethnic name "${name}" must name at least two groups`);
    for (const key of keysOf(name)) add(key, { kind: 'ambiguous', groups: candidates, source: name });
  }
  return index;
}
