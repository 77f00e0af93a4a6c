import { ConflictError } from '../errors/classes';
import type { CollectionName, EntityOf } from '../model/dataset';
import type { DriverTransaction, RowWrite, StoredRow } from './driver/types';
import type { BulkUpsertMode, ExpectedVersion, StoredEntityOf } from './types';

/** The JSON text an entity is stored as: the validated entity without its version (the row carries it). */
export function toDocument(entity: { readonly version?: number | undefined }): string {
  // JSON.stringify leaves out a key whose value is undefined, so only a set version needs the copy without it.
  if (entity.version === undefined) return JSON.stringify(entity);
  const { version: _version, ...rest } = entity;
  return JSON.stringify(rest);
}

export function toEntity<C extends CollectionName>(row: StoredRow): StoredEntityOf<C> {
  // The parsed object is new and ours: set the version on it rather than copy it (loads of 500,000 rows).
  const entity = JSON.parse(row.document) as EntityOf<C> & { version: number };
  entity.version = row.version;
  return entity;
}

export function checkVersion(collection: CollectionName, id: string, expected: ExpectedVersion, actual: number | undefined): void {
  if (expected === 'any') return;
  if (expected === 'absent' ? actual === undefined : actual === expected) return;
  throw new ConflictError(collection, id, expected === 'absent' ? undefined : expected, actual);
}

/** The version a bulk write expects for one entity (`'upsert'` without a version: whatever is stored). */
export function expectedFor(mode: BulkUpsertMode, own: number | undefined): ExpectedVersion {
  if (mode === 'own') return own ?? 'absent';
  if (mode === 'upsert') return own ?? 'any';
  return mode;
}

/**
 * Inserts rows found absent. A row the driver skipped was stored by another writer between our read and our
 * write: the conflict names that row (not the batch's first, which this transaction may have inserted itself).
 */
export async function insertOrConflict(tx: DriverTransaction, collection: CollectionName, rows: readonly RowWrite[]): Promise<void> {
  if (rows.length === 0) return;
  const skipped = await tx.insert(collection, rows);
  const id = skipped[0];
  if (id === undefined) return;
  throw new ConflictError(collection, id, undefined, (await tx.get(collection, id))?.version);
}
