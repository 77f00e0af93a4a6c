/**
 * Imports a dataset into a store the way a nomination season needs: a stream of corrected lists, each maybe
 * only one province's or one constituency's file. In one transaction it
 * - finds each nominee's stored record even when the list corrected the person's details (reconcile.ts),
 * - writes only what changed, so a re-import of the same files changes no version and no audit entry,
 * - recomputes each body's seats from every constituency stored after the merge, never from the subset
 *   the files happen to hold (29 seats after importing one of nine files into a complete store was the bug),
 * - in `replace` mode marks the stored nominees that a constituency's new list leaves out as removed, with a
 *   reason (never silently kept, never deleted),
 * - and says what changed, field by field; with `dryRun` it says so and writes nothing.
 */
import { ConflictError } from '../errors/classes';
import { COLLECTION_NAMES, type CollectionName, type Dataset, type DatasetInput } from '../model/dataset';
import type { LocalizedText } from '../model/primitives';
import { parseEntity } from '../model/parse';
import type { Nominee } from '../model/nominee';
import type { StoreSession, Store, WriteOptions } from '../storage/types';
import { type FieldChange, canonicalJson, diffEntity } from './changes';
import type { ExportProgress } from './ports';
import { reconcileNominees } from './reconcile';

/** Entities per bulk write of a save: large enough that a batch costs what one write of all would, per row. */
const WRITE_BATCH = 10_000;
const RECORDS = { vi: 'bản ghi', en: 'records' } as const;

export type ImportMode = 'upsert' | 'replace';

export interface ImportIntoStoreOptions extends WriteOptions {
  /**
   * `'upsert'` (default): add new entities and update changed ones; nothing stored is touched otherwise.
   * `'replace'`: in addition, a constituency's list in the data replaces that constituency's list in the
   * store: an active stored nominee it leaves out is marked `removed` with `removedReason`.
   */
  readonly mode?: ImportMode;
  /** Work out and return the changes, write nothing. */
  readonly dryRun?: boolean;
  /** The `statusReason` of nominees that `replace` marks removed. */
  readonly removedReason?: string;
  /** How often to run the transaction again when a concurrent writer created the same entity first. Default 3. */
  readonly retries?: number;
  /**
   * Called as the changed entities are written: `done` of `total` records, after every batch of 10,000 (a
   * national save writes half a million). Not called on a dry run or when nothing changed.
   */
  readonly onProgress?: (progress: ExportProgress) => void;
}

export type ChangeOperation = 'create' | 'update' | 'remove';

export interface EntityChange {
  readonly collection: CollectionName;
  readonly id: string;
  /** `remove` is a nominee that replace mode marked removed (the record stays, with its status). */
  readonly operation: ChangeOperation;
  /** The nominee's full name or the entity's name, for people reading the summary. */
  readonly name?: string;
  /** For updates and removals: what changed, field by field. */
  readonly fields: readonly FieldChange[];
}

export interface CollectionCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
}

export interface ImportSummary {
  readonly mode: ImportMode;
  readonly dryRun: boolean;
  readonly counts: Readonly<Record<CollectionName, CollectionCounts>>;
  /** Every created, updated and removed entity, in collection order then the data's order. */
  readonly changes: readonly EntityChange[];
  /** Nominees of the data matched to a stored record under another id (a corrected name or birth date). */
  readonly matched: readonly { readonly importedId: string; readonly storedId: string; readonly reason: 'person' | 'position' }[];
}

export const DEFAULT_REMOVED_REASON =
  'Không có trong danh sách nhập lại (ungcu, chế độ thay thế) / Not on the re-imported list (ungcu, replace mode)';

type Doc = Record<string, unknown> & { readonly id: string };

function nameOf(collection: CollectionName, entity: Doc): string | undefined {
  if (collection === 'nominees') return (entity as unknown as Nominee).person.fullName;
  return typeof entity['name'] === 'string' ? entity['name'] : undefined;
}

function withoutVersion(entity: object): Doc {
  const { version: _version, ...rest } = entity as Doc & { version?: number };
  return rest as Doc;
}

/** The stored entities among `ids`, keyed by id (one query per id: these collections are small). */
async function storedById(tx: StoreSession, collection: CollectionName, ids: readonly string[]): Promise<Map<string, Doc>> {
  const out = new Map<string, Doc>();
  for (const id of ids) {
    const found = await tx.collection(collection).get(id);
    if (found !== undefined) out.set(id, withoutVersion(found));
  }
  return out;
}

/** Nominees and constituencies hang off bodies: read them per body in one query each. */
async function storedByBody(tx: StoreSession, collection: 'nominees' | 'constituencies', bodyIds: readonly string[]): Promise<Map<string, Doc>> {
  const out = new Map<string, Doc>();
  if (bodyIds.length === 0) return out;
  for (const entity of await tx.collection(collection).list({ where: { bodyId: [...bodyIds] } })) {
    out.set(entity.id, withoutVersion(entity));
  }
  return out;
}

function emptyCounts(): Record<CollectionName, CollectionCounts> {
  return Object.fromEntries(COLLECTION_NAMES.map((c) => [c, { created: 0, updated: 0, unchanged: 0, removed: 0 }])) as Record<
    CollectionName,
    CollectionCounts
  >;
}

async function importIn(tx: StoreSession, dataset: Dataset | DatasetInput, options: ImportIntoStoreOptions): Promise<ImportSummary> {
  const mode = options.mode ?? 'upsert';
  const incoming = {} as Record<CollectionName, Doc[]>;
  for (const c of COLLECTION_NAMES) {
    const list = ((dataset as Record<string, readonly unknown[] | undefined>)[c] ?? []) as readonly object[];
    incoming[c] = list.map((e) => withoutVersion(parseEntity(c, e)));
  }
  const bodyIds = incoming.bodies.map((b) => b.id);
  // Bodies first: in PostgreSQL reading a row in a transaction locks it, so two imports into the same body
  // queue here, and the second sees everything the first stored (its seats come out right).
  const stored = {} as Record<CollectionName, Map<string, Doc>>;
  stored.bodies = await storedById(tx, 'bodies', bodyIds);
  const nomineeBodyIds = [...new Set([...bodyIds, ...incoming.nominees.map((n) => (n as unknown as Nominee).nomination.bodyId)])];
  stored.nominees = await storedByBody(tx, 'nominees', nomineeBodyIds);
  stored.constituencies = await storedByBody(tx, 'constituencies', bodyIds);
  for (const c of COLLECTION_NAMES) {
    if (stored[c] !== undefined) continue;
    stored[c] = await storedById(tx, c, incoming[c].map((e) => e.id));
  }
  for (const c of incoming.constituencies) {
    if (!stored.constituencies.has(c.id)) {
      const found = await tx.constituencies.get(c.id);
      if (found !== undefined) stored.constituencies.set(c.id, withoutVersion(found));
    }
  }

  // A corrected name or birth date must find its stored record: adopt the stored id.
  const matched = reconcileNominees(incoming.nominees as unknown as Nominee[], [...stored.nominees.values()] as unknown as Nominee[]);
  const renamed = new Map(matched.map((m) => [m.importedId, m.storedId]));
  if (renamed.size > 0) {
    incoming.nominees = incoming.nominees.map((n) => (renamed.has(n.id) ? { ...n, id: renamed.get(n.id)! } : n));
    incoming.vettingCases = incoming.vettingCases.map((v) => {
      const target = typeof v['nomineeId'] === 'string' ? renamed.get(v['nomineeId']) : undefined;
      return target === undefined ? v : { ...v, nomineeId: target };
    });
    incoming.consultationRounds = incoming.consultationRounds.map((r) =>
      Array.isArray(r['nomineeIds']) ? { ...r, nomineeIds: (r['nomineeIds'] as string[]).map((id) => renamed.get(id) ?? id) } : r,
    );
  }

  // A body's seats: every constituency it will have after the merge, stored or imported.
  const seatsOf = new Map<string, number>();
  const merged = new Map(stored.constituencies);
  for (const c of incoming.constituencies) merged.set(c.id, c);
  for (const c of merged.values()) {
    const bodyId = c['bodyId'] as string;
    seatsOf.set(bodyId, (seatsOf.get(bodyId) ?? 0) + (c['seats'] as number));
  }
  incoming.bodies = incoming.bodies.map((b) => (seatsOf.has(b.id) ? { ...b, totalSeats: seatsOf.get(b.id)! } : b));

  // Replace mode: each list in the data (a constituency, or a body's nominees without one) is the whole list.
  const removals: Doc[] = [];
  if (mode === 'replace') {
    const listKey = (n: Nominee) => `${n.nomination.bodyId}|${n.nomination.constituencyId ?? ''}`;
    const lists = new Set((incoming.nominees as unknown as Nominee[]).map(listKey));
    const present = new Set(incoming.nominees.map((n) => n.id));
    for (const doc of stored.nominees.values()) {
      const n = doc as unknown as Nominee;
      if (!lists.has(listKey(n)) || present.has(n.id) || n.nomination.status !== 'active') continue;
      removals.push({
        ...doc,
        nomination: { ...n.nomination, status: 'removed', statusReason: options.removedReason ?? DEFAULT_REMOVED_REASON },
      } as unknown as Doc);
    }
  }

  const counts = emptyCounts();
  const changes: EntityChange[] = [];
  const writes = new Map<CollectionName, Doc[]>();
  for (const c of COLLECTION_NAMES) {
    const toWrite: Doc[] = [];
    let { created, updated, unchanged, removed } = counts[c];
    for (const entity of incoming[c]) {
      const before = stored[c].get(entity.id);
      const name = nameOf(c, entity);
      if (before === undefined) {
        created++;
        toWrite.push(entity);
        changes.push({ collection: c, id: entity.id, operation: 'create', ...(name === undefined ? {} : { name }), fields: [] });
      } else if (canonicalJson(before) === canonicalJson(entity)) {
        unchanged++;
      } else {
        updated++;
        toWrite.push(entity);
        changes.push({ collection: c, id: entity.id, operation: 'update', ...(name === undefined ? {} : { name }), fields: diffEntity(before, entity) });
      }
    }
    if (c === 'nominees') {
      for (const entity of removals) {
        removed++;
        toWrite.push(entity);
        const name = nameOf(c, entity);
        changes.push({ collection: c, id: entity.id, operation: 'remove', ...(name === undefined ? {} : { name }), fields: diffEntity(stored.nominees.get(entity.id), entity) });
      }
    }
    counts[c] = { created, updated, unchanged, removed };
    writes.set(c, toWrite);
  }

  if (options.dryRun !== true) {
    const actor = options.actor === undefined ? {} : { actor: options.actor };
    const total = [...writes.values()].reduce((sum, docs) => sum + docs.length, 0);
    let done = 0;
    for (const [c, docs] of writes) {
      // In batches within the one transaction, so progress can be told; the batches land together or not at all.
      for (let start = 0; start < docs.length; start += WRITE_BATCH) {
        const batch = docs.slice(start, start + WRITE_BATCH);
        // 'any': the rows were read (and, in PostgreSQL, locked) in this transaction; the audit log keeps before and after.
        await tx.collection(c).bulkUpsert(batch as never[], { expectedVersion: 'any', ...actor });
        done += batch.length;
        options.onProgress?.({ done, total, unit: RECORDS });
      }
    }
  }
  return { mode, dryRun: options.dryRun === true, counts, changes, matched };
}

/**
 * Imports `dataset` into `store` in one transaction (see the module comment). All or nothing: an invalid
 * entity throws `ModelError` and nothing is written. When a concurrent import created the same entity first
 * (two first imports racing on PostgreSQL), the transaction runs again on what is now stored.
 */
export async function importIntoStore(
  store: Store,
  dataset: Dataset | DatasetInput,
  options: ImportIntoStoreOptions = {},
): Promise<ImportSummary> {
  const retries = options.retries ?? 3;
  for (let attempt = 0; ; attempt++) {
    try {
      return await store.transaction((tx) => importIn(tx, dataset, options), options.actor === undefined ? {} : { actor: options.actor });
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= retries) throw error;
    }
  }
}

/** Lines for a terminal or a log: counts per collection, then each change ("Nguyễn Văn A: ngày sinh … → …"). */
export function summaryCounts(summary: ImportSummary): { readonly collection: CollectionName; readonly counts: CollectionCounts }[] {
  return COLLECTION_NAMES.map((collection) => ({ collection, counts: summary.counts[collection] })).filter(
    ({ counts }) => counts.created + counts.updated + counts.unchanged + counts.removed > 0,
  );
}

export const OPERATION_WORDS: Readonly<Record<ChangeOperation, LocalizedText>> = {
  create: { vi: 'thêm', en: 'added' },
  update: { vi: 'sửa', en: 'changed' },
  remove: { vi: 'đánh dấu bị xóa tên', en: 'marked removed' },
};
