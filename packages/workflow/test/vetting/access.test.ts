/**
 * Access by role to vetting cases of real 2021 candidates (Hà Nội constituency no. 1 and Hải Phòng no. 1),
 * on the memory store and on SQLite: each principal sees only its scope, is refused outside it with a
 * bilingual AccessDeniedError naming actor, case and scope, and every case read is in the audit log; a store
 * opened read-only (no read auditing) still serves reads and records none.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset, Nominee } from '@ungcu/core';
import { AccessDeniedError, ConfigError } from '@ungcu/core/errors';
import { type Store, memoryStore } from '@ungcu/core/storage';
import { vn2021 } from '@ungcu/rules-vn';
import { sqliteStore } from '@ungcu/storage-sqlite';
import { openVettingCase, vettingAccess } from '../../src/vetting/index';
import { candidatesOf, storeWith2021 } from './support';

const dir = mkdtempSync(join(tmpdir(), 'ungcu-vetting-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

const STORES: readonly [string, () => Promise<Store>][] = [
  ['memory', async () => memoryStore({ actor: 'test' })],
  ['sqlite', async () => sqliteStore(join(dir, `vetting-${files++}.db`), { actor: 'test' })],
];

/** Assessors and units of the cases: Hà Nội's go to "an" at the Hà Nội board, Hải Phòng's to "binh". */
async function openCases(store: Store, data: Dataset, electionId: string): Promise<{ hanoi: Nominee[]; haiphong: Nominee[] }> {
  const hanoi = candidatesOf(data, 'Hà Nội', 1);
  const haiphong = candidatesOf(data, 'Hải Phòng', 1);
  const open = (n: Nominee, assessor: string, unitId: string) =>
    openVettingCase(
      store,
      { id: `vc-${n.id}`, personName: n.person.fullName, nomineeId: n.id, electionId, purpose: 'candidacy', openedOn: '2021-03-01', assessor, unitId },
      { by: 'truong-ban', pack: vn2021 },
    );
  for (const n of hanoi) await open(n, 'an', 'btc-ha-noi');
  for (const n of haiphong) await open(n, 'binh', 'btc-hai-phong');
  return { hanoi, haiphong };
}

describe.each(STORES)('vettingAccess on the %s store', (_name, makeStore) => {
  let store: Store;
  let hanoi: Nominee[];
  let haiphong: Nominee[];

  beforeEach(async () => {
    const loaded = await storeWith2021(await makeStore());
    store = loaded.store;
    ({ hanoi, haiphong } = await openCases(store, loaded.data, loaded.electionId));
    return () => store.close();
  });

  it('lists only the cases in scope: the assessor’s own, the unit’s, or all for a supervisor', async () => {
    expect(hanoi.length).toBe(5);
    expect(haiphong.length).toBeGreaterThan(0);
    const an = await vettingAccess(store, { actor: 'an', role: 'assessor' }).list();
    expect(an.map((c) => c.nomineeId).sort()).toEqual(hanoi.map((n) => n.id).sort());
    const officer = await vettingAccess(store, { actor: 'chi', role: 'unit-officer', unitIds: ['btc-hai-phong'] }).list();
    expect(officer.map((c) => c.nomineeId).sort()).toEqual(haiphong.map((n) => n.id).sort());
    const all = await vettingAccess(store, { actor: 'giam-sat', role: 'supervisor' }).list({ status: 'open' });
    expect(all).toHaveLength(hanoi.length + haiphong.length);
    expect(await vettingAccess(store, { actor: 'dung', role: 'assessor' }).list()).toEqual([]);
  });

  it('refuses a read or a write outside the scope with a bilingual AccessDeniedError, and writes nothing', async () => {
    const binh = vettingAccess(store, { actor: 'binh', role: 'assessor' });
    const caseId = `vc-${hanoi[2]!.id}`;
    const error = await binh.get(caseId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessDeniedError);
    const denied = error as AccessDeniedError;
    expect(denied.code).toBe('access-denied');
    expect(denied.text.en).toBe(`binh (assessor) may not read vetting case "${caseId}": it is outside their scope (the cases assigned to binh)`);
    expect(denied.text.vi).toBe(`binh (cán bộ thẩm định) không được xem hồ sơ thẩm định "${caseId}": hồ sơ nằm ngoài phạm vi (các hồ sơ giao cho binh)`);
    expect(denied.details).toMatchObject({ actor: 'binh', caseId, role: 'assessor' });
    const officer = vettingAccess(store, { actor: 'chi', role: 'unit-officer', unitIds: ['btc-hai-phong'] });
    await expect(officer.completeStep(caseId, 'review', { on: '2021-03-05' })).rejects.toThrow(/chi \(unit officer\) may not change .* \(the cases of units btc-hai-phong\)/u);
    await expect(officer.concludeCase(caseId, { outcome: 'meets-standards', on: '2021-03-05' })).rejects.toThrow(AccessDeniedError);
    await expect(officer.withdrawCase(caseId, { on: '2021-03-05' })).rejects.toThrow(AccessDeniedError);
    await expect(
      officer.openCase({ id: 'vc-new', personName: 'Nguyễn Văn A', purpose: 'appointment', openedOn: '2021-06-01', unitId: 'btc-ha-noi' }),
    ).rejects.toThrow(/may not open vetting case "vc-new"/u);
    expect((await store.vettingCases.get(caseId))!.version).toBe(0);
    expect(await store.vettingCases.get('vc-new')).toBeUndefined();
    expect(await store.audit.list({ operation: 'read' })).toEqual([]);
  });

  it('lets a principal work its own cases, the principal the actor of every write', async () => {
    const an = vettingAccess(store, { actor: 'an', role: 'assessor' });
    const caseId = `vc-${hanoi[0]!.id}`;
    await an.completeStep(caseId, 'review', { on: '2021-03-05', notes: 'Đủ hồ sơ' });
    const officer = vettingAccess(store, { actor: 'chi', role: 'unit-officer', unitIds: ['btc-ha-noi'] });
    const opened = await officer.openCase({ id: 'vc-new', personName: 'Nguyễn Văn A', purpose: 'rotation', openedOn: '2021-06-01', unitId: 'btc-ha-noi' });
    expect(opened.steps!.map((s) => s.dueDate)).toEqual(['2021-06-16', '2021-07-01', '2021-07-16']);
    const writes = await store.audit.list({ collection: 'vettingCases', afterSeq: 0 });
    expect(writes.filter((e) => e.entityId === caseId || e.entityId === 'vc-new').map((e) => [e.entityId, e.operation, e.actor])).toEqual([
      [caseId, 'create', 'truong-ban'],
      [caseId, 'update', 'an'],
      ['vc-new', 'create', 'chi'],
    ]);
  });

  it('records who read which case, at which version, for get, list and overdue steps', async () => {
    const caseId = `vc-${hanoi[1]!.id}`;
    const an = vettingAccess(store, { actor: 'an', role: 'assessor' });
    await an.completeStep(caseId, 'review', { on: '2021-03-05' });
    expect((await an.get(caseId))!.version).toBe(1);
    let reads = await store.audit.list({ operation: 'read' });
    expect(reads.map((e) => [e.actor, e.collection, e.entityId, e.version, e.before, e.after])).toEqual([['an', 'vettingCases', caseId, 1, null, null]]);
    await vettingAccess(store, { actor: 'chi', role: 'unit-officer', unitIds: ['btc-hai-phong'] }).list();
    reads = await store.audit.list({ operation: 'read', actor: 'chi' });
    expect(reads.map((e) => e.entityId).sort()).toEqual(haiphong.map((n) => `vc-${n.id}`).sort());
    const late = await vettingAccess(store, { actor: 'giam-sat', role: 'supervisor' }).overdueSteps('2021-03-20');
    // Every case's review was due on 19 March; the one reviewed on the 5th is not late.
    expect(late).toHaveLength(hanoi.length + haiphong.length - 1);
    const supervisorReads = await store.audit.list({ operation: 'read', actor: 'giam-sat' });
    expect(supervisorReads.map((e) => e.entityId).sort()).toEqual([...new Set(late.map((s) => s.caseId))].sort());
    expect(await an.get('vc-nothing')).toBeUndefined();
    expect(await store.audit.list({ operation: 'read', entityId: 'vc-nothing' })).toEqual([]);
  });
});

describe('vettingAccess without read auditing', () => {
  it('serves reads from a SQLite store opened read-only and records none', async () => {
    const file = join(dir, 'read-only.db');
    const { store, data, electionId } = await storeWith2021(await sqliteStore(file));
    const { hanoi } = await openCases(store, data, electionId);
    await store.close();
    const readOnly = await sqliteStore(file, { readonly: true });
    try {
      expect(readOnly.info.capabilities.auditsReads).toBe(false);
      const an = vettingAccess(readOnly, { actor: 'an', role: 'assessor' });
      expect((await an.get(`vc-${hanoi[0]!.id}`))!.personName).toBe(hanoi[0]!.person.fullName);
      expect(await an.list()).toHaveLength(hanoi.length);
      expect(await readOnly.audit.list({ operation: 'read' })).toEqual([]);
    } finally {
      await readOnly.close();
    }
  });

  it('refuses a malformed principal', () => {
    const store = memoryStore();
    expect(() => vettingAccess(store, { actor: '', role: 'assessor' })).toThrow(ConfigError);
    expect(() => vettingAccess(store, { actor: 'x', role: 'admin' as 'assessor' })).toThrow(/no role "admin"/u);
    expect(() => vettingAccess(store, { actor: 'x', role: 'unit-officer' })).toThrow(/needs their units/u);
  });
});
