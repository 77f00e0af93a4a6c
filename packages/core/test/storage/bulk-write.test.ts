import { describe, expect, it } from 'vitest';
import { ConfigError, ConflictError, ModelError } from '../../src/errors/index';
import type { NomineeInput } from '../../src/index';
import { createStore, type Store } from '../../src/storage/index';
import { memoryDriver, type StorageDriver } from '../../src/storage/driver/index';
import { BULK_CHUNK } from '../../src/storage/bulk';
import { hanoiUnitOne } from '../fixtures';

const template = hanoiUnitOne().nominees![0]!;

/** More nominees than two rounds of a bulk write hold, so a batch spans three rounds. */
function nominees(count = 2 * BULK_CHUNK + 500): NomineeInput[] {
  return Array.from({ length: count }, (_, i) => ({ ...template, id: `bw-${String(i).padStart(5, '0')}` }));
}

/** A memory store whose driver records the size of every insert, update and audit append. */
function recordingStore(): { store: Store; writes: { op: string; size: number }[] } {
  const inner = memoryDriver();
  const writes: { op: string; size: number }[] = [];
  const driver: StorageDriver = {
    ...inner,
    transaction: (fn) =>
      inner.transaction((tx) =>
        fn({
          ...tx,
          insert: (c, rows) => (writes.push({ op: 'insert', size: rows.length }), tx.insert(c, rows)),
          update: (c, rows) => (writes.push({ op: 'update', size: rows.length }), tx.update(c, rows)),
          appendAudit: (entries) => (writes.push({ op: 'audit', size: entries.length }), tx.appendAudit(entries)),
        }),
      ),
  };
  return { store: createStore(driver, { actor: 'bulk-test' }), writes };
}

describe('bulkUpsert in rounds', () => {
  it('writes a batch larger than a round round by round, all of it, with audit entries in batch order', async () => {
    const { store, writes } = recordingStore();
    const batch = nominees();
    expect(await store.nominees.bulkUpsert(batch)).toEqual({ created: batch.length, updated: 0, unchanged: 0 });
    const inserts = writes.filter((w) => w.op === 'insert').map((w) => w.size);
    expect(inserts).toEqual([BULK_CHUNK, BULK_CHUNK, 500]);
    expect(writes.filter((w) => w.op === 'audit').map((w) => w.size)).toEqual([BULK_CHUNK, BULK_CHUNK, 500]);
    const log = await store.audit.list();
    expect(log.map((e) => e.entityId)).toEqual(batch.map((n) => n.id));
    expect(await store.nominees.count()).toBe(batch.length);
  });

  it('upserts across rounds into a filled collection: only the changed entity of the last round is written', async () => {
    const { store, writes } = recordingStore();
    const batch = nominees();
    await store.nominees.bulkUpsert(batch, { expectedVersion: 'upsert' });
    writes.length = 0;
    const last = batch.at(-1)!;
    const edited = [...batch.slice(0, -1), { ...last, person: { ...last.person, occupation: 'Giáo viên' } }];
    expect(await store.nominees.bulkUpsert(edited, { expectedVersion: 'upsert' })).toEqual({ created: 0, updated: 1, unchanged: batch.length - 1 });
    expect(writes).toEqual([
      { op: 'update', size: 1 },
      { op: 'audit', size: 1 },
    ]);
    expect((await store.nominees.get(last.id))?.version).toBe(1);
  });

  describe('reports what a write that parsed everything first would report, and writes nothing', () => {
    async function failing(batch: NomineeInput[]): Promise<{ error: unknown; store: Store }> {
      const { store } = recordingStore();
      await store.nominees.upsert(batch[0]!);
      const error = await store.nominees.bulkUpsert(batch).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(await store.nominees.count()).toBe(1);
      expect(await store.audit.list()).toHaveLength(1);
      return { error, store };
    }

    it('a conflict in the first round alone: ConflictError naming it', async () => {
      const { error } = await failing(nominees());
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ id: 'bw-00000', actualVersion: 0 });
    });

    it('a conflict in the first round and an invalid entity in the last: ModelError', async () => {
      const batch = nominees();
      batch[batch.length - 1] = { ...template, id: 'bw-bad', person: { ...template.person, dateOfBirth: '1980-02-30' } };
      const { error } = await failing(batch);
      expect(error).toBeInstanceOf(ModelError);
      expect(error).toMatchObject({ details: { id: 'bw-bad' } });
    });

    it('a conflict in the first round and an id repeated in the last: ConfigError naming the id', async () => {
      const batch = nominees();
      batch[batch.length - 1] = { ...template, id: 'bw-00007' };
      const { error } = await failing(batch);
      expect(error).toBeInstanceOf(ConfigError);
      expect(error).toMatchObject({ details: { id: 'bw-00007' } });
    });

    it('an id repeated in a later round of an upsert into a filled collection: ConfigError, not an update', async () => {
      const batch = nominees();
      batch[BULK_CHUNK + 3] = { ...template, id: 'bw-00001' };
      const { store } = recordingStore();
      await store.nominees.upsert({ ...template, id: 'other' });
      await expect(store.nominees.bulkUpsert(batch, { expectedVersion: 'upsert' })).rejects.toMatchObject({
        name: 'ConfigError',
        details: { id: 'bw-00001' },
      });
      expect(await store.nominees.count()).toBe(1);
    });

    it('an id repeated in the second round and an invalid entity in the third: ModelError', async () => {
      const batch = nominees();
      batch[BULK_CHUNK + 3] = { ...template, id: 'bw-00001' };
      batch[batch.length - 2] = { ...template, id: 'bw-bad', person: { ...template.person, gender: 'x' as 'male' } };
      batch[0] = { ...template, id: 'bw-fresh' };
      const { store } = recordingStore();
      await expect(store.nominees.bulkUpsert(batch)).rejects.toBeInstanceOf(ModelError);
      expect(await store.nominees.count()).toBe(0);
      expect(await store.audit.list()).toEqual([]);
    });
  });
});
