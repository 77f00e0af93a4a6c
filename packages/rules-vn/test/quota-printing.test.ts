/**
 * How vn-2021's quota findings print their numbers on the real 2021 list (issue 16): a share the law sets reads
 * "35%", a measured share keeps the decimals it needs, and a head-count target (about 160 re-running deputies)
 * prints no share: one of the nine files holds a few dozen names, and "cần ít nhất 160 người (320,00%)" read
 * as a measurement. The whole list's measured share (34,91% when one woman short) is in real-data.test.ts.
 * Vietnam Elections dataset (NA15-2021), CC-BY-4.0, github.com/VietThan/vietnam-elections.
 */
import { fileURLToPath } from 'node:url';
import type { Dataset } from '@ungcu/core';
import { validate, type Finding } from '@ungcu/core/rules';
import { readCsvFiles } from '@ungcu/export-csv/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { vn2021 } from '../src/index';

/** The second of the nine files, constituencies 27–54: 50 candidates, 15 of them women (30%). */
const ONE_FILE = fileURLToPath(new URL('../../../examples/data/vn-na-2021/candidates/2.27-54.csv', import.meta.url));

let oneFile: Dataset;
beforeAll(async () => {
  const { data, errors } = await readCsvFiles([ONE_FILE], {
    election: { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV', name: 'Bầu cử đại biểu Quốc hội khóa XV' },
  });
  expect(errors).toEqual([]);
  oneFile = data;
});

function findingOf(dataset: Dataset, ruleId: string, locale: 'vi' | 'en'): Finding | undefined {
  // Declared whole: these are the rules' own messages; on one file alone they are information (coverage.test.ts).
  return validate(dataset, { packs: [vn2021], locale, coverage: 'whole' }).findings.find((f) => f.ruleId === ruleId);
}

describe('vn-2021 quota messages on one file of the real 2021 list', () => {
  it('prints the re-running deputies target as a head count, with no share', () => {
    const finding = findingOf(oneFile, 'vn/na-incumbents', 'vi');
    expect(finding).toBeDefined();
    expect(finding!.messageId).toBe('below-min-count');
    const { actual, total } = finding!.data as { actual: number; total: number };
    expect(total).toBeLessThan(160);
    expect(finding!.message).toBe(
      `Quốc hội khóa XV: có ${actual}/${total} đại biểu khóa trước tái cử, cần ít nhất 160 người, thiếu ${160 - actual}`,
    );
    expect(finding!.message).not.toMatch(/%/);
    expect(findingOf(oneFile, 'vn/na-incumbents', 'en')!.message).not.toMatch(/%/);
  });

  it('prints the women share target as the law writes it, 35%', () => {
    const finding = findingOf(oneFile, 'vn/na-women-share', 'vi');
    expect(finding).toBeDefined();
    expect(finding!.messageId).toBe('below-min');
    // 35% of 50 is 17.5, so 18 women; the measured 15/50 is a whole 30%, printed without decimals.
    expect(finding!.message).toBe('Quốc hội khóa XV: có 15/50 phụ nữ (30%), cần ít nhất 18 người (tỷ lệ tối thiểu 35%), thiếu 3');
    expect(findingOf(oneFile, 'vn/na-women-share', 'en')!.message).toBe(
      'Quốc hội khóa XV: 15 women among 50 nominees (30%); at least 18 are required (a minimum share of 35%), 3 short',
    );
  });
});
