/**
 * Opens the store a command names with --store: a PostgreSQL connection string (postgres:// or
 * postgresql://) or else a SQLite file path, the embedded default. Shared by `ungcu import` and
 * `ungcu validate --store`.
 */
import type { Store, StoreOptions } from '@ungcu/core/storage';
import { postgresStore } from '@ungcu/storage-postgres';
import { sqliteStore } from '@ungcu/storage-sqlite';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//iu;

/** Whether a --store value is a PostgreSQL connection string (else it is a SQLite file path). */
export function isPostgresUrl(spec: string): boolean {
  return POSTGRES_URL.test(spec);
}

export interface OpenStoreOptions extends StoreOptions {
  /**
   * For commands that only read (`validate --store`): a SQLite file must exist and is neither created nor
   * migrated; a PostgreSQL session refuses writes.
   */
  readonly readonly?: boolean;
}

/**
 * Opens (and, unless read-only, migrates) the store; `close()` releases the file or the connection pool it
 * opened. Throws a StorageError when the database cannot be reached or opened (a missing file when read-only),
 * MigrationError when its schema is newer. Messages never carry the password of a PostgreSQL URL.
 */
export async function openStore(spec: string, options: OpenStoreOptions = {}): Promise<Store & { close(): Promise<void> }> {
  return isPostgresUrl(spec) ? postgresStore(spec, options) : sqliteStore(spec, options);
}
