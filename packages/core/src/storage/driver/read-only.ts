import { StorageError } from '../../errors/classes';
import type { DriverReads, DriverTransaction } from './types';

/**
 * The transaction of a store opened read-only (`readonly: true`, as `ungcu validate --store` opens one): reads
 * go through, and every write is refused before it reaches the database, with one error whatever the adapter.
 * The adapters also open the database or the transaction read-only; this is what the caller is told.
 */
export function readOnlyTransaction(reads: DriverReads, adapter: string, store: string): DriverTransaction {
  const refuse = async (): Promise<never> => {
    throw new StorageError(
      {
        en: `The ${adapter} store was opened read-only (readonly: true); it does not write (${store})`,
        vi: `Kho ${adapter} được mở chỉ để đọc (readonly: true); không ghi dữ liệu (${store})`,
      },
      { details: { reason: 'read-only', store } },
    );
  };
  return { ...reads, insert: refuse, update: refuse, remove: refuse, appendAudit: refuse };
}
