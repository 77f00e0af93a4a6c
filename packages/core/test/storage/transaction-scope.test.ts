import { describe, expect, it } from 'vitest';
import { StorageError } from '../../src/errors/index';
import { memoryStore } from '../../src/storage/index';

const election = { id: 'e', name: 'Bầu cử', electionDay: '2026-03-15', rulePack: 'vn-2026' };

describe('calls through the store inside its own transaction', () => {
  it('are refused with "use tx" at once, every kind of call; tx sees its own writes', async () => {
    const store = memoryStore();
    const refused: unknown[] = [];
    await store.transaction(async (tx) => {
      await tx.elections.upsert(election);
      expect((await tx.elections.get('e'))?.version).toBe(0);
      for (const call of [
        () => store.elections.get('e'),
        () => store.elections.list(),
        () => store.elections.count(),
        () => store.elections.upsert(election),
        () => store.elections.remove('e'),
        () => store.elections.bulkUpsert([election]),
        () => store.audit.list(),
        () => store.transaction(async () => undefined),
      ]) {
        refused.push(await call().then(() => 'resolved', (error: unknown) => error));
      }
    });
    expect(refused).toHaveLength(8);
    for (const error of refused) {
      expect(error).toBeInstanceOf(StorageError);
      expect(error).toMatchObject({ details: { reason: 'use-tx' } });
      expect((error as Error).message).toMatch(/use the transaction's `tx`/);
      expect((error as Error).message).toMatch(/hãy dùng `tx`/);
    }
    expect((await store.elections.get('e'))?.version).toBe(0);
  });

  it('is about this store only, and only while the transaction is open', async () => {
    const store = memoryStore();
    const other = memoryStore();
    let later: Promise<unknown> | undefined;
    await store.transaction(async (tx) => {
      await tx.elections.upsert(election);
      expect(await other.elections.count()).toBe(0);
      // Work the transaction starts and leaves running: it runs after the commit and is not refused.
      later = new Promise((resolve) => setTimeout(resolve, 10)).then(() => store.elections.get('e'));
    });
    expect(await later).toMatchObject({ id: 'e', version: 0 });
  });
});
