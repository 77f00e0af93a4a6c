import { ConfigError, ConflictError } from '../errors/classes';
import { COLLECTION_NAMES, type CollectionName, type EntityOf } from '../model/dataset';
import { parseEntity } from '../model/parse';
import type { AuditRow, AuditRowWrite, DriverReads, DriverTransaction, RowWrite, StorageDriver, StoredRow } from './driver/types';
import { readFields } from './fields';
import { sameDocument } from './same-document';
import { createTransactionScope } from './transaction-scope';
import { normalizeQuery, normalizeWhere } from './query';
import type {
  AuditEntry,
  AuditLog,
  BulkUpsertOptions,
  Collection,
  BulkResult,
  BulkUpsertMode,
  ExpectedVersion,
  Store,
  StoredEntityOf,
  StoreSession,
} from './types';

export interface StoreOptions {
  /** Who writes when a call does not say, for the audit log. Default "ungcu". */
  readonly actor?: string;
  /** The clock of the audit log (tests pin it). */
  readonly now?: () => Date;
}

/** How a session reaches the driver: reads directly, writes in a transaction (its own or the enclosing one). */
interface Access {
  readonly reads: DriverReads;
  write<T>(fn: (tx: DriverTransaction) => Promise<T>): Promise<T>;
  readonly actor: string;
  readonly now: () => Date;
  /** Runs before every call of the session (the store's refuses calls from inside its own transaction). */
  readonly check: (call: string) => void;
}

/** The JSON text an entity is stored as: the validated entity without its version (the row carries it). */
function toDocument(entity: { readonly version?: number | undefined }): string {
  const { version: _version, ...rest } = entity;
  return JSON.stringify(rest);
}

function toEntity<C extends CollectionName>(row: StoredRow): StoredEntityOf<C> {
  // The parsed object is new and ours: set the version on it rather than copy it (loads of 500,000 rows).
  const entity = JSON.parse(row.document) as EntityOf<C> & { version: number };
  entity.version = row.version;
  return entity;
}

function checkVersion(collection: CollectionName, id: string, expected: ExpectedVersion, actual: number | undefined): void {
  if (expected === 'any') return;
  if (expected === 'absent' ? actual === undefined : actual === expected) return;
  throw new ConflictError(collection, id, expected === 'absent' ? undefined : expected, actual);
}

/** The version a bulk write expects for one entity (`'upsert'` without a version: whatever is stored). */
function expectedFor(mode: BulkUpsertMode, own: number | undefined): ExpectedVersion {
  if (mode === 'own') return own ?? 'absent';
  if (mode === 'upsert') return own ?? 'any';
  return mode;
}

function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    collection: row.collection,
    entityId: row.entityId,
    operation: row.operation,
    version: row.version,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
  };
}

/**
 * Inserts rows found absent. A row the driver skipped was stored by another writer between our read and our
 * write: the conflict names that row (not the batch's first, which this transaction may have inserted itself).
 */
async function insertOrConflict(tx: DriverTransaction, collection: CollectionName, rows: readonly RowWrite[]): Promise<void> {
  if (rows.length === 0) return;
  const skipped = await tx.insert(collection, rows);
  const id = skipped[0];
  if (id === undefined) return;
  throw new ConflictError(collection, id, undefined, (await tx.get(collection, id))?.version);
}

function createCollection<C extends CollectionName>(collection: C, access: Access): Collection<C> {
  const audit = (
    actor: string | undefined,
    entityId: string,
    operation: AuditRowWrite['operation'],
    version: number,
    before: string | null,
    after: string | null,
  ): AuditRowWrite => ({
    at: access.now().toISOString(),
    actor: actor ?? access.actor,
    collection,
    entityId,
    operation,
    version,
    before,
    after,
  });

  return {
    name: collection,
    async get(id) {
      access.check(`${collection}.get`);
      const row = await access.reads.get(collection, id);
      return row === undefined ? undefined : toEntity<C>(row);
    },
    async list(query) {
      access.check(`${collection}.list`);
      const rows = await access.reads.list(collection, normalizeQuery(collection, query));
      return rows.map((row) => toEntity<C>(row));
    },
    async count(where) {
      access.check(`${collection}.count`);
      return access.reads.count(collection, normalizeWhere(collection, where));
    },
    async upsert(input, options = {}) {
      access.check(`${collection}.upsert`);
      const entity = parseEntity(collection, input) as EntityOf<C> & { version?: number };
      const expected = options.expectedVersion ?? entity.version ?? 'absent';
      const document = toDocument(entity);
      const fields = readFields(collection, entity);
      const version = await access.write(async (tx) => {
        const existing = await tx.get(collection, entity.id);
        checkVersion(collection, entity.id, expected, existing?.version);
        const next = existing === undefined ? 0 : existing.version + 1;
        const row: RowWrite = { id: entity.id, version: next, document, fields };
        if (existing === undefined) await insertOrConflict(tx, collection, [row]);
        else await tx.update(collection, [row]);
        await tx.appendAudit([
          audit(options.actor, entity.id, existing ? 'update' : 'create', next, existing?.document ?? null, document),
        ]);
        return next;
      });
      return toEntity<C>({ id: entity.id, version, document });
    },
    async remove(id, options = {}) {
      access.check(`${collection}.remove`);
      const expected = options.expectedVersion ?? 'any';
      return access.write(async (tx) => {
        const existing = await tx.get(collection, id);
        if (existing === undefined) {
          if (expected !== 'any') throw new ConflictError(collection, id, expected, undefined);
          return false;
        }
        checkVersion(collection, id, expected, existing.version);
        await tx.remove(collection, [id]);
        await tx.appendAudit([audit(options.actor, id, 'remove', existing.version, existing.document, null)]);
        return true;
      });
    },
    async bulkUpsert(inputs, options: BulkUpsertOptions = {}): Promise<BulkResult> {
      access.check(`${collection}.bulkUpsert`);
      const entities = inputs.map((input) => parseEntity(collection, input) as EntityOf<C> & { version?: number });
      const seen = new Set<string>();
      for (const entity of entities) {
        if (seen.has(entity.id)) {
          throw new ConfigError(
            {
              en: `bulkUpsert of ${collection}: the id "${entity.id}" appears twice in one batch`,
              vi: `bulkUpsert ${collection}: mã "${entity.id}" xuất hiện hai lần trong một lô`,
            },
            { details: { collection, id: entity.id } },
          );
        }
        seen.add(entity.id);
      }
      const mode = options.expectedVersion ?? 'own';
      return access.write(async (tx) => {
        const existing = new Map<string, StoredRow>();
        // An empty collection (a first import) cannot hold any of the ids: skip reading them back.
        if (entities.length > 0 && (await tx.count(collection, [])) > 0) {
          for (const row of await tx.getMany(collection, [...seen])) existing.set(row.id, row);
        }
        const inserts: RowWrite[] = [];
        const updates: RowWrite[] = [];
        const entries: AuditRowWrite[] = [];
        let unchanged = 0;
        for (const entity of entities) {
          const before = existing.get(entity.id);
          const expected = expectedFor(mode, entity.version);
          checkVersion(collection, entity.id, expected, before?.version);
          const document = toDocument(entity);
          if (mode === 'upsert' && before !== undefined && sameDocument(before.document, document)) {
            unchanged++;
            continue;
          }
          const version = before === undefined ? 0 : before.version + 1;
          const row: RowWrite = { id: entity.id, version, document, fields: readFields(collection, entity) };
          (before === undefined ? inserts : updates).push(row);
          entries.push(
            audit(options.actor, entity.id, before ? 'update' : 'create', version, before?.document ?? null, document),
          );
        }
        await insertOrConflict(tx, collection, inserts);
        if (updates.length > 0) await tx.update(collection, updates);
        await tx.appendAudit(entries);
        return { created: inserts.length, updated: updates.length, unchanged };
      });
    },
  };
}

function createSession(access: Access): StoreSession {
  const collections = new Map<CollectionName, Collection<CollectionName>>();
  for (const name of COLLECTION_NAMES) collections.set(name, createCollection(name, access) as Collection<CollectionName>);
  const auditLog: AuditLog = {
    async list(query = {}) {
      access.check('audit.list');
      return (await access.reads.auditList(query)).map(toAuditEntry);
    },
  };
  const session = {
    audit: auditLog,
    collection<C extends CollectionName>(name: C): Collection<C> {
      const found = collections.get(name);
      if (found === undefined) {
        throw new ConfigError({ en: `Unknown collection "${String(name)}"`, vi: `Không có tập dữ liệu "${String(name)}"` });
      }
      return found as unknown as Collection<C>;
    },
  } as Record<string, unknown>;
  for (const [name, value] of collections) session[name] = value;
  return session as unknown as StoreSession;
}

/**
 * Makes a Store from an adapter's driver. The driver moves rows; this factory owns the semantics every
 * adapter shares: schema validation on the way in, versions and conflicts, the audit entries, JSON
 * documents, the query checks. That is what lets one conformance suite hold every adapter to the same rules.
 */
export function createStore(driver: StorageDriver, options: StoreOptions = {}): Store {
  const actor = options.actor ?? 'ungcu';
  const now = options.now ?? (() => new Date());
  const scope = createTransactionScope(driver.info.name);
  const check = (call: string) => scope.refuseInside(call);
  const session = createSession({ reads: driver, write: (fn) => driver.transaction(fn), actor, now, check });
  return Object.assign(session, {
    info: driver.info,
    async transaction<T>(fn: (tx: StoreSession) => Promise<T>, txOptions: { actor?: string } = {}): Promise<T> {
      check('transaction');
      return driver.transaction((tx) =>
        // Inside a transaction every write joins it: the session's "write" runs on the open transaction.
        scope.enter(() =>
          fn(createSession({ reads: tx, write: (inner) => inner(tx), actor: txOptions.actor ?? actor, now, check: () => {} })),
        ),
      );
    },
    close: () => driver.close(),
  }) as Store;
}
