/**
 * @ungcu/storage-sqlite: the embedded default store. better-sqlite3 (a peer dependency) in WAL mode, one
 * table per collection holding each entity as JSON plus indexed columns, migrations applied on open.
 */
import { createStore, redactConnectionString, type Store, type StoreOptions } from '@ungcu/core/storage';
import { openDatabase, type SqliteDatabaseLike } from './client';
import { sqliteDriver, type SqliteDriverOptions } from './driver';

export type SqliteStoreOptions = StoreOptions &
  Pick<SqliteDriverOptions, 'busyTimeoutMs'> & {
    /**
     * Open for reading only: a missing file is a StorageError (nothing is created), the file is opened with
     * SQLite's read-only flag, its schema is checked but never migrated, and every write is refused.
     * For commands that only read (`ungcu validate --store`). Default false.
     */
    readonly readonly?: boolean;
  };

/**
 * Opens a store on a SQLite database: a file path (opened with better-sqlite3, closed by `store.close()`)
 * or an open better-sqlite3 `Database` (left open: you own it). Creates or upgrades the schema on open.
 */
export async function sqliteStore(database: SqliteDatabaseLike | string, options: SqliteStoreOptions = {}): Promise<Store> {
  const ownsDatabase = typeof database === 'string';
  const readonly = options.readonly === true || (typeof database !== 'string' && database.readonly === true);
  const db = typeof database === 'string' ? await openDatabase(database, { readonly }) : database;
  try {
    const driver = await sqliteDriver(db, {
      ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
      ownsDatabase,
      readonly,
      ...(typeof database === 'string' ? { name: redactConnectionString(database) } : {}),
    });
    return createStore(driver, options);
  } catch (error) {
    if (ownsDatabase) db.close();
    throw error;
  }
}

export { sqliteDriver, type SqliteDriverOptions } from './driver';
export { applyMigrations, checkSchema } from './migrate';
export { MIGRATIONS, type Migration } from './migrations';
export type { SqliteDatabaseLike, SqliteStatementLike } from './client';
