/**
 * 100,000 nominees for the benchmarks: the real 868 rows of the 2021 official list (examples/data; Vietnam
 * Elections dataset (NA15-2021), CC-BY-4.0) repeated with unique ids and names, in the same constituencies.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@ungcu/core';
import { readCsvFiles } from '../src/node';

export const ELECTION = { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV' } as const;
const DIR = join(import.meta.dirname, '../../../examples/data/vn-na-2021/candidates');
export const PATHS = readdirSync(DIR)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((f) => join(DIR, f));

export async function scaledDataset(nominees: number): Promise<Dataset> {
  const { data, errors } = await readCsvFiles(PATHS, { election: ELECTION });
  if (errors.length > 0) throw new Error('the real list did not read cleanly');
  const out = [];
  for (let copy = 0; out.length < nominees; copy++) {
    for (const n of data.nominees) {
      if (out.length === nominees) break;
      out.push(copy === 0 ? n : { ...n, id: `${n.id}-${copy}`, person: { ...n.person, fullName: `${n.person.fullName} ${copy}` } });
    }
  }
  return { ...data, nominees: out };
}
