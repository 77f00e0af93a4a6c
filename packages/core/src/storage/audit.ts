import { ConfigError, StorageError } from '../errors/classes';
import { COLLECTION_NAMES, type CollectionName } from '../model/dataset';
import type { AuditRowWrite, DriverTransaction } from './driver/types';
import type { AuditOperation, AuditQuery } from './types';

/** Every audit operation; the SQL adapters' CHECK constraints allow exactly these. */
export const AUDIT_OPERATIONS: readonly AuditOperation[] = ['create', 'update', 'remove', 'read'];

/** Refuses an audit query whose `operation` is not one of AUDIT_OPERATIONS (it would silently match nothing). */
export function checkAuditQuery(query: AuditQuery): AuditQuery {
  const operation = query.operation as unknown;
  if (operation !== undefined && !AUDIT_OPERATIONS.includes(operation as AuditOperation)) {
    throw new ConfigError(
      {
        en: `audit.list: operation "${String(operation)}" is not one of ${AUDIT_OPERATIONS.join(', ')}`,
        vi: `audit.list: operation "${String(operation)}" không thuộc ${AUDIT_OPERATIONS.join(', ')}`,
      },
      { details: { field: 'operation', value: String(operation) } },
    );
  }
  return query;
}

/** The arguments of `recordRead`, checked before anything is read: a typo must not reach the log. */
export function checkReadTarget(collection: CollectionName, entityId: string): void {
  if (!(COLLECTION_NAMES as readonly string[]).includes(collection)) {
    throw new ConfigError(
      {
        en: `audit.recordRead: unknown collection "${String(collection)}"`,
        vi: `audit.recordRead: không có tập dữ liệu "${String(collection)}"`,
      },
      { details: { field: 'collection', value: String(collection) } },
    );
  }
  if (typeof entityId !== 'string' || entityId.length === 0) {
    throw new ConfigError(
      {
        en: `audit.recordRead: the entity id of ${collection} must be a non-empty string`,
        vi: `audit.recordRead: mã bản ghi của ${collection} phải là một chuỗi khác rỗng`,
      },
      { details: { field: 'entityId', collection } },
    );
  }
}

/** What a store says when it cannot write the log (`capabilities.auditsReads` false). */
export function auditReadsUnsupported(store: string, collection: CollectionName, entityId: string): StorageError {
  return new StorageError(
    {
      en: `The ${store} store cannot record reads in the audit log (capabilities.auditsReads is false: it was opened read-only), so the read of ${collection} "${entityId}" is not recorded; open the store for writing to record reads`,
      vi: `Kho ${store} không ghi được việc đọc vào nhật ký kiểm toán (capabilities.auditsReads là false: kho được mở chỉ để đọc), nên việc đọc ${collection} "${entityId}" không được ghi nhận; hãy mở kho ở chế độ ghi để ghi nhận việc đọc`,
    },
    { details: { reason: 'audit-reads-unsupported', store, collection, entityId } },
  );
}

/**
 * Appends the read entry inside `tx`, at the version stored now. The row is read in the same transaction
 * (and locked, where the adapter locks), so the version recorded is the one that was there when the entry was.
 */
export async function appendRead(
  tx: DriverTransaction,
  store: string,
  entry: Pick<AuditRowWrite, 'at' | 'actor' | 'collection' | 'entityId'>,
): Promise<void> {
  const stored = await tx.get(entry.collection, entry.entityId);
  if (stored === undefined) {
    throw new StorageError(
      {
        en: `Cannot record a read of ${entry.collection} "${entry.entityId}": it is not stored (${store}); the audit log records reads of stored entities only`,
        vi: `Không ghi nhận được việc đọc ${entry.collection} "${entry.entityId}": bản ghi này không có trong kho (${store}); nhật ký kiểm toán chỉ ghi nhận việc đọc bản ghi đã lưu`,
      },
      { details: { reason: 'not-stored', store, collection: entry.collection, entityId: entry.entityId } },
    );
  }
  await tx.appendAudit([{ ...entry, operation: 'read', version: stored.version, before: null, after: null }]);
}
