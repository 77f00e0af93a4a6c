/**
 * The worked example of docs/planning/apportion.md on real data: the 35% women floor of the 2021 National
 * Assembly list (868 candidates, examples/data/vn-na-2021, read with @ungcu/export-csv) split across the 63
 * provinces in proportion to each province's list, by Hamilton (phương pháp số dư lớn nhất).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvFiles } from '@ungcu/export-csv/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { distributeTarget, type ApportionResult } from '../src/index';

const ROOT = join(import.meta.dirname, '../../..');
const DIR = join(ROOT, 'examples/data/vn-na-2021/candidates');
const PATHS = readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort().map((f) => join(DIR, f));
const ELECTION = { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV', name: 'Bầu cử đại biểu Quốc hội khóa XV' } as const;

interface Province {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly women: number;
}

let provinces: Province[];
let result: ApportionResult;
let byId: ApportionResult;

beforeAll(async () => {
  const { data, errors } = await readCsvFiles(PATHS, { election: ELECTION });
  expect(errors).toEqual([]);
  const unitOf = new Map(data.constituencies.map((c) => [c.id, c.unitId]));
  provinces = data.administrativeUnits.map((u) => {
    const list = data.nominees.filter((n) => unitOf.get(n.nomination.constituencyId ?? '') === u.id);
    return { id: u.id, name: u.name, size: list.length, women: list.filter((n) => n.person.gender === 'female').length };
  });
  const units = provinces.map((p) => ({ id: p.id, size: p.size }));
  result = distributeTarget({ target: Math.ceil(0.35 * 868), units });
  byId = distributeTarget({ target: Math.ceil(0.35 * 868), units, tieRule: 'id' });
}, 120_000); // reading and parsing nine files takes seconds on a loaded machine

describe('35% women across the 63 provinces, 2021', () => {
  it('reads 868 candidates in 63 provinces, 393 of them women', () => {
    expect(provinces).toHaveLength(63);
    expect(provinces.reduce((s, p) => s + p.size, 0)).toBe(868);
    expect(provinces.reduce((s, p) => s + p.women, 0)).toBe(393);
  });

  it('reports the real tie: 26 provinces of 10 candidates share 3.502… each and 6 seats are left', () => {
    expect(Math.ceil(0.35 * 868)).toBe(304);
    const tens = provinces.filter((p) => p.size === 10);
    expect(tens).toHaveLength(26);
    expect(result.complete).toBe(false);
    expect(Object.values(result.seats).reduce((a, b) => a + b, 0)).toBe(298);
    // 304 × 10 / 868 = 760/217 = 3 + 109/217 for each of them: the same remainder, 6 seats, 26 claimants.
    expect(result.ties).toEqual([{ unitIds: tens.map((p) => p.id), seats: 6, priority: '109/217' }]);
    for (const p of tens) expect([p.id, result.quotas[p.id], result.seats[p.id]]).toEqual([p.id, '760/217', 3]);
  });

  it("with tieRule 'id' adds up to 304, none above its list, each within quota", () => {
    expect(byId.complete).toBe(true);
    expect(Object.values(byId.seats).reduce((a, b) => a + b, 0)).toBe(304);
    expect(byId.ties).toEqual([{ ...result.ties[0], resolvedBy: 'id' }]);
    for (const p of provinces) {
      const share = byId.seats[p.id]!;
      expect(share).toBeLessThanOrEqual(p.size);
      // Hamilton: ⌊304 × size / 868⌋ or one more.
      expect(share).toBeGreaterThanOrEqual(Math.floor((304 * p.size) / 868));
      expect(share).toBeLessThanOrEqual(Math.ceil((304 * p.size) / 868));
    }
    // The six smallest ids in code-point order: arbitrary, as the docs say, but reproducible.
    const fourth = provinces.filter((p) => p.size === 10 && byId.seats[p.id] === 4).map((p) => p.id).sort();
    expect(fourth).toEqual([
      'province-ba-ria-vung-tau',
      'province-bac-kan',
      'province-bac-lieu',
      'province-binh-phuoc',
      'province-cao-bang',
      'province-da-nang',
    ]);
  });

  it('four provinces had fewer women on the 2021 list than their share', () => {
    const below = provinces.filter((p) => p.women < result.seats[p.id]!).map((p) => `${p.name} ${p.women}/${result.seats[p.id]}`);
    expect(below).toEqual(['Hồ Chí Minh 15/18', 'Hà Tĩnh 4/5', 'Khánh Hoà 3/5', 'Sơn La 4/5']);
  });

  it('gives the largest lists the largest shares: Hà Nội 49 → 17, TP Hồ Chí Minh 50 → 18', () => {
    const byName = (name: string) => provinces.find((p) => p.name === name)!;
    expect(byName('Hà Nội').size).toBe(49);
    expect(result.seats[byName('Hà Nội').id]).toBe(17);
    expect(byName('Hồ Chí Minh').size).toBe(50);
    expect(result.seats[byName('Hồ Chí Minh').id]).toBe(18);
  });

  it('matches the table in docs/planning/apportion.md', () => {
    const docs = readFileSync(join(ROOT, 'docs/planning/apportion.md'), 'utf8');
    const rows = [...docs.matchAll(/^\| ([^|]+?) \| (\d+) \| ([\d/]+) \| (\d+)(\*?) \| (\d+) \|$/gm)].map((m) => ({
      name: m[1]!,
      size: Number(m[2]),
      quota: m[3]!,
      share: Number(m[4]),
      tied: m[5] === '*',
      women: Number(m[6]),
    }));
    expect(rows).toHaveLength(63);
    const tied = new Set(result.ties[0]!.unitIds);
    for (const row of rows) {
      const p = provinces.find((q) => q.name === row.name);
      const id = p?.id ?? '';
      expect([row.name, p?.size, result.quotas[id], result.seats[id], tied.has(id), p?.women]).toEqual([
        row.name,
        row.size,
        row.quota,
        row.share,
        row.tied,
        row.women,
      ]);
    }
  });
});
