/**
 * The official 2021 list of 868 candidates, read with the project's CSV importer.
 * Vietnam Elections dataset (NA15-2021), CC-BY-4.0, github.com/VietThan/vietnam-elections.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '@ungcu/core';
import { readCsvFiles } from '@ungcu/export-csv/node';

const DIR = fileURLToPath(new URL('../../../examples/data/vn-na-2021/candidates/', import.meta.url));

let cached: Promise<Dataset> | undefined;

export function realList2021(): Promise<Dataset> {
  cached ??= (async () => {
    const paths = readdirSync(DIR)
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => `${DIR}${f}`);
    const { data, errors } = await readCsvFiles(paths, {
      election: { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV', name: 'Bầu cử đại biểu Quốc hội khóa XV' },
    });
    if (errors.length > 0) throw new Error(`The real 2021 list did not import: ${JSON.stringify(errors.slice(0, 3))}`);
    return data;
  })();
  return cached;
}
