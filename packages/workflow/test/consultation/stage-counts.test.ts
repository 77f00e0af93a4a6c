import { loadDataset, memoryStore } from '@ungcu/core/storage';
import { vn2021 } from '@ungcu/rules-vn';
import { describe, expect, it } from 'vitest';
import { moveNominee, stageCounts } from '../../src/consultation/index';
import { DROPPED_REASONS, HA_NOI, real2021, seasonStore, withSeason } from './support';

describe('stageCounts on the 2021 season', () => {
  it('counts each step of the list: proposed, kept, dropped with reasons, waiting', async () => {
    const real = await real2021();
    const data = withSeason(real);
    const bodyId = real.bodies[0]!.id;
    const haNoi = real.nominees.filter((n) => real.constituencies.find((c) => c.id === n.nomination.constituencyId)?.unitId === HA_NOI).length;
    expect(real.nominees).toHaveLength(868);
    const counts = stageCounts(data, { bodyId });
    expect(counts.byStage).toMatchObject({ official: 868 - haNoi, qualified: haNoi, 'not-qualified': 3, withdrawn: 3, proposed: 0, removed: 0 });
    const [round2, round3, official, elected] = counts.steps;
    expect(round2).toEqual({
      step: 'preliminary',
      round: 2,
      proposed: 868 + 6,
      kept: 868 + 3,
      dropped: 3,
      waiting: 0,
      exits: { 'not-qualified': 3 },
      reasons: [{ reason: DROPPED_REASONS.notQualified, count: 3 }],
    });
    expect(round3).toMatchObject({ step: 'qualified', round: 3, proposed: 868 + 3, kept: 868, dropped: 3, exits: { withdrawn: 3 } });
    expect(round3?.reasons).toEqual([{ reason: DROPPED_REASONS.withdrawn, count: 3 }]);
    expect(official).toMatchObject({ step: 'official', proposed: 868, kept: 868 - haNoi, dropped: 0, waiting: haNoi });
    expect(official).not.toHaveProperty('round');
    expect(elected).toMatchObject({ step: 'elected', proposed: 868 - haNoi, kept: 0, dropped: 0, waiting: 868 - haNoi });
    expect(stageCounts(data, { bodyId: 'no-such-body' }).steps[0]?.proposed).toBe(0);
  });

  it('follows the moves made in a store, taking the reason from the history', async () => {
    const { store, data } = await seasonStore(memoryStore());
    const bodyId = data.bodies[0]!.id;
    const official = data.nominees.filter((n) => n.nomination.stage === 'official').slice(0, 4);
    await moveNominee(store, official[0]!.id, 'elected', { by: 'x', on: '2021-06-10', pack: vn2021 });
    await moveNominee(store, official[1]!.id, 'not-elected', { by: 'x', on: '2021-06-10', pack: vn2021 });
    await moveNominee(store, official[2]!.id, 'removed', { by: 'x', on: '2021-05-15', pack: vn2021, reason: 'Xóa tên theo Điều 60' });
    await moveNominee(store, official[3]!.id, 'withdrawn', { by: 'x', on: '2021-05-16', pack: vn2021, reason: 'Xin rút' });
    const counts = stageCounts((await loadDataset(store, data.elections[0]!.id))!, { bodyId });
    const elected = counts.steps[3]!;
    expect(elected).toMatchObject({ kept: 1, dropped: 3, exits: { 'not-elected': 1, removed: 1, withdrawn: 1 } });
    expect(elected.reasons.map((r) => r.reason).sort()).toEqual(['(no reason recorded / không ghi lý do)', 'Xin rút', 'Xóa tên theo Điều 60']);
    expect(counts.steps[2]).toMatchObject({ kept: data.nominees.filter((n) => n.nomination.stage === 'official').length, dropped: 0 });
    expect(counts.byStage.elected).toBe(1);
  });
});
