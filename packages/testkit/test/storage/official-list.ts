import type { StorageHarness } from '../../src/storage/index';

/**
 * The kit's own package cannot load the real 2021 list: the list is read with @ungcu/export-csv, whose tests
 * depend on this package, and a dependency back would be a cycle. The memory store's bulk round trip of the
 * real list runs in tools/test/memory-store.test.ts instead.
 */
export function officialList2021(): Pick<StorageHarness, 'disable'> {
  return {
    disable: {
      bulk: 'runs in tools/test/memory-store.test.ts: reading the real list needs @ungcu/export-csv, which depends on this package',
    },
  };
}
