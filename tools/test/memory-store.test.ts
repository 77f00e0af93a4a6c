/**
 * The memory store's bulk round trip of the real 2021 list, through the storage conformance kit. It lives
 * here because the list is read with @ungcu/export-csv, which @ungcu/testkit itself cannot depend on (the CSV
 * package's tests depend on the kit); the kit's other suites run on the memory store in
 * packages/testkit/test/storage/memory.test.ts.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CollectionName } from '@ungcu/core';
import { createMemoryTables, memoryStore } from '@ungcu/core/storage';
import { readCsvFiles } from '@ungcu/export-csv/node';
import { runStorageConformance } from '@ungcu/testkit/storage';

const folder = fileURLToPath(new URL('../../examples/data/vn-na-2021/candidates/', import.meta.url));

runStorageConformance({
  name: 'memory (real 2021 list)',
  async open(options) {
    const tables = createMemoryTables();
    const store = memoryStore({ ...options, tables });
    return {
      store,
      raw: {
        async entity(collection: CollectionName, id: string) {
          const row = tables.collections.get(collection)?.get(id);
          return row === undefined ? undefined : { version: row.version, document: JSON.parse(row.document) as unknown };
        },
        count: async (collection: CollectionName) => tables.collections.get(collection)?.size ?? 0,
        auditCount: async () => tables.audit.length,
      },
      dispose: () => store.close(),
    };
  },
  // The other suites run on the memory store in packages/testkit/test/storage/memory.test.ts.
  only: ['bulk'],
  async officialList2021() {
    const paths = readdirSync(folder)
      .filter((name) => name.endsWith('.csv'))
      .sort()
      .map((name) => folder + name);
    const { data, errors } = await readCsvFiles(paths, { election: { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV' } });
    if (errors.length > 0) throw new Error(`the 2021 list did not import cleanly: ${JSON.stringify(errors.slice(0, 3))}`);
    return data;
  },
});
