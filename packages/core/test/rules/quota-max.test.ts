/**
 * The maximum of a quota rule, at its boundary. The law's own quotas are minimums, so nothing else exercises
 * the maximum, yet structure plans cap counts and shares (a range such as "25 to 50 non-party deputies" is a
 * minimum and a maximum) and users set `maxCount`/`maxShare` on any quota rule. These tests pin the boundary:
 * a list exactly at the maximum passes, one more fails with the numbers, for a head count and for a share.
 *
 * Data: the real Hà Nội constituency no. 1 of 2021 (5 candidates: 1 woman, 1 non-party), with attributes
 * changed where a test needs more people on one side of the bound.
 */
import { describe, expect, it } from 'vitest';
import { Dataset, type NomineeInput } from '../../src/index';
import { createValidator, defineRulePack, quotaRule, validate, type Finding, type RulePack } from '../../src/rules/index';
import { hanoiUnitOne } from '../fixtures';

/** At most 2 non-party nominees per constituency: a head-count maximum. */
const nonPartyCap = quotaRule({
  id: 'test/non-party-cap',
  title: { vi: 'Tối đa người ngoài Đảng', en: 'Non-party cap' },
  description: { vi: 'Không quá 2 người ngoài Đảng mỗi đơn vị', en: 'At most 2 non-party nominees per constituency' },
  severity: 'warning',
  scope: 'constituency',
  attribute: 'nonParty',
  subject: { vi: 'người ngoài Đảng', en: 'non-party person|non-party people' },
  max: { count: 2 },
  sources: [],
});

/** At most 40% women on the body's list: a share maximum (40% of 5 is exactly 2). */
const womenCap = quotaRule({
  id: 'test/women-cap',
  title: { vi: 'Tối đa tỷ lệ nữ', en: 'Women share cap' },
  description: { vi: 'Không quá 40% nữ', en: 'At most 40% women' },
  severity: 'warning',
  scope: 'body',
  attribute: 'women',
  subject: { vi: 'phụ nữ', en: 'woman|women' },
  max: { share: 0.4 },
  sources: [],
});

const capPack: RulePack = defineRulePack({
  id: 'caps',
  title: { vi: 'Mức tối đa', en: 'Caps' },
  rules: [nonPartyCap, womenCap],
});

/** The Hà Nội list with the named candidates made women and/or non-party. */
function hanoi(changes: { women?: readonly string[]; nonParty?: readonly string[] }): Dataset {
  const input = hanoiUnitOne();
  const nominees = (input.nominees ?? []).map((n): NomineeInput => ({
    ...n,
    person: {
      ...n.person,
      ...(changes.women?.includes(n.id) ? { gender: 'female' as const } : {}),
      ...(changes.nonParty?.includes(n.id) ? { partyJoinDate: null } : {}),
    },
  }));
  return Dataset.parse({ ...input, nominees });
}

function findingsOf(dataset: Dataset, rules: Parameters<typeof validate>[1]['rules'] = {}, locale: 'vi' | 'en' = 'en'): Finding[] {
  return [...validate(dataset, { packs: [capPack], rules, locale }).findings];
}

describe('a head-count maximum (maxCount)', () => {
  it('reads the real list: 1 non-party candidate of 5 (Vũ Tiến Vượng)', () => {
    const row = validate(hanoi({}), { packs: [capPack] }).composition.find((r) => r.scope === 'constituency');
    expect(row).toMatchObject({ nominees: 5, nonParty: 1, women: 1 });
  });

  it('passes exactly at the maximum: 2 non-party of 5, cap 2', () => {
    expect(findingsOf(hanoi({ nonParty: ['hn1-1'] }))).toEqual([]);
  });

  it('fails one over the maximum with actual, allowed and excess', () => {
    const [finding, ...others] = findingsOf(hanoi({ nonParty: ['hn1-1', 'hn1-2'] }));
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'test/non-party-cap',
      severity: 'warning',
      messageId: 'above-max',
      target: { kind: 'constituency', id: 'na-xv-01-1' },
      data: { actual: 3, total: 5, allowed: 2, excess: 1, actualShare: 0.6 },
    });
    expect(finding!.message).toMatch(/: 3 non-party people among 5 nominees \(60%\); at most 2 are allowed, 1 too many$/);
    expect(finding!.fix).toBe('Remove or replace at least 1 non-party person on the list');
  });

  it('renders the same numbers in Vietnamese', () => {
    const [finding] = findingsOf(hanoi({ nonParty: ['hn1-1', 'hn1-2'] }), {}, 'vi');
    expect(finding!.message).toMatch(/: có 3\/5 người ngoài Đảng \(60%\), vượt mức tối đa 2 người, thừa 1$/);
    expect(finding!.fix).toBe('Bớt hoặc thay ít nhất 1 người ngoài Đảng trong danh sách');
  });

  it('counts the excess from the maximum, not from the boundary: 4 of 5 against 2 is 2 too many', () => {
    const [finding] = findingsOf(hanoi({ nonParty: ['hn1-1', 'hn1-2', 'hn1-3'] }));
    expect(finding?.data).toMatchObject({ actual: 4, allowed: 2, excess: 2 });
  });

  it('takes the maximum from the options: cap 3 lets 3 pass, cap 0 fails 1', () => {
    const three = hanoi({ nonParty: ['hn1-1', 'hn1-2'] });
    expect(findingsOf(three, { 'test/non-party-cap': { maxCount: 3 } })).toEqual([]);
    const [none] = findingsOf(hanoi({}), { 'test/non-party-cap': { maxCount: 0 } });
    expect(none?.data).toMatchObject({ actual: 1, allowed: 0, excess: 1 });
  });
});

describe('a share maximum (maxShare)', () => {
  it('passes exactly at the maximum: 2 women of 5 is 40%, cap 40%', () => {
    expect(findingsOf(hanoi({ women: ['hn1-1'] }))).toEqual([]);
  });

  it('fails one over the maximum: 3 women of 5 (60%) against 40%, 2 allowed, 1 too many', () => {
    const [finding, ...others] = findingsOf(hanoi({ women: ['hn1-1', 'hn1-2'] }));
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'test/women-cap',
      messageId: 'above-max',
      target: { kind: 'body', id: 'na-xv' },
      data: { actual: 3, total: 5, allowed: 2, excess: 1, actualShare: 0.6 },
    });
    expect(finding!.message).toBe('na-xv: 3 women among 5 nominees (60%); at most 2 are allowed, 1 too many');
  });

  it('rounds a share that is not a whole head count down: 50% of 5 allows 2, so 3 fail', () => {
    const rules = { 'test/women-cap': { maxShare: 0.5 } };
    expect(findingsOf(hanoi({ women: ['hn1-1'] }), rules)).toEqual([]);
    const [finding] = findingsOf(hanoi({ women: ['hn1-1', 'hn1-2'] }), rules);
    expect(finding?.data).toMatchObject({ actual: 3, allowed: 2, excess: 1 });
  });

  it('applies the stricter of a count and a share maximum', () => {
    const women = hanoi({ women: ['hn1-1', 'hn1-2'] }); // 3 of 5
    // Count 3 alone would pass; 40% of 5 is 2, and the smaller bound decides.
    const [byShare] = findingsOf(women, { 'test/women-cap': { maxCount: 3, maxShare: 0.4 } });
    expect(byShare?.data).toMatchObject({ actual: 3, allowed: 2, excess: 1 });
    // Share 100% alone would pass; the count 2 decides.
    const [byCount] = findingsOf(women, { 'test/women-cap': { maxCount: 2, maxShare: 1 } });
    expect(byCount?.data).toMatchObject({ actual: 3, allowed: 2, excess: 1 });
    expect(findingsOf(women, { 'test/women-cap': { maxCount: 3, maxShare: 0.6 } })).toEqual([]);
  });
});

describe('the incremental validator at the maximum', () => {
  it('reports the finding when an edit crosses the maximum, and drops it when the edit is undone', () => {
    const atMax = hanoi({ nonParty: ['hn1-1'] });
    const validator = createValidator(atMax, { packs: [capPack], locale: 'en' });
    expect(validator.report().findings).toEqual([]);
    const original = atMax.nominees.find((n) => n.id === 'hn1-2')!;
    const over = validator.apply({
      type: 'upsert',
      collection: 'nominees',
      entity: { ...original, person: { ...original.person, partyJoinDate: null } },
    });
    expect(over.appeared.map((f) => [f.ruleId, f.data['actual'], f.data['allowed'], f.data['excess']])).toEqual([
      ['test/non-party-cap', 3, 2, 1],
    ]);
    const back = validator.apply({ type: 'upsert', collection: 'nominees', entity: original });
    expect(back.disappeared.map((f) => f.ruleId)).toEqual(['test/non-party-cap']);
    expect(validator.report().findings).toEqual([]);
  });
});
