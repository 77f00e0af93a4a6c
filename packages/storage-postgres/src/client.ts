import { MissingDependencyError } from '@ungcu/core/errors';
import { isTimeoutFailure, storageFailure, type FailureContext } from './failure';
import type { PoolTimeouts } from './timeouts';

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

function guarded(
  context: FailureContext,
  query: (text: string, values?: unknown[]) => Promise<PgResultLike>,
  exec: (sql: string) => Promise<unknown> = (sql) => query(sql),
): Connection {
  return {
    async query(text, values) {
      try {
        return await query(text, values === undefined ? undefined : [...values]);
      } catch (cause) {
        throw storageFailure(cause, context);
      }
    },
    async exec(sql) {
      try {
        return await exec(sql);
      } catch (cause) {
        throw storageFailure(cause, context);
      }
    },
  };
}

/** How the store opens a database: who owns the client, how failures read, and whether it may write. */
export interface DatabaseOptions {
  /** The store made the client (from a connection string): `end()` closes it. */
  readonly owned: boolean;
  readonly failure: FailureContext;
  /** Every transaction is READ ONLY, so the server itself refuses a write. */
  readonly readonly: boolean;
}

export function poolDatabase(pool: PgPoolLike, options: DatabaseOptions): Database {
  const { owned, failure } = options;
  return {
    reads: guarded(failure, (text, values) => pool.query(text, values)),
    concurrent: true,
    async transaction(fn) {
      let client: PgClientLike;
      try {
        client = await pool.connect();
      } catch (cause) {
        throw storageFailure(cause, failure);
      }
      const connection = guarded(failure, (text, values) => client.query(text, values));
      try {
        await connection.query(options.readonly ? 'BEGIN READ ONLY' : 'BEGIN');
        const result = await fn(connection);
        await connection.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        // A connection that timed out still has the unanswered statement queued: a ROLLBACK would wait behind
        // it. Dropping the connection ends the transaction on the server all the same.
        if (isTimeoutFailure(error)) {
          client.release(error as Error);
          throw error;
        }
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

export function pgliteDatabase(db: PGliteLike, options: DatabaseOptions): Database {
  const { owned, failure } = options;
  return {
    reads: guarded(
      failure,
      (text, values) => db.query(text, values),
      (sql) => db.exec(sql),
    ),
    concurrent: false,
    // PGlite's transaction() holds its one session until the callback settles; other queries wait.
    transaction: (fn) =>
      db.transaction(async (tx) => {
        const connection = guarded(
          failure,
          (text, values) => tx.query(text, values),
          (sql) => tx.exec(sql),
        );
        // PGlite sends its own BEGIN; the first statement of the transaction can still make it read-only.
        if (options.readonly) await connection.query('SET TRANSACTION READ ONLY');
        return fn(connection);
      }),
    end: async () => {
      if (owned) await db.close();
    },
  };
}

interface PgPoolConfig {
  connectionString: string;
  connectionTimeoutMillis: number;
  query_timeout?: number;
}

/**
 * Loads `pg` only for a connection string, naming the package when it is missing. The pool gets the store's
 * timeouts: pg's own default is to wait forever, for a connection and for every answer.
 */
export async function openPool(connectionString: string, timeouts: PoolTimeouts): Promise<PgPoolLike> {
  let Pool: new (config: PgPoolConfig) => PgPoolLike & { on(event: 'error', listener: (error: Error) => void): unknown };
  try {
    const pg = (await import('pg')) as unknown as { default?: { Pool: typeof Pool }; Pool?: typeof Pool };
    Pool = (pg.default?.Pool ?? pg.Pool)!;
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    // Only a package that is not installed is a missing dependency; a package that fails to load is not.
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw cause;
    throw new MissingDependencyError('pg', 'PostgreSQL storage (@ungcu/storage-postgres)', { cause });
  }
  const pool = new Pool({
    connectionString,
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
    ...(timeouts.queryTimeoutMs > 0 ? { query_timeout: timeouts.queryTimeoutMs } : {}),
  });
  // An idle pooled connection the server drops (a restart, a network cut) is reported here; unheard, Node
  // would end the process. The pool replaces the connection on the next query, whose failure is reported.
  pool.on('error', () => {});
  return pool;
}
