import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { naWomenShare } from './index';

describe('vn/na-women-share', () => {
  it('fails the Cao Bằng list, 3 women of 10 (30%), naming the list, the numbers and Art. 8(3)', () => {
    const [finding, ...rest] = runRule(naWomenShare, caoBang());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      target: { kind: 'body', id: 'na-xv', name: 'Quốc hội khóa XV' },
      data: { actual: 3, total: 10, required: 4, shortfall: 1, toAdd: 1 },
      sources: [{ article: '8', clause: '3' }],
    });
    expect(finding?.message).toBe('Quốc hội khóa XV: 3 women among 10 nominees (30%); at least 4 are required (a minimum share of 35%), 1 short');
    // English plurals: one woman, one nominee (the message used to say "1 women", "1 nominees").
    expect(finding?.fix).toBe('Add at least 1 woman to the list, or have 1 woman replace a nominee on it');
  });
  it('passes at exactly 35%: 7 women of 20', () => {
    const ds = caoBang();
    const doubled = [...ds.nominees, ...ds.nominees.map((n) => ({ ...n, id: `${n.id}-b` }))];
    // 6 women of 20 = 30%; one more makes 7 of 20 = 35%, the boundary.
    doubled[2] = { ...doubled[2]!, person: { ...doubled[2]!.person, gender: 'female' } };
    expect(runRule(naWomenShare, { ...ds, nominees: doubled })).toEqual([]);
    doubled[2] = { ...doubled[2]!, person: { ...doubled[2]!.person, gender: 'male' } };
    expect(runRule(naWomenShare, { ...ds, nominees: doubled })[0]?.data).toMatchObject({ actual: 6, required: 7 });
  });
  it('counts only the official list and ignores councils', () => {
    const ds = caoBang();
    const preliminary = ds.nominees.map((n) => ({ ...n, nomination: { ...n.nomination, stage: 'preliminary' as const } }));
    expect(runRule(naWomenShare, { ...ds, nominees: preliminary }, { stage: 'official' })).toEqual([]);
  });
});
