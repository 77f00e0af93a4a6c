import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_ETHNIC_NAMES, ETHNIC_GROUPS, type EthnicGroup } from './groups';
import { ethnicityKey, splitBracketed } from './key';
import { buildEthnicityIndex, namesOf } from './lookup';

/** Every (key, meaning) pair the data defines, computed here independently of buildEthnicityIndex. */
function allKeys(): Map<string, Set<string>> {
  const meanings = new Map<string, Set<string>>();
  const claim = (name: string, meaning: string): void => {
    const bracketed = splitBracketed(name);
    for (const part of bracketed ? [bracketed.outer, bracketed.inner] : [name]) {
      const key = ethnicityKey(part);
      expect(key, `${meaning}: "${part}" has a key`).toBeDefined();
      const set = meanings.get(key!) ?? new Set<string>();
      set.add(meaning);
      meanings.set(key!, set);
    }
  };
  for (const g of ETHNIC_GROUPS) for (const name of namesOf(g)) claim(name, `${g.code} ${g.name}`);
  for (const a of AMBIGUOUS_ETHNIC_NAMES) claim(a.name, `ambiguous ${a.name}`);
  return meanings;
}

describe('buildEthnicityIndex', () => {
  it('maps no key to two groups (or to a group and an ambiguous name)', () => {
    const clashes = [...allKeys()].filter(([, meanings]) => meanings.size > 1);
    expect(clashes.map(([key, meanings]) => `${key}: ${[...meanings].join(' | ')}`)).toEqual([]);
  });

  it('indexes every name of every group to that group', () => {
    const index = buildEthnicityIndex(ETHNIC_GROUPS, AMBIGUOUS_ETHNIC_NAMES);
    expect(index.size).toBe(allKeys().size);
    for (const g of ETHNIC_GROUPS) {
      for (const name of namesOf(g)) {
        const entry = index.get(ethnicityKey(splitBracketed(name)?.outer ?? name)!);
        expect(entry?.kind === 'group' ? entry.group : entry, name).toBe(g);
      }
    }
  });

  const group = (code: string, name: string, variants: string[]): EthnicGroup =>
    ({ code, name, nameEn: name, variants }) as unknown as EthnicGroup;

  it('refuses a variant that another group already claims', () => {
    // "Ê Đê" and "Êđê" have the same key, so the second group would silently steal it.
    const groups = [group('01', 'Ê Đê', []), group('02', 'Other', ['Êđê'])];
    expect(() => buildEthnicityIndex(groups, [])).toThrow(/claimed by 01 Ê Đê .* and 02 Other/);
  });

  it('refuses an ambiguous name that is also a group name, or that names fewer than two known groups', () => {
    const groups = [group('01', 'Alpha', []), group('02', 'Beta', [])];
    expect(() => buildEthnicityIndex(groups, [{ name: 'Alpha', codes: ['01', '02'] }])).toThrow(/claimed/);
    expect(() => buildEthnicityIndex(groups, [{ name: 'Gamma', codes: ['01', '01'] }])).toThrow(/two groups/);
    expect(() => buildEthnicityIndex(groups, [{ name: 'Gamma', codes: ['01', '03'] }])).toThrow(/unknown code/);
    expect(buildEthnicityIndex(groups, [{ name: 'Gamma', codes: ['01', '02'] }]).size).toBe(3);
  });

  it('refuses a name that has no key', () => {
    expect(() => buildEthnicityIndex([group('01', 'Alpha', ['A1'])], [])).toThrow(/no lookup key/);
  });
});
