import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '@ungcu/core/storage';
import { vn2021 } from '@ungcu/rules-vn';
import { sqliteStore } from '@ungcu/storage-sqlite';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { approveList, moveNominee } from '../../src/consultation/index';
import { DAYS, haNoiList, rejection, seasonStore } from './support';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ungcu-workflow-'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

it('on SQLite, a move and the void it causes land in one transaction, and a refused move writes nothing', async () => {
  const seeded = await seasonStore(await sqliteStore(join(dir, 'season.db')));
  store = seeded.store;
  const { constituencyId, nomineeIds } = haNoiList(seeded.data, 1);
  await approveList(store, constituencyId, { by: 'a', at: '2021-04-26T08:00:00.000Z' });
  await approveList(store, constituencyId, { by: 'b', at: '2021-04-26T09:00:00.000Z' });
  const seqBefore = (await store.audit.list()).at(-1)!.seq;

  await moveNominee(store, nomineeIds[0]!, 'withdrawn', { by: 'thu-ky', on: '2021-04-27', pack: vn2021, reason: 'Xin rút' });
  const written = await store.audit.list({ afterSeq: seqBefore });
  expect(written.map((e) => [e.collection, e.entityId, e.actor])).toEqual([
    ['nominees', nomineeIds[0], 'thu-ky'],
    ['constituencies', constituencyId, 'thu-ky'],
  ]);
  expect((await store.constituencies.get(constituencyId))?.listApproval?.status).toBe('void');

  // Approved again on the shorter list, publication breaks Điều 57 khoản 6 and is refused: nothing is written.
  await approveList(store, constituencyId, { by: 'a', at: '2021-04-27T08:00:00.000Z' });
  await approveList(store, constituencyId, { by: 'b', at: '2021-04-27T09:00:00.000Z' });
  const seq = (await store.audit.list()).at(-1)!.seq;
  const error = await rejection(moveNominee(store, nomineeIds[1]!, 'official', { by: 'hdbcqg', on: DAYS.official, pack: vn2021 }));
  expect(error.code).toBe('illegal-transition');
  expect(await store.audit.list({ afterSeq: seq })).toEqual([]);
  expect((await store.nominees.get(nomineeIds[1]!))?.nomination.stage).toBe('qualified');
});

it('on SQLite, a failure while voiding the approval leaves the nominee as it was', async () => {
  const seeded = await seasonStore(await sqliteStore(join(dir, 'atomic.db')));
  store = seeded.store;
  const { constituencyId, nomineeIds } = haNoiList(seeded.data, 0);
  await approveList(store, constituencyId, { by: 'a', at: '2021-04-26T08:00:00.000Z' });
  await approveList(store, constituencyId, { by: 'b', at: '2021-04-26T09:00:00.000Z' });
  const before = (await store.nominees.get(nomineeIds[0]!))!;
  // The store's own transaction, with the constituency write failing after the nominee's.
  const failing: Store = {
    ...store,
    transaction: (fn, options) =>
      store.transaction(
        (tx) =>
          fn(
            new Proxy(tx, {
              get: (target, key) =>
                key === 'constituencies'
                  ? { ...target.constituencies, get: target.constituencies.get.bind(target.constituencies), list: target.constituencies.list.bind(target.constituencies), upsert: () => Promise.reject(new Error('disk full')) }
                  : Reflect.get(target, key),
            }),
          ),
        options,
      ),
  };
  await expect(moveNominee(failing, before.id, 'withdrawn', { by: 'x', on: '2021-04-27', pack: vn2021, reason: 'Xin rút' })).rejects.toThrow('disk full');
  const after = (await store.nominees.get(before.id))!;
  expect(after.version).toBe(before.version);
  expect(after.nomination.status).toBe('active');
  expect((await store.constituencies.get(constituencyId))?.listApproval?.status).toBe('approved');
});
