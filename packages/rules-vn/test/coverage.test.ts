/**
 * Coverage on the real 2021 list: each of the nine files, validated alone as a provincial committee would, has
 * no error and says which national figures it did not check; the whole list is still checked in full.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '@ungcu/core';
import { createValidator, formatReport, validate } from '@ungcu/core/rules';
import { readCsvFiles } from '@ungcu/export-csv/node';
import { describe, expect, it } from 'vitest';
import { vn2021 } from '../src/index';
import { realList2021 } from './real-list';

const DIR = fileURLToPath(new URL('../../../examples/data/vn-na-2021/candidates/', import.meta.url));
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.csv'))
  .sort();

async function readOne(file: string): Promise<Dataset> {
  const { data, errors } = await readCsvFiles([`${DIR}${file}`], {
    election: { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV', name: 'Bầu cử đại biểu Quốc hội khóa XV' },
  });
  expect(errors).toEqual([]);
  return data;
}

/** The whole-body rules of vn-2021 that apply to the official National Assembly list. */
const WHOLE_BODY = vn2021.rules
  .filter((r) => r.measures === 'whole-body' && r.enabledByDefault !== false)
  .map((r) => r.id)
  .sort();

describe('one 2021 file validated alone under vn-2021', () => {
  it.each(FILES)('%s: no error, and the national figures listed as not checked', async (file) => {
    const data = await readOne(file);
    const report = validate(data, { packs: [vn2021] });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.notChecked.map((n) => n.ruleId)).toEqual(WHOLE_BODY);
    const seats = report.composition.find((r) => r.scope === 'body')!.seats;
    expect(seats).toBeLessThan(500);
    for (const item of report.notChecked) {
      expect(item.coverage).toMatchObject({ kind: 'part', source: 'inferred', seats, knownSeats: 500 });
      expect(item.reason).toContain(`${seats}/500`);
    }
    // The incremental validator agrees (incremental = full).
    expect(createValidator(data, { packs: [vn2021] }).report()).toEqual(report);
  });

  it('keeps the national women share as information with this file’s figures (15 of 50)', async () => {
    const report = validate(await readOne('2.27-54.csv'), { packs: [vn2021], locale: 'en' });
    const women = report.findings.find((f) => f.ruleId === 'vn/na-women-share');
    expect(women).toMatchObject({
      severity: 'info',
      data: { actual: 15, total: 50, coverage: 'part', coveredSeats: 30, knownSeats: 500 },
    });
    expect(women?.message).toMatch(
      /^Measured over the whole list of Quốc hội khóa XV; the data holds 30 of 500 seats \(1 province\)\. Figures for this part: Quốc hội khóa XV: 15 women among 50 nominees/,
    );
    expect(women?.fix).toBeUndefined();
    const text = formatReport(report);
    expect(text).toContain(`Not checked (${WHOLE_BODY.length}):`);
    expect(text).toContain('  vn/na-women-share (');
  });

  it('gives the errors back when the caller declares the file the whole list', async () => {
    const report = validate(await readOne('2.27-54.csv'), { packs: [vn2021], coverage: 'whole' });
    expect(report.notChecked).toEqual([]);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual([
      'vn/na-ethnic-minority-share',
      'vn/na-total-seats',
      'vn/na-women-share',
    ]);
  });
});

describe('the whole 2021 list', () => {
  it('is whole: nothing is left unchecked and no national rule is softened', async () => {
    const report = validate(await realList2021(), { packs: [vn2021] });
    expect(report.notChecked).toEqual([]);
    expect(report.findings.filter((f) => f.data['coverage'] !== undefined)).toEqual([]);
  });
});
