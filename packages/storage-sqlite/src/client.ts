import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { MissingDependencyError, StorageError } from '@ungcu/core/errors';
import { redactConnectionString } from '@ungcu/core/storage';

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
  /** better-sqlite3 sets it for a connection opened with `{ readonly: true }`: the store then writes nothing. */
  readonly readonly?: boolean;
}

type DatabaseConstructor = new (filename: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => SqliteDatabaseLike;

/** The file does not exist and the store may not create it (read-only): say so, naming the file. */
function missingFile(filename: string): StorageError {
  const name = redactConnectionString(filename);
  return new StorageError(
    {
      en: `The SQLite database file "${name}" does not exist; a read-only store does not create it. Check the path`,
      vi: `Tệp cơ sở dữ liệu SQLite "${name}" không tồn tại; kho chỉ đọc không tạo tệp mới. Hãy kiểm tra đường dẫn`,
    },
    { details: { reason: 'not-found', filename: name, path: resolve(name) } },
  );
}

/**
 * Loads better-sqlite3 only when the caller gives a file path, naming the package when it is missing.
 * Read-only: the file must exist and is opened with SQLite's read-only flag, so nothing can create or change it.
 */
export async function openDatabase(filename: string, options: { readonly?: boolean } = {}): Promise<SqliteDatabaseLike> {
  const readonly = options.readonly === true;
  if (readonly && !existsSync(filename)) throw missingFile(filename);
  let Database: DatabaseConstructor;
  try {
    const loaded = (await import('better-sqlite3')) as unknown as { default?: DatabaseConstructor };
    Database = loaded.default ?? (loaded as unknown as DatabaseConstructor);
  } catch (cause) {
    if (!isModuleNotFound(cause)) throw cause;
    throw new MissingDependencyError('better-sqlite3', 'SQLite storage (@ungcu/storage-sqlite)', { cause });
  }
  try {
    return readonly ? new Database(filename, { readonly: true, fileMustExist: true }) : new Database(filename);
  } catch (cause) {
    // Removed between the check and the open.
    if (readonly && !existsSync(filename)) throw missingFile(filename);
    // A missing folder, a file that is not a database, no permission: the environment, reported as such.
    const name = redactConnectionString(filename);
    throw new StorageError(
      {
        en: `Cannot open the SQLite database "${name}": ${(cause as Error).message}`,
        vi: `Không mở được cơ sở dữ liệu SQLite "${name}": ${(cause as Error).message}`,
      },
      { cause, details: { reason: 'open', filename: name } },
    );
  }
}

/** True when an import failed because the package is not installed (not because it failed to load). */
function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}
