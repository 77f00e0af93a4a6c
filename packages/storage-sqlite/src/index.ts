/**
 * @ungcu/storage-sqlite: the embedded default store. better-sqlite3 (a peer dependency) in WAL mode, one
 * table per collection holding each entity as JSON plus indexed columns, migrations applied on open.
 */
import { createStore, type Store, type StoreOptions } from '@ungcu/core/storage';
import { openDatabase, type SqliteDatabaseLike } from './client';
import { sqliteDriver, type SqliteDriverOptions } from './driver';

export type SqliteStoreOptions = StoreOptions & Pick<SqliteDriverOptions, 'busyTimeoutMs'>;

/**
 * Opens a store on a SQLite database: a file path (opened with better-sqlite3, closed by `store.close()`)
 * or an open better-sqlite3 `Database` (left open: you own it). Creates or upgrades the schema on open.
 */
export async function sqliteStore(database: SqliteDatabaseLike | string, options: SqliteStoreOptions = {}): Promise<Store> {
  const ownsDatabase = typeof database === 'string';
  const db = typeof database === 'string' ? await openDatabase(database) : database;
  try {
    const driver = await sqliteDriver(db, { ...options, ownsDatabase });
    return createStore(driver, options);
  } catch (error) {
    if (ownsDatabase) db.close();
    throw error;
  }
}

export { sqliteDriver, type SqliteDriverOptions } from './driver';
export { applyMigrations } from './migrate';
export { MIGRATIONS, type Migration } from './migrations';
export type { SqliteDatabaseLike, SqliteStatementLike } from './client';
