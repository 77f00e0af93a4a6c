import { createMemoryTables, memoryStore } from '@ungcu/core/storage';
import type { CollectionName } from '@ungcu/core';
import { runStorageConformance } from '../../src/storage/index';
import { officialList2021 } from './official-list';

runStorageConformance({
  name: 'memory',
  async open(options) {
    const tables = createMemoryTables();
    const store = memoryStore({ ...options, tables });
    return {
      store,
      // The independent channel: the Maps themselves, not the store's reads.
      raw: {
        async entity(collection: CollectionName, id: string) {
          const row = tables.collections.get(collection)?.get(id);
          return row === undefined ? undefined : { version: row.version, document: JSON.parse(row.document) as unknown };
        },
        async count(collection: CollectionName) {
          return tables.collections.get(collection)?.size ?? 0;
        },
        async auditCount() {
          return tables.audit.length;
        },
      },
      dispose: () => store.close(),
    };
  },
  ...officialList2021(),
});
