/**
 * @ungcu/storage-postgres: the store for agencies that outgrow one machine. `pg` (a peer dependency) on a
 * PostgreSQL server, or in-process PGlite; entities as jsonb plus indexed columns in their own schema,
 * migrations applied on open under an advisory lock.
 */
import { ConfigError } from '@ungcu/core/errors';
import { createStore, type Store, type StoreOptions } from '@ungcu/core/storage';
import { isPGlite, openPool, pgliteDatabase, poolDatabase, type PGliteLike, type PgPoolLike } from './client';
import { postgresDriver } from './driver';
import { failureContext } from './label';
import { applyMigrations, checkSchema } from './migrate';
import { poolTimeouts } from './timeouts';

export interface PostgresStoreOptions extends StoreOptions {
  /** The schema holding ungcu's tables, created if missing. Default "ungcu". */
  readonly schema?: string;
  /**
   * Open without writing anything: no schema creation or migration (a missing or older schema is refused
   * with MigrationError), every transaction READ ONLY, and every write refused with StorageError. Default false.
   */
  readonly readonly?: boolean;
  /**
   * For a connection string: how long to wait for a connection, in ms (0: forever). Default: the URL's
   * `connect_timeout` (seconds, libpq's meaning), else 10,000. An injected pool keeps its own settings.
   */
  readonly connectTimeoutMs?: number;
  /**
   * For a connection string: how long to wait for the answer to each statement, in ms (0: forever).
   * Default 300,000. An injected pool keeps its own `query_timeout`.
   */
  readonly queryTimeoutMs?: number;
}

function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/u.test(schema)) {
    throw new ConfigError(
      {
        en: `PostgreSQL schema name "${schema}" must be lower-case letters, digits and underscores (at most 63)`,
        vi: `Tên lược đồ PostgreSQL "${schema}" chỉ gồm chữ thường, chữ số và dấu gạch dưới (tối đa 63 ký tự)`,
      },
      { details: { schema } },
    );
  }
  return `"${schema}"`;
}

/**
 * Opens a store on PostgreSQL: a `pg.Pool` (left open: you own it), a PGlite database (left open too), or a
 * connection string (a pool the store creates and `store.close()` ends). Creates or upgrades the schema.
 */
export async function postgresStore(client: PgPoolLike | PGliteLike | string, options: PostgresStoreOptions = {}): Promise<Store> {
  const schema = quoteSchema(options.schema ?? 'ungcu');
  const owned = typeof client === 'string';
  const readonly = options.readonly === true;
  const base = failureContext(client);
  const timeouts = typeof client === 'string' ? poolTimeouts(client, base.store, options) : undefined;
  const failure = timeouts === undefined ? base : { ...base, ...timeouts };
  const source = typeof client === 'string' ? await openPool(client, timeouts!) : client;
  const db = isPGlite(source) ? pgliteDatabase(source, { owned, failure, readonly }) : poolDatabase(source, { owned, failure, readonly });
  try {
    if (readonly) await checkSchema(db, schema, failure.store);
    else await applyMigrations(db, schema);
  } catch (error) {
    await db.end();
    throw error;
  }
  return createStore(postgresDriver(db, schema, { readonly, store: failure.store }), options);
}

export { applyMigrations, checkSchema } from './migrate';
export { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_QUERY_TIMEOUT_MS } from './timeouts';
export { MIGRATIONS, type Migration } from './migrations';
export type { PgClientLike, PGliteLike, PgPoolLike, PgResultLike } from './client';
