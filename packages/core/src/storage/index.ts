/**
 * @ungcu/core/storage: the storage port as an app uses it. A `Store` has a collection per entity,
 * transactions and an append-only audit log; `saveDataset` and `loadDataset` move a whole election; the
 * memory store is the reference and runs in browsers. What an adapter needs to build a store (the driver
 * types, the query helpers, the SQL table names) is on `@ungcu/core/storage/driver`.
 */
export type {
  AuditEntry,
  AuditLog,
  AuditOperation,
  AuditQuery,
  BulkResult,
  BulkUpsertMode,
  BulkUpsertOptions,
  Collection,
  EntityInputOf,
  ExpectedVersion,
  FieldCondition,
  IterateQuery,
  ListQuery,
  RecordReadOptions,
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
export { AUDIT_OPERATIONS } from './audit';
export { INDEXED_FIELDS, type FieldKind, type FieldValue, type IndexedFieldName } from './fields';
export { compareCodePoints } from './query';
export { createStore, type StoreOptions } from './factory';
export { createMemoryTables, memoryStore, type MemoryTables } from './memory';
export { loadDataset, saveDataset, type LoadDatasetOptions, type LoadProgress, type SaveDatasetOptions } from './dataset';
export { redactConnectionString, redactSecrets } from './redact';
