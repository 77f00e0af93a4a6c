/**
 * The real 2021 official list: examples/data/vn-na-2021/candidates, nine files, 868 candidates, read with
 * the CSV adapter. Vietnam Elections dataset (NA15-2021), CC-BY-4.0, github.com/VietThan/vietnam-elections.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@ungcu/core';
import { readCsvFiles } from '@ungcu/export-csv/node';

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

let real: Promise<Dataset> | undefined;

/** The real list, read once per test file. */
export function realList(): Promise<Dataset> {
  real ??= readCsvFiles(PATHS, { election: ELECTION }).then(({ data, errors }) => {
    if (errors.length > 0) throw new Error(`the real list has import errors: ${JSON.stringify(errors[0])}`);
    return data;
  });
  return real;
}

export const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
