/**
 * @ungcu/storage-postgres: the store for agencies that outgrow one machine. `pg` (a peer dependency) on a
 * PostgreSQL server, or in-process PGlite; entities as jsonb plus indexed columns in their own schema,
 * migrations applied on open under an advisory lock.
 */
import { ConfigError } from '@ungcu/core/errors';
import { createStore, type Store, type StoreOptions } from '@ungcu/core/storage';
import { isPGlite, openPool, pgliteDatabase, poolDatabase, type PGliteLike, type PgPoolLike } from './client';
import { postgresDriver } from './driver';
import { applyMigrations } from './migrate';

export interface PostgresStoreOptions extends StoreOptions {
  /** The schema holding ungcu's tables, created if missing. Default "ungcu". */
  readonly schema?: string;
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
  const source = typeof client === 'string' ? await openPool(client) : client;
  const db = isPGlite(source) ? pgliteDatabase(source, owned) : poolDatabase(source, owned);
  try {
    await applyMigrations(db, schema);
  } catch (error) {
    await db.end();
    throw error;
  }
  return createStore(postgresDriver(db, schema), options);
}

export { applyMigrations } from './migrate';
export { MIGRATIONS, type Migration } from './migrations';
export type { PgClientLike, PGliteLike, PgPoolLike, PgResultLike } from './client';
