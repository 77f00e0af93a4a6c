/**
 * @ungcu/core/storage: the storage port. A `Store` has a collection per entity, transactions and an
 * append-only audit log; adapters supply a `StorageDriver` (rows in, rows out) and `createStore()` adds the
 * semantics they all share. The memory store here is the reference, and runs in browsers.
 */
export type {
  AuditEntry,
  AuditLog,
  AuditOperation,
  AuditQuery,
  BulkResult,
  BulkUpsertOptions,
  Collection,
  EntityInputOf,
  ExpectedVersion,
  FieldCondition,
  ListQuery,
  RemoveOptions,
  SortKey,
  Store,
  StoreCapabilities,
  StoredEntityOf,
  Stored,
  StoreInfo,
  StoreSession,
  TransactionOptions,
  UpsertOptions,
  Where,
  WriteOptions,
} from './types';
export type {
  AuditRow,
  AuditRowWrite,
  DriverReads,
  DriverTransaction,
  FieldFilter,
  FieldSort,
  NormalizedQuery,
  RowWrite,
  StorageDriver,
  StoredRow,
} from './driver';
export {
  COLLECTION_TABLES,
  INDEXED_FIELDS,
  indexedFields,
  readField,
  readFields,
  type FieldKind,
  type FieldValue,
  type IndexedField,
  type IndexedFieldName,
} from './fields';
export { compareCodePoints, compareFieldValues, matchesFilters, normalizeQuery, normalizeWhere, sortRows } from './query';
export { createStore, type StoreOptions } from './factory';
export { createMutex, type Mutex } from './mutex';
export { createMemoryTables, memoryDriver, memoryStore, type MemoryTables } from './memory';
export { loadDataset, saveDataset, type SaveDatasetOptions } from './dataset';
export { readOnlyTransaction } from './read-only';
export { redactConnectionString, redactSecrets } from './redact';
