import { ConfigError, ConflictError } from '../errors/classes';
import { COLLECTION_NAMES, type CollectionName, type EntityOf } from '../model/dataset';
import { parseEntity } from '../model/parse';
import type { AuditRow, AuditRowWrite, DriverReads, DriverTransaction, RowWrite, StorageDriver } from './driver/types';
import { appendRead, auditReadsUnsupported, checkAuditQuery, checkReadTarget } from './audit';
import { bulkWrite } from './bulk';
import { readFields } from './fields';
import { entitiesOf, iterateRows } from './iterate';
import { checkVersion, insertOrConflict, toDocument, toEntity } from './rows';
import { createTransactionScope } from './transaction-scope';
import { normalizeQuery, normalizeWhere } from './query';
import type { AuditEntry, AuditLog, BulkUpsertOptions, Collection, BulkResult, Store, StoreInfo, StoreSession } from './types';

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
  readonly info: StoreInfo;
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
    iterate(query = {}) {
      access.check(`${collection}.iterate`);
      const pages = iterateRows(access.reads, collection, normalizeWhere(collection, query.where), query.batchSize, () =>
        access.check(`${collection}.iterate`),
      );
      return { [Symbol.asyncIterator]: () => entitiesOf<C>(pages[Symbol.asyncIterator]()) };
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
      const mode = options.expectedVersion ?? 'own';
      const actor = options.actor ?? access.actor;
      return access.write((tx) => bulkWrite(tx, { collection, inputs, mode, actor, now: access.now }));
    },
  };
}

function createSession(access: Access): StoreSession {
  const collections = new Map<CollectionName, Collection<CollectionName>>();
  for (const name of COLLECTION_NAMES) collections.set(name, createCollection(name, access) as Collection<CollectionName>);
  const auditLog: AuditLog = {
    async list(query = {}) {
      access.check('audit.list');
      return (await access.reads.auditList(checkAuditQuery(query))).map(toAuditEntry);
    },
    async recordRead(collection, entityId, options = {}) {
      access.check('audit.recordRead');
      checkReadTarget(collection, entityId);
      if (!access.info.capabilities.auditsReads) throw auditReadsUnsupported(access.info.name, collection, entityId);
      const entry = { at: access.now().toISOString(), actor: options.actor ?? access.actor, collection, entityId };
      await access.write((tx) => appendRead(tx, access.info.name, entry));
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
  const info = driver.info;
  const session = createSession({ reads: driver, write: (fn) => driver.transaction(fn), actor, now, check, info });
  return Object.assign(session, {
    info,
    async transaction<T>(fn: (tx: StoreSession) => Promise<T>, txOptions: { actor?: string } = {}): Promise<T> {
      check('transaction');
      return driver.transaction((tx) =>
        // Inside a transaction every write joins it: the session's "write" runs on the open transaction.
        scope.enter(() =>
          fn(createSession({ reads: tx, write: (inner) => inner(tx), actor: txOptions.actor ?? actor, now, check: () => {}, info })),
        ),
      );
    },
    close: () => driver.close(),
  }) as Store;
}
