import type { CollectionName } from '../../model/dataset';
import type { FieldValue, IndexedField } from '../fields';
import type { AuditOperation, AuditQuery, StoreInfo } from '../types';

/**
 * The primitives an adapter writes. Core does everything else (validation, versions, conflicts, the audit
 * entries, JSON): an adapter only moves rows, so three adapters cannot disagree on semantics.
 */

/** An entity row: its id, version and the JSON text of the entity without `version`. */
export interface StoredRow {
  readonly id: string;
  readonly version: number;
  readonly document: string;
}

/** A row to write, with the values of the collection's indexed fields (by field name). */
export interface RowWrite extends StoredRow {
  readonly fields: Readonly<Record<string, FieldValue>>;
}

/** A filter on one indexed field: the value is any of `values` (a null in it means "absent"). */
export interface FieldFilter {
  readonly name: string;
  readonly field: IndexedField;
  readonly values: readonly FieldValue[];
}

/** A sort key; `field` undefined means the entity id. */
export interface FieldSort {
  readonly name: string;
  readonly field: IndexedField | undefined;
  readonly descending: boolean;
}

/** A list query checked against the collection's indexed fields; the last sort key is always `id`. */
export interface NormalizedQuery {
  readonly where: readonly FieldFilter[];
  readonly orderBy: readonly FieldSort[];
  readonly limit: number | undefined;
  readonly offset: number;
}

export interface AuditRowWrite {
  readonly at: string;
  readonly actor: string;
  readonly collection: CollectionName;
  readonly entityId: string;
  readonly operation: AuditOperation;
  readonly version: number;
  /** JSON text of the entity before and after, null when there is none. */
  readonly before: string | null;
  readonly after: string | null;
}

export interface AuditRow extends AuditRowWrite {
  readonly seq: number;
}

export interface DriverReads {
  get(collection: CollectionName, id: string): Promise<StoredRow | undefined>;
  /** The stored rows among `ids`, in any order. */
  getMany(collection: CollectionName, ids: readonly string[]): Promise<StoredRow[]>;
  list(collection: CollectionName, query: NormalizedQuery): Promise<StoredRow[]>;
  count(collection: CollectionName, where: readonly FieldFilter[]): Promise<number>;
  /**
   * Optional, for streamed reads (`Collection.iterate`): up to `limit` rows that pass `where` with an id
   * after `afterId` (by code point; from the first when undefined), in id order. A driver without it is
   * read page by page through `list` with an offset, which is correct but rescans skipped rows.
   */
  page?(collection: CollectionName, where: readonly FieldFilter[], afterId: string | undefined, limit: number): Promise<StoredRow[]>;
  auditList(query: AuditQuery): Promise<AuditRow[]>;
}

/**
 * The inside of one database transaction. `get` and `getMany` lock the rows they return until the
 * transaction ends (SELECT ... FOR UPDATE, or a single writer), so a version read here cannot change before
 * the write that depends on it.
 */
export interface DriverTransaction extends DriverReads {
  /**
   * Inserts rows the caller found absent; returns the ids it did NOT insert because the id was stored by
   * then (another writer created it in the meantime: do not overwrite it). Core names the first of them in
   * a ConflictError. An empty array: every row was inserted.
   */
  insert(collection: CollectionName, rows: readonly RowWrite[]): Promise<readonly string[]>;
  /** Replaces rows the caller read (and so locked) in this transaction. */
  update(collection: CollectionName, rows: readonly RowWrite[]): Promise<void>;
  remove(collection: CollectionName, ids: readonly string[]): Promise<void>;
  appendAudit(entries: readonly AuditRowWrite[]): Promise<void>;
}

export interface StorageDriver extends DriverReads {
  readonly info: StoreInfo;
  /**
   * Runs `fn` in one database transaction, committed when it resolves and rolled back when it throws.
   * Calls are never nested: core runs a nested `transaction()` inside the outer one.
   */
  transaction<T>(fn: (tx: DriverTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
