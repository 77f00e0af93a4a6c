import type { z } from 'zod';
import type { CollectionName, ENTITY_SCHEMAS, EntityOf } from '../model/dataset';
import type { FieldValue, IndexedFieldName } from './fields';

/** What a collection accepts on the way in: the schema's input (defaults may be left out). */
export type EntityInputOf<C extends CollectionName> = z.input<(typeof ENTITY_SCHEMAS)[C]>;

/** An entity as the store returns it: validated, normalised, with the version the store gave it. */
export type Stored<T> = T & { readonly version: number };
export type StoredEntityOf<C extends CollectionName> = Stored<EntityOf<C>>;

/**
 * The version a write expects to find: a number (the entity must be stored with exactly that version),
 * `'absent'` (the entity must not exist yet) or `'any'` (overwrite whatever is there: imports, migrations).
 */
export type ExpectedVersion = number | 'absent' | 'any';

/** Equality on an indexed field: a value, any of several values, or null for "absent". */
export type FieldCondition = FieldValue | readonly FieldValue[];

export type Where<C extends CollectionName> = { readonly [F in IndexedFieldName<C>]?: FieldCondition };

export interface SortKey<C extends CollectionName> {
  readonly field: IndexedFieldName<C> | 'id';
  readonly direction?: 'asc' | 'desc';
}

/**
 * A list query. Results are always in a total order: the sort keys given, then `id`, so pages never
 * overlap or skip. Text sorts by Unicode code point (the same in every adapter); absent values sort first
 * in ascending order. For the official Vietnamese alphabetical order use `sortByVietnameseName` from
 * `@ungcu/core/text` on the page.
 */
export interface ListQuery<C extends CollectionName> {
  readonly where?: Where<C>;
  readonly orderBy?: readonly SortKey<C>[];
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * A streamed read: the entities that match `where`, in id order (by code point), fetched `batchSize` at a
 * time, so a caller can validate or export a whole body without holding it. Each batch is a read of its own:
 * outside a transaction a write that commits between two batches may show in the later ones (run it inside
 * `store.transaction` through `tx` for one consistent view).
 */
export interface IterateQuery<C extends CollectionName> {
  readonly where?: Where<C>;
  /** Entities per read. Default 1000. */
  readonly batchSize?: number;
}

export interface WriteOptions {
  /** Who makes the change, for the audit log; defaults to the store's `actor`. */
  readonly actor?: string;
}

export interface UpsertOptions extends WriteOptions {
  /** Defaults to the entity's own `version` when it has one, else `'absent'` (create only). */
  readonly expectedVersion?: ExpectedVersion;
}

export interface RemoveOptions extends WriteOptions {
  /** Defaults to `'any'`. */
  readonly expectedVersion?: number | 'any';
}

/**
 * How a bulk write checks versions, for every entity of the batch:
 * - `'own'`: each entity's own `version` when it has one, else `'absent'` (the entity must be new).
 * - `'upsert'`: each entity's own `version` when it has one; an entity without one is created when absent,
 *   replaced when stored and different, and left as it is when stored and equal (no new version, no audit
 *   entry). What `saveDataset` does by default, and what `ungcu import` does.
 * - `'absent'`: every entity must be new.
 * - `'any'`: overwrite whatever is stored, equal or not.
 */
export type BulkUpsertMode = 'own' | 'upsert' | 'absent' | 'any';

export interface BulkUpsertOptions extends WriteOptions {
  /** Defaults to `'own'`. The batch is all or nothing: one conflict and nothing is written. */
  readonly expectedVersion?: BulkUpsertMode;
}

export interface BulkResult {
  readonly created: number;
  readonly updated: number;
  /** Entities left as they were because the stored one is equal (`'upsert'` only; 0 otherwise). */
  readonly unchanged: number;
}

/** One entity collection of a store. */
export interface Collection<C extends CollectionName> {
  readonly name: C;
  get(id: string): Promise<StoredEntityOf<C> | undefined>;
  list(query?: ListQuery<C>): Promise<StoredEntityOf<C>[]>;
  count(where?: Where<C>): Promise<number>;
  /**
   * The entities that match `where`, one at a time in id order, read `batchSize` at a time (see
   * `IterateQuery`): memory stays flat however many there are. A bad filter throws at once.
   */
  iterate(query?: IterateQuery<C>): AsyncIterable<StoredEntityOf<C>>;
  /**
   * Validates the entity with its core schema, checks the expected version and writes it: version 0 when
   * created, +1 on every update. A stale version throws `ConflictError` and changes nothing.
   */
  upsert(entity: EntityInputOf<C>, options?: UpsertOptions): Promise<StoredEntityOf<C>>;
  /** Removes the entity; false when it was not stored. */
  remove(id: string, options?: RemoveOptions): Promise<boolean>;
  /** Writes many entities in one transaction (all or nothing), the fast path of imports. */
  bulkUpsert(entities: readonly EntityInputOf<C>[], options?: BulkUpsertOptions): Promise<BulkResult>;
}

/** What an audit entry records: a write, or a read the app recorded (`recordRead`). */
export type AuditOperation = 'create' | 'update' | 'remove' | 'read';

/** One entry of the append-only audit log. */
export interface AuditEntry {
  /** Increases with every entry; the order of the log. */
  readonly seq: number;
  /** When, as an ISO 8601 UTC timestamp with milliseconds. */
  readonly at: string;
  readonly actor: string;
  readonly collection: CollectionName;
  readonly entityId: string;
  readonly operation: AuditOperation;
  /** The version after the change (the removed version for a removal, the version read for a read). */
  readonly version: number;
  /** The entity before the change; null for a creation and a read. */
  readonly before: unknown;
  /** The entity after the change; null for a removal and a read (the log does not copy what was read). */
  readonly after: unknown;
}

export interface AuditQuery {
  readonly collection?: CollectionName;
  readonly entityId?: string;
  /** Inclusive lower bound on `at` (ISO 8601). */
  readonly from?: string;
  /** Exclusive upper bound on `at` (ISO 8601). */
  readonly to?: string;
  readonly actor?: string;
  /** Only entries of this operation (`'read'`: who read what). */
  readonly operation?: AuditOperation;
  /** Only entries after this `seq` (for paging through the log). */
  readonly afterSeq?: number;
  readonly limit?: number;
}

export interface RecordReadOptions {
  /** Who read the entity; defaults to the transaction's or the store's `actor`. */
  readonly actor?: string;
}

export interface AuditLog {
  /** Entries in `seq` order. */
  list(query?: AuditQuery): Promise<AuditEntry[]>;
  /**
   * Appends a `'read'` entry: who read which entity, when (the store's clock) and at which stored version;
   * `before` and `after` are null. For records that hold personal data (vetting cases), where reads must be
   * traceable. The entity must be stored: otherwise StorageError (`details.reason: 'not-stored'`) and
   * nothing is written. Through `tx.audit` the entry joins the transaction and is rolled back with it. A
   * store that cannot write the log (`capabilities.auditsReads` false: opened read-only) refuses with
   * StorageError (`details.reason: 'audit-reads-unsupported'`).
   */
  recordRead(collection: CollectionName, entityId: string, options?: RecordReadOptions): Promise<void>;
}

/** Collections by name, plus the audit log: what a store and a transaction have in common. */
export type StoreSession = { readonly [C in CollectionName]: Collection<C> } & {
  collection<C extends CollectionName>(name: C): Collection<C>;
  readonly audit: AuditLog;
};

export type TransactionOptions = WriteOptions;

/**
 * What an adapter can do. The conformance kit composes its suites from these flags, and callers can check
 * them (a browser app can refuse a store that is not `persistent`).
 */
export interface StoreCapabilities {
  /** Data outlives the process. */
  readonly persistent: boolean;
  /** Several processes or connections can write the same data at once (so concurrency is tested across them). */
  readonly multipleWriters: boolean;
  /** `audit.recordRead` appends entries (false when the store cannot write, e.g. opened read-only). */
  readonly auditsReads: boolean;
}

export interface StoreInfo {
  /** Stable adapter id: "memory", "sqlite", "postgres". */
  readonly id: string;
  /** Human name for messages. */
  readonly name: string;
  readonly capabilities: StoreCapabilities;
}

/**
 * The storage port: a collection per entity, transactions and the audit log. Made by `createStore()` from
 * an adapter's driver; every adapter passes the same conformance suite (`@ungcu/testkit/storage`).
 */
export type Store = StoreSession & {
  readonly info: StoreInfo;
  /**
   * Runs `fn` in one transaction: everything it writes through `tx` lands together, or nothing does if it
   * throws, and reads through `tx` see the transaction's own writes. Inside `fn`, read and write through
   * `tx` only: a call through the store itself (a read, a write, another `transaction`) is refused at once
   * with a StorageError saying so (`details.reason: 'use-tx'`), on every adapter, where the runtime has
   * AsyncLocalStorage (Node, Deno, Bun). Calls from outside `fn` are not affected: they see the data
   * committed before the transaction, or wait for it on single-connection adapters.
   */
  transaction<T>(fn: (tx: StoreSession) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Releases what the store opened itself (a file it opened, a pool it created); injected clients stay open. */
  close(): Promise<void>;
};
