/**
 * reportTables on the real 2021 list (868 candidates), validated under a pack made here with core's quotaRule,
 * so the test needs no rule package: a warning per province under 45% women (a rule the caller maps to the
 * women column), an error per constituency without a young candidate (a rule nobody maps: its whole row
 * fails), information on the national list (never a failing cell), and a whole-body rule not checked on part
 * of the list.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import { COMPOSITION_COUNTS, defineRulePack, formatCitation, quotaRule, validate, type Report } from '@ungcu/core/rules';
import { type CompositionTable, reportTables } from '../src/index';
import { ELECTION_2021, importFiles, realListFiles } from './real-list-2021';

const LAW = 'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13';
const words = { title: { vi: 'Thử', en: 'Test' }, description: { vi: 'Thử', en: 'Test' } };

const provinceWomen = quotaRule({
  id: 'agency/province-women',
  ...words,
  severity: 'warning',
  scope: 'unit',
  attribute: 'women',
  subject: { vi: 'phụ nữ', en: 'woman|women' },
  min: { share: 0.45 },
  sources: [{ kind: 'law', document: LAW, article: '8', clause: '3' }],
});
const constituencyYoung = quotaRule({
  id: 'agency/constituency-young',
  ...words,
  severity: 'error',
  scope: 'constituency',
  attribute: 'young',
  subject: { vi: 'người trẻ tuổi', en: 'young nominee|young nominees' },
  min: { count: 1 },
  sources: [
    { kind: 'law', document: LAW, article: '8', clause: '4' },
    { kind: 'law', document: LAW, article: '9' },
  ],
});
const bodyCentral = quotaRule({
  id: 'agency/body-non-party',
  ...words,
  severity: 'info',
  scope: 'body',
  attribute: 'nonParty',
  subject: { vi: 'người ngoài Đảng', en: 'non-party nominee|non-party nominees' },
  min: { share: 0.5 },
  sources: [{ kind: 'law', document: LAW, article: '8', clause: '4' }],
});
const wholeBodyWomen = quotaRule({
  id: 'agency/body-women',
  ...words,
  severity: 'error',
  scope: 'body',
  attribute: 'women',
  subject: { vi: 'phụ nữ', en: 'woman|women' },
  min: { share: 0.4 },
  measures: 'whole-body',
  sources: [{ kind: 'law', document: LAW, article: '8', clause: '3' }],
});
const pack = defineRulePack({ id: 'agency', ...words, rules: [provinceWomen, constituencyYoung, bodyCentral, wholeBodyWomen] });

const { data } = importFiles(realListFiles(), { election: ELECTION_2021 });
const report: Report = validate(data as Dataset, { packs: [pack] });
const tables = reportTables(report, { ruleColumns: { 'agency/province-women': 'women' } });
const tableOf = (scope: string) => tables.composition.find((t) => t.scope === scope)!;

/** The failing cells a table marks, as "row id/column key: rule ids". */
function marked(table: CompositionTable): string[] {
  return table.rows.flatMap((row) =>
    [...row.failing].map(([i, rules]) => `${row.source.id}/${table.columns[i]!.key}: ${rules.join(',')}`),
  );
}

describe('reportTables on the 2021 list', () => {
  it('gives one table per scope with the numbers of report.composition, row by row', () => {
    expect(report.composition).toHaveLength(249);
    expect(tables.composition.map((t) => [t.scope, t.title, t.rows.length])).toEqual([
      ['election', 'Toàn cuộc bầu cử', 1],
      ['body', 'Cơ quan', 1],
      ['unit', 'Đơn vị hành chính', 63],
      ['constituency', 'Đơn vị bầu cử', 184],
    ]);
    const rows = tables.composition.flatMap((t) => t.rows);
    expect(rows.map((r) => r.source)).toEqual(report.composition);
    for (const table of tables.composition) {
      const at = (key: string) => table.columns.findIndex((c) => c.key === key);
      for (const { source, cells } of table.rows) {
        expect(cells[at('id')]).toBe(source.id);
        expect(cells[at('nominees')]).toBe(source.nominees);
        expect(cells[at('seats')]).toBe(source.seats);
        expect(cells[at('constituencies')]).toBe(source.constituencies);
        for (const count of COMPOSITION_COUNTS) {
          expect(cells[at(count)]).toBe(source[count]);
          expect(cells[at(`${count}Share`)]).toBe(source[count] / source.nominees);
        }
      }
    }
    const national = tableOf('body').rows[0]!;
    const at = (key: string) => tableOf('body').columns.findIndex((c) => c.key === key);
    expect(national.cells[at('name')]).toBe('Quốc hội khóa XV');
    expect([national.cells[at('nominees')], national.cells[at('women')], national.cells[at('womenShare')]]).toEqual([868, 393, 393 / 868]);
    // A constituency row names its body.
    expect(tableOf('constituency').rows[0]!.cells[at('body')]).toBe('Quốc hội khóa XV');
  });

  it('marks the women cells of the provinces under 45% and whole rows of constituencies without a young candidate', () => {
    const provinces = report.findings.filter((f) => f.ruleId === 'agency/province-women');
    const constituencies = report.findings.filter((f) => f.ruleId === 'agency/constituency-young');
    expect(provinces.length).toBeGreaterThan(0);
    expect(constituencies.length).toBeGreaterThan(0);
    expect(marked(tableOf('unit')).sort()).toEqual(
      provinces.flatMap((f) => [`${f.target.id}/women: agency/province-women`, `${f.target.id}/womenShare: agency/province-women`]).sort(),
    );
    // Every province marked has under 45% women, every other one at least 45%.
    const failing = new Set(provinces.map((f) => f.target.id));
    for (const row of report.composition.filter((r) => r.scope === 'unit')) {
      expect(row.women / row.nominees < 0.45, row.id).toBe(failing.has(row.id));
    }
    const columns = tableOf('constituency').columns.length;
    expect(marked(tableOf('constituency')).sort()).toEqual(
      constituencies
        .flatMap((f) => tableOf('constituency').columns.map((c) => `${f.target.id}/${c.key}: agency/constituency-young`))
        .sort(),
    );
    expect(tableOf('constituency').rows.filter((r) => r.failing.size === columns)).toHaveLength(constituencies.length);
    // Information is never a failing cell.
    expect(report.findings.some((f) => f.ruleId === 'agency/body-non-party' && f.severity === 'info')).toBe(true);
    expect(marked(tableOf('body'))).toEqual([]);
    expect(marked(tableOf('election'))).toEqual([]);
  });

  it('marks the whole row when the mapped column does not hold the finding\'s figure', () => {
    const wrong = reportTables(report, { ruleColumns: { 'agency/province-women': 'young' } });
    const unit = wrong.composition.find((t) => t.scope === 'unit')!;
    const failingRows = unit.rows.filter((r) => r.failing.size > 0);
    expect(failingRows.length).toBe(report.findings.filter((f) => f.ruleId === 'agency/province-women').length);
    // The guard compares the finding's figure with the column's: a province whose young count happens to equal
    // its women count gets the young cells, every other one its whole row.
    const youngCells = unit.columns.flatMap((c, i) => (c.measures === 'young' ? [i] : []));
    for (const row of failingRows) {
      if (row.source.young === row.source.women) expect([...row.failing.keys()], row.source.id).toEqual(youngCells);
      else expect(row.failing.size, row.source.id).toBe(unit.columns.length);
    }
    expect(failingRows.filter((r) => r.failing.size === unit.columns.length).length).toBeGreaterThan(0);
  });

  it('marks no cell for a rule said to measure no figure of the list', () => {
    const none = reportTables(report, { ruleColumns: { 'agency/province-women': 'women', 'agency/constituency-young': 'none' } });
    expect(marked(none.composition.find((t) => t.scope === 'constituency')!)).toEqual([]);
    expect(marked(none.composition.find((t) => t.scope === 'unit')!)).toEqual(marked(tableOf('unit')));
  });

  it('lists every finding with its citation as the packs print it, and the words in the chosen locale', () => {
    expect(tables.findings.rows.map((r) => r.source)).toEqual(report.findings);
    const keys = tables.findings.columns.map((c) => c.key);
    const young = tables.findings.rows.find((r) => r.source.ruleId === 'agency/constituency-young')!;
    const cell = (key: string) => young.cells[keys.indexOf(key)];
    expect(cell('severity')).toBe('Lỗi');
    expect(cell('scope')).toBe('Đơn vị bầu cử');
    expect(cell('targetId')).toBe(young.source.target.id);
    expect(cell('message')).toBe(young.source.message);
    expect(cell('fix')).toBe(young.source.fix);
    expect(cell('citation')).toBe(`khoản 4 Điều 8, Điều 9 ${LAW}`);
    expect(cell('citation')).toBe(formatCitation(young.source.sources, 'vi'));
    const english = reportTables(report, { locale: 'en' });
    const row = english.findings.rows.find((r) => r.source === young.source)!;
    expect(row.cells.slice(0, 3)).toEqual(['Error', 'agency/constituency-young', 'Constituency']);
    expect(row.cells[keys.indexOf('citation')]).toBe(`clause 4 of Art. 8, Art. 9 of ${LAW}`);
    expect(english.composition.map((t) => t.title)).toEqual(['Election', 'Bodies', 'Administrative units', 'Constituencies']);
    expect(english.composition[0]!.columns.map((c) => c.header).slice(0, 8)).toEqual([
      'Id', 'Name', 'Body', 'Nominees', 'Seats', 'Constituencies', 'Women', 'Share of women',
    ]);
    for (const header of [...tables.composition[0]!.columns, ...tables.findings.columns].map((c) => c.header)) {
      expect(header).toBe(header.normalize('NFC'));
    }
  });

  it('lists the whole-body rules not checked on part of the list, and counts them in the summary', () => {
    const part = validate(data as Dataset, { packs: [pack], coverage: 'part' });
    const partTables = reportTables(part);
    expect(part.notChecked.map((n) => n.ruleId)).toEqual(['agency/body-women']);
    expect(partTables.notChecked.rows.map((r) => r.cells.slice(0, 3))).toEqual([['agency/body-women', 'Cơ quan', 'election-2021-05-23/na-xv']]);
    expect(partTables.summary.rows).toContainEqual(['Số quy tắc chưa kiểm tra', 1]);
    expect(tables.summary.rows).toEqual([
      ['Bộ quy tắc', 'agency'],
      ['Giai đoạn', 'Mọi giai đoạn'],
      ['Số lỗi', report.summary.errors],
      ['Số cảnh báo', report.summary.warnings],
      ['Số thông tin', report.summary.infos],
      ['Số quy tắc chưa kiểm tra', 0],
    ]);
    expect(report.summary.errors).toBeGreaterThan(0);
  });
});
