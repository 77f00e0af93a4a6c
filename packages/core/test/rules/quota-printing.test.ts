/**
 * How a quota finding prints its numbers (issue 16): a share target reads as the law writes it ("35%", not
 * "35,00%"); a measured share keeps the decimals it needs ("34,91%"); a head-count target prints no share at
 * all (160 of a 5-name list is not "3200%"). When a rule has both a count and a share, the bound that sets the
 * target decides which message prints.
 *
 * Data: the real Hà Nội constituency no. 1 of 2021 (5 candidates, 1 woman, 1 incumbent).
 */
import { describe, expect, it } from 'vitest';
import { Dataset } from '../../src/index';
import { defineRulePack, formatPercent, quotaRule, validate, type Finding } from '../../src/rules/index';
import { hanoiUnitOne } from '../fixtures';

const incumbentsCount = quotaRule({
  id: 'test/incumbents-count',
  title: { vi: 'Số người tái cử', en: 'Incumbents' },
  description: { vi: 'Ít nhất 3 người tái cử', en: 'At least 3 incumbents' },
  severity: 'warning',
  scope: 'body',
  attribute: 'incumbents',
  subject: { vi: 'đại biểu tái cử', en: 'incumbent|incumbents' },
  min: { count: 3 },
  sources: [],
});

const womenShare = quotaRule({
  id: 'test/women-share',
  title: { vi: 'Tỷ lệ nữ', en: 'Women share' },
  description: { vi: 'Ít nhất 35% nữ', en: 'At least 35% women' },
  severity: 'error',
  scope: 'body',
  attribute: 'women',
  subject: { vi: 'phụ nữ', en: 'woman|women' },
  min: { share: 0.35 },
  sources: [],
});

const dataset = Dataset.parse(hanoiUnitOne());

function findingOf(rule: typeof incumbentsCount | typeof womenShare, locale: 'vi' | 'en', options?: Record<string, number>): Finding {
  const pack = defineRulePack({ id: 'printing', title: { vi: 'In', en: 'Printing' }, rules: [rule] });
  const report = validate(dataset, {
    packs: [pack],
    locale,
    ...(options === undefined ? {} : { rules: { [rule.id]: options } }),
  });
  expect(report.findings).toHaveLength(1);
  return report.findings[0]!;
}

describe('formatPercent', () => {
  it('prints two decimals by default (tables) and drops trailing zeros when trimmed (sentences)', () => {
    expect(formatPercent(0.35, 'vi')).toBe('35,00%');
    expect(formatPercent(0.35, 'vi', 'trimmed')).toBe('35%');
    expect(formatPercent(0.35, 'en', 'trimmed')).toBe('35%');
    expect(formatPercent(303 / 868, 'vi', 'trimmed')).toBe('34,91%');
    expect(formatPercent(303 / 868, 'en', 'trimmed')).toBe('34.91%');
    expect(formatPercent(0.455, 'vi', 'trimmed')).toBe('45,5%');
    expect(formatPercent(1, 'vi', 'trimmed')).toBe('100%');
    expect(formatPercent(0.1, 'en', 'trimmed')).toBe('10%');
    expect(formatPercent(0, 'vi', 'trimmed')).toBe('0%');
  });
});

describe('quota messages', () => {
  it('prints a share target as the law writes it, with the measured share', () => {
    const vi = findingOf(womenShare, 'vi');
    expect(vi.messageId).toBe('below-min');
    expect(vi.message).toBe('na-xv: có 1/5 phụ nữ (20%), cần ít nhất 2 người (tỷ lệ tối thiểu 35%), thiếu 1');
    expect(findingOf(womenShare, 'en').message).toBe(
      'na-xv: 1 woman among 5 nominees (20%); at least 2 are required (a minimum share of 35%), 1 short',
    );
  });

  it('prints no share for a head-count target, however far above the list it is', () => {
    const vi = findingOf(incumbentsCount, 'vi', { minCount: 160 });
    expect(vi.messageId).toBe('below-min-count');
    expect(vi.message).toBe('na-xv: có 1/5 đại biểu tái cử, cần ít nhất 160 người, thiếu 159');
    expect(vi.message).not.toMatch(/%/);
    expect(vi.data).not.toHaveProperty('requiredShare');
    expect(findingOf(incumbentsCount, 'en').message).toBe('na-xv: 1 incumbent among 5 nominees; at least 3 are required, 2 short');
  });

  it('prints the bound that sets the target when a rule has both a count and a share', () => {
    // 35% of 5 is 2 people: a minimum of 3 people sets the target, so no share prints.
    const byCount = findingOf(womenShare, 'en', { minCount: 3 });
    expect(byCount.messageId).toBe('below-min-count');
    expect(byCount.message).toBe('na-xv: 1 woman among 5 nominees; at least 3 are required, 2 short');
    // A minimum of 2 people equals 35% of 5: the share the law sets prints.
    const byShare = findingOf(womenShare, 'en', { minCount: 2 });
    expect(byShare.messageId).toBe('below-min');
    expect(byShare.message).toMatch(/at least 2 are required \(a minimum share of 35%\), 1 short$/);
  });
});
