/**
 * @ungcu/core/storage/driver: the service-provider interface of storage adapters. An adapter writes a
 * `StorageDriver` (rows in, rows out) and hands it to `createStore()` from `@ungcu/core/storage`, which adds
 * the semantics every adapter shares. Apps do not need this subpath; it changes with the adapters' needs.
 */
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
} from './types';
export { COLLECTION_TABLES, indexedFields, readField, readFields, type IndexedField } from '../fields';
export { compareFieldValues, matchesFilters, normalizeQuery, normalizeWhere, sortRows } from '../query';
export { createMutex, type Mutex } from './mutex';
export { readOnlyTransaction } from './read-only';
export { memoryDriver } from '../memory';
