import { MissingDependencyError, StorageError } from '@ungcu/core/errors';

/** The part of a prepared statement the store uses (better-sqlite3's `Statement` fits). */
export interface SqliteStatementLike {
  run(...params: unknown[]): { changes: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

/**
 * The part of a SQLite connection the store uses, typed by shape so the driver stays a peer dependency:
 * better-sqlite3's `Database` fits, and so does any wrapper with the same synchronous API.
 */
export interface SqliteDatabaseLike {
  prepare(sql: string): SqliteStatementLike;
  exec(sql: string): unknown;
  close(): unknown;
  /** better-sqlite3 sets it for ":memory:" databases (one connection only, so no second writer). */
  readonly memory?: boolean;
  /** better-sqlite3 reports whether a transaction is open (SQLite ends one itself on some errors). */
  readonly inTransaction?: boolean;
}

type DatabaseConstructor = new (filename: string) => SqliteDatabaseLike;

/** Loads better-sqlite3 only when the caller gives a file path, naming the package when it is missing. */
export async function openDatabase(filename: string): Promise<SqliteDatabaseLike> {
  let Database: DatabaseConstructor;
  try {
    const loaded = (await import('better-sqlite3')) as unknown as { default?: DatabaseConstructor };
    Database = loaded.default ?? (loaded as unknown as DatabaseConstructor);
  } catch (cause) {
    if (!isModuleNotFound(cause)) throw cause;
    throw new MissingDependencyError('better-sqlite3', 'SQLite storage (@ungcu/storage-sqlite)', { cause });
  }
  try {
    return new Database(filename);
  } catch (cause) {
    // A missing folder, a file that is not a database, no permission: the environment, reported as such.
    throw new StorageError(
      {
        en: `Cannot open the SQLite database "${filename}": ${(cause as Error).message}`,
        vi: `Không mở được cơ sở dữ liệu SQLite "${filename}": ${(cause as Error).message}`,
      },
      { cause, details: { filename } },
    );
  }
}

/** True when an import failed because the package is not installed (not because it failed to load). */
function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}
