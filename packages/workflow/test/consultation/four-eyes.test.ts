import type { Dataset } from '@ungcu/core';
import type { Store } from '@ungcu/core/storage';
import { vn2021 } from '@ungcu/rules-vn';
import { beforeEach, describe, expect, it } from 'vitest';
import { approveList, editNominee, listApprovalState, listContentHash, moveNominee, moveNominees, seasonStage } from '../../src/consultation/index';
import { DAYS, haNoiList, rejection, seasonStore } from './support';

let store: Store;
let data: Dataset;
beforeEach(async () => {
  ({ store, data } = await seasonStore());
});

const A = { by: 'nguyen-van-a', at: '2021-04-26T08:00:00.000Z' };
const B = { by: 'tran-thi-b', at: '2021-04-26T09:30:00.000Z' };
const publish = (id: string) => moveNominee(store, id, 'official', { by: 'hdbcqg', on: DAYS.official, pack: vn2021 });

async function approved(constituencyId: string) {
  await approveList(store, constituencyId, A);
  return approveList(store, constituencyId, B);
}

describe('listContentHash', () => {
  it('is the same over the dataset and the store, and changes with the list but not with the stage', async () => {
    const { constituencyId, nomineeIds } = haNoiList(data, 0);
    const fromStore = await listContentHash(store, constituencyId);
    expect(fromStore).toMatch(/^[0-9a-f]{64}$/u);
    expect(await listContentHash(data, constituencyId)).toBe(fromStore);
    const other = haNoiList(data, 1).constituencyId;
    expect(await listContentHash(store, other)).not.toBe(fromStore);

    const moved = data.nominees.map((n) => (n.id === nomineeIds[0] ? { ...n, nomination: { ...n.nomination, stage: 'official' as const, history: [] } } : n));
    expect(await listContentHash({ ...data, nominees: moved }, constituencyId)).toBe(fromStore);
    const edited = data.nominees.map((n) => (n.id === nomineeIds[0] ? { ...n, person: { ...n.person, occupation: 'Khác' } } : n));
    expect(await listContentHash({ ...data, nominees: edited }, constituencyId)).not.toBe(fromStore);
    const left = data.nominees.map((n) => (n.id === nomineeIds[0] ? { ...n, nomination: { ...n.nomination, status: 'withdrawn' as const } } : n));
    expect(await listContentHash({ ...data, nominees: left }, constituencyId)).not.toBe(fromStore);
    const seats = data.constituencies.map((c) => (c.id === constituencyId ? { ...c, seats: c.seats + 1 } : c));
    expect(await listContentHash({ ...data, constituencies: seats }, constituencyId)).not.toBe(fromStore);
  });

  it('leaves out nominees who are not on the list (dropped at an earlier consultation)', async () => {
    const { constituencyId } = haNoiList(data, 0);
    const dropped = new Set([`${constituencyId}/dropped-round-2`, `${constituencyId}/withdrawn-after-conference`]);
    const without = data.nominees.filter((n) => !dropped.has(n.id));
    expect(without.length).toBe(data.nominees.length - 2);
    expect(await listContentHash({ ...data, nominees: without }, constituencyId)).toBe(await listContentHash(data, constituencyId));
  });
});

describe('approveList', () => {
  it('takes two different people on the same content; the same person twice is refused', async () => {
    const { constituencyId } = haNoiList(data, 0);
    const hash = await listContentHash(store, constituencyId);
    const first = await approveList(store, constituencyId, A);
    expect(first.outcome).toBe('pending');
    expect(first.approval).toEqual({ contentHash: hash, signatures: [A], status: 'pending' });
    expect((await listApprovalState(store, constituencyId)).state).toBe('pending');

    const again = await rejection(approveList(store, constituencyId, { ...A, at: B.at }));
    expect(again.code).toBe('illegal-transition');
    expect(again.text?.en).toContain('approval needs two different people');
    expect((await store.constituencies.get(constituencyId))?.listApproval?.signatures).toEqual([A]);

    const second = await approveList(store, constituencyId, B);
    expect(second.outcome).toBe('approved');
    expect(second.approval).toEqual({ contentHash: hash, signatures: [A, B], status: 'approved' });
    expect((await listApprovalState(store, constituencyId)).state).toBe('approved');
    expect((await rejection(approveList(store, constituencyId, { by: 'le-van-c', at: B.at }))).code).toBe('illegal-transition');
  });

  it('voids a pending approval whose list changed before the second signature, and says so', async () => {
    const { constituencyId, nomineeIds } = haNoiList(data, 0);
    await approveList(store, constituencyId, A);
    await moveNominee(store, nomineeIds[0]!, 'withdrawn', { by: 'x', on: '2021-04-20', pack: vn2021, reason: 'Xin rút' });
    const second = await approveList(store, constituencyId, B);
    expect(second.outcome).toBe('restarted');
    expect(second.voided).toMatchObject({ status: 'void', signatures: [A], voidedAt: B.at });
    expect(second.approval).toEqual({ contentHash: await listContentHash(store, constituencyId), signatures: [B], status: 'pending' });
    expect(second.message.en).toContain('changed after the earlier signature');
  });
});

describe('a change after approval voids it, visibly', () => {
  it('through the workflow: a withdrawal voids the approval in the same write, naming the nominee', async () => {
    const { constituencyId, nomineeIds } = haNoiList(data, 0);
    await approved(constituencyId);
    const before = (await store.constituencies.get(constituencyId))!;
    const id = nomineeIds[1]!;
    const { voidedApproval } = await moveNominee(store, id, 'withdrawn', { by: 'x', on: '2021-04-27', pack: vn2021, reason: 'Xin rút' });
    const after = (await store.constituencies.get(constituencyId))!;
    expect(voidedApproval?.version).toBe(after.version);
    expect(after.version).toBe(before.version + 1);
    expect(after.listApproval).toMatchObject({ status: 'void', signatures: [A, B] });
    expect(after.listApproval?.voidReason).toContain(`nominee ${id}`);
    expect(after.listApproval?.voidReason).toContain('left the list (withdrawn)');
    expect(Date.parse(after.listApproval!.voidedAt!)).not.toBeNaN();
    expect((await listApprovalState(store, constituencyId)).state).toBe('void');
  });

  it('through an edit: the void reason names the field', async () => {
    const { constituencyId, nomineeIds } = haNoiList(data, 0);
    await approved(constituencyId);
    const n = (await store.nominees.get(nomineeIds[0]!))!;
    const { voidedApproval } = await editNominee(store, { ...n, person: { ...n.person, occupation: 'Phó Chủ tịch' } }, { by: 'x' });
    expect(voidedApproval?.listApproval?.voidReason).toContain(`nominee ${n.id} (${n.person.fullName}): person.occupation`);
    // an edit outside any approved list voids nothing
    const elsewhere = data.nominees.find((x) => x.nomination.stage === 'official')!;
    const stored = (await store.nominees.get(elsewhere.id))!;
    expect((await editNominee(store, { ...stored, person: { ...stored.person, occupation: 'Khác' } }, { by: 'x' })).voidedApproval).toBeUndefined();
  });

  it('publication does not void it: every nominee of the approved list goes official', async () => {
    const { constituencyId, nomineeIds } = haNoiList(data, 2);
    await approved(constituencyId);
    for (const id of nomineeIds) {
      const { nominee, voidedApproval } = await publish(id);
      expect(seasonStage(nominee)).toBe('official');
      expect(voidedApproval).toBeUndefined();
    }
    expect((await listApprovalState(store, constituencyId)).state).toBe('approved');
  });

  it('written straight to the store: the state shows it, publication is refused, and a new signature restarts', async () => {
    const { constituencyId, nomineeIds } = haNoiList(data, 0);
    await approved(constituencyId);
    const n = (await store.nominees.get(nomineeIds[0]!))!;
    await store.nominees.upsert({ ...n, person: { ...n.person, workplace: 'Nơi khác' } });
    const state = await listApprovalState(store, constituencyId);
    expect(state.state).toBe('changed-since-approval');
    expect(state.approval?.status).toBe('approved');
    expect(state.message.en).toContain('changed after it was signed');

    const error = await rejection(publish(n.id));
    expect(error.code).toBe('illegal-transition');
    expect(error.text?.en).toContain('state: changed-since-approval');

    const restart = await approveList(store, constituencyId, A);
    expect(restart.outcome).toBe('restarted');
    expect(restart.voided?.signatures).toEqual([A, B]);
    expect(restart.voided?.status).toBe('void');
  });
});

describe('the official list', () => {
  it('is refused without an approval, and with only one signature; nothing is written', async () => {
    const { constituencyId, nomineeIds } = haNoiList(data, 0);
    const id = nomineeIds[0]!;
    const version = (await store.nominees.get(id))!.version;
    const none = await rejection(publish(id));
    expect(none.code).toBe('illegal-transition');
    expect(none.text?.en).toContain('state: none');
    await approveList(store, constituencyId, A);
    const pending = await rejection(publish(id));
    expect(pending.text?.en).toContain('state: pending');
    expect(pending.text?.vi).toContain('chưa được hai người phê duyệt');
    expect((await store.nominees.get(id))!.version).toBe(version);
  });

  it('is refused while the body’s list breaks a quota of the pack (Điều 57 khoản 6: two more candidates than seats)', async () => {
    const { constituencyId, nomineeIds, seats } = haNoiList(data, 1);
    expect(nomineeIds.length).toBe(seats + 2);
    await moveNominee(store, nomineeIds[0]!, 'withdrawn', { by: 'x', on: '2021-04-20', pack: vn2021, reason: 'Xin rút' });
    await approved(constituencyId);
    const error = await rejection(publish(nomineeIds[1]!));
    expect(error.code).toBe('illegal-transition');
    expect(error.text?.en).toContain('vn/na-candidate-surplus');
    expect(error.text?.vi).toContain('Điều 57');
    expect((await store.nominees.get(nomineeIds[1]!))!.nomination.stage).toBe('qualified');
  });

  it('publishes a whole approved list in one call, or none of it: one unapproved list refuses the batch', async () => {
    const first = haNoiList(data, 2);
    const second = haNoiList(data, 3);
    await approved(first.constituencyId);
    const options = { by: 'hdbcqg', on: DAYS.official, pack: vn2021 } as const;
    // The second list has no approval: the batch stops there and the first list's moves are rolled back.
    const error = await rejection(moveNominees(store, [...first.nomineeIds, ...second.nomineeIds], 'official', options));
    expect(error.code).toBe('illegal-transition');
    for (const id of first.nomineeIds) expect(seasonStage((await store.nominees.get(id))!)).toBe('qualified');
    await approved(second.constituencyId);
    const moved = await moveNominees(store, [...first.nomineeIds, ...second.nomineeIds], 'official', options);
    expect(moved.map((m) => seasonStage(m.nominee))).toEqual(moved.map(() => 'official'));
    for (const id of [...first.nomineeIds, ...second.nomineeIds]) expect((await store.nominees.get(id))!.nomination.history?.at(-1)?.to).toBe('official');
  });

  it('checks the quotas once for a batch, on the list with every move applied', async () => {
    const { constituencyId, nomineeIds } = haNoiList(data, 1);
    await moveNominee(store, nomineeIds[0]!, 'withdrawn', { by: 'x', on: '2021-04-20', pack: vn2021, reason: 'Xin rút' });
    await approved(constituencyId);
    const error = await rejection(moveNominees(store, nomineeIds.slice(1), 'official', { by: 'hdbcqg', on: DAYS.official, pack: vn2021 }));
    expect(error.text?.en).toContain('vn/na-candidate-surplus');
    for (const id of nomineeIds.slice(1)) expect((await store.nominees.get(id))!.nomination.stage).toBe('qualified');
  });
});
