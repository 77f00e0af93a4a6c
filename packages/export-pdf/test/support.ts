/**
 * The real 2021 official list: examples/data/vn-na-2021/candidates, nine files, 868 candidates in 184
 * constituencies, read with the CSV adapter, and its validation report under vn-2021. Vietnam Elections
 * dataset (NA15-2021), CC-BY-4.0, github.com/VietThan/vietnam-elections.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@ungcu/core';
import { type Report, validate } from '@ungcu/core/rules';
import { readCsvFiles } from '@ungcu/export-csv/node';
import { vn2021 } from '@ungcu/rules-vn';

export const CANDIDATES_DIR = join(import.meta.dirname, '../../../examples/data/vn-na-2021/candidates');
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

export { vn2021 };

let real: Promise<Dataset> | undefined;

/** The real list, read once per test file. */
export function realList(): Promise<Dataset> {
  real ??= readCsvFiles(PATHS, { election: ELECTION }).then(({ data, errors }) => {
    if (errors.length > 0) throw new Error(`the real list has import errors: ${JSON.stringify(errors[0])}`);
    return data;
  });
  return real;
}

/** The report of the real list under vn-2021, in a locale. */
export async function realReport(locale: 'vi' | 'en' = 'vi'): Promise<Report> {
  return validate(await realList(), { packs: [vn2021], locale });
}
