import type { CollectionName } from '@ungcu/core';
import type { AuditQuery, StoreInfo } from '@ungcu/core/storage';
import {
  COLLECTION_TABLES,
  indexedFields,
  readOnlyTransaction,
  type AuditRow,
  type DriverReads,
  type DriverTransaction,
  type FieldFilter,
  type FieldSort,
  type RowWrite,
  type StorageDriver,
  type StoredRow,
} from '@ungcu/core/storage/driver';
import type { Connection, Database } from './client';

export interface PostgresDriverOptions {
  /** Refuse every write, before it reaches the server (which refuses it too: transactions are READ ONLY). */
  readonly readonly?: boolean;
  /** The store as messages name it (the redacted connection string). */
  readonly store?: string;
}

/** Rows per statement for bulk writes: big enough to amortise round trips, small enough for one message. */
const CHUNK = 5000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function whereSql(filters: readonly FieldFilter[], params: unknown[]): string {
  if (filters.length === 0) return '';
  const parts = filters.map((filter) => {
    const { column, kind } = filter.field;
    const values = filter.values.filter((v) => v !== null);
    const alternatives: string[] = [];
    if (values.length === 1 && filter.values.length === 1) {
      // One value as "=": the planner then knows a (column, id) index range is already in id order, which
      // "= ANY(array)" does not tell it before PostgreSQL 17 (iterate by body would sort the body per page).
      params.push(values[0]);
      return `${column} = $${params.length}`;
    }
    if (values.length > 0) {
      params.push(values);
      alternatives.push(`${column} = ANY($${params.length}::${kind === 'integer' ? 'integer' : 'text'}[])`);
    }
    if (filter.values.includes(null)) alternatives.push(`${column} IS NULL`);
    return alternatives.length === 0 ? 'false' : `(${alternatives.join(' OR ')})`;
  });
  return ` WHERE ${parts.join(' AND ')}`;
}

/**
 * One page of an id-ordered read: the rows after `afterId` that pass `where`, at most `limit`. A cursor, not
 * an offset, so page k does not rescan the k - 1 pages before it.
 */
export function pageSql(table: string, where: readonly FieldFilter[], afterId: string | undefined, limit: number, params: unknown[]): string {
  let sql = `SELECT id, version, document::text AS document FROM ${table}${whereSql(where, params)}`;
  if (afterId !== undefined) {
    params.push(afterId);
    sql += `${where.length === 0 ? ' WHERE' : ' AND'} id > $${params.length}`;
  }
  params.push(limit);
  return `${sql} ORDER BY id LIMIT $${params.length}`;
}

function orderSql(orderBy: readonly FieldSort[]): string {
  return ` ORDER BY ${orderBy
    .map((key) => `${key.field?.column ?? 'id'} ${key.descending ? 'DESC NULLS LAST' : 'ASC NULLS FIRST'}`)
    .join(', ')}`;
}

interface RawAuditRow {
  seq: string;
  at: string;
  actor: string;
  collection: CollectionName;
  entity_id: string;
  operation: AuditRow['operation'];
  version: number;
  before: string | null;
  after: string | null;
}

const affected = (result: { rowCount?: number | null; affectedRows?: number }) => result.rowCount ?? result.affectedRows ?? 0;

/**
 * The PostgreSQL driver. Version checks hold under concurrency with READ COMMITTED: reads inside a
 * transaction take row locks (SELECT ... FOR UPDATE), so a second writer waits and then sees the new
 * version; inserts use ON CONFLICT DO NOTHING, so of two writers creating one id, the second inserts
 * nothing and core reports the conflict.
 */
export function postgresDriver(db: Database, schema: string, options: PostgresDriverOptions = {}): StorageDriver {
  const table = (collection: CollectionName) => `${schema}.${COLLECTION_TABLES[collection]}`;
  const columns = (collection: CollectionName) => indexedFields(collection);

  function reads(connection: Connection, lock: boolean): DriverReads {
    const forUpdate = lock ? ' FOR UPDATE' : '';
    return {
      async get(collection, id) {
        const { rows } = await connection.query(
          `SELECT id, version, document::text AS document FROM ${table(collection)} WHERE id = $1${forUpdate}`,
          [id],
        );
        return rows[0] as StoredRow | undefined;
      },
      async getMany(collection, ids) {
        const found: StoredRow[] = [];
        for (const part of chunks(ids, 20_000)) {
          const { rows } = await connection.query(
            `SELECT id, version, document::text AS document FROM ${table(collection)} WHERE id = ANY($1::text[])${forUpdate}`,
            [part],
          );
          found.push(...(rows as StoredRow[]));
        }
        return found;
      },
      async list(collection, query) {
        const params: unknown[] = [];
        let sql = `SELECT id, version, document::text AS document FROM ${table(collection)}${whereSql(query.where, params)}${orderSql(query.orderBy)}`;
        if (query.limit !== undefined) {
          params.push(query.limit);
          sql += ` LIMIT $${params.length}`;
        }
        if (query.offset > 0) {
          params.push(query.offset);
          sql += ` OFFSET $${params.length}`;
        }
        return (await connection.query(sql, params)).rows as StoredRow[];
      },
      async page(collection, where, afterId, limit) {
        const params: unknown[] = [];
        const sql = pageSql(table(collection), where, afterId, limit, params);
        return (await connection.query(sql, params)).rows as StoredRow[];
      },
      async count(collection, where) {
        const params: unknown[] = [];
        const { rows } = await connection.query(`SELECT count(*)::integer AS n FROM ${table(collection)}${whereSql(where, params)}`, params);
        return (rows[0] as { n: number }).n;
      },
      async auditList(query: AuditQuery) {
        const conditions: string[] = [];
        const params: unknown[] = [];
        const add = (sql: string, value: unknown) => {
          if (value === undefined) return;
          params.push(value);
          conditions.push(sql.replace('?', `$${params.length}`));
        };
        add('collection = ?', query.collection);
        add('entity_id = ?', query.entityId);
        add('actor = ?', query.actor);
        add('operation = ?', query.operation);
        add('at >= ?::timestamptz', query.from);
        add('at < ?::timestamptz', query.to);
        add('seq > ?', query.afterSeq);
        let sql =
          `SELECT seq::text AS seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor, collection, entity_id,` +
          ` operation, version, before::text AS before, after::text AS after FROM ${schema}.audit_log` +
          // audit_log.seq, not seq: a bare name in ORDER BY is the output column, the text cast, which would
          // put 10 before 2.
          `${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''} ORDER BY audit_log.seq`;
        if (query.limit !== undefined) {
          params.push(query.limit);
          sql += ` LIMIT $${params.length}`;
        }
        const { rows } = await connection.query(sql, params);
        return (rows as RawAuditRow[]).map((r) => ({
          seq: Number(r.seq),
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
  }

  /** The rows as parallel arrays for unnest(): id, version, document, then each indexed column. */
  function arrays(collection: CollectionName, rows: readonly RowWrite[]): { params: unknown[]; types: string[]; names: string[] } {
    const fields = columns(collection);
    const params: unknown[] = [rows.map((r) => r.id), rows.map((r) => r.version), rows.map((r) => r.document)];
    for (const [name] of fields) params.push(rows.map((r) => r.fields[name] ?? null));
    return {
      params,
      types: ['text', 'integer', 'text', ...fields.map(([, f]) => (f.kind === 'integer' ? 'integer' : 'text'))],
      names: ['id', 'version', 'document', ...fields.map(([, f]) => f.column)],
    };
  }

  function transaction(connection: Connection): DriverTransaction {
    return {
      ...reads(connection, true),
      async insert(collection, rows) {
        const skipped: string[] = [];
        for (const part of chunks(rows)) {
          const { params, types, names } = arrays(collection, part);
          const select = names.map((n) => (n === 'document' ? 'u.document::jsonb' : `u.${n}`)).join(', ');
          const result = await connection.query(
            `INSERT INTO ${table(collection)} (${names.join(', ')}) SELECT ${select} FROM unnest(${types
              .map((t, i) => `$${i + 1}::${t}[]`)
              .join(', ')}) AS u(${names.join(', ')}) ON CONFLICT (id) DO NOTHING RETURNING id`,
            params,
          );
          // The ids another writer stored first are the ones not returned; name them, not the chunk's first.
          if (affected(result) === part.length) continue;
          const inserted = new Set((result.rows as { id: string }[]).map((r) => r.id));
          for (const row of part) if (!inserted.has(row.id)) skipped.push(row.id);
        }
        return skipped;
      },
      async update(collection, rows) {
        for (const part of chunks(rows)) {
          const { params, types, names } = arrays(collection, part);
          const assignments = names
            .slice(1)
            .map((n) => `${n} = ${n === 'document' ? 'u.document::jsonb' : `u.${n}`}`)
            .join(', ');
          await connection.query(
            `UPDATE ${table(collection)} AS t SET ${assignments} FROM unnest(${types
              .map((t, i) => `$${i + 1}::${t}[]`)
              .join(', ')}) AS u(${names.join(', ')}) WHERE t.id = u.id`,
            params,
          );
        }
      },
      async remove(collection, ids) {
        for (const part of chunks(ids)) await connection.query(`DELETE FROM ${table(collection)} WHERE id = ANY($1::text[])`, [part]);
      },
      async appendAudit(entries) {
        for (const part of chunks(entries)) {
          await connection.query(
            `INSERT INTO ${schema}.audit_log (at, actor, collection, entity_id, operation, version, before, after)` +
              ' SELECT u.at, u.actor, u.collection, u.entity_id, u.operation, u.version, u.before::jsonb, u.after::jsonb' +
              ' FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::text[], $8::text[])' +
              ' WITH ORDINALITY AS u(at, actor, collection, entity_id, operation, version, before, after, n) ORDER BY u.n',
            [
              part.map((e) => e.at),
              part.map((e) => e.actor),
              part.map((e) => e.collection),
              part.map((e) => e.entityId),
              part.map((e) => e.operation),
              part.map((e) => e.version),
              part.map((e) => e.before),
              part.map((e) => e.after),
            ],
          );
        }
      },
    };
  }

  const readOnly = (connection: Connection): DriverTransaction =>
    readOnlyTransaction(reads(connection, false), 'PostgreSQL', options.store ?? 'PostgreSQL');

  const info: StoreInfo = {
    id: 'postgres',
    name: 'PostgreSQL',
    // A read-only store's transactions are READ ONLY: it cannot append to the log, so it cannot record reads.
    capabilities: { persistent: true, multipleWriters: db.concurrent, auditsReads: options.readonly !== true },
  };
  return {
    info,
    ...reads(db.reads, false),
    transaction: (fn) => db.transaction((connection) => fn(options.readonly === true ? readOnly(connection) : transaction(connection))),
    close: () => db.end(),
  };
}
