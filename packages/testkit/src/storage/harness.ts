import type { CollectionName, Dataset } from '@ungcu/core';
import type { Store, StoreOptions } from '@ungcu/core/storage';

/**
 * What the suite reads back WITHOUT the adapter under test: raw SQL for the SQL adapters, the Map for the
 * memory store. If the adapter wrote something other than what it reports, this channel shows it.
 */
export interface RawChannel {
  /** The stored row of an entity: its version and its document parsed from the stored JSON. */
  entity(collection: CollectionName, id: string): Promise<{ version: number; document: unknown } | undefined>;
  /** How many entities a collection holds. */
  count(collection: CollectionName): Promise<number>;
  /** How many audit entries the log holds. */
  auditCount(): Promise<number>;
}

/** A fresh, empty store for one test, with its independent channel. */
export interface StoreFixture {
  readonly store: Store;
  readonly raw: RawChannel;
  /**
   * Opens a second store on the same data through its own connection, for adapters whose capabilities say
   * `multipleWriters` (the concurrency suite then races two connections, not two calls on one).
   */
  readonly openPeer?: () => Promise<Store>;
  /**
   * Opens the same data read-only (`readonly: true`), for adapters that have such a mode: the audit suite
   * checks that it declares `auditsReads: false` and refuses `audit.recordRead`. The suite closes it.
   */
  readonly openReadOnly?: () => Promise<Store>;
  /** Closes what the fixture opened and removes its data. */
  dispose(): Promise<void>;
}

export const STORAGE_SUITES = ['crud', 'filters', 'transactions', 'concurrency', 'audit', 'bulk', 'text'] as const;
export type StorageSuite = (typeof STORAGE_SUITES)[number];

export interface StorageHarness {
  /** Shown in the test names, e.g. "sqlite (file)". */
  readonly name: string;
  /** Opens a fresh, empty store; `options` carries the actor and a pinned clock for the audit suite. */
  open(options: StoreOptions): Promise<StoreFixture>;
  /**
   * Suites to turn off, each with the reason, printed in the output. A suite is only off with a reason:
   * the kit never skips silently.
   */
  readonly disable?: Partial<Record<StorageSuite, string>>;
  /**
   * Run only these suites: for a second harness of an adapter whose other suites run in its own test file
   * (the tools' memory store runs only `bulk`, on the real list). Leaving a suite out is not skipping it.
   */
  readonly only?: readonly StorageSuite[];
  /**
   * The real 2021 National Assembly list (868 candidates) for the bulk round trip, loaded by the adapter's
   * test with the CSV importer (the kit itself imports only core). Without it the bulk suite needs a reason
   * in `disable.bulk`.
   */
  readonly officialList2021?: () => Promise<Dataset>;
}
