/**
 * The validation report as a workbook, on the real 2021 list (868 candidates) validated with vn-2021, three rules
 * set stricter so that cells of three scopes fail (50% women nationally, three more candidates than seats, eight
 * seats per province). The workbook is read back with exceljs's reader (Workbook.xlsx.load, not the streaming
 * writer that made it) and compared with the report itself.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createUngcu } from '@ungcu/core';
import { COMPOSITION_COUNTS, type CompositionRow, type Finding, type Report, formatCitation, validate } from '@ungcu/core/rules';
import { vn2021 } from '@ungcu/rules-vn';
import { xlsxExporter } from '../src/index';
import { realDataset } from './support';

const LAW = 'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13';
const STRICTER = {
  'vn/na-women-share': { minShare: 0.5 },
  'vn/na-candidate-surplus': { margin: 3 },
  'vn/na-province-min-seats': { minSeats: 8 },
} as const;
const SCOPE_SHEETS = { election: 'Toàn cuộc bầu cử', body: 'Cơ quan', unit: 'Đơn vị hành chính', constituency: 'Đơn vị bầu cử' } as const;
/** The headers of the cells a finding of these rules fails (the count and its share, or one figure). */
const FAILED_HEADERS: Readonly<Record<string, readonly string[]>> = {
  'vn/na-women-share': ['Phụ nữ', 'Tỷ lệ phụ nữ'],
  'vn/na-candidate-surplus': ['Số người ứng cử'],
  'vn/na-province-min-seats': ['Số đại biểu được bầu'],
};
const HEADER_OF_COUNT: Readonly<Record<string, string>> = {
  women: 'Phụ nữ', ethnicMinority: 'Người dân tộc thiểu số', young: 'Người trẻ tuổi', nonParty: 'Người ngoài Đảng',
  incumbents: 'Tái cử', selfNominated: 'Tự ứng cử', central: 'Trung ương', local: 'Địa phương', fullTime: 'Chuyên trách',
};

const data = await realDataset();
const report: Report = validate(data, { packs: [vn2021], rules: STRICTER });
const bytes = await xlsxExporter().write(data, { what: 'report', report });
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);

function headersOf(sheet: ExcelJS.Worksheet): string[] {
  const values = sheet.getRow(1).values as unknown[];
  return values.slice(1).map(String);
}

function expectedFailing(row: CompositionRow, findings: readonly Finding[]): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  for (const f of findings) {
    if (f.severity === 'info' || f.target.kind !== row.scope || f.target.id !== row.id) continue;
    for (const header of FAILED_HEADERS[f.ruleId] ?? []) cells.set(header, [...(cells.get(header) ?? []), f.ruleId]);
  }
  return cells;
}

describe('a report export to XLSX of the 2021 list', () => {
  it('has a summary, the findings, and one sheet per scope', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Phát hiện', ...Object.values(SCOPE_SHEETS)]);
    const summary = workbook.getWorksheet('Tổng hợp')!;
    expect(summary.getRow(1).values).toEqual([undefined, 'Bộ quy tắc', 'vn-2021']);
    expect(summary.getRow(3).values).toEqual([undefined, 'Số lỗi', report.summary.errors]);
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('writes the numbers of report.composition as numbers and the shares as percentages, row by row', () => {
    for (const [scope, name] of Object.entries(SCOPE_SHEETS)) {
      const sheet = workbook.getWorksheet(name)!;
      const headers = headersOf(sheet);
      const col = (header: string) => headers.indexOf(header) + 1;
      const rows = report.composition.filter((r) => r.scope === scope);
      expect(sheet.actualRowCount, name).toBe(rows.length + 1);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      rows.forEach((source, i) => {
        const row = sheet.getRow(i + 2);
        expect(row.getCell(col('Mã')).value).toBe(source.id);
        expect(row.getCell(col('Số người ứng cử')).value).toBe(source.nominees);
        expect(row.getCell(col('Số đại biểu được bầu')).value).toBe(source.seats);
        expect(row.getCell(col('Số đơn vị bầu cử')).value).toBe(source.constituencies);
        for (const count of COMPOSITION_COUNTS) {
          const header = HEADER_OF_COUNT[count]!;
          expect(row.getCell(col(header)).value, `${source.id} ${count}`).toBe(source[count]);
          const share = row.getCell(col(`Tỷ lệ ${header.charAt(0).toLowerCase()}${header.slice(1)}`));
          expect(typeof share.value).toBe('number');
          expect(share.value).toBeCloseTo(source[count] / source.nominees, 12);
          expect(share.numFmt).toBe('0.00%');
        }
      });
    }
    const national = workbook.getWorksheet('Cơ quan')!.getRow(2);
    expect([national.getCell(2).value, national.getCell(4).value, national.getCell(7).value]).toEqual(['Quốc hội khóa XV', 868, 393]);
  });

  it('fills and bolds exactly the cells the errors and warnings fail, with a note naming the rule', () => {
    let marked = 0;
    for (const [scope, name] of Object.entries(SCOPE_SHEETS)) {
      const sheet = workbook.getWorksheet(name)!;
      const headers = headersOf(sheet);
      report.composition
        .filter((r) => r.scope === scope)
        .forEach((source, i) => {
          const expected = expectedFailing(source, report.findings);
          const row = sheet.getRow(i + 2);
          headers.forEach((header, c) => {
            const cell = row.getCell(c + 1);
            const rules = expected.get(header);
            const filled = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FFFFC7CE';
            expect([filled, cell.font?.bold === true], `${source.id} ${header}`).toEqual([rules !== undefined, rules !== undefined]);
            if (rules === undefined) expect(cell.note).toBeUndefined();
            else {
              marked++;
              const note = typeof cell.note === 'string' ? cell.note : cell.note!.texts!.map((t) => t.text).join('');
              expect(note).toBe(`Không đạt theo quy tắc: ${rules.join(', ')}`);
            }
          });
        });
    }
    const count = (rule: string) => report.findings.filter((f) => f.ruleId === rule).length;
    expect(count('vn/na-province-min-seats')).toBeGreaterThan(0);
    expect(count('vn/na-candidate-surplus')).toBeGreaterThan(0);
    expect(marked).toBe(2 + count('vn/na-province-min-seats') + count('vn/na-candidate-surplus'));
  });

  it("takes an agency's word on what a rule measures (reportRuleColumns)", async () => {
    const told = new ExcelJS.Workbook();
    const exporter = xlsxExporter({ reportRuleColumns: { 'vn/na-candidate-surplus': 'none' } });
    await told.xlsx.load(Buffer.from(await exporter.write(data, { what: 'report', report })) as unknown as ArrayBuffer);
    const notes = (name: string) => {
      let n = 0;
      told.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => void (cell.note === undefined ? 0 : n++)));
      return n;
    };
    expect(notes('Đơn vị bầu cử')).toBe(0);
    expect(notes('Cơ quan')).toBe(2);
  });

  it('lists every finding with its severity and citation, under an autofilter and a frozen header', () => {
    const sheet = workbook.getWorksheet('Phát hiện')!;
    expect(headersOf(sheet)).toEqual(['Mức độ', 'Quy tắc', 'Phạm vi', 'Mã đối tượng', 'Đối tượng', 'Nội dung', 'Cách khắc phục', 'Căn cứ', 'Hướng dẫn']);
    expect(sheet.autoFilter).toBe(`A1:I${report.findings.length + 1}`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.actualRowCount).toBe(report.findings.length + 1);
    report.findings.forEach((finding, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe({ error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' }[finding.severity]);
      expect(row.getCell(2).value).toBe(finding.ruleId);
      expect(row.getCell(4).value).toBe(finding.target.id);
      expect(row.getCell(6).value).toBe(finding.message);
      expect(row.getCell(8).value).toBe(formatCitation(finding.sources, 'vi'));
    });
    const women = report.findings.findIndex((f) => f.ruleId === 'vn/na-women-share');
    expect(sheet.getRow(women + 2).getCell(8).value).toBe(`khoản 3 Điều 8 ${LAW}`);
  });

  it('names sheets and headers in English with locale: en, and adds the rules not checked on part of a list', async () => {
    const part = validate(data, { packs: [vn2021], coverage: 'part', locale: 'en' });
    expect(part.notChecked.length).toBeGreaterThan(0);
    const english = new ExcelJS.Workbook();
    await english.xlsx.load(Buffer.from(await xlsxExporter().write(data, { what: 'report', report: part, locale: 'en' })) as unknown as ArrayBuffer);
    expect(english.worksheets.map((s) => s.name)).toEqual(['Summary', 'Findings', 'Election', 'Bodies', 'Administrative units', 'Constituencies', 'Not checked']);
    const notChecked = english.getWorksheet('Not checked')!;
    expect(notChecked.actualRowCount).toBe(part.notChecked.length + 1);
    expect(notChecked.getRow(2).getCell(1).value).toBe(part.notChecked[0]!.ruleId);
    expect(headersOf(english.getWorksheet('Bodies')!).slice(0, 8)).toEqual(['Id', 'Name', 'Body', 'Nominees', 'Seats', 'Constituencies', 'Women', 'Share of women']);
  });

  it('is what ungcu.export writes with what: report, the dataset validated first', async () => {
    const ungcu = createUngcu({ packs: [vn2021], exporters: [xlsxExporter()] });
    const viaSdk = new ExcelJS.Workbook();
    await viaSdk.xlsx.load(Buffer.from(await ungcu.export(data, 'xlsx', { what: 'report' })) as unknown as ArrayBuffer);
    await ungcu.close();
    const plain = validate(data, { packs: [vn2021] });
    const findings = viaSdk.getWorksheet('Phát hiện')!;
    expect(findings.actualRowCount).toBe(plain.findings.length + 1);
    expect(plain.summary).toEqual({ errors: 0, warnings: 7, infos: 19 });
    // Under the default rules no composition cell fails: the seven warnings are about names and ages.
    for (const name of Object.values(SCOPE_SHEETS)) {
      viaSdk.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => expect(cell.note).toBeUndefined()));
    }
  });

  it('leaves a list export as it was: a report option without what: report writes the list', async () => {
    const plainList = await xlsxExporter().write(data, { layout: 'nominee-template' });
    const withReport = await xlsxExporter({ reportRuleColumns: { 'agency.rule': 'none' } }).write(data, { layout: 'nominee-template', report: validate(data, { packs: [vn2021] }) });
    expect(Buffer.from(withReport).equals(Buffer.from(plainList))).toBe(true);
  });
});
