import type { CollectionName } from '@ungcu/core';
import type { AuditQuery, StoreInfo } from '@ungcu/core/storage';
import {
  COLLECTION_TABLES,
  createMutex,
  indexedFields,
  readOnlyTransaction,
  type AuditRow,
  type AuditRowWrite,
  type DriverReads,
  type DriverTransaction,
  type RowWrite,
  type StorageDriver,
  type StoredRow,
} from '@ungcu/core/storage/driver';
import type { SqliteDatabaseLike, SqliteStatementLike } from './client';
import { whileBusy } from './busy';
import { applyMigrations, checkSchema } from './migrate';
import { guard, orderSql, whereSql } from './sql';

export interface SqliteDriverOptions {
  /**
   * How long to wait for another connection's lock (a writer, a checkpoint) before failing with
   * StorageError. Default 30,000 ms: a second import waits for the first instead of failing.
   */
  readonly busyTimeoutMs?: number;
  /** Close the database on `close()` (true when the store opened the file itself). */
  readonly ownsDatabase?: boolean;
  /**
   * Write nothing: no WAL switch, no migration (a schema older than this package needs is refused), read
   * transactions, and every write refused with StorageError. Default: whether the connection is read-only.
   */
  readonly readonly?: boolean;
  /** The database as messages name it (the file path). */
  readonly name?: string;
}

interface RawAuditRow {
  seq: number;
  at: string;
  actor: string;
  collection: CollectionName;
  entity_id: string;
  operation: AuditRow['operation'];
  version: number;
  before: string | null;
  after: string | null;
}

/** The SQLite driver: synchronous better-sqlite3 calls behind the async port, one connection, one writer. */
export async function sqliteDriver(db: SqliteDatabaseLike, options: SqliteDriverOptions = {}): Promise<StorageDriver> {
  const timeoutMs = options.busyTimeoutMs ?? 30_000;
  const readonly = options.readonly ?? db.readonly === true;
  const name = options.name ?? (db.memory === true ? ':memory:' : 'SQLite');
  const statements = new Map<string, SqliteStatementLike>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const mutex = createMutex();

  // A write transaction takes the write lock at its start (BEGIN IMMEDIATE), so what it reads cannot change
  // before it writes: two writers run one after the other. A read-only store only needs a snapshot.
  const begin = readonly ? 'BEGIN' : 'BEGIN IMMEDIATE';
  async function inTransaction<T>(fn: () => Promise<T> | T): Promise<T> {
    await whileBusy(() => db.exec(begin), timeoutMs, name);
    try {
      const result = await fn();
      guard('commit', () => db.exec('COMMIT'));
      return result;
    } catch (error) {
      if (db.inTransaction !== false) db.exec('ROLLBACK');
      throw error;
    }
  }

  // busy_timeout 0: see whileBusy. WAL: readers never block the writer and a crash leaves the last committed
  // state. Switching to WAL needs a moment alone with the file, so it waits out another connection's lock.
  guard('open the database', () => db.exec('PRAGMA busy_timeout = 0'));
  if (readonly) {
    await whileBusy(() => guard('read', () => checkSchema(db, name)), timeoutMs, name);
  } else {
    await whileBusy(() => guard('open the database', () => db.exec('PRAGMA journal_mode = WAL')), timeoutMs, name);
    await mutex.run(() => inTransaction(() => guard('migrate', () => applyMigrations(db))));
  }

  const columns = (collection: CollectionName) => indexedFields(collection).map(([, f]) => f.column);
  const table = (collection: CollectionName) => COLLECTION_TABLES[collection];
  // One parameter list per row of a bulk write: id, version, document, then the indexed fields in order.
  const params = (row: RowWrite, collection: CollectionName, head: readonly unknown[]): unknown[] => {
    const out = [...head];
    for (const [name] of indexedFields(collection)) out.push(row.fields[name] ?? null);
    return out;
  };

  const reads: DriverReads = {
    async get(collection, id) {
      return guard('read', () => prepare(`SELECT id, version, document FROM ${table(collection)} WHERE id = ?`).get(id) as StoredRow | undefined);
    },
    async getMany(collection, ids) {
      return guard('read', () =>
        prepare(`SELECT id, version, document FROM ${table(collection)} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as StoredRow[],
      );
    },
    async list(collection, query) {
      const params: unknown[] = [];
      let sql = `SELECT id, version, document FROM ${table(collection)}${whereSql(query.where, params)}${orderSql(query.orderBy)}`;
      if (query.limit !== undefined || query.offset > 0) {
        sql += ' LIMIT ? OFFSET ?';
        params.push(query.limit ?? -1, query.offset);
      }
      return guard('read', () => prepare(sql).all(...params) as StoredRow[]);
    },
    async page(collection, where, afterId, limit) {
      const values: unknown[] = [];
      let sql = `SELECT id, version, document FROM ${table(collection)}${whereSql(where, values)}`;
      if (afterId !== undefined) {
        sql += `${where.length === 0 ? ' WHERE' : ' AND'} id > ?`;
        values.push(afterId);
      }
      values.push(limit);
      return guard('read', () => prepare(`${sql} ORDER BY id LIMIT ?`).all(...values) as StoredRow[]);
    },
    async count(collection, where) {
      const params: unknown[] = [];
      const sql = `SELECT count(*) AS n FROM ${table(collection)}${whereSql(where, params)}`;
      return guard('read', () => (prepare(sql).get(...params) as { n: number }).n);
    },
    async auditList(query: AuditQuery) {
      const conditions: string[] = [];
      const params: unknown[] = [];
      const add = (sql: string, value: unknown) => {
        if (value === undefined) return;
        conditions.push(sql);
        params.push(value);
      };
      add('collection = ?', query.collection);
      add('entity_id = ?', query.entityId);
      add('actor = ?', query.actor);
      add('operation = ?', query.operation);
      add('at >= ?', query.from);
      add('at < ?', query.to);
      add('seq > ?', query.afterSeq);
      let sql = `SELECT * FROM audit_log${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''} ORDER BY seq`;
      if (query.limit !== undefined) {
        sql += ' LIMIT ?';
        params.push(query.limit);
      }
      const rows = guard('read', () => prepare(sql).all(...params) as RawAuditRow[]);
      return rows.map((r) => ({
        seq: r.seq,
        at: r.at,
        actor: r.actor,
        collection: r.collection,
        entityId: r.entity_id,
        operation: r.operation,
        version: r.version,
        before: r.before,
        after: r.after,
      }));
    },
  };

  const tx: DriverTransaction = {
    ...reads,
    async insert(collection, rows) {
      const cols = columns(collection);
      const statement = prepare(
        `INSERT INTO ${table(collection)} (id, version, document${cols.map((c) => `, ${c}`).join('')}) VALUES (?, ?, ?${cols.map(() => ', ?').join('')}) ON CONFLICT (id) DO NOTHING`,
      );
      return guard('write', () => {
        const skipped: string[] = [];
        for (const row of rows) {
          if (Number(statement.run(...params(row, collection, [row.id, row.version, row.document])).changes) === 0) skipped.push(row.id);
        }
        return skipped;
      });
    },
    async update(collection, rows) {
      const cols = columns(collection);
      const statement = prepare(
        `UPDATE ${table(collection)} SET version = ?, document = ?${cols.map((c) => `, ${c} = ?`).join('')} WHERE id = ?`,
      );
      guard('write', () => {
        for (const row of rows) statement.run(...params(row, collection, [row.version, row.document]), row.id);
      });
    },
    async remove(collection, ids) {
      const statement = prepare(`DELETE FROM ${table(collection)} WHERE id = ?`);
      guard('write', () => {
        for (const id of ids) statement.run(id);
      });
    },
    async appendAudit(entries: readonly AuditRowWrite[]) {
      const statement = prepare(
        'INSERT INTO audit_log (at, actor, collection, entity_id, operation, version, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      guard('write', () => {
        for (const e of entries) statement.run(e.at, e.actor, e.collection, e.entityId, e.operation, e.version, e.before, e.after);
      });
    },
  };

  // Reads wait for an open transaction of this connection too: on one connection they would see its
  // uncommitted writes. Outside a transaction a read can still meet another process's brief exclusive lock
  // (WAL recovery, the last connection closing): it waits that out too.
  const locked =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A) =>
      mutex.run(() => whileBusy(() => fn(...args), timeoutMs, name));
  const readOnlyTx = readOnlyTransaction(reads, 'SQLite', name);

  const info: StoreInfo = {
    id: 'sqlite',
    name: 'SQLite',
    // A read-only connection cannot append to the log, so it cannot record reads either.
    capabilities: { persistent: db.memory !== true, multipleWriters: db.memory !== true, auditsReads: !readonly },
  };
  return {
    info,
    get: locked(reads.get),
    getMany: locked(reads.getMany),
    list: locked(reads.list),
    page: locked(reads.page!),
    count: locked(reads.count),
    auditList: locked(reads.auditList),
    transaction: (fn) => mutex.run(() => inTransaction(() => fn(readonly ? readOnlyTx : tx))),
    close: async () => {
      await mutex.run(() => {
        if (options.ownsDatabase === true) db.close();
      });
    },
  };
}
