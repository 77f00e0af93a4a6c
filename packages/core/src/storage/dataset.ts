import { ConflictError } from '../errors/classes';
import { COLLECTION_NAMES, type CollectionName, type Dataset, type DatasetInput } from '../model/dataset';
import { compareCodePoints } from './query';
import type { BulkResult, BulkUpsertMode, StoreSession, Store, WriteOptions } from './types';

/**
 * Collections that belong to no single election: the administrative map, the nominating organizations and
 * the agency's own work (programmes, proposals). A loaded election carries all of them.
 */
const SHARED_COLLECTIONS = ['administrativeUnits', 'nominatingOrganizations', 'workProgrammes', 'proposals'] as const;

/** Collections that hang off a body of the election (by `bodyId`, or `nomination.bodyId` for nominees). */
const BODY_COLLECTIONS = ['constituencies', 'nominees', 'structurePlans', 'consultationRounds'] as const;

/** How far a load is, in records (entities) of every collection read so far. */
export interface LoadProgress {
  readonly done: number;
  readonly total: number;
  /** What is counted, in both languages. */
  readonly unit: { readonly vi: string; readonly en: string };
}

export interface LoadDatasetOptions {
  /**
   * Called as the load goes: once with the total (counted first, in the same transaction) and what is read
   * so far, then after each read. An election's bodies are then read in up to 20 groups per collection.
   */
  readonly onProgress?: (progress: LoadProgress) => void;
}

const RECORDS = { vi: 'bản ghi', en: 'records' } as const;

/**
 * Reads per collection of an election's bodies when progress is asked for: so many groups of bodies, not one
 * statement, so a load can say how far it is. Without `onProgress` it is one read: the memory store filters
 * by scanning the collection, so each group costs it a scan (a 100k load took 1.6 times as long in 20 groups).
 */
const BODY_GROUPS = 20;

const byId = (a: { readonly id: string }, b: { readonly id: string }) => compareCodePoints(a.id, b.id);

async function loadIn(tx: StoreSession, electionId: string, options: LoadDatasetOptions): Promise<Dataset | undefined> {
  const election = await tx.elections.get(electionId);
  if (election === undefined) return undefined;
  const bodies = await tx.bodies.list({ where: { electionId } });
  const bodyId = bodies.map((b) => b.id);
  const report = options.onProgress;
  let done = 1 + bodies.length;
  let total = done;
  if (report !== undefined) {
    for (const name of SHARED_COLLECTIONS) total += await tx.collection(name).count();
    if (bodyId.length > 0) for (const name of BODY_COLLECTIONS) total += await tx.collection(name).count({ bodyId });
    total += await tx.vettingCases.count();
    report({ done, total, unit: RECORDS });
  }
  const read = <T>(rows: T[]): T[] => {
    done += rows.length;
    report?.({ done, total, unit: RECORDS });
    return rows;
  };
  const data: Record<string, unknown[]> = { elections: [election], bodies };
  for (const name of SHARED_COLLECTIONS) data[name] = read(await tx.collection(name).list());
  const size = report === undefined ? Math.max(1, bodyId.length) : Math.max(1, Math.ceil(bodyId.length / BODY_GROUPS));
  for (const name of BODY_COLLECTIONS) {
    const groups: { id: string }[][] = [];
    for (let start = 0; start < bodyId.length; start += size) {
      groups.push(read(await tx.collection(name).list({ where: { bodyId: bodyId.slice(start, start + size) } })));
    }
    // Each group comes in id order; the sort (which finds those runs) gives the one order a single read gave.
    data[name] = groups.length === 0 ? [] : groups.length === 1 ? groups[0]! : groups.flat().sort(byId);
  }
  // A vetting case belongs to this election when it vets one of its nominees.
  const nomineeIds = new Set((data['nominees'] as { id: string }[]).map((n) => n.id));
  data['vettingCases'] = read(await tx.vettingCases.list()).filter((v) => v.nomineeId !== undefined && nomineeIds.has(v.nomineeId));
  return data as unknown as Dataset;
}

/**
 * Reads one election and everything that belongs to it, in one transaction: its bodies; their
 * constituencies, nominees, structure plans and consultation rounds; the vetting cases of those nominees;
 * and the shared collections (administrative units, nominating organizations, work programmes, proposals).
 * Every collection comes in id order. Entities keep their versions, so a `saveDataset` of an edited copy
 * checks them (and writes only what changed). Undefined when the election is not stored.
 */
export function loadDataset(store: Store, electionId: string, options: LoadDatasetOptions = {}): Promise<Dataset | undefined> {
  return store.transaction((tx) => loadIn(tx, electionId, options));
}

export interface SaveDatasetOptions extends WriteOptions {
  /**
   * How versions are checked, for every entity (see `BulkUpsertMode`). Default `'upsert'`: an entity with a
   * `version` (loaded from the store) must still be stored at that version; one without is created, replaced
   * when it differs, and left alone when equal. `'own'` makes entities without a version create-only.
   */
  readonly expectedVersion?: BulkUpsertMode;
  /**
   * How often to run the save again when a concurrent writer created one of the new entities first (two
   * first imports racing on PostgreSQL), in `'upsert'` mode. Default 3.
   */
  readonly retries?: number;
}

async function saveIn(tx: StoreSession, dataset: Dataset | DatasetInput, mode: BulkUpsertMode): Promise<Record<CollectionName, BulkResult>> {
  const results = {} as Record<CollectionName, BulkResult>;
  for (const name of COLLECTION_NAMES) {
    const entities = (dataset as Record<string, readonly never[] | undefined>)[name] ?? [];
    results[name] =
      entities.length === 0 ? { created: 0, updated: 0, unchanged: 0 } : await tx.collection(name).bulkUpsert(entities, { expectedVersion: mode });
  }
  return results;
}

/**
 * Writes a whole dataset in one transaction: every collection, or nothing if any entity is invalid or
 * conflicts. By default it upserts, as `ungcu import` does, so running the same save twice changes nothing
 * the second time (no new version, no audit entry). A ConflictError can still happen, and then nothing is
 * written, when
 * - an entity carries a `version` (from `loadDataset`) and the stored one is different or gone: someone
 *   else saved or removed it since you loaded it;
 * - `expectedVersion` is `'own'` or `'absent'` and an entity without a version is already stored;
 * - a concurrent writer keeps creating the same new entities for more than `retries` runs.
 */
export async function saveDataset(
  store: Store,
  dataset: Dataset | DatasetInput,
  options: SaveDatasetOptions = {},
): Promise<Record<CollectionName, BulkResult>> {
  const mode = options.expectedVersion ?? 'upsert';
  const retries = options.retries ?? 3;
  const txOptions = options.actor === undefined ? {} : { actor: options.actor };
  for (let attempt = 0; ; attempt++) {
    try {
      return await store.transaction((tx) => saveIn(tx, dataset, mode), txOptions);
    } catch (error) {
      // In 'upsert' mode an entity without a version is never checked, so a conflict that expected none is
      // a creation another writer won between our read and our insert: run again on what is stored now.
      const raced = mode === 'upsert' && error instanceof ConflictError && error.expectedVersion === undefined;
      if (!raced || attempt >= retries) throw error;
    }
  }
}
