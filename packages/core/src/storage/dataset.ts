import { COLLECTION_NAMES, type CollectionName, type Dataset, type DatasetInput } from '../model/dataset';
import type { BulkResult, BulkUpsertOptions, StoreSession, Store } from './types';

/**
 * Collections that belong to no single election: the administrative map, the nominating organizations and
 * the agency's own work (programmes, proposals). A loaded election carries all of them.
 */
const SHARED_COLLECTIONS = ['administrativeUnits', 'nominatingOrganizations', 'workProgrammes', 'proposals'] as const;

/** Collections that hang off a body of the election (by `bodyId`, or `nomination.bodyId` for nominees). */
const BODY_COLLECTIONS = ['constituencies', 'nominees', 'structurePlans', 'consultationRounds'] as const;

async function loadIn(tx: StoreSession, electionId: string): Promise<Dataset | undefined> {
  const election = await tx.elections.get(electionId);
  if (election === undefined) return undefined;
  const bodies = await tx.bodies.list({ where: { electionId } });
  const bodyId = bodies.map((b) => b.id);
  const data: Record<string, unknown[]> = { elections: [election], bodies };
  for (const name of SHARED_COLLECTIONS) data[name] = await tx.collection(name).list();
  for (const name of BODY_COLLECTIONS) {
    data[name] = bodyId.length === 0 ? [] : await tx.collection(name).list({ where: { bodyId } });
  }
  // A vetting case belongs to this election when it vets one of its nominees.
  const nomineeIds = new Set((data['nominees'] as { id: string }[]).map((n) => n.id));
  data['vettingCases'] = (await tx.vettingCases.list()).filter((v) => v.nomineeId !== undefined && nomineeIds.has(v.nomineeId));
  return data as unknown as Dataset;
}

/**
 * Reads one election and everything that belongs to it, in one transaction: its bodies; their
 * constituencies, nominees, structure plans and consultation rounds; the vetting cases of those nominees;
 * and the shared collections (administrative units, nominating organizations, work programmes, proposals).
 * Entities keep their versions, so a `saveDataset` of an edited copy checks them. Undefined when the
 * election is not stored.
 */
export function loadDataset(store: Store, electionId: string): Promise<Dataset | undefined> {
  return store.transaction((tx) => loadIn(tx, electionId));
}

export type SaveDatasetOptions = BulkUpsertOptions;

/**
 * Writes a whole dataset in one transaction: every collection, or nothing if any entity is invalid or
 * conflicts. By default each entity's own `version` is checked (`'own'`; entities without one must be
 * new); `expectedVersion: 'any'` replaces what is stored (a re-import).
 */
export function saveDataset(
  store: Store,
  dataset: Dataset | DatasetInput,
  options: SaveDatasetOptions = {},
): Promise<Record<CollectionName, BulkResult>> {
  return store.transaction(async (tx) => {
    const results = {} as Record<CollectionName, BulkResult>;
    for (const name of COLLECTION_NAMES) {
      const entities = (dataset as Record<string, readonly never[] | undefined>)[name] ?? [];
      results[name] = entities.length === 0 ? { created: 0, updated: 0 } : await tx.collection(name).bulkUpsert(entities, options);
    }
    return results;
  }, options.actor === undefined ? {} : { actor: options.actor });
}
