/**
 * Real data for the planner's tests: the 2021 official list (examples/data/vn-na-2021/candidates, nine
 * files, 868 candidates; Vietnam Elections dataset (NA15-2021), CC-BY-4.0, github.com/VietThan/vietnam-elections)
 * read with the CSV importer, plus seeded generated nominees to make a larger pool. The generated people
 * take their names from the real list (the surname of one candidate, the middle and given names of
 * another), so they read as Vietnamese names; tests may not import tools/, whose dataset generator the
 * repository's module boundaries keep for benchmarks.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Nominee, type Dataset } from '@ungcu/core';
import { readCsvFiles } from '@ungcu/export-csv/node';
import { mulberry32 } from '../src/prng';

const CANDIDATES_DIR = join(import.meta.dirname, '../../../examples/data/vn-na-2021/candidates');
export const PATHS = readdirSync(CANDIDATES_DIR)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((f) => join(CANDIDATES_DIR, f));
export const ELECTION = {
  electionDay: '2021-05-23',
  rulePack: 'vn-2021',
  term: 'XV',
  name: 'Bầu cử đại biểu Quốc hội khóa XV',
} as const;

let real: Promise<Dataset> | undefined;

/** The 2021 official list as one dataset (read once per test file). */
export function real2021(): Promise<Dataset> {
  real ??= readCsvFiles(PATHS, { election: ELECTION }).then(({ data, errors }) => {
    if (errors.length > 0) throw new Error(`the 2021 list did not import: ${errors.length} errors`);
    return data;
  });
  return real;
}

export interface GeneratedShares {
  readonly women: number;
  readonly minority: number;
}

/**
 * The dataset with `extra` generated nominees added to its constituencies (seeded, so the same each run),
 * at the given shares of women and ethnic minorities, aged 30 to 60, nine in ten Party members.
 */
export function withGenerated(data: Dataset, extra: number, seed: number, shares: GeneratedShares): Dataset {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const body = data.bodies[0]!;
  const people = data.nominees.map((n) => n.person);
  const minorities = [...new Set(people.map((p) => p.ethnicity).filter((e) => e !== 'Kinh'))].sort();
  const nominees = [...data.nominees];
  for (let k = 0; k < extra; k++) {
    const constituency = pick(data.constituencies);
    const gender = next() < shares.women ? 'female' : 'male';
    const surname = pick(people).fullName.split(' ')[0]!;
    const rest = pick(people.filter((p) => p.gender === gender)).fullName.split(' ').slice(1).join(' ');
    const birthYear = 2021 - int(30, 60);
    const date = (year: number) => `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    nominees.push(
      Nominee.parse({
        id: `gen-${seed}-${k + 1}`,
        person: {
          fullName: `${surname} ${rest}`,
          dateOfBirth: date(birthYear),
          gender,
          ethnicity: next() < shares.minority ? pick(minorities) : 'Kinh',
          partyJoinDate: next() < 0.9 ? date(birthYear + 25) : null,
        },
        nomination: { bodyId: body.id, origin: 'local', constituencyId: constituency.id, stage: 'official' },
      }),
    );
  }
  return { ...data, nominees };
}

/** Each constituency's published number of candidates (Số người ứng cử), the sizes of the 2021 list. */
export function publishedSizes(data: Dataset): Record<string, number> {
  return Object.fromEntries(data.constituencies.map((c) => [c.id, c.declaredCandidates!]));
}
