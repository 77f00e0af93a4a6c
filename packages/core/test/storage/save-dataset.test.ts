import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../src/errors/index';
import { Dataset } from '../../src/index';
import { createMemoryTables, createStore, loadDataset, memoryStore, saveDataset, type MemoryTables } from '../../src/storage/index';
import { memoryDriver, type RowWrite, type StorageDriver } from '../../src/storage/driver/index';
import { hanoiUnitOne } from '../fixtures';

/** The storage README's example dataset. */
const README_DATASET = {
  elections: [{ id: 'vn-2026', name: 'Bầu cử đại biểu Quốc hội khóa XVI', electionDay: '2026-03-15', rulePack: 'vn-2026' }],
};

/**
 * A memory driver whose next insert into `collection` first lets "another writer" commit `row`: the race
 * of two first imports on PostgreSQL, where our read found the id absent and our insert then skips it.
 */
function racingDriver(tables: MemoryTables, collection: 'elections' | 'nominees', row: RowWrite, times = 1): StorageDriver {
  const inner = memoryDriver(tables);
  let left = times;
  return {
    ...inner,
    transaction: (fn) =>
      inner.transaction((tx) =>
        fn({
          ...tx,
          insert: async (name, rows) => {
            if (name === collection && left > 0) {
              left--;
              const rows = tables.collections.get(collection) ?? new Map<string, RowWrite>();
              tables.collections.set(collection, rows.set(row.id, row));
            }
            return tx.insert(name, rows);
          },
        }),
      ),
  };
}

const electionRow = (id: string): RowWrite => ({
  id,
  version: 0,
  document: JSON.stringify({ id, name: 'Bầu cử', electionDay: '2026-03-15', rulePack: 'vn-2026' }),
  fields: { electionDay: '2026-03-15', rulePack: 'vn-2026' },
});

describe('saveDataset upserts by default, as ungcu import does', () => {
  it('runs the storage README example twice: the second run changes nothing', async () => {
    const tables = createMemoryTables();
    const store = memoryStore({ tables, actor: 'Ủy ban bầu cử tỉnh' });
    const first = await saveDataset(store, README_DATASET);
    const second = await saveDataset(store, README_DATASET);
    expect(first.elections).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(second.elections).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(tables.collections.get('elections')?.get('vn-2026')?.version).toBe(0);
    expect(tables.audit.map((e) => e.operation)).toEqual(['create']);
  });

  it('replaces an entity without a version when it changed, and only that one', async () => {
    const tables = createMemoryTables();
    const store = memoryStore({ tables });
    const data = Dataset.parse(hanoiUnitOne());
    await saveDataset(store, data);
    const corrected = { ...data, nominees: data.nominees.map((n, i) => (i === 2 ? { ...n, person: { ...n.person, occupation: 'Giáo viên' } } : n)) };
    const result = await saveDataset(store, corrected);
    expect(result.nominees).toEqual({ created: 0, updated: 1, unchanged: 4 });
    expect(result.constituencies).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const rows = tables.collections.get('nominees')!;
    expect([...rows.values()].map((r) => r.version)).toEqual([0, 0, 1, 0, 0]);
  });

  it('still checks the version an entity carries: a stale loaded copy is a ConflictError and writes nothing', async () => {
    const tables = createMemoryTables();
    const store = memoryStore({ tables });
    await saveDataset(store, hanoiUnitOne());
    const loaded = (await loadDataset(store, 'vn-2021'))!;
    // An unedited loaded copy saves as nothing; an edited one bumps only what changed.
    expect((await saveDataset(store, loaded)).nominees).toEqual({ created: 0, updated: 0, unchanged: 5 });
    const edited = { ...loaded, nominees: loaded.nominees.map((n, i) => (i === 0 ? { ...n, person: { ...n.person, occupation: 'Kỹ sư' } } : n)) };
    expect((await saveDataset(store, edited)).nominees).toEqual({ created: 0, updated: 1, unchanged: 4 });
    const auditBefore = tables.audit.length;
    const stale = saveDataset(store, edited);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ id: loaded.nominees[0]!.id, expectedVersion: 0, actualVersion: 1 });
    expect(tables.audit.length).toBe(auditBefore);
  });

  it("keeps create-only saves on request: expectedVersion 'own' refuses what is stored", async () => {
    const store = memoryStore();
    await saveDataset(store, README_DATASET, { expectedVersion: 'own' });
    await expect(saveDataset(store, README_DATASET, { expectedVersion: 'own' })).rejects.toMatchObject({ code: 'version-conflict', id: 'vn-2026' });
  });

  it('runs again when a concurrent writer created one of the new entities first, then upserts over it', async () => {
    const tables = createMemoryTables();
    const store = createStore(racingDriver(tables, 'elections', electionRow('vn-2026')));
    const result = await saveDataset(store, README_DATASET);
    expect(result.elections).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(tables.collections.get('elections')?.get('vn-2026')?.version).toBe(1);
    // With no retries left the conflict reaches the caller.
    const again = createStore(racingDriver(createMemoryTables(), 'elections', electionRow('vn-2026')));
    await expect(saveDataset(again, README_DATASET, { retries: 0 })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('a creation another writer won names the id that conflicted', () => {
  it('is the skipped id, not the first of the batch', async () => {
    const tables = createMemoryTables();
    const store = createStore(racingDriver(tables, 'elections', electionRow('e-3')));
    const batch = ['e-1', 'e-2', 'e-3', 'e-4'].map((id) => ({ id, name: 'Bầu cử', electionDay: '2026-03-15', rulePack: 'vn-2026' }));
    const write = store.elections.bulkUpsert(batch, { expectedVersion: 'absent' });
    await expect(write).rejects.toBeInstanceOf(ConflictError);
    await expect(write).rejects.toMatchObject({ collection: 'elections', id: 'e-3', expectedVersion: undefined, actualVersion: 0 });
    // All or nothing: only the other writer's row is there.
    expect([...tables.collections.get('elections')!.keys()]).toEqual(['e-3']);
  });
});
