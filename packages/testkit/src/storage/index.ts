/**
 * @ungcu/testkit/storage: the conformance suite every storage adapter runs (vitest). An adapter's test
 * builds a `StorageHarness` (how to open a fresh store, how to read it back without the adapter) and calls
 * `runStorageConformance(harness)`.
 */
export { runStorageConformance } from './suite';
export { STORAGE_SUITES, type RawChannel, type StorageHarness, type StorageSuite, type StoreFixture } from './harness';
export { nominee as sampleNominee, sampleElection } from './fixtures';
