import { MissingDependencyError, StorageError } from '@ungcu/core/errors';

/** What a query returns, in the shape both `pg` and PGlite share. */
export interface PgResultLike {
  readonly rows: unknown[];
  /** pg */
  readonly rowCount?: number | null;
  /** PGlite */
  readonly affectedRows?: number;
}

/** A connection checked out of a pool (`pg.PoolClient` fits). */
export interface PgClientLike {
  query(text: string, values?: unknown[]): Promise<PgResultLike>;
  release(error?: Error | boolean): void;
}

/** The part of a `pg.Pool` the store uses, typed by shape so `pg` stays a peer dependency. */
export interface PgPoolLike {
  connect(): Promise<PgClientLike>;
  query(text: string, values?: unknown[]): Promise<PgResultLike>;
  end(): Promise<void>;
}

/** The part of an in-process PGlite database the store uses (`@electric-sql/pglite`'s `PGlite` fits). */
export interface PGliteLike {
  query(text: string, params?: unknown[]): Promise<PgResultLike>;
  exec(sql: string): Promise<unknown>;
  transaction<T>(
    callback: (tx: { query(text: string, params?: unknown[]): Promise<PgResultLike>; exec(sql: string): Promise<unknown> }) => Promise<T>,
  ): Promise<T>;
  close(): Promise<void>;
}

/** One SQL channel: a pooled client in a transaction, the pool for reads, or PGlite. */
export interface Connection {
  query(text: string, values?: readonly unknown[]): Promise<PgResultLike>;
  /** Runs several statements without parameters (a migration script). */
  exec(sql: string): Promise<unknown>;
}

/** How the driver reaches the database, whatever the client. */
export interface Database {
  readonly reads: Connection;
  /** Runs `fn` on one connection inside BEGIN ... COMMIT (ROLLBACK when it throws). */
  transaction<T>(fn: (connection: Connection) => Promise<T>): Promise<T>;
  /** Several connections can write at once (a pool), as opposed to PGlite's single session. */
  readonly concurrent: boolean;
  end(): Promise<void>;
}

export function isPGlite(client: PgPoolLike | PGliteLike): client is PGliteLike {
  return typeof (client as PGliteLike).transaction === 'function' && typeof (client as PgPoolLike).connect !== 'function';
}

/** Wraps database failures (connection refused, serialization failure, disk full) as StorageError. */
export function storageFailure(cause: unknown): StorageError {
  const sqlstate = (cause as { code?: unknown }).code;
  const message = (cause as Error).message ?? String(cause);
  return new StorageError(
    {
      en: `PostgreSQL failed: ${message}${typeof sqlstate === 'string' ? ` (${sqlstate})` : ''}`,
      vi: `PostgreSQL gặp lỗi: ${message}${typeof sqlstate === 'string' ? ` (${sqlstate})` : ''}`,
    },
    { cause, details: typeof sqlstate === 'string' ? { sqlstate } : {} },
  );
}

function guarded(
  query: (text: string, values?: unknown[]) => Promise<PgResultLike>,
  exec: (sql: string) => Promise<unknown> = (sql) => query(sql),
): Connection {
  return {
    async query(text, values) {
      try {
        return await query(text, values === undefined ? undefined : [...values]);
      } catch (cause) {
        throw storageFailure(cause);
      }
    },
    async exec(sql) {
      try {
        return await exec(sql);
      } catch (cause) {
        throw storageFailure(cause);
      }
    },
  };
}

export function poolDatabase(pool: PgPoolLike, owned: boolean): Database {
  return {
    reads: guarded((text, values) => pool.query(text, values)),
    concurrent: true,
    async transaction(fn) {
      let client: PgClientLike;
      try {
        client = await pool.connect();
      } catch (cause) {
        throw storageFailure(cause);
      }
      const connection = guarded((text, values) => client.query(text, values));
      try {
        await connection.query('BEGIN');
        const result = await fn(connection);
        await connection.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        // A failed ROLLBACK means the connection is broken: release it as such so the pool drops it.
        try {
          await client.query('ROLLBACK');
          client.release();
        } catch (rollbackError) {
          client.release(rollbackError as Error);
        }
        throw error;
      }
    },
    end: async () => {
      if (owned) await pool.end();
    },
  };
}

export function pgliteDatabase(db: PGliteLike, owned: boolean): Database {
  return {
    reads: guarded(
      (text, values) => db.query(text, values),
      (sql) => db.exec(sql),
    ),
    concurrent: false,
    // PGlite's transaction() holds its one session until the callback settles; other queries wait.
    transaction: (fn) =>
      db.transaction((tx) =>
        fn(
          guarded(
            (text, values) => tx.query(text, values),
            (sql) => tx.exec(sql),
          ),
        ),
      ),
    end: async () => {
      if (owned) await db.close();
    },
  };
}

/** Loads `pg` only for a connection string, naming the package when it is missing. */
export async function openPool(connectionString: string): Promise<PgPoolLike> {
  let Pool: new (config: { connectionString: string }) => PgPoolLike;
  try {
    const pg = (await import('pg')) as unknown as { default?: { Pool: typeof Pool }; Pool?: typeof Pool };
    Pool = (pg.default?.Pool ?? pg.Pool)!;
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    // Only a package that is not installed is a missing dependency; a package that fails to load is not.
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw cause;
    throw new MissingDependencyError('pg', 'PostgreSQL storage (@ungcu/storage-postgres)', { cause });
  }
  return new Pool({ connectionString });
}
