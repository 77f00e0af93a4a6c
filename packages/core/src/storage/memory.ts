import type { CollectionName } from '../model/dataset';
import type { AuditRow, AuditRowWrite, DriverReads, DriverTransaction, FieldFilter, NormalizedQuery, RowWrite, StorageDriver } from './driver/types';
import { createStore, type StoreOptions } from './factory';
import { createMutex } from './driver/mutex';
import { compareCodePoints, matchesFilters, sortRows } from './query';
import type { AuditQuery, Store, StoreInfo } from './types';

/**
 * The memory store's data: one Map per collection (id → row with its indexed field values) and the audit
 * log. Pass your own to keep data across stores, or to read what was written without going through the
 * store (the conformance kit's independent channel).
 */
export interface MemoryTables {
  readonly collections: Map<CollectionName, Map<string, RowWrite>>;
  readonly audit: AuditRow[];
}

export function createMemoryTables(): MemoryTables {
  return { collections: new Map(), audit: [] };
}

const MEMORY_INFO: StoreInfo = {
  id: 'memory',
  name: 'Memory',
  capabilities: { persistent: false, multipleWriters: false, auditsReads: true },
};

function table(tables: MemoryTables, collection: CollectionName): Map<string, RowWrite> {
  let rows = tables.collections.get(collection);
  if (rows === undefined) tables.collections.set(collection, (rows = new Map()));
  return rows;
}

function listRows(rows: Iterable<RowWrite>, query: NormalizedQuery): RowWrite[] {
  const matching = sortRows(
    [...rows].filter((row) => matchesFilters(row.fields, query.where)),
    query.orderBy,
  );
  return matching.slice(query.offset, query.limit === undefined ? undefined : query.offset + query.limit);
}

function matchesAudit(row: AuditRow, query: AuditQuery): boolean {
  return (
    (query.collection === undefined || row.collection === query.collection) &&
    (query.entityId === undefined || row.entityId === query.entityId) &&
    (query.actor === undefined || row.actor === query.actor) &&
    (query.operation === undefined || row.operation === query.operation) &&
    (query.from === undefined || compareCodePoints(row.at, query.from) >= 0) &&
    (query.to === undefined || compareCodePoints(row.at, query.to) < 0) &&
    (query.afterSeq === undefined || row.seq > query.afterSeq)
  );
}

/** Reads of the committed data, or of the data as a transaction sees it through `view`. */
function reads(view: (collection: CollectionName) => Iterable<RowWrite>, lookup: (c: CollectionName, id: string) => RowWrite | undefined, audit: () => AuditRow[]): DriverReads {
  const strip = (row: RowWrite) => ({ id: row.id, version: row.version, document: row.document });
  return {
    get: async (collection, id) => {
      const row = lookup(collection, id);
      return row === undefined ? undefined : strip(row);
    },
    getMany: async (collection, ids) =>
      ids.map((id) => lookup(collection, id)).filter((row): row is RowWrite => row !== undefined).map(strip),
    list: async (collection, query) => listRows(view(collection), query).map(strip),
    page: async (collection, where, afterId, limit) => {
      const after: RowWrite[] = [];
      for (const row of view(collection)) {
        if ((afterId === undefined || compareCodePoints(row.id, afterId) > 0) && matchesFilters(row.fields, where)) after.push(row);
      }
      return after.sort((a, b) => compareCodePoints(a.id, b.id)).slice(0, limit).map(strip);
    },
    count: async (collection, where: readonly FieldFilter[]) => {
      let n = 0;
      for (const row of view(collection)) if (matchesFilters(row.fields, where)) n++;
      return n;
    },
    auditList: async (query) => {
      const rows = audit().filter((row) => matchesAudit(row, query));
      return query.limit === undefined ? rows : rows.slice(0, query.limit);
    },
  };
}

/** The memory driver: committed Maps, and per transaction an overlay applied on commit and dropped on failure. */
export function memoryDriver(tables: MemoryTables = createMemoryTables()): StorageDriver {
  const mutex = createMutex();
  const committed = reads(
    (collection) => table(tables, collection).values(),
    (collection, id) => table(tables, collection).get(id),
    () => tables.audit,
  );
  return {
    info: MEMORY_INFO,
    ...committed,
    transaction: (fn) =>
      mutex.run(async () => {
        // null marks a removal; the overlay shadows the committed rows until commit.
        const overlay = new Map<CollectionName, Map<string, RowWrite | null>>();
        const pendingAudit: AuditRowWrite[] = [];
        const changes = (collection: CollectionName) => {
          let rows = overlay.get(collection);
          if (rows === undefined) overlay.set(collection, (rows = new Map()));
          return rows;
        };
        const lookup = (collection: CollectionName, id: string) => {
          const changed = overlay.get(collection)?.get(id);
          return changed === undefined ? table(tables, collection).get(id) : (changed ?? undefined);
        };
        function* view(collection: CollectionName): Iterable<RowWrite> {
          const changed = overlay.get(collection);
          for (const row of table(tables, collection).values()) {
            if (changed === undefined || !changed.has(row.id)) yield row;
          }
          for (const row of changed?.values() ?? []) if (row !== null) yield row;
        }
        const nextSeq = () => (tables.audit.at(-1)?.seq ?? 0) + 1;
        const tx: DriverTransaction = {
          ...reads(view, lookup, () => [
            ...tables.audit,
            ...pendingAudit.map((entry, i) => ({ ...entry, seq: nextSeq() + i })),
          ]),
          insert: async (collection, rows) => {
            const skipped: string[] = [];
            for (const row of rows) {
              if (lookup(collection, row.id) !== undefined) skipped.push(row.id);
              else changes(collection).set(row.id, row);
            }
            return skipped;
          },
          update: async (collection, rows) => {
            for (const row of rows) changes(collection).set(row.id, row);
          },
          remove: async (collection, ids) => {
            for (const id of ids) changes(collection).set(id, null);
          },
          appendAudit: async (entries) => {
            pendingAudit.push(...entries);
          },
        };
        const result = await fn(tx);
        for (const [collection, rows] of overlay) {
          const target = table(tables, collection);
          for (const [id, row] of rows) {
            if (row === null) target.delete(id);
            else target.set(id, row);
          }
        }
        let seq = nextSeq();
        for (const entry of pendingAudit) tables.audit.push({ ...entry, seq: seq++ });
        return result;
      }),
    close: async () => {},
  };
}

/**
 * The memory store: the reference semantics every adapter is held to, with no Node imports (it runs in
 * browsers). Data lives as long as `tables`.
 */
export function memoryStore(options: StoreOptions & { readonly tables?: MemoryTables } = {}): Store {
  return createStore(memoryDriver(options.tables), options);
}
