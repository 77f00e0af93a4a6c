import { describe, expect, it } from 'vitest';
import { ageOn, checkDataset, Dataset, isEthnicMinority, isPartyMember } from '@ungcu/core';
import { generateNationalDataset, minimumCandidates } from '../src/generate/index';

describe('generateNationalDataset', () => {
  const small = generateNationalDataset({ seed: 7, communes: 40, constituenciesPerCommune: 4 });

  it('is reproducible: the same seed gives the same dataset, another seed another one', () => {
    expect(generateNationalDataset({ seed: 7, communes: 40, constituenciesPerCommune: 4 })).toEqual(small);
    const other = generateNationalDataset({ seed: 8, communes: 40, constituenciesPerCommune: 4 });
    expect(other.nominees.map((n) => n.person.fullName)).not.toEqual(small.nominees.map((n) => n.person.fullName));
  });

  it('at a smaller scale is a valid dataset with no integrity problems', () => {
    expect(Dataset.safeParse(small).success).toBe(true);
    expect(checkDataset(small)).toEqual([]);
  });

  it('has the shape of a general election on the real 2025 map', () => {
    expect(small.administrativeUnits.filter((u) => u.level === 'province')).toHaveLength(34);
    expect(small.administrativeUnits.filter((u) => u.level === 'commune')).toHaveLength(3321);
    expect(small.administrativeUnits.find((u) => u.code === '00004')).toMatchObject({ name: 'Ba Đình', kind: 'ward', parentId: 'u01' });
    const na = small.constituencies.filter((c) => c.bodyId === 'na');
    expect(na).toHaveLength(182);
    expect(na.reduce((sum, c) => sum + c.seats, 0)).toBe(500);
    expect(new Set(na.map((c) => c.seats))).toEqual(new Set([2, 3]));
    const naNominees = small.nominees.filter((n) => n.nomination.bodyId === 'na');
    expect(naNominees).toHaveLength(500 + 2 * 182);
    expect(small.bodies.filter((b) => b.kind === 'provincial-council')).toHaveLength(34);
    expect(small.bodies.filter((b) => b.kind === 'commune-council')).toHaveLength(40);
    for (const c of small.constituencies) {
      const list = small.nominees.filter((n) => n.nomination.constituencyId === c.id);
      const kind = c.bodyId === 'na' ? 'national-assembly' : 'council';
      expect(list.length, c.id).toBe(c.declaredCandidates);
      expect(list.length, c.id).toBeGreaterThanOrEqual(minimumCandidates(c.seats, kind));
      expect(c.seats).toBeLessThanOrEqual(kind === 'council' ? 5 : 3);
      expect(list.map((n) => n.nomination.listNumber)).toEqual(list.map((_, i) => i + 1));
    }
  });

  it('has realistic shares of women, ethnic minorities, non-party nominees and ages, in NFC', () => {
    const n = small.nominees.length;
    const share = (predicate: (x: (typeof small.nominees)[number]) => boolean) => small.nominees.filter(predicate).length / n;
    expect(share((x) => x.person.gender === 'female')).toBeGreaterThan(0.38);
    expect(share((x) => x.person.gender === 'female')).toBeLessThan(0.46);
    expect(share((x) => isEthnicMinority(x.person.ethnicity) === true)).toBeGreaterThan(0.16);
    expect(share((x) => isEthnicMinority(x.person.ethnicity) === true)).toBeLessThan(0.23);
    expect(small.nominees.every((x) => isEthnicMinority(x.person.ethnicity) !== undefined)).toBe(true);
    expect(share((x) => !isPartyMember(x.person))).toBeGreaterThan(0.05);
    expect(share((x) => !isPartyMember(x.person))).toBeLessThan(0.11);
    const ages = small.nominees.map((x) => ageOn(x.person, '2026-03-15'));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(24);
    expect(Math.max(...ages)).toBeLessThanOrEqual(77);
    expect(small.nominees.every((x) => x.person.fullName === x.person.fullName.normalize('NFC'))).toBe(true);
  });

  it('at full scale has about 100,000 constituencies and 500,000 nominees', () => {
    const full = generateNationalDataset({ seed: 2026 });
    expect(full.bodies).toHaveLength(1 + 34 + 3321);
    expect(full.constituencies.length).toBeGreaterThan(95_000);
    expect(full.constituencies.length).toBeLessThan(105_000);
    expect(full.nominees.length).toBeGreaterThan(470_000);
    expect(full.nominees.length).toBeLessThan(530_000);
  });
});
