/**
 * The lifecycle of vetting cases opened for real 2021 candidates (Hà Nội constituency no. 1): steps dated from
 * the vn-2021 calendar (election day 2021-05-23), done in order only, concluded only after the appraisal,
 * each write one transaction at the version read, the audit log the trail with the actor who did it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset, Nominee } from '@ungcu/core';
import { computeCalendar } from '@ungcu/core/calendar';
import { ConfigError, ConflictError, TransitionError } from '@ungcu/core/errors';
import { type Store, memoryStore } from '@ungcu/core/storage';
import { vn2021, vn2026 } from '@ungcu/rules-vn';
import {
  DEFAULT_STEP_OFFSETS,
  completeStep,
  concludeCase,
  openVettingCase,
  overdueSteps,
  withdrawCase,
  type OpenVettingCaseInput,
} from '../../src/vetting/index';
import { candidatesOf, storeWith2021 } from './support';

let store: Store;
let data: Dataset;
let electionId: string;
let hanoi1: Nominee[];

beforeEach(async () => {
  ({ store, data, electionId } = await storeWith2021(memoryStore({ actor: 'test' })));
  hanoi1 = candidatesOf(data, 'Hà Nội', 1);
});

const candidacy = (n: Nominee, extra: Partial<OpenVettingCaseInput> = {}): OpenVettingCaseInput => ({
  id: `vc-${n.id}`,
  personName: n.person.fullName,
  nomineeId: n.id,
  electionId,
  purpose: 'candidacy',
  managementLevel: 'local',
  openedOn: '2021-03-01',
  assessor: 'tham-dinh-1',
  unitId: 'ban-to-chuc-ha-noi',
  dateOfBirth: n.person.dateOfBirth,
  ...extra,
});

describe('opening a case', () => {
  it('dates a candidacy from the vn-2021 calendar: review by the 2nd consultation, verification and appraisal by the 3rd', async () => {
    expect(hanoi1.map((n) => n.person.fullName)).toEqual(['Nguyễn Trúc Anh', 'Nguyễn Quốc Duyệt', 'Nguyễn Phú Trọng', 'Nguyễn Thị Hà Tuyên', 'Vũ Tiến Vượng']);
    const opened = await openVettingCase(store, candidacy(hanoi1[0]!), { by: 'to-truong', pack: vn2021 });
    // Điều 44 and 49 of the 2015 law: 65 and 35 days before 23 May 2021.
    expect(opened.steps).toEqual([
      { kind: 'review', dueDate: '2021-03-19' },
      { kind: 'verification', dueDate: '2021-04-18' },
      { kind: 'appraisal', dueDate: '2021-04-18' },
    ]);
    const calendar = computeCalendar(vn2021, '2021-05-23');
    const date = (id: string) => calendar.milestones.find((m) => m.id === id)!.date;
    expect([date('consultation-2'), date('consultation-3')]).toEqual(['2021-03-19', '2021-04-18']);
    expect(opened.dueDate).toBe('2021-04-18');
    expect([opened.status, opened.version]).toEqual(['open', 0]);
  });

  it("under vn-2026 the verification is due when voters' issues must be answered, before the 3rd consultation", async () => {
    await store.elections.upsert({ id: 'na-xvi', name: 'Bầu cử đại biểu Quốc hội khóa XVI', electionDay: '2026-03-15', rulePack: 'vn-2026' });
    const opened = await openVettingCase(store, candidacy(hanoi1[1]!, { electionId: 'na-xvi', openedOn: '2026-01-10' }), { by: 'to-truong', pack: vn2026 });
    const calendar = computeCalendar(vn2026, '2026-03-15');
    const date = (id: string) => calendar.milestones.find((m) => m.id === id)!.date;
    expect(opened.steps!.map((s) => s.dueDate)).toEqual([date('consultation-2'), date('voter-issues-resolved'), date('consultation-3')]);
    expect(date('voter-issues-resolved') < date('consultation-3')).toBe(true);
  });

  it('dates other purposes from the opening day, by default offsets or the caller’s', async () => {
    const n = hanoi1[2]!;
    const base = { personName: n.person.fullName, purpose: 'appointment', openedOn: '2021-06-01', status: undefined } as const;
    const byDefault = await openVettingCase(store, { ...base, id: 'vc-appoint-1' }, { by: 'to-truong', pack: vn2021 });
    expect(DEFAULT_STEP_OFFSETS).toEqual({ review: 15, verification: 30, appraisal: 45 });
    expect(byDefault.steps!.map((s) => s.dueDate)).toEqual(['2021-06-16', '2021-07-01', '2021-07-16']);
    const own = await openVettingCase(store, { ...base, id: 'vc-appoint-2' }, { by: 'to-truong', offsets: { review: 7, verification: 10, appraisal: 20 } });
    expect(own.steps!.map((s) => s.dueDate)).toEqual(['2021-06-08', '2021-06-11', '2021-06-21']);
    await expect(openVettingCase(store, { ...base, id: 'vc-appoint-3' }, { by: 'x', offsets: { review: 20, verification: 10 } })).rejects.toThrow(ConfigError);
  });

  it('refuses a candidacy whose election is not stored or follows another pack, a taken id, and no actor', async () => {
    await expect(openVettingCase(store, candidacy(hanoi1[0]!, { electionId: 'nowhere' }), { by: 'a', pack: vn2021 })).rejects.toThrow(/"nowhere" is not stored/u);
    const other = await openVettingCase(store, candidacy(hanoi1[0]!), { by: 'a', pack: vn2026 }).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(ConfigError);
    expect((other as ConfigError).text.vi).toMatch(/theo bộ quy tắc "vn-2021", không phải "vn-2026"/u);
    await openVettingCase(store, candidacy(hanoi1[0]!), { by: 'a', pack: vn2021 });
    await expect(openVettingCase(store, candidacy(hanoi1[0]!), { by: 'a', pack: vn2021 })).rejects.toThrow(ConflictError);
    await expect(openVettingCase(store, candidacy(hanoi1[1]!), { by: ' ', pack: vn2021 })).rejects.toThrow(ConfigError);
    expect(await store.vettingCases.count()).toBe(1);
  });
});

describe('steps in order', () => {
  it('runs review → verification → appraisal → conclusion, the audit log naming who did each', async () => {
    const id = (await openVettingCase(store, candidacy(hanoi1[3]!), { by: 'to-truong', pack: vn2021 })).id;
    await completeStep(store, id, 'review', { on: '2021-03-10', by: 'tham-dinh-1', notes: 'Hồ sơ đủ' });
    const verified = await completeStep(store, id, 'verification', { on: '2021-04-02', by: 'tham-dinh-2' });
    expect(verified.status).toBe('in-review');
    await completeStep(store, id, 'appraisal', { on: '2021-04-12', by: 'tham-dinh-1' });
    const done = await concludeCase(store, id, { outcome: 'meets-standards', on: '2021-04-14', by: 'truong-ban' });
    expect([done.status, done.outcome, done.closedOn, done.version]).toEqual(['concluded', 'meets-standards', '2021-04-14', 4]);
    expect(done.steps!.map((s) => [s.kind, s.doneOn, s.assessor])).toEqual([
      ['review', '2021-03-10', 'tham-dinh-1'],
      ['verification', '2021-04-02', 'tham-dinh-2'],
      ['appraisal', '2021-04-12', 'tham-dinh-1'],
    ]);
    const trail = await store.audit.list({ collection: 'vettingCases', entityId: id });
    expect(trail.map((e) => [e.operation, e.actor, e.version])).toEqual([
      ['create', 'to-truong', 0],
      ['update', 'tham-dinh-1', 1],
      ['update', 'tham-dinh-2', 2],
      ['update', 'tham-dinh-1', 3],
      ['update', 'truong-ban', 4],
    ]);
  });

  it('refuses a step out of order, twice, or dated before the one before, and writes nothing', async () => {
    const id = (await openVettingCase(store, candidacy(hanoi1[4]!), { by: 'to-truong', pack: vn2021 })).id;
    const early = await completeStep(store, id, 'verification', { on: '2021-03-05', by: 'tham-dinh-1' }).catch((e: unknown) => e);
    expect(early).toBeInstanceOf(TransitionError);
    expect((early as TransitionError).code).toBe('illegal-transition');
    expect((early as TransitionError).text.vi).toMatch(/phải thẩm tra trước khi xác minh/u);
    expect((early as TransitionError).text.en).toMatch(/review must be done before the verification/u);
    await expect(completeStep(store, id, 'appraisal', { on: '2021-03-05', by: 'x' })).rejects.toThrow(TransitionError);
    await expect(concludeCase(store, id, { outcome: 'meets-standards', on: '2021-03-05', by: 'x' })).rejects.toThrow(/appraisal is not done/u);
    await expect(completeStep(store, id, 'review', { on: '2021-02-20', by: 'x' })).rejects.toThrow(/before the case was opened/u);
    expect((await store.vettingCases.get(id))!.version).toBe(0);
    await completeStep(store, id, 'review', { on: '2021-03-10', by: 'x' });
    await expect(completeStep(store, id, 'review', { on: '2021-03-11', by: 'x' })).rejects.toThrow(/already done on 2021-03-10/u);
    await expect(completeStep(store, id, 'verification', { on: '2021-03-09', by: 'x' })).rejects.toThrow(/before the step before/u);
    expect((await store.audit.list({ entityId: id })).map((e) => e.operation)).toEqual(['create', 'update']);
  });

  it('refuses a conclusion dated before the appraisal, any change to a closed case, and a stale version', async () => {
    const id = (await openVettingCase(store, candidacy(hanoi1[0]!), { by: 'a', pack: vn2021 })).id;
    for (const [kind, on] of [['review', '2021-03-02'], ['verification', '2021-03-20'], ['appraisal', '2021-04-01']] as const) {
      await completeStep(store, id, kind, { on, by: 'a' });
    }
    await expect(concludeCase(store, id, { outcome: 'does-not-meet', on: '2021-03-31', by: 'a' })).rejects.toThrow(TransitionError);
    await expect(concludeCase(store, id, { outcome: 'does-not-meet', on: '2021-04-02', by: 'a', expectedVersion: 1 })).rejects.toThrow(ConflictError);
    await concludeCase(store, id, { outcome: 'does-not-meet', on: '2021-04-02', by: 'a', expectedVersion: 3 });
    await expect(withdrawCase(store, id, { on: '2021-04-03', by: 'a' })).rejects.toThrow(/is concluded: it cannot be withdrawn/u);
    await expect(completeStep(store, 'vc-none', 'review', { on: '2021-04-03', by: 'a' })).rejects.toThrow(/no vetting case "vc-none"/u);
  });

  it('withdraws an open case with its reason, then refuses steps on it', async () => {
    const id = (await openVettingCase(store, candidacy(hanoi1[1]!, { notes: 'Hồ sơ nhận 01/3' }), { by: 'a', pack: vn2021 })).id;
    const withdrawn = await withdrawCase(store, id, { on: '2021-03-15', by: 'truong-ban', reason: 'Người được giới thiệu xin rút' });
    expect([withdrawn.status, withdrawn.closedOn, withdrawn.notes]).toEqual(['withdrawn', '2021-03-15', 'Hồ sơ nhận 01/3\nNgười được giới thiệu xin rút']);
    await expect(completeStep(store, id, 'review', { on: '2021-03-16', by: 'a' })).rejects.toThrow(/is withdrawn/u);
  });
});

describe('overdueSteps', () => {
  it('lists the steps of open cases past their due date, most overdue first', async () => {
    const [a, b, c] = hanoi1;
    const ida = (await openVettingCase(store, candidacy(a!), { by: 'x', pack: vn2021 })).id;
    const idb = (await openVettingCase(store, candidacy(b!), { by: 'x', pack: vn2021 })).id;
    const idc = (await openVettingCase(store, candidacy(c!), { by: 'x', pack: vn2021 })).id;
    await completeStep(store, idb, 'review', { on: '2021-03-15', by: 'x' });
    await withdrawCase(store, idc, { on: '2021-03-05', by: 'x' });
    const cases = await store.vettingCases.list();
    // The review is due on 19 March: not overdue that day, one day overdue the next.
    expect(overdueSteps(cases, '2021-03-19')).toEqual([]);
    expect(overdueSteps(cases, '2021-03-20')).toEqual([
      { caseId: ida, personName: a!.person.fullName, kind: 'review', dueDate: '2021-03-19', daysOverdue: 1, assessor: 'tham-dinh-1', unitId: 'ban-to-chuc-ha-noi' },
    ]);
    const late = overdueSteps(cases, '2021-04-20');
    // Equally late steps by case id ("…nguyen-quoc-duyet" before "…nguyen-truc-anh"), then in step order.
    expect(idb < ida).toBe(true);
    expect(late.map((s) => [s.caseId, s.kind, s.daysOverdue])).toEqual([
      [ida, 'review', 32],
      [idb, 'verification', 2],
      [idb, 'appraisal', 2],
      [ida, 'verification', 2],
      [ida, 'appraisal', 2],
    ]);
  });
});
