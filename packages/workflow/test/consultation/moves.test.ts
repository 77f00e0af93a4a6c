import type { Nominee } from '@ungcu/core';
import { vn2021, vn2026 } from '@ungcu/rules-vn';
import { computeCalendar, shiftDate } from '@ungcu/core/calendar';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '@ungcu/core/storage';
import { SEASON_MOVES, allowedMoves, milestoneOf, moveNominee, seasonStage, STEP_LATE_RULE_ID } from '../../src/consultation/index';
import { DAYS, ELECTION, haNoiList, rejection, seasonStore } from './support';
import type { Dataset } from '@ungcu/core';

let store: Store;
let data: Dataset;
beforeEach(async () => {
  ({ store, data } = await seasonStore());
});

/** A fresh nominee at the proposed stage in a Hà Nội constituency, a real person of the list under a new id. */
async function proposed(id: string): Promise<Nominee> {
  const { constituencyId } = haNoiList(data, 4);
  const donor = data.nominees.find((n) => n.nomination.constituencyId !== constituencyId)!;
  return store.nominees.upsert({
    id,
    person: donor.person,
    nomination: { bodyId: donor.nomination.bodyId, origin: 'local', constituencyId, stage: 'proposed' },
  });
}

const opts = (on: string, extra: Record<string, unknown> = {}) => ({ by: 'can-bo-a', on, pack: vn2021, ...extra });

describe('seasonStage', () => {
  it('reads the season of the real list: official outside Hà Nội, qualified in it, and the exits', () => {
    const counts = new Map<string, number>();
    for (const n of data.nominees) counts.set(seasonStage(n), (counts.get(seasonStage(n)) ?? 0) + 1);
    const haNoi = data.nominees.filter((n) => n.id.includes('/ha-noi-') && n.nomination.status === 'active').length;
    expect(counts.get('official')).toBe(868 - haNoi);
    expect(counts.get('qualified')).toBe(haNoi);
    expect(counts.get('not-qualified')).toBe(3);
    expect(counts.get('withdrawn')).toBe(3);
  });

  it('tells the voters’ conference from the preliminary list, and the result from the official list', () => {
    const n = data.nominees[0]!;
    const at = (nomination: Partial<Nominee['nomination']>) => seasonStage({ nomination: { ...n.nomination, voterConference: undefined, ...nomination } as Nominee['nomination'] });
    expect(at({ stage: 'preliminary' })).toBe('preliminary');
    expect(at({ stage: 'preliminary', voterConference: { heldOn: DAYS.conference } })).toBe('voter-conference');
    expect(at({ stage: 'official', result: 'elected' })).toBe('elected');
    expect(at({ stage: 'official', result: 'not-elected' })).toBe('not-elected');
    expect(at({ stage: 'official', status: 'removed' })).toBe('removed');
  });
});

describe('the transition table', () => {
  it('allows removal only from the official list and "not qualified" only before the qualified list', () => {
    expect(SEASON_MOVES.filter((m) => m.to === 'removed').map((m) => m.from)).toEqual(['official']);
    expect(SEASON_MOVES.filter((m) => m.to === 'not-qualified').map((m) => m.from)).toEqual(['proposed', 'preliminary', 'voter-conference']);
    expect(allowedMoves('elected')).toEqual([]);
    expect(allowedMoves('qualified').map((m) => m.to)).toEqual(['official', 'withdrawn']);
  });

  it('names a calendar step of both packs for every dated move', () => {
    for (const pack of [vn2021, vn2026]) {
      const ids = new Set(pack.calendar!.milestones.map((m) => m.id));
      for (const move of SEASON_MOVES) {
        for (const kind of ['national-assembly', 'provincial-council'] as const) {
          const id = milestoneOf(move, kind);
          if (id !== undefined) expect(ids.has(id), `${pack.id}: ${id}`).toBe(true);
        }
      }
    }
    expect(milestoneOf(SEASON_MOVES.find((m) => m.to === 'official')!, 'commune-council')).toBe('official-council-list');
  });
});

describe('moveNominee', () => {
  it('walks a nominee from proposed to qualified, recording each move with its round', async () => {
    const n = await proposed('new-1');
    await moveNominee(store, n.id, 'preliminary', opts(DAYS.round2));
    await moveNominee(store, n.id, 'voter-conference', opts(DAYS.conference, { voterConference: { heldOn: DAYS.conference, votersPresent: 80, votersInFavour: 75 } }));
    const { nominee, findings } = await moveNominee(store, n.id, 'qualified', opts(DAYS.round3));
    expect(findings).toEqual([]);
    expect(seasonStage(nominee)).toBe('qualified');
    expect(nominee.nomination.voterConference).toEqual({ heldOn: DAYS.conference, votersPresent: 80, votersInFavour: 75 });
    expect(nominee.nomination.history?.map((c) => [c.from, c.to, c.round, c.on])).toEqual([
      ['proposed', 'preliminary', 2, DAYS.round2],
      ['preliminary', 'voter-conference', undefined, DAYS.conference],
      ['voter-conference', 'qualified', 3, DAYS.round3],
    ]);
    expect(nominee.version).toBe(3);
    const audit = await store.audit.list({ entityId: n.id });
    expect(audit.slice(1).map((e) => e.actor)).toEqual(['can-bo-a', 'can-bo-a', 'can-bo-a']);
  });

  it('refuses a jump (proposed → official) naming the nominee, both stages and the allowed moves, and writes nothing', async () => {
    const n = await proposed('new-2');
    const error = await rejection(moveNominee(store, n.id, 'official', opts(DAYS.official)));
    expect(error.code).toBe('illegal-transition');
    expect(error.text?.en).toContain('Nominee "new-2": cannot move from "proposed" (proposed) to "official"');
    expect(error.text?.en).toContain('Allowed moves: "preliminary" (preliminary list), "withdrawn" (withdrawn), "not-qualified"');
    expect(error.text?.vi).toContain('không thể chuyển từ "proposed"');
    expect((await store.nominees.get(n.id))?.version).toBe(n.version);
  });

  it('refuses the other illegal moves on real nominees: skipping the conference, removing before publication, going back', async () => {
    const { nomineeIds } = haNoiList(data, 0);
    const official = data.nominees.find((x) => x.nomination.stage === 'official')!;
    const tries: [string, Parameters<typeof moveNominee>[2]][] = [
      [nomineeIds[0]!, 'removed'],
      [nomineeIds[0]!, 'not-qualified'],
      [nomineeIds[0]!, 'preliminary'],
      [official.id, 'qualified'],
      [official.id, 'not-qualified'],
    ];
    for (const [id, to] of tries) {
      const error = await rejection(moveNominee(store, id, to, opts(DAYS.official, { reason: 'thử' })));
      expect(error.code, `${id} → ${to}`).toBe('illegal-transition');
    }
    const n = await proposed('new-3');
    await moveNominee(store, n.id, 'preliminary', opts(DAYS.round2));
    expect((await rejection(moveNominee(store, n.id, 'qualified', opts(DAYS.round3)))).code).toBe('illegal-transition');
  });

  it('refuses a round that is not the move’s own', async () => {
    const n = await proposed('new-4');
    const error = await rejection(moveNominee(store, n.id, 'preliminary', opts(DAYS.round2, { round: 3 })));
    expect(error.code).toBe('illegal-transition');
    expect(error.text?.en).toContain('belongs to consultation round 2, not 3');
  });

  it('needs a reason for every exit, and records it', async () => {
    const n = await proposed('new-5');
    for (const reason of [undefined, '   ']) {
      const error = await rejection(moveNominee(store, n.id, 'not-qualified', opts(DAYS.round2, reason === undefined ? {} : { reason })));
      expect(error.code).toBe('illegal-transition');
      expect(error.text?.vi).toContain('phải ghi lý do');
    }
    const { nominee } = await moveNominee(store, n.id, 'not-qualified', opts(DAYS.round2, { reason: 'Không đủ tiêu chuẩn theo Điều 22' }));
    expect(nominee.nomination.status).toBe('not-qualified');
    expect(nominee.nomination.statusReason).toBe('Không đủ tiêu chuẩn theo Điều 22');
    expect(nominee.nomination.history?.at(-1)).toMatchObject({ to: 'not-qualified', round: 2, reason: 'Không đủ tiêu chuẩn theo Điều 22' });

    const official = data.nominees.find((x) => x.nomination.stage === 'official')!;
    expect((await rejection(moveNominee(store, official.id, 'removed', opts('2021-05-10')))).code).toBe('illegal-transition');
    const removed = await moveNominee(store, official.id, 'removed', opts('2021-05-10', { reason: 'Vi phạm pháp luật nghiêm trọng' }));
    expect(removed.nominee.nomination.status).toBe('removed');
    expect(removed.nominee.nomination.removal).toEqual({ date: '2021-05-10', article: '60', reason: 'Vi phạm pháp luật nghiêm trọng' });
  });

  it('records the result of an official nominee', async () => {
    const official = data.nominees.find((x) => x.nomination.stage === 'official')!;
    const { nominee, findings } = await moveNominee(store, official.id, 'elected', opts('2021-06-10'));
    expect(seasonStage(nominee)).toBe('elected');
    expect(findings).toEqual([]);
    expect((await rejection(moveNominee(store, official.id, 'not-elected', opts('2021-06-10')))).code).toBe('illegal-transition');
  });
});

describe('concurrency', () => {
  it('writes at the version it read: a write by someone else in between is a conflict, and nothing lands', async () => {
    const n = await proposed('race-1');
    // A session whose nominee reads let another writer in right after them (what a weaker isolation allows).
    const racing: Store = {
      ...store,
      transaction: (fn, options) =>
        store.transaction(
          (tx) =>
            fn(
              new Proxy(tx, {
                get: (target, key) =>
                  key === 'nominees'
                    ? {
                        ...target.nominees,
                        get: async (id: string) => {
                          const read = await target.nominees.get(id);
                          await target.nominees.upsert({ ...read!, person: { ...read!.person, occupation: 'Sửa bởi người khác' } });
                          return read;
                        },
                        upsert: target.nominees.upsert.bind(target.nominees),
                        list: target.nominees.list.bind(target.nominees),
                      }
                    : Reflect.get(target, key),
              }),
            ),
          options,
        ),
    };
    const error = await rejection(moveNominee(racing, n.id, 'preliminary', opts(DAYS.round2)));
    expect(error.code).toBe('version-conflict');
    const stored = (await store.nominees.get(n.id))!;
    expect([stored.version, stored.nomination.stage, stored.person.occupation]).toEqual([n.version, 'proposed', n.person.occupation]);
  });
});

describe('the calendar', () => {
  it('warns of a step recorded after its deadline, citing the article, and still makes the move', async () => {
    const n = await proposed('late-1');
    const deadline = computeCalendar(vn2021, ELECTION.electionDay).milestones.find((m) => m.id === 'consultation-2')!.date;
    expect(deadline).toBe(DAYS.round2);
    const onTime = await moveNominee(store, n.id, 'preliminary', opts(deadline));
    expect(onTime.findings).toEqual([]);

    const m = await proposed('late-2');
    const { nominee, findings } = await moveNominee(store, m.id, 'preliminary', opts(shiftDate(deadline, 3)));
    expect(seasonStage(nominee)).toBe('preliminary');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ ruleId: STEP_LATE_RULE_ID, severity: 'warning', target: { kind: 'nominee', id: 'late-2' } });
    expect(f!.data).toMatchObject({ milestone: 'consultation-2', deadline, daysLate: 3 });
    expect(f!.sources.map((s) => s.article)).toEqual(['43', '44', '53']);
    expect(f!.text.vi).toContain('chậm 3 ngày');
    expect(f!.text.vi).toContain('Điều 43, 44, 53');
    expect(f!.text.en).toContain('3 day(s) after the deadline');
    expect(f!.message).toContain(f!.text.vi);
    expect(f!.message).toContain(f!.text.en);
  });

  it('dates the 2026 season from the given election day with the amended law’s day counts', async () => {
    const n = await proposed('late-2026');
    const day2026 = '2026-03-15';
    const deadline = computeCalendar(vn2026, day2026).milestones.find((m) => m.id === 'consultation-2')!.date;
    expect(deadline).toBe(shiftDate(day2026, -40));
    const on = await moveNominee(store, n.id, 'preliminary', { by: 'a', on: deadline, pack: vn2026, electionDay: day2026 });
    expect(on.findings).toEqual([]);
    const late = await moveNominee(store, n.id, 'voter-conference', { by: 'a', on: shiftDate(day2026, -20), pack: vn2026, electionDay: day2026 });
    expect(late.findings.map((f) => [f.ruleId, f.data['milestone'], f.data['daysLate']])).toEqual([[STEP_LATE_RULE_ID, 'consultation-3', 3]]);
  });

  it('dates the results from the body’s election', async () => {
    const official = data.nominees.find((x) => x.nomination.stage === 'official')!;
    const { findings } = await moveNominee(store, official.id, 'not-elected', opts('2021-06-20'));
    expect(findings.map((f) => [f.data['milestone'], f.data['deadline']])).toEqual([['na-results', '2021-06-12']]);
  });
});
