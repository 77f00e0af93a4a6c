import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '@ungcu/core';
import { readCsvFiles } from '@ungcu/export-csv/node';
import type { StorageHarness } from '@ungcu/testkit/storage';

const folder = fileURLToPath(new URL('../../../examples/data/vn-na-2021/candidates/', import.meta.url));

/**
 * The real 2021 National Assembly list (868 candidates in 184 constituencies), read with the project's CSV
 * importer exactly as published; the bulk suite round-trips it.
 */
export function officialList2021(): Pick<StorageHarness, 'officialList2021'> {
  let cached: Promise<Dataset> | undefined;
  return {
    officialList2021: () =>
      (cached ??= (async () => {
        const paths = readdirSync(folder)
          .filter((name) => name.endsWith('.csv'))
          .sort()
          .map((name) => folder + name);
        const { data, errors } = await readCsvFiles(paths, {
          election: { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV' },
        });
        if (errors.length > 0) throw new Error(`the 2021 list did not import cleanly: ${JSON.stringify(errors.slice(0, 3))}`);
        return data;
      })()),
  };
}
