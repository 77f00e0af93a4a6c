import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, Dataset, parseEntity, type CollectionName } from '@ungcu/core';
import { ConfigError, ConflictError, ModelError, StorageError } from '@ungcu/core/errors';
import { compareCodePoints, createStore, loadDataset, saveDataset, type EntityInputOf, type Store, type StoreOptions } from '@ungcu/core/storage';
import { memoryDriver } from '@ungcu/core/storage/driver';
import { STORAGE_SUITES, type RawChannel, type StorageHarness, type StorageSuite, type StoreFixture } from './harness';
import { nominee, sampleElection, vettingCase } from './fixtures';

/** The entity as the store must keep it: validated and normalised, without the version the store assigns. */
function expectedDocument(collection: CollectionName, input: unknown): unknown {
  const { version: _version, ...rest } = parseEntity(collection, input) as { version?: number };
  // The stored JSON drops keys whose value is undefined; so does the expectation.
  return JSON.parse(JSON.stringify(rest));
}

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareCodePoints(a.id, b.id));
}

function stripVersion<T extends { version?: number }>(item: T): Omit<T, 'version'> {
  const { version: _version, ...rest } = item;
  return rest;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function settle<T>(promises: readonly Promise<T>[]): Promise<PromiseSettledResult<T>[]> {
  return Promise.allSettled(promises);
}

/**
 * A call that must settle within 2 s: a call that waits on the transaction it runs in (a read through the
 * store on a one-connection adapter) fails the test at once instead of timing it out.
 */
function deadline<T>(call: Promise<T>, what = 'the store call'): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not settle in 2 s`)), 2000)));
  return Promise.race([call, late]).finally(() => clearTimeout(timer));
}

/**
 * Runs the storage conformance suites against an adapter: CRUD, filters and paging, transactions,
 * concurrency, the audit log, the bulk round trip of the real 2021 list, and exact Vietnamese text and
 * dates. Writes go through the adapter; checks read back through the harness's raw channel.
 */
export function runStorageConformance(harness: StorageHarness): void {
  const clock = { time: Date.parse('2026-01-05T08:00:00.000Z') };
  const options: StoreOptions = { actor: 'conformance', now: () => new Date(clock.time) };

  async function withStore(fn: (store: Store, raw: RawChannel, fixture: StoreFixture) => Promise<void>): Promise<void> {
    const fixture = await harness.open(options);
    try {
      await fn(fixture.store, fixture.raw, fixture);
    } finally {
      await fixture.dispose();
    }
  }

  function suite(name: StorageSuite, title: string, body: () => void): void {
    if (harness.only !== undefined && !harness.only.includes(name)) return;
    const reason = harness.disable?.[name];
    if (reason !== undefined) {
      // Off with a reason, visible in the output: the kit never skips silently.
      describe.skip(`${harness.name}: ${title} (off: ${reason})`, body);
      return;
    }
    describe(`${harness.name}: ${title}`, body);
  }

  it(`${harness.name}: declares its capabilities`, async () => {
    await withStore(async (store) => {
      expect(store.info.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(typeof store.info.capabilities.persistent).toBe('boolean');
      expect(typeof store.info.capabilities.multipleWriters).toBe('boolean');
      expect(typeof store.info.capabilities.auditsReads).toBe('boolean');
      for (const disabled of Object.keys(harness.disable ?? {})) expect(STORAGE_SUITES).toContain(disabled);
    });
  });

  suite('crud', 'create, read, update, remove with versions', () => {
    const input = nominee('c-1', 1, { bodyId: 'b', constituencyId: 'c', stage: 'official', listNumber: 1 });

    it('creates at version 0 and stores exactly the validated entity', async () => {
      await withStore(async (store, raw) => {
        const created = await store.nominees.upsert(input);
        expect(created.version).toBe(0);
        expect(stripVersion(created)).toEqual(expectedDocument('nominees', input));
        expect(await raw.entity('nominees', 'c-1')).toEqual({ version: 0, document: expectedDocument('nominees', input) });
        expect(await store.nominees.get('c-1')).toEqual(created);
        expect(await store.nominees.get('missing')).toBeUndefined();
      });
    });

    it('updates with the expected version (+1) and refuses a stale one, changing nothing', async () => {
      await withStore(async (store, raw) => {
        await store.nominees.upsert(input);
        const changed = { ...input, person: { ...input.person, occupation: 'Bí thư Đảng ủy' } };
        const updated = await store.nominees.upsert(changed, { expectedVersion: 0 });
        expect(updated.version).toBe(1);
        const stale = store.nominees.upsert({ ...input, version: 0 });
        await expect(stale).rejects.toBeInstanceOf(ConflictError);
        await expect(stale).rejects.toMatchObject({ collection: 'nominees', id: 'c-1', expectedVersion: 0, actualVersion: 1 });
        // Creating what exists is a conflict too (no version = "must be new").
        await expect(store.nominees.upsert(input)).rejects.toMatchObject({ code: 'version-conflict', actualVersion: 1 });
        expect(await raw.entity('nominees', 'c-1')).toEqual({ version: 1, document: expectedDocument('nominees', changed) });
        const forced = await store.nominees.upsert(input, { expectedVersion: 'any' });
        expect(forced.version).toBe(2);
      });
    });

    it('refuses an invalid entity with a ModelError and writes nothing', async () => {
      await withStore(async (store, raw) => {
        const bad = { ...input, person: { ...input.person, dateOfBirth: '1980-02-30' } };
        await expect(store.nominees.upsert(bad)).rejects.toBeInstanceOf(ModelError);
        await expect(store.nominees.bulkUpsert([input, bad])).rejects.toBeInstanceOf(ModelError);
        expect(await raw.count('nominees')).toBe(0);
        expect(await raw.auditCount()).toBe(0);
      });
    });

    it('removes with an optional expected version', async () => {
      await withStore(async (store, raw) => {
        await store.nominees.upsert(input);
        await expect(store.nominees.remove('c-1', { expectedVersion: 3 })).rejects.toMatchObject({ expectedVersion: 3, actualVersion: 0 });
        expect(await raw.entity('nominees', 'c-1')).toBeDefined();
        expect(await store.nominees.remove('c-1', { expectedVersion: 0 })).toBe(true);
        expect(await raw.entity('nominees', 'c-1')).toBeUndefined();
        expect(await store.nominees.remove('c-1')).toBe(false);
        await expect(store.nominees.remove('c-1', { expectedVersion: 0 })).rejects.toMatchObject({ actualVersion: undefined });
      });
    });

    it('keeps collections apart: the same id in two collections is two entities', async () => {
      await withStore(async (store, raw) => {
        await store.bodies.upsert({ id: 'same', electionId: 'e', kind: 'national-assembly', term: 'XV', totalSeats: 500 });
        await store.elections.upsert({ id: 'same', name: 'Bầu cử', electionDay: '2021-05-23', rulePack: 'vn-2021' });
        expect((await raw.entity('bodies', 'same'))?.document).toMatchObject({ kind: 'national-assembly' });
        expect((await raw.entity('elections', 'same'))?.document).toMatchObject({ rulePack: 'vn-2021' });
        expect(await store.collection('bodies').count()).toBe(1);
      });
    });

    it('bulkUpsert creates and updates all or nothing, and refuses an id twice in one batch', async () => {
      await withStore(async (store, raw) => {
        const data = sampleElection('k');
        const first = await store.nominees.bulkUpsert(data.nominees!);
        expect(first).toEqual({ created: 18, updated: 0, unchanged: 0 });
        // Without versions the entities must be new: the whole batch is refused, nothing changes.
        await expect(store.nominees.bulkUpsert(data.nominees!)).rejects.toBeInstanceOf(ConflictError);
        expect((await raw.entity('nominees', 'k-n00'))?.version).toBe(0);
        const second = await store.nominees.bulkUpsert(data.nominees!, { expectedVersion: 'any' });
        expect(second).toEqual({ created: 0, updated: 18, unchanged: 0 });
        expect((await raw.entity('nominees', 'k-n17'))?.version).toBe(1);
        await expect(store.nominees.bulkUpsert([input, input])).rejects.toBeInstanceOf(ConfigError);
        expect(await raw.count('nominees')).toBe(18);
      });
    });

    it('saveDataset twice (the storage README example) upserts: the second run, even from a new connection, changes nothing', async () => {
      await withStore(async (store, raw, fixture) => {
        const readme = {
          elections: [{ id: 'vn-2026', name: 'Bầu cử đại biểu Quốc hội khóa XVI', electionDay: '2026-03-15', rulePack: 'vn-2026' }],
        };
        expect((await saveDataset(store, readme)).elections).toEqual({ created: 1, updated: 0, unchanged: 0 });
        // The README runs as a program: a second run opens the store again where the adapter can.
        const again = fixture.openPeer ? await fixture.openPeer() : store;
        try {
          expect((await saveDataset(again, readme)).elections).toEqual({ created: 0, updated: 0, unchanged: 1 });
          expect((await again.audit.list({ collection: 'elections' })).map((e) => e.operation)).toEqual(['create']);
        } finally {
          if (again !== store) await again.close();
        }
        expect(await raw.entity('elections', 'vn-2026')).toEqual({ version: 0, document: expectedDocument('elections', readme.elections[0]) });
        const renamed = { elections: [{ ...readme.elections[0]!, name: 'Bầu cử đại biểu Quốc hội khóa XVI (sửa)' }] };
        expect((await saveDataset(store, renamed)).elections).toEqual({ created: 0, updated: 1, unchanged: 0 });
        expect((await raw.entity('elections', 'vn-2026'))?.version).toBe(1);
        expect(await raw.auditCount()).toBe(2);
      });
    });
  });

  suite('filters', 'filters, sorting and pages', () => {
    async function seeded(fn: (store: Store) => Promise<void>): Promise<void> {
      await withStore(async (store) => {
        await saveDataset(store, sampleElection('f'));
        await fn(store);
      });
    }

    it('filters on indexed fields: one value, several values, absent', async () => {
      await seeded(async (store) => {
        const one = await store.nominees.list({ where: { constituencyId: 'f-na-1' } });
        expect(one.map((n) => n.id)).toEqual(['f-n00', 'f-n01', 'f-n02', 'f-n03', 'f-n04']);
        expect(await store.nominees.count({ constituencyId: ['f-na-1', 'f-na-2'], stage: 'official' })).toBe(6);
        expect((await store.nominees.list({ where: { constituencyId: null } })).map((n) => n.id)).toEqual(['f-n15', 'f-n16', 'f-n17']);
        expect(await store.nominees.count({ bodyId: 'f-hn' })).toBe(8);
        expect(await store.nominees.count({ bodyId: [] })).toBe(0);
        expect(await store.nominees.count()).toBe(18);
        expect(await store.constituencies.count({ number: 1 })).toBe(2);
        expect((await store.bodies.list({ where: { electionId: 'f-2021', kind: 'provincial-council' } })).map((b) => b.id)).toEqual(['f-hn']);
      });
    });

    it('sorts by the keys given, then id; absent values first; text by code point', async () => {
      await seeded(async (store) => {
        const byNumber = await store.nominees.list({ where: { bodyId: 'f-na' }, orderBy: [{ field: 'listNumber', direction: 'desc' }] });
        expect(byNumber.map((n) => `${n.nomination.listNumber}:${n.id}`)).toEqual([
          '5:f-n04', '5:f-n09', '4:f-n03', '4:f-n08', '3:f-n02', '3:f-n07', '2:f-n01', '2:f-n06', '1:f-n00', '1:f-n05',
        ]);
        const all = await store.nominees.list({ orderBy: [{ field: 'constituencyId' }] });
        expect(all.slice(0, 3).map((n) => n.nomination.constituencyId)).toEqual([undefined, undefined, undefined]);
        const names = await store.nominees.list({ orderBy: [{ field: 'fullName' }, { field: 'id', direction: 'desc' }] });
        const expected = [...names].sort(
          (a, b) => compareCodePoints(a.person.fullName, b.person.fullName) || compareCodePoints(b.id, a.id),
        );
        expect(names.map((n) => n.id)).toEqual(expected.map((n) => n.id));
        // "Đ" (U+0110) sorts after every ASCII letter in code point order.
        expect(names.at(-1)?.person.fullName.startsWith('Đ')).toBe(true);
      });
    });

    it('pages through a total order without overlap or gaps', async () => {
      await seeded(async (store) => {
        const seen: string[] = [];
        for (let offset = 0; ; offset += 4) {
          const page = await store.nominees.list({ orderBy: [{ field: 'stage' }], limit: 4, offset });
          seen.push(...page.map((n) => n.id));
          if (page.length < 4) break;
        }
        expect(seen).toHaveLength(18);
        expect(new Set(seen).size).toBe(18);
        expect(await store.nominees.list({ limit: 0 })).toEqual([]);
        expect(await store.nominees.list({ offset: 100 })).toEqual([]);
      });
    });

    it('iterates what list returns, in id order, whatever the batch size, including a full last batch', async () => {
      await seeded(async (store) => {
        const cases = [{ bodyId: 'f-na' }, { constituencyId: null }, { stage: 'official' as const }, {}, { bodyId: [] as string[] }];
        for (const where of cases) {
          const listed = await store.nominees.list({ where });
          for (const batchSize of [undefined, 1, 2, 3, 5, listed.length, 1000]) {
            if (batchSize === 0) continue;
            const streamed = await collect(store.nominees.iterate({ where, ...(batchSize === undefined ? {} : { batchSize }) }));
            expect(streamed, `${JSON.stringify(where)} by ${batchSize}`).toEqual(listed);
          }
        }
        const all = await collect(store.nominees.iterate({ batchSize: 6 }));
        expect(all).toHaveLength(18);
        expect(all.map((n) => n.id)).toEqual([...all.map((n) => n.id)].sort(compareCodePoints));
        expect((await collect(store.constituencies.iterate({ where: { bodyId: 'f-na' }, batchSize: 1 }))).map((c) => c.id)).toEqual(['f-na-1', 'f-na-2']);
      });
    });

    it('refuses a bad filter or batch size when iterate is called, before any read', async () => {
      await seeded(async (store) => {
        const where = { religion: 'Không' } as unknown as Record<string, string>;
        expect(() => store.nominees.iterate({ where })).toThrow(ConfigError);
        for (const batchSize of [0, -1, 1.5]) expect(() => store.nominees.iterate({ batchSize })).toThrow(ConfigError);
      });
    });

    it('refuses a filter or sort on a field that is not indexed, and bad paging', async () => {
      await seeded(async (store) => {
        const where = { religion: 'Không' } as unknown as Record<string, string>;
        await expect(async () => store.nominees.list({ where })).rejects.toBeInstanceOf(ConfigError);
        await expect(async () => store.nominees.list({ limit: -1 })).rejects.toBeInstanceOf(ConfigError);
        await expect(async () => store.nominees.count({ listNumber: 'one' as unknown as number })).rejects.toBeInstanceOf(ConfigError);
      });
    });
  });

  suite('transactions', 'transactions: all or nothing', () => {
    it('a failure half-way leaves nothing, including no audit entries', async () => {
      await withStore(async (store, raw) => {
        const data = sampleElection('t');
        await expect(
          store.transaction(async (tx) => {
            await tx.elections.upsert(data.elections![0]!);
            await tx.nominees.bulkUpsert(data.nominees!);
            expect(await tx.nominees.count()).toBe(18);
            throw new Error('half-way');
          }),
        ).rejects.toThrow('half-way');
        expect(await raw.count('elections')).toBe(0);
        expect(await raw.count('nominees')).toBe(0);
        expect(await raw.auditCount()).toBe(0);
      });
    });

    it('a conflict inside a transaction undoes the writes before it', async () => {
      await withStore(async (store, raw) => {
        const data = sampleElection('u');
        await store.nominees.upsert(data.nominees![0]!);
        // The last nominee carries a version the store does not hold: the check fails after the other writes.
        const stale = { ...data, nominees: [...data.nominees!.slice(1), { ...data.nominees![0]!, version: 3 }] };
        await expect(saveDataset(store, stale)).rejects.toMatchObject({ code: 'version-conflict', expectedVersion: 3, actualVersion: 0 });
        expect(await raw.count('elections')).toBe(0);
        expect(await raw.count('bodies')).toBe(0);
        expect(await raw.count('nominees')).toBe(1);
        expect(await raw.auditCount()).toBe(1);
      });
    });

    it('commits everything together and returns the result', async () => {
      await withStore(async (store, raw) => {
        const data = sampleElection('v');
        const result = await store.transaction(async (tx) => {
          await tx.bodies.bulkUpsert(data.bodies!);
          const body = await tx.bodies.get('v-na');
          await tx.bodies.upsert({ ...body!, totalSeats: 499 });
          return (await tx.bodies.get('v-na'))?.version;
        });
        expect(result).toBe(1);
        expect(await raw.entity('bodies', 'v-na')).toMatchObject({ version: 1, document: { totalSeats: 499 } });
        expect(await raw.count('bodies')).toBe(2);
      });
    });

    it('inside a transaction, tx reads see its writes and a call through the store is refused with "use tx", never a hang', async () => {
      await withStore(async (store, raw) => {
        const data = sampleElection('r');
        await store.bodies.upsert(data.bodies![0]!);
        const result = await store.transaction(async (tx) => {
          await tx.bodies.upsert({ ...(await tx.bodies.get('r-na'))!, totalSeats: 499 });
          await tx.nominees.bulkUpsert(data.nominees!);
          const seen = [(await tx.bodies.get('r-na'))?.totalSeats, await tx.nominees.count(), (await tx.nominees.list({ limit: 1 })).length];
          // A deadline makes a hang fail the test instead of timing it out; a refusal comes at once.
          const refusals = await Promise.allSettled([
            deadline(store.bodies.get('r-na')),
            deadline(store.nominees.count()),
            deadline(store.nominees.list()),
            deadline(store.audit.list()),
            deadline(store.nominees.upsert(nominee('r-x', 1, { bodyId: 'r-na', stage: 'proposed' }))),
            deadline(store.audit.recordRead('bodies', 'r-na')),
          ]);
          return { seen, refusals };
        });
        expect(result.seen).toEqual([499, 18, 1]);
        for (const refusal of result.refusals) {
          expect(refusal.status).toBe('rejected');
          const reason = (refusal as PromiseRejectedResult).reason as unknown;
          expect(reason).toBeInstanceOf(StorageError);
          expect(reason).toMatchObject({ code: 'storage-failure', details: { reason: 'use-tx' } });
        }
        // The refused write wrote nothing; the transaction's own writes committed.
        expect(await raw.entity('nominees', 'r-x')).toBeUndefined();
        expect(await raw.count('nominees')).toBe(18);
        expect(await store.audit.list({ operation: 'read' })).toEqual([]);
        expect((await store.bodies.get('r-na'))?.totalSeats).toBe(499);
      });
    });

    it('inside a transaction, tx iterate sees its writes and iterate through the store is refused with "use tx"', async () => {
      await withStore(async (store) => {
        const data = sampleElection('it');
        const ids = await store.transaction(async (tx) => {
          await tx.nominees.bulkUpsert(data.nominees!);
          expect(() => store.nominees.iterate()).toThrow(StorageError);
          expect(() => store.nominees.iterate()).toThrow(expect.objectContaining({ details: expect.objectContaining({ reason: 'use-tx' }) }));
          return (await collect(tx.nominees.iterate({ batchSize: 4 }))).map((n) => n.id);
        });
        expect(ids).toEqual(data.nominees!.map((n) => n.id).sort(compareCodePoints));
        expect((await collect(store.nominees.iterate())).map((n) => n.id)).toEqual(ids);
      });
    });

    it('a read through the store from outside a running transaction resolves with committed data', async () => {
      await withStore(async (store) => {
        const data = sampleElection('q');
        await store.bodies.upsert(data.bodies![0]!);
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        let wrote!: () => void;
        const written = new Promise<void>((resolve) => (wrote = resolve));
        const transaction = store.transaction(async (tx) => {
          await tx.bodies.upsert({ ...(await tx.bodies.get('q-na'))!, totalSeats: 499 });
          wrote();
          await held;
        });
        await written;
        // Not inside the transaction: it sees the data committed before it, or waits for the commit
        // (single-connection adapters); either way it resolves and never sees uncommitted writes.
        const read = store.bodies.get('q-na');
        setTimeout(release, 50);
        const [body] = await Promise.all([read, transaction]);
        expect([
          { version: 0, totalSeats: 500 },
          { version: 1, totalSeats: 499 },
        ]).toContainEqual({ version: body?.version, totalSeats: body?.totalSeats });
      });
    });
  });

  suite('concurrency', 'concurrency: two writers on one version', () => {
    it('exactly one of two updates from the same version wins; the other gets a ConflictError', async () => {
      await withStore(async (store, raw, fixture) => {
        const peer = store.info.capabilities.multipleWriters && fixture.openPeer ? await fixture.openPeer() : store;
        try {
          const input = nominee('w-1', 2, { bodyId: 'b', stage: 'proposed' });
          await store.nominees.upsert(input);
          const a = (await store.nominees.get('w-1'))!;
          const b = (await peer.nominees.get('w-1'))!;
          const results = await settle([
            store.nominees.upsert({ ...a, person: { ...a.person, occupation: 'Người viết A' } }),
            peer.nominees.upsert({ ...b, person: { ...b.person, occupation: 'Người viết B' } }),
          ]);
          const won = results.filter((r) => r.status === 'fulfilled');
          const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
          expect(won).toHaveLength(1);
          expect(lost).toHaveLength(1);
          expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
          expect(lost[0]!.reason).toMatchObject({ expectedVersion: 0, actualVersion: 1 });
          const stored = await raw.entity('nominees', 'w-1');
          expect(stored?.version).toBe(1);
          const winner = (won[0] as PromiseFulfilledResult<{ person: { occupation?: string } }>).value;
          expect((stored?.document as { person: { occupation: string } }).person.occupation).toBe(winner.person.occupation);
        } finally {
          if (peer !== store) await peer.close();
        }
      });
    });

    it('exactly one of two creations of the same id wins', async () => {
      await withStore(async (store, raw, fixture) => {
        const peer = store.info.capabilities.multipleWriters && fixture.openPeer ? await fixture.openPeer() : store;
        try {
          const results = await settle<unknown>([
            store.nominees.bulkUpsert([nominee('x-1', 1, { bodyId: 'b', stage: 'proposed' }), nominee('x-2', 2, { bodyId: 'b', stage: 'proposed' })]),
            peer.nominees.upsert(nominee('x-2', 3, { bodyId: 'b', stage: 'proposed' })),
          ]);
          expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
          const lost = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
          expect(lost?.reason).toBeInstanceOf(ConflictError);
          expect((await raw.entity('nominees', 'x-2'))?.version).toBe(0);
          expect(await raw.auditCount()).toBe(results[0]!.status === 'fulfilled' ? 2 : 1);
        } finally {
          if (peer !== store) await peer.close();
        }
      });
    });

    it('a creation another writer won first names the id that conflicted, not the first of the batch', async () => {
      await withStore(async (store, raw, fixture) => {
        const peer = store.info.capabilities.multipleWriters && fixture.openPeer ? await fixture.openPeer() : store;
        try {
          await store.nominees.upsert(nominee('y-0', 0, { bodyId: 'b', stage: 'proposed' }));
          let release!: () => void;
          const held = new Promise<void>((resolve) => (release = resolve));
          let created!: () => void;
          const inserted = new Promise<void>((resolve) => (created = resolve));
          // The other writer creates y-3 and holds its transaction open while our batch tries to create it too.
          const other = peer.transaction(async (tx) => {
            await tx.nominees.upsert(nominee('y-3', 3, { bodyId: 'b', stage: 'proposed' }));
            created();
            await held;
          });
          await inserted;
          const batch = store.nominees.bulkUpsert(
            [1, 2, 3, 4].map((n) => nominee(`y-${n}`, n, { bodyId: 'b', stage: 'proposed' })),
            { expectedVersion: 'absent' },
          );
          // Long enough for the batch to reach its insert (and wait on y-3's lock where there are row locks).
          setTimeout(release, 300);
          const [result] = await settle<unknown>([batch, other]);
          expect(result?.status).toBe('rejected');
          const reason = (result as PromiseRejectedResult).reason as unknown;
          expect(reason).toBeInstanceOf(ConflictError);
          expect(reason).toMatchObject({ collection: 'nominees', id: 'y-3', actualVersion: 0 });
          expect(await raw.count('nominees')).toBe(2);
        } finally {
          if (peer !== store) await peer.close();
        }
      });
    });

    it('two transactions that read an entity and write what they computed from it end as if run one after the other', async () => {
      await withStore(async (store, raw, fixture) => {
        const peer = store.info.capabilities.multipleWriters && fixture.openPeer ? await fixture.openPeer() : store;
        try {
          await store.bodies.upsert({ id: 'rmw', electionId: 'e', kind: 'national-assembly', term: 'XV', totalSeats: 500 });
          const addSeat = (on: Store, actor: string) =>
            on.transaction(
              async (tx) => {
                const body = (await tx.bodies.get('rmw'))!;
                // Yield between the read and the write so the other transaction can try to interleave: without
                // a lock taken by the read, both would compute 501 from the same version.
                await new Promise((resolve) => setTimeout(resolve, 20));
                return tx.bodies.upsert({ ...body, totalSeats: body.totalSeats + 1 });
              },
              { actor },
            );
          const results = await settle([addSeat(store, 'A'), addSeat(peer, 'B')]);
          expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : r.status))).toEqual(['fulfilled', 'fulfilled']);
          expect(await raw.entity('bodies', 'rmw')).toMatchObject({ version: 2, document: { totalSeats: 502 } });
          const log = await store.audit.list({ entityId: 'rmw' });
          expect(log.map((e) => [e.operation, e.version, (e.before as { totalSeats?: number } | null)?.totalSeats, (e.after as { totalSeats: number }).totalSeats])).toEqual([
            ['create', 0, undefined, 500],
            ['update', 1, 500, 501],
            ['update', 2, 501, 502],
          ]);
        } finally {
          if (peer !== store) await peer.close();
        }
      });
    });
  });

  suite('audit', 'the audit log', () => {
    it('records who, when, which entity, the operation, before and after, in order', async () => {
      await withStore(async (store, raw) => {
        const input = nominee('a-1', 4, { bodyId: 'b', stage: 'proposed' });
        clock.time = Date.parse('2026-01-05T08:00:00.000Z');
        await store.nominees.upsert(input);
        clock.time = Date.parse('2026-01-06T09:30:00.000Z');
        await store.nominees.upsert({ ...input, nomination: { ...input.nomination, stage: 'preliminary' } }, { expectedVersion: 0, actor: 'Ban Tổ chức' });
        clock.time = Date.parse('2026-01-07T10:00:00.000Z');
        await store.bodies.upsert({ id: 'b', electionId: 'e', kind: 'national-assembly', term: 'XV', totalSeats: 500 });
        await store.nominees.remove('a-1', { actor: 'Ủy ban bầu cử' });

        const log = await store.audit.list({ entityId: 'a-1' });
        expect(log.map((e) => [e.operation, e.version, e.actor, e.at])).toEqual([
          ['create', 0, 'conformance', '2026-01-05T08:00:00.000Z'],
          ['update', 1, 'Ban Tổ chức', '2026-01-06T09:30:00.000Z'],
          ['remove', 1, 'Ủy ban bầu cử', '2026-01-07T10:00:00.000Z'],
        ]);
        expect(log[0]!.before).toBeNull();
        expect(log[0]!.after).toEqual(expectedDocument('nominees', input));
        expect((log[1]!.before as { nomination: { stage: string } }).nomination.stage).toBe('proposed');
        expect((log[1]!.after as { nomination: { stage: string } }).nomination.stage).toBe('preliminary');
        expect(log[2]!.after).toBeNull();
        expect(log[0]!.seq).toBeLessThan(log[1]!.seq);
        expect(log[1]!.seq).toBeLessThan(log[2]!.seq);

        const day2 = await store.audit.list({ from: '2026-01-06T00:00:00.000Z', to: '2026-01-07T00:00:00.000Z' });
        expect(day2.map((e) => e.operation)).toEqual(['update']);
        expect((await store.audit.list({ collection: 'bodies' })).map((e) => e.entityId)).toEqual(['b']);
        expect((await store.audit.list({ actor: 'Ủy ban bầu cử' })).map((e) => e.operation)).toEqual(['remove']);
        const all = await store.audit.list();
        expect(all).toHaveLength(4);
        expect(await store.audit.list({ afterSeq: all[1]!.seq, limit: 1 })).toEqual([all[2]]);
        expect(await raw.auditCount()).toBe(4);
      });
    });

    it('inside a transaction, tx.audit.list sees the entries written earlier in it, with before and after', async () => {
      await withStore(async (store, raw, fixture) => {
        const peer = store.info.capabilities.multipleWriters && fixture.openPeer ? await fixture.openPeer() : undefined;
        try {
          const input = nominee('at-1', 3, { bodyId: 'b', stage: 'proposed' });
          await store.transaction(async (tx) => {
            await tx.nominees.upsert(input);
            const inside = await deadline(tx.audit.list({ entityId: 'at-1' }), 'tx.audit.list');
            expect(inside.map((e) => [e.operation, e.version, e.collection, e.actor])).toEqual([['create', 0, 'nominees', 'conformance']]);
            expect(inside[0]!.before).toBeNull();
            expect(inside[0]!.after).toEqual(expectedDocument('nominees', input));
            expect(await deadline(tx.audit.list({ collection: 'nominees', afterSeq: inside[0]!.seq - 1 }), 'tx.audit.list')).toEqual(inside);
            // Another connection does not see the entry before the commit.
            if (peer !== undefined) expect(await peer.audit.list({ entityId: 'at-1' })).toEqual([]);
          });
          const after = await store.audit.list({ entityId: 'at-1' });
          expect(after.map((e) => e.operation)).toEqual(['create']);
          if (peer !== undefined) expect(await peer.audit.list({ entityId: 'at-1' })).toEqual(after);
          expect(await raw.auditCount()).toBe(1);
        } finally {
          await peer?.close();
        }
      });
    });

    it('a transaction that throws leaves no audit entry, though it saw its own', async () => {
      await withStore(async (store, raw) => {
        const input = nominee('at-2', 4, { bodyId: 'b', stage: 'proposed' });
        await expect(
          store.transaction(async (tx) => {
            await tx.nominees.upsert(input);
            expect((await deadline(tx.audit.list({ entityId: 'at-2' }), 'tx.audit.list')).map((e) => e.operation)).toEqual(['create']);
            throw new Error('rolled back');
          }),
        ).rejects.toThrow('rolled back');
        expect(await store.audit.list({ entityId: 'at-2' })).toEqual([]);
        expect(await store.audit.list()).toEqual([]);
        expect(await raw.auditCount()).toBe(0);
        expect(await raw.entity('nominees', 'at-2')).toBeUndefined();
      });
    });

    it('inside a transaction, an update records the old document as before and the new as after; a removal its last', async () => {
      await withStore(async (store) => {
        const input = nominee('at-3', 5, { bodyId: 'b', stage: 'proposed' });
        await store.nominees.upsert(input);
        const changed = { ...input, nomination: { ...input.nomination, stage: 'preliminary' as const } };
        await store.transaction(
          async (tx) => {
            const current = (await tx.nominees.get('at-3'))!;
            await tx.nominees.upsert({ ...changed, version: current.version });
            const log = await deadline(tx.audit.list({ entityId: 'at-3' }), 'tx.audit.list');
            expect(log.map((e) => [e.operation, e.version, e.actor])).toEqual([
              ['create', 0, 'conformance'],
              ['update', 1, 'Ban Tổ chức'],
            ]);
            expect(log[1]!.before).toEqual(expectedDocument('nominees', input));
            expect(log[1]!.after).toEqual(expectedDocument('nominees', changed));
            await tx.nominees.remove('at-3');
            const removed = (await deadline(tx.audit.list({ entityId: 'at-3', afterSeq: log[1]!.seq }), 'tx.audit.list'))[0];
            expect(removed).toMatchObject({ operation: 'remove', version: 1, after: null });
            expect(removed!.before).toEqual(expectedDocument('nominees', changed));
          },
          { actor: 'Ban Tổ chức' },
        );
        expect((await store.audit.list({ entityId: 'at-3' })).map((e) => e.operation)).toEqual(['create', 'update', 'remove']);
      });
    });

    it('a transaction takes its actor for every entry', async () => {
      await withStore(async (store) => {
        const data = sampleElection('y');
        await saveDataset(store, data, { actor: 'Nhập liệu' });
        const log = await store.audit.list();
        expect(log).toHaveLength(25);
        expect(new Set(log.map((e) => e.actor))).toEqual(new Set(['Nhập liệu']));
      });
    });

    /**
     * Vetting cases of real candidates (the 2021 list when the harness loads it, else the suite's people):
     * the records whose reads the log exists for.
     */
    async function vettingCasesOf(count: number, prefix: string): Promise<EntityInputOf<'vettingCases'>[]> {
      const people = harness.officialList2021
        ? (await harness.officialList2021()).nominees.map((n) => ({ nomineeId: n.id, fullName: n.person.fullName }))
        : Array.from({ length: count }, (_, i) => nominee(`${prefix}-n${i}`, i, { bodyId: `${prefix}-na`, stage: 'official' })).map((n) => ({
            nomineeId: n.id,
            fullName: n.person.fullName,
          }));
      expect(people.length).toBeGreaterThanOrEqual(count);
      return people.slice(0, count).map((person, i) => vettingCase(`${prefix}-vc-${String(i).padStart(3, '0')}`, person, i));
    }

    it('recordRead appends a read entry: who, when, the stored version, no copy of the entity', async () => {
      await withStore(async (store, raw) => {
        const [input] = await vettingCasesOf(1, 'ar');
        clock.time = Date.parse('2026-02-02T07:00:00.000Z');
        await store.vettingCases.upsert(input!);
        await store.vettingCases.upsert({ ...input!, status: 'concluded', outcome: 'meets-standards', closedOn: '2021-03-05' }, { expectedVersion: 0 });
        clock.time = Date.parse('2026-02-03T08:15:30.250Z');
        await store.audit.recordRead('vettingCases', input!.id, { actor: 'Thẩm tra viên Lê Văn An' });
        clock.time = Date.parse('2026-02-04T09:00:00.000Z');
        await store.audit.recordRead('vettingCases', input!.id);

        const log = await store.audit.list({ entityId: input!.id });
        expect(log.map((e) => [e.operation, e.version, e.actor, e.at])).toEqual([
          ['create', 0, 'conformance', '2026-02-02T07:00:00.000Z'],
          ['update', 1, 'conformance', '2026-02-02T07:00:00.000Z'],
          ['read', 1, 'Thẩm tra viên Lê Văn An', '2026-02-03T08:15:30.250Z'],
          ['read', 1, 'conformance', '2026-02-04T09:00:00.000Z'],
        ]);
        for (const read of log.slice(2)) expect(read).toMatchObject({ collection: 'vettingCases', entityId: input!.id, before: null, after: null });
        expect(log[1]!.seq).toBeLessThan(log[2]!.seq);
        expect(log[2]!.seq).toBeLessThan(log[3]!.seq);
        // A read changes no version and no document.
        expect(await raw.entity('vettingCases', input!.id)).toMatchObject({ version: 1, document: { status: 'concluded' } });
        expect(await raw.auditCount()).toBe(4);
      });
    });

    it('audit.list({ operation }) filters by operation, with the other filters, and refuses an unknown one', async () => {
      await withStore(async (store) => {
        const cases = await vettingCasesOf(3, 'ao');
        await store.vettingCases.bulkUpsert(cases);
        await store.audit.recordRead('vettingCases', cases[0]!.id, { actor: 'A' });
        await store.audit.recordRead('vettingCases', cases[2]!.id, { actor: 'B' });
        await store.vettingCases.remove(cases[1]!.id);
        await store.audit.recordRead('vettingCases', cases[0]!.id, { actor: 'B' });

        const reads = await store.audit.list({ operation: 'read' });
        expect(reads.map((e) => [e.entityId, e.actor])).toEqual([
          [cases[0]!.id, 'A'],
          [cases[2]!.id, 'B'],
          [cases[0]!.id, 'B'],
        ]);
        expect((await store.audit.list({ operation: 'create' })).map((e) => e.entityId)).toEqual(cases.map((c) => c.id));
        expect((await store.audit.list({ operation: 'remove' })).map((e) => e.entityId)).toEqual([cases[1]!.id]);
        expect(await store.audit.list({ operation: 'update' })).toEqual([]);
        expect((await store.audit.list({ operation: 'read', actor: 'B' })).map((e) => e.entityId)).toEqual([cases[2]!.id, cases[0]!.id]);
        expect((await store.audit.list({ operation: 'read', entityId: cases[0]!.id, afterSeq: reads[0]!.seq })).map((e) => e.actor)).toEqual(['B']);
        expect(await store.audit.list({ operation: 'read', collection: 'nominees' })).toEqual([]);
        expect(await store.audit.list({ operation: 'read', limit: 1 })).toEqual([reads[0]]);
        const unknown = { operation: 'delete' } as unknown as { operation: 'remove' };
        await expect(store.audit.list(unknown)).rejects.toBeInstanceOf(ConfigError);
      });
    });

    it('recordRead of an entity that is not stored (never, or no longer) is refused and writes nothing', async () => {
      await withStore(async (store, raw) => {
        const [input] = await vettingCasesOf(1, 'an');
        await store.vettingCases.upsert(input!);
        await store.vettingCases.remove(input!.id);
        for (const id of [input!.id, 'no-such-case']) {
          const refused = store.audit.recordRead('vettingCases', id, { actor: 'Thẩm tra viên' });
          await expect(refused).rejects.toBeInstanceOf(StorageError);
          await expect(refused).rejects.toMatchObject({ details: { reason: 'not-stored', collection: 'vettingCases', entityId: id } });
        }
        // Same id, other collection: a read is of one collection's entity.
        await store.nominees.upsert(nominee('an-n', 1, { bodyId: 'b', stage: 'proposed' }));
        await expect(store.audit.recordRead('vettingCases', 'an-n')).rejects.toMatchObject({ details: { reason: 'not-stored' } });
        await expect(store.audit.recordRead('no-such' as 'nominees', 'an-n')).rejects.toBeInstanceOf(ConfigError);
        await expect(store.audit.recordRead('nominees', '')).rejects.toBeInstanceOf(ConfigError);
        await expect(store.transaction((tx) => tx.audit.recordRead('vettingCases', 'no-such-case'))).rejects.toMatchObject({
          details: { reason: 'not-stored' },
        });
        expect(await raw.auditCount()).toBe(3);
        expect(await store.audit.list({ operation: 'read' })).toEqual([]);
      });
    });

    it('inside a transaction, tx.audit.list sees its own writes and reads; they commit together', async () => {
      await withStore(async (store, raw, fixture) => {
        const peer = store.info.capabilities.multipleWriters && fixture.openPeer ? await fixture.openPeer() : undefined;
        try {
          const cases = await vettingCasesOf(20, 'ac');
          await store.vettingCases.bulkUpsert(cases);
          const before = await store.audit.list();
          expect(before).toHaveLength(20);
          const seen = await store.transaction(
            async (tx) => {
              await tx.vettingCases.upsert({ ...cases[0]!, status: 'withdrawn', version: 0 });
              // Every read is of the version the transaction sees: its own update of the first case.
              for (const c of cases) await tx.audit.recordRead('vettingCases', c.id, { actor: 'Tổ thẩm tra' });
              await tx.audit.recordRead('vettingCases', cases[1]!.id);
              const log = await deadline(tx.audit.list({ afterSeq: before.at(-1)!.seq }), 'tx.audit.list');
              const reads = await deadline(tx.audit.list({ operation: 'read', entityId: cases[0]!.id }), 'tx.audit.list');
              // Another connection sees none of it before the commit.
              const outside = peer === undefined ? [] : await peer.audit.list({ afterSeq: before.at(-1)!.seq });
              return { log, reads, outside };
            },
            { actor: 'Ban Tổ chức' },
          );
          expect(seen.outside).toEqual([]);
          expect(seen.log.map((e) => [e.operation, e.entityId, e.version, e.actor])).toEqual([
            ['update', cases[0]!.id, 1, 'Ban Tổ chức'],
            ...cases.map((c, i) => ['read', c.id, i === 0 ? 1 : 0, 'Tổ thẩm tra']),
            ['read', cases[1]!.id, 0, 'Ban Tổ chức'],
          ]);
          expect(seen.reads.map((e) => [e.operation, e.version])).toEqual([['read', 1]]);
          // Committed: the store, a peer and the raw channel all hold what the transaction listed.
          expect(await store.audit.list({ afterSeq: before.at(-1)!.seq })).toEqual(seen.log);
          if (peer !== undefined) expect(await peer.audit.list({ operation: 'read' })).toHaveLength(21);
          expect(await raw.auditCount()).toBe(20 + 22);
        } finally {
          await peer?.close();
        }
      });
    });

    it('a transaction that throws leaves neither its writes nor its recorded reads, though it listed them', async () => {
      await withStore(async (store, raw) => {
        const cases = await vettingCasesOf(2, 'aw');
        await store.vettingCases.upsert(cases[0]!);
        const committed = await store.audit.list();
        let listed: string[] = [];
        await expect(
          store.transaction(async (tx) => {
            await tx.vettingCases.upsert({ ...cases[0]!, status: 'withdrawn', version: 0 });
            await tx.vettingCases.upsert(cases[1]!);
            await tx.audit.recordRead('vettingCases', cases[0]!.id, { actor: 'Thẩm tra viên' });
            await tx.audit.recordRead('vettingCases', cases[1]!.id, { actor: 'Thẩm tra viên' });
            listed = (await deadline(tx.audit.list(), 'tx.audit.list')).map((e) => `${e.operation} ${e.entityId} ${e.version}`);
            throw new Error('rolled back');
          }),
        ).rejects.toThrow('rolled back');
        expect(listed).toEqual([
          `create ${cases[0]!.id} 0`,
          `update ${cases[0]!.id} 1`,
          `create ${cases[1]!.id} 0`,
          `read ${cases[0]!.id} 1`,
          `read ${cases[1]!.id} 0`,
        ]);
        expect(await store.audit.list()).toEqual(committed);
        expect(await store.audit.list({ operation: 'read' })).toEqual([]);
        expect(await raw.auditCount()).toBe(1);
        expect(await raw.entity('vettingCases', cases[0]!.id)).toMatchObject({ version: 0, document: { status: 'in-review' } });
        expect(await raw.entity('vettingCases', cases[1]!.id)).toBeUndefined();
      });
    });

    it('a store that cannot record reads (auditsReads false: opened read-only) refuses recordRead with the reason', async () => {
      await withStore(async (store, raw, fixture) => {
        const [input] = await vettingCasesOf(1, 'au');
        await store.vettingCases.upsert(input!);
        // The adapter's own read-only mode where it has one; else a store the core factory builds over a
        // driver that declares auditsReads false (the refusal is the factory's, on every adapter).
        const stores: Store[] = [];
        if (!store.info.capabilities.auditsReads) stores.push(store);
        if (fixture.openReadOnly) stores.push(await fixture.openReadOnly());
        else {
          const inner = memoryDriver();
          stores.push(createStore({ ...inner, info: { ...inner.info, capabilities: { ...inner.info.capabilities, auditsReads: false } } }, options));
        }
        try {
          for (const unable of stores) {
            expect(unable.info.capabilities.auditsReads).toBe(false);
            for (const attempt of [
              () => unable.audit.recordRead('vettingCases', input!.id, { actor: 'Thẩm tra viên' }),
              () => unable.transaction((tx) => tx.audit.recordRead('vettingCases', input!.id)),
            ]) {
              const refused = attempt();
              await expect(refused).rejects.toBeInstanceOf(StorageError);
              await expect(refused).rejects.toMatchObject({
                code: 'storage-failure',
                details: { reason: 'audit-reads-unsupported', collection: 'vettingCases', entityId: input!.id },
              });
              const error = (await refused.catch((e: unknown) => e)) as { text: { vi: string; en: string } };
              expect(error.text.en).toContain('auditsReads');
              expect(error.text.vi).toContain('auditsReads');
            }
          }
          expect(await raw.auditCount()).toBe(1);
          expect(await store.audit.list({ operation: 'read' })).toEqual([]);
        } finally {
          for (const unable of stores) if (unable !== store) await unable.close();
        }
      });
    });
  });

  suite('bulk', 'bulk round trip of the real 2021 list', () => {
    it('saveDataset then loadDataset gives back exactly the official list, as the raw channel confirms', async () => {
      const dataset = await harness.officialList2021!();
      expect(dataset.nominees.length).toBe(868);
      await withStore(async (store, raw) => {
        const result = await saveDataset(store, dataset);
        for (const name of COLLECTION_NAMES) {
          expect(await raw.count(name), name).toBe(dataset[name].length);
          expect(result[name].created).toBe(dataset[name].length);
        }
        for (const name of COLLECTION_NAMES) {
          for (const entity of dataset[name] as { id: string }[]) {
            const stored = await raw.entity(name, entity.id);
            expect(stored, `${name} ${entity.id}`).toEqual({ version: 0, document: expectedDocument(name, entity) });
          }
        }
        const electionId = dataset.elections[0]!.id;
        const loaded = await loadDataset(store, electionId);
        expect(loaded).toBeDefined();
        for (const name of COLLECTION_NAMES) {
          const expected = byId(dataset[name] as { id: string }[]).map((e) => ({ ...(expectedDocument(name, e) as object), version: 0 }));
          expect(byId(loaded![name] as { id: string }[]), name).toEqual(expected);
        }
        expect(Dataset.safeParse(loaded).success).toBe(true);
        // Saving the loaded copy back checks each entity's version and writes only what changed.
        const auditBefore = await raw.auditCount();
        const same = await saveDataset(store, loaded!);
        expect(same.nominees).toEqual({ created: 0, updated: 0, unchanged: 868 });
        expect(await raw.auditCount()).toBe(auditBefore);
        const first = loaded!.nominees[0]!;
        const edited = { ...loaded!, nominees: [{ ...first, person: { ...first.person, occupation: 'Giáo viên' } }, ...loaded!.nominees.slice(1)] };
        expect((await saveDataset(store, edited)).nominees).toEqual({ created: 0, updated: 1, unchanged: 867 });
        expect((await raw.entity('nominees', first.id))?.version).toBe(1);
        await expect(saveDataset(store, edited)).rejects.toMatchObject({ code: 'version-conflict', id: first.id, expectedVersion: 0, actualVersion: 1 });
        // A re-import of the original files (no versions) upserts over the edit.
        expect((await saveDataset(store, dataset)).nominees).toEqual({ created: 0, updated: 1, unchanged: 867 });
        expect(await loadDataset(store, 'no-such-election')).toBeUndefined();
      });
    });
  });

  suite('text', 'Vietnamese text and dates, exactly', () => {
    it('stores NFC whatever the input form, keeps tone placement as written, and dates to the day', async () => {
      await withStore(async (store, raw) => {
        const nfd = 'Nguyễn Thị Thuỷ Tiên'.normalize('NFD');
        const input = nominee('v-1', 0, { bodyId: 'b', stage: 'proposed' });
        const person = { ...input.person, fullName: nfd, dateOfBirth: '2000-02-29', hometown: 'Xã Hoà Bình, tỉnh Khánh Hoà'.normalize('NFD'), partyJoinDate: '2024-12-31' };
        const created = await store.nominees.upsert({ ...input, person });
        const stored = (await raw.entity('nominees', 'v-1'))!.document as { person: Record<string, unknown> };
        expect(stored.person['fullName']).toBe('Nguyễn Thị Thuỷ Tiên'.normalize('NFC'));
        expect(stored.person['fullName']).not.toBe('Nguyễn Thị Thủy Tiên'.normalize('NFC'));
        expect(stored.person['hometown']).toBe('Xã Hoà Bình, tỉnh Khánh Hoà'.normalize('NFC'));
        expect(stored.person['dateOfBirth']).toBe('2000-02-29');
        expect(stored.person['partyJoinDate']).toBe('2024-12-31');
        expect(created.person.fullName).toBe(stored.person['fullName']);
        expect((await store.nominees.list({ where: { fullName: 'Nguyễn Thị Thuỷ Tiên'.normalize('NFC') } })).map((n) => n.id)).toEqual(['v-1']);
      });
    });

    it('keeps optional fields absent, null as null, nested arrays and every Vietnamese letter', async () => {
      await withStore(async (store, raw) => {
        const letters = 'ĂÂĐÊÔƠƯăâđêôơư àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ';
        const input = nominee('v-2', 5, { bodyId: 'b', stage: 'proposed' });
        const full = {
          ...input,
          person: {
            ...input.person,
            occupation: letters,
            incumbencies: [
              { bodyKind: 'national-assembly' as const, term: 'XIII' },
              { bodyKind: 'commune-council' as const, term: '2016-2021', unitName: 'Xã Ỷ La' },
            ],
          },
        };
        await store.nominees.upsert(full);
        const doc = (await raw.entity('nominees', 'v-2'))!.document as { person: Record<string, unknown>; personId?: unknown };
        expect(doc).toEqual(expectedDocument('nominees', full));
        expect('religion' in doc.person).toBe(false);
        expect('personId' in doc).toBe(false);
        expect(doc.person['partyJoinDate']).toBeNull();
        expect(doc.person['occupation']).toBe(letters);
        const read = await store.nominees.get('v-2');
        expect(read?.person.incumbencies).toEqual(full.person.incumbencies);
        expect(read && 'religion' in read.person).toBe(false);
      });
    });
  });
}
