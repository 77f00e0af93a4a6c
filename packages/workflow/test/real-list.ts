/**
 * The 2021 official list the workflow tests build on (examples/data/vn-na-2021/candidates, nine files, 868
 * candidates in 184 constituencies; Vietnam Elections dataset (NA15-2021), CC-BY-4.0,
 * github.com/VietThan/vietnam-elections), read with the CSV importer once per test file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@ungcu/core';
import { readCsvFiles } from '@ungcu/export-csv/node';

const CANDIDATES_DIR = join(import.meta.dirname, '../../../examples/data/vn-na-2021/candidates');
export const PATHS = readdirSync(CANDIDATES_DIR)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((f) => join(CANDIDATES_DIR, f));
export const ELECTION = { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV', name: 'Bầu cử đại biểu Quốc hội khóa XV' } as const;
export const ELECTION_ID = 'election-2021-05-23';

let real: Promise<Dataset> | undefined;

/** The 2021 official list as one dataset; a list that does not import cleanly stops the tests. */
export function real2021(): Promise<Dataset> {
  real ??= readCsvFiles(PATHS, { election: ELECTION }).then(({ data, errors }) => {
    if (errors.length > 0) throw new Error(`the 2021 list did not import: ${errors.length} errors`);
    return data;
  });
  return real;
}
