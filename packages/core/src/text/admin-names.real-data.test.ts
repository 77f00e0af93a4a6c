/**
 * adminUnitKey, sameAdminUnit and findAdminUnit on real names: the 2025 administrative units
 * (examples/data/vn-admin-units-2025) and the province names of the 2021 and 2026 election data, which spell
 * the same provinces differently from file to file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAdminUnit } from './admin-match';
import { adminUnitKey, parseAdminUnitName, sameAdminUnit } from './admin-names';
import { parseCsvRecords } from './test-support/csv';

const DATA = new URL('../../../../examples/data/', import.meta.url);

interface Unit {
  readonly Name: string;
  readonly FullName: string;
}
interface Province extends Unit {
  readonly Wards: readonly Unit[];
}

const provinces = JSON.parse(readFileSync(new URL('vn-admin-units-2025/units.json', DATA), 'utf8')) as Province[];
const wards = provinces.flatMap((p) => p.Wards);

function csvColumn(path: string, column: string): string[] {
  const values = parseCsvRecords(readFileSync(new URL(path, DATA), 'utf8')).map((row) => row[column] ?? '');
  return [...new Set(values)];
}

describe('administrative units of 2025', () => {
  it('has the expected size', () => {
    expect(provinces).toHaveLength(34);
    expect(wards).toHaveLength(3321);
  });

  it('keys every full name equal to its bare name, and reads its level from the prefix', () => {
    const units = [...provinces, ...wards];
    expect(units.filter((u) => adminUnitKey(u.FullName) !== adminUnitKey(u.Name)).map((u) => u.FullName)).toEqual([]);
    expect(units.filter((u) => !sameAdminUnit(u.FullName, u.Name)).map((u) => u.FullName)).toEqual([]);
    // The bare Name never loses a word to prefix stripping ("Thành Công", "Phú Thọ", "Phường 1 Bảo Lộc").
    expect(units.filter((u) => parseAdminUnitName(u.Name).name !== u.Name).map((u) => u.Name)).toEqual([]);
    const kinds = new Map<string, number>();
    for (const u of units) {
      const kind = parseAdminUnitName(u.FullName).kind ?? 'none';
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    expect(Object.fromEntries(kinds)).toEqual({ city: 7, province: 27, ward: 697, commune: 2611, 'special-zone': 13 });
  });

  it('gives the 34 provinces 34 different keys', () => {
    expect(new Set(provinces.map((p) => adminUnitKey(p.FullName))).size).toBe(34);
  });
});

describe('province names across the 2021 election files', () => {
  const candidateDir = new URL('vn-na-2021/candidates/', DATA);
  const fromCandidates = [
    ...new Set(
      readdirSync(candidateDir)
        .filter((f) => f.endsWith('.csv'))
        .sort()
        .flatMap((f) => csvColumn(`vn-na-2021/candidates/${f}`, 'province_or_city')),
    ),
  ];
  const fromResults = csvColumn('vn-na-2021/results-by-constituency.csv', 'province');
  const fromConstituencies = csvColumn('vn-na-2021/constituencies.csv', 'associated_province');

  it('lists 63 provinces in each file', () => {
    expect([fromCandidates.length, fromResults.length, fromConstituencies.length]).toEqual([63, 63, 63]);
  });

  /** Matches every name to the reference list; the matched indexes must cover it exactly once each. */
  function matchAll(names: readonly string[], reference: readonly string[]) {
    const matches = names.map((name) => ({ name, match: findAdminUnit(name, reference) }));
    const indexes = matches.map((m) => m.match?.index);
    expect(indexes.every((i) => i !== undefined)).toBe(true);
    expect(new Set(indexes).size).toBe(reference.length);
    return matches;
  }

  it('matches "THÀNH PHỐ HÀ NỘI" (results) to "Thành phố Hà Nội" (candidates) one to one, all exactly', () => {
    const matches = matchAll(fromResults, fromCandidates);
    expect(matches.filter((m) => m.match?.exact !== true)).toEqual([]);
  });

  it('matches "TP. Hà Nội" (constituencies) one to one; one name differs by a dropped tone mark', () => {
    const matches = matchAll(fromConstituencies, fromCandidates);
    // constituencies.csv writes "Tỉnh Quang Bình" for Quảng Bình: a typo in the source (the other two files
    // and the official name have "Quảng"), found only by the tone-blind fallback.
    const approximate = matches.filter((m) => m.match?.exact !== true);
    expect(approximate.map((m) => [m.name, fromCandidates[m.match?.index ?? -1]])).toEqual([
      ['Tỉnh Quang Bình', 'Quảng Bình'],
    ]);
    expect(matches.length - approximate.length).toBe(62);
  });
});

describe('province names of Resolution 85/NQ-HĐBCQG (2026)', () => {
  const text = readFileSync(new URL('vn-na-2026/resolution-85-NQ-HDBCQG-constituencies.md', DATA), 'utf8');
  const headings = [...text.matchAll(/^(?:#+ )?\d+- (.+)$/gmu)].map((m) => (m[1] ?? '').trim());

  it('matches the 34 provinces of the resolution to the 34 units of 2025 exactly, one to one', () => {
    expect(headings).toHaveLength(34);
    // The resolution says "Tỉnh Đồng Nai", the unit list "Thành phố Đồng Nai": Đồng Nai became a city between
    // the two, a change of kind within the province level that sameAdminUnit allows.
    expect(headings).toContain('Tỉnh Đồng Nai');
    expect(provinces.map((p) => p.FullName)).toContain('Thành phố Đồng Nai');
    const reference = provinces.map((p) => p.FullName);
    const matches = headings.map((h) => findAdminUnit(h, reference));
    expect(matches.filter((m) => m?.exact !== true)).toEqual([]);
    expect(new Set(matches.map((m) => m?.index)).size).toBe(34);
  });
});
