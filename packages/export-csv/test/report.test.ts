/**
 * The validation report as CSV, on the real 2021 list (868 candidates). The list is validated under a pack made
 * here with core's quotaRule (@ungcu/rules-vn reads the real list through this package in its own tests, so
 * importing it here would make the two depend on each other; the XLSX report test runs vn-2021): 50% women on
 * the national list (an error), a young candidate in every constituency (an error), 30% ethnic minorities per
 * province (a warning the exporter is not told the column of: its whole row fails), 50% non-party nationally
 * (information: no failing cell), and a whole-body rule that part of the list cannot check. The files are read
 * back with the package's own parser (csv-parse, not the csv-stringify that writes them) and compared with the
 * report itself.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createUngcu } from '@ungcu/core';
import { ConfigError } from '@ungcu/core/errors';
import {
  type CompositionRow,
  type Finding,
  type Report,
  defineRulePack,
  formatCitation,
  quotaRule,
  validate,
} from '@ungcu/core/rules';
import { restoreFormula } from '@ungcu/tabular';
import { type CsvExportOptions, csvExporter } from '../src/index';
import { readCsvFiles } from '../src/node';
import { parseRecords } from '../src/parse-records';
import { ELECTION, PATHS } from './support';

const LAW = 'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13';
const words = { title: { vi: 'Thử', en: 'Test' }, description: { vi: 'Thử', en: 'Test' } };
const law = (article: string, clause?: string) => ({ kind: 'law' as const, document: LAW, article, ...(clause === undefined ? {} : { clause }) });

const pack = defineRulePack({
  id: 'agency',
  ...words,
  rules: [
    quotaRule({ id: 'agency/national-women', ...words, severity: 'error', scope: 'body', attribute: 'women', subject: { vi: 'phụ nữ', en: 'woman|women' }, min: { share: 0.5 }, sources: [law('8', '3')] }),
    quotaRule({ id: 'agency/constituency-young', ...words, severity: 'error', scope: 'constituency', attribute: 'young', subject: { vi: 'người trẻ tuổi', en: 'young nominee|young nominees' }, min: { count: 1 }, sources: [law('8', '4'), law('9')] }),
    quotaRule({ id: 'agency/province-ethnic', ...words, severity: 'warning', scope: 'unit', attribute: 'ethnicMinority', subject: { vi: 'người dân tộc thiểu số', en: 'ethnic-minority nominee|ethnic-minority nominees' }, min: { share: 0.3 }, sources: [law('8', '2')] }),
    quotaRule({ id: 'agency/national-non-party', ...words, severity: 'info', scope: 'body', attribute: 'nonParty', subject: { vi: 'người ngoài Đảng', en: 'non-party nominee|non-party nominees' }, min: { share: 0.5 }, sources: [law('8', '4')] }),
    quotaRule({ id: 'agency/national-young', ...words, severity: 'warning', scope: 'body', attribute: 'young', subject: { vi: 'người trẻ tuổi', en: 'young nominee|young nominees' }, min: { share: 0.1 }, measures: 'whole-body', sources: [law('8', '4')] }),
  ],
});
const RULE_COLUMNS = { 'agency/national-women': 'women', 'agency/constituency-young': 'young' } as const;
const exporter = csvExporter({ reportRuleColumns: RULE_COLUMNS });

const { data } = await readCsvFiles(PATHS, { election: ELECTION });
const report: Report = validate(data, { packs: [pack] });

async function readBack(bytes: Uint8Array): Promise<string[][]> {
  const text = new TextDecoder().decode(bytes); // drops the byte order mark
  const records: string[][] = [];
  await parseRecords(
    (async function* () {
      yield text;
    })(),
    { delimiter: ',' },
    (batch) => records.push(...batch),
  );
  return records.filter((r) => !(r.length === 1 && r[0] === '')).map((r) => r.map(restoreFormula));
}

const write = (options: CsvExportOptions) => exporter.write(data, options);

/** "45,28%" or "45.28%" as a fraction. */
const percent = (text: string): number => Number(text.replace(',', '.').replace('%', '')) / 100;

/** The cells a finding fails, "header: rule", from the report alone: a mapped rule's count and share, else every cell. */
function expectedFailing(row: CompositionRow, findings: readonly Finding[], headers: readonly string[]): string[] {
  const mapped: Readonly<Record<string, readonly string[]>> = {
    'agency/national-women': ['Phụ nữ', 'Tỷ lệ phụ nữ'],
    'agency/constituency-young': ['Người trẻ tuổi', 'Tỷ lệ người trẻ tuổi'],
  };
  return findings
    .filter((f) => f.severity !== 'info' && f.target.kind === row.scope && f.target.id === row.id)
    .flatMap((f) => (mapped[f.ruleId] ?? headers.slice(1, -1)).map((header) => `${header}: ${f.ruleId}`));
}

describe('a report export to CSV of the 2021 list', () => {
  it('writes the composition of every scope, numbers as numbers and shares as percentages', async () => {
    const [headers, ...rows] = await readBack(await write({ what: 'report', report }));
    expect(headers!.slice(0, 9)).toEqual([
      'Phạm vi', 'Mã', 'Tên', 'Cơ quan', 'Số người ứng cử', 'Số đại biểu được bầu', 'Số đơn vị bầu cử', 'Phụ nữ', 'Tỷ lệ phụ nữ',
    ]);
    expect(headers!.at(-1)).toBe('Chỉ tiêu không đạt');
    expect(rows).toHaveLength(report.composition.length);
    expect(report.composition).toHaveLength(249);
    expect(rows.map((r) => r[0])).toEqual(
      report.composition.map((r) => ({ election: 'Toàn cuộc bầu cử', body: 'Cơ quan', unit: 'Đơn vị hành chính', constituency: 'Đơn vị bầu cử' })[r.scope]),
    );
    const col = (header: string) => headers!.indexOf(header);
    const pairs = [
      ['Phụ nữ', 'Tỷ lệ phụ nữ', 'women'],
      ['Người dân tộc thiểu số', 'Tỷ lệ người dân tộc thiểu số', 'ethnicMinority'],
      ['Người trẻ tuổi', 'Tỷ lệ người trẻ tuổi', 'young'],
      ['Người ngoài Đảng', 'Tỷ lệ người ngoài Đảng', 'nonParty'],
      ['Tái cử', 'Tỷ lệ tái cử', 'incumbents'],
      ['Tự ứng cử', 'Tỷ lệ tự ứng cử', 'selfNominated'],
      ['Trung ương', 'Tỷ lệ trung ương', 'central'],
      ['Địa phương', 'Tỷ lệ địa phương', 'local'],
      ['Chuyên trách', 'Tỷ lệ chuyên trách', 'fullTime'],
    ] as const;
    report.composition.forEach((source, i) => {
      const row = rows[i]!;
      expect(row[col('Mã')]).toBe(source.id);
      expect(Number(row[col('Số người ứng cử')])).toBe(source.nominees);
      expect(Number(row[col('Số đại biểu được bầu')])).toBe(source.seats);
      expect(Number(row[col('Số đơn vị bầu cử')])).toBe(source.constituencies);
      for (const [count, share, key] of pairs) {
        expect(row[col(count)]).toMatch(/^\d+$/u);
        expect(Number(row[col(count)])).toBe(source[key]);
        expect(row[col(share)]).toMatch(/^\d{1,3},\d\d%$/u);
        expect(Math.abs(percent(row[col(share)]!) - source[key] / source.nominees)).toBeLessThanOrEqual(0.00005);
      }
    });
    const national = rows.find((r) => r[0] === 'Cơ quan')!;
    expect([national[col('Tên')], national[col('Số người ứng cử')], national[col('Phụ nữ')], national[col('Tỷ lệ phụ nữ')]]).toEqual([
      'Quốc hội khóa XV', '868', '393', '45,28%',
    ]);
  });

  it('names exactly the cells the errors and warnings fail, with their rules', async () => {
    const [headers, ...rows] = await readBack(await write({ what: 'report', report }));
    const failing = headers!.indexOf('Chỉ tiêu không đạt');
    const rowsFailing: Record<string, number> = {};
    report.composition.forEach((source, i) => {
      const written = rows[i]![failing]!;
      const pairs =
        written === ''
          ? []
          : written.split('; ').flatMap((part) => {
              const [header, rules] = part.split(': ');
              return rules!.split(', ').map((rule) => `${header}: ${rule}`);
            });
      const expected = expectedFailing(source, report.findings, headers!);
      expect(pairs.sort(), source.id).toEqual(expected.sort());
      if (expected.length > 0) rowsFailing[source.scope] = (rowsFailing[source.scope] ?? 0) + 1;
    });
    const count = (rule: string) => report.findings.filter((f) => f.ruleId === rule).length;
    expect(rowsFailing).toEqual({
      body: 1,
      unit: count('agency/province-ethnic'),
      constituency: count('agency/constituency-young'),
    });
    expect(count('agency/province-ethnic')).toBeGreaterThan(0);
    expect(count('agency/constituency-young')).toBeGreaterThan(0);
    expect(count('agency/national-non-party')).toBe(1);
    // Without the exporter told the column, the national error fails the whole national row.
    const [plainHeaders, ...plain] = await readBack(await csvExporter().write(data, { what: 'report', report }));
    const national = plain.find((r) => r[0] === 'Cơ quan')!;
    expect(national.at(-1)!.split('; ')).toHaveLength(plainHeaders!.length - 2);
  });

  it('writes every finding with its citation as the packs print it, with reportTable: findings', async () => {
    const [headers, ...rows] = await readBack(await write({ what: 'report', report, reportTable: 'findings' }));
    expect(headers).toEqual(['Mức độ', 'Quy tắc', 'Phạm vi', 'Mã đối tượng', 'Đối tượng', 'Nội dung', 'Cách khắc phục', 'Căn cứ', 'Hướng dẫn']);
    expect(rows).toHaveLength(report.findings.length);
    report.findings.forEach((finding, i) => {
      const row = rows[i]!;
      expect(row[0]).toBe({ error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' }[finding.severity]);
      expect(row[1]).toBe(finding.ruleId);
      expect(row[3]).toBe(finding.target.id);
      expect(row[4]).toBe(finding.target.name ?? '');
      expect(row[5]).toBe(finding.message);
      expect(row[6]).toBe(finding.fix ?? '');
      expect(row[7]).toBe(formatCitation(finding.sources, 'vi'));
      expect(row[8]).toBe(finding.docsUrl ?? '');
    });
    const women = rows.find((r) => r[1] === 'agency/national-women')!;
    expect(women[7]).toBe(`khoản 3 Điều 8 ${LAW}`);
    expect(women[5]).toContain('393/868');
    expect(rows.find((r) => r[1] === 'agency/constituency-young')![7]).toBe(`khoản 4 Điều 8, Điều 9 ${LAW}`);
  });

  it('writes English headers and English percentages with locale: en', async () => {
    const english = validate(data, { packs: [pack], locale: 'en' });
    const [headers, ...rows] = await readBack(await write({ what: 'report', report: english, locale: 'en' }));
    expect(headers!.slice(0, 5)).toEqual(['Scope', 'Id', 'Name', 'Body', 'Nominees']);
    const national = rows.find((r) => r[0] === 'Bodies')!;
    expect(national[headers!.indexOf('Share of women')]).toBe('45.28%');
    expect(national.at(-1)).toBe('Women: agency/national-women; Share of women: agency/national-women');
    const [findingHeaders, ...findings] = await readBack(await write({ what: 'report', report: english, locale: 'en', reportTable: 'findings' }));
    expect(findingHeaders![7]).toBe('Source');
    expect(findings.find((r) => r[1] === 'agency/national-women')![7]).toBe(`clause 3 of Art. 8 of ${LAW}`);
  });

  it('writes the rules not checked on part of the list, with reportTable: not-checked', async () => {
    const part = validate(data, { packs: [pack], coverage: 'part' });
    expect(part.notChecked.map((n) => n.ruleId)).toEqual(['agency/national-young']);
    const [headers, ...rows] = await readBack(await write({ what: 'report', report: part, reportTable: 'not-checked' }));
    expect(headers).toEqual(['Quy tắc', 'Phạm vi', 'Mã đối tượng', 'Đối tượng', 'Lý do']);
    expect(rows.map((r) => [r[0], r[1], r[2], r[4]])).toEqual(part.notChecked.map((n) => [n.ruleId, 'Cơ quan', n.target.id, n.reason]));
  });

  it('is what ungcu.export writes with what: report, the dataset validated first', async () => {
    const ungcu = createUngcu({ packs: [pack], exporters: [exporter] });
    const viaSdk = await ungcu.export(data, 'csv', { what: 'report' });
    await ungcu.close();
    expect(viaSdk).toEqual(await write({ what: 'report', report }));
  });

  it('refuses a report without a report, and a table it does not know', async () => {
    await expect(write({ what: 'report' })).rejects.toThrow(ConfigError);
    // @ts-expect-error: not a table
    await expect(write({ what: 'report', report, reportTable: 'charts' })).rejects.toThrow(/reportTable "charts"/u);
  });

  it('writes a list export byte for byte as before reports existed', async () => {
    // sha256 of the two layouts of this dataset, computed with the exporter before the report export was added.
    const sha = async (options: CsvExportOptions) => createHash('sha256').update(await csvExporter().write(data, options)).digest('hex');
    expect(await sha({ layout: 'official-list' })).toBe('a3300d111d75d3223c863f66a95134f553ab7a4b50654d88ca7821bf96f5687b');
    expect(await sha({ layout: 'nominee-template' })).toBe('3efdcbd891c18b47e4a2ec705170b28d9621503469d73eb89bfff1a262ad6913');
    expect(await sha({ what: 'list', report })).toBe('a3300d111d75d3223c863f66a95134f553ab7a4b50654d88ca7821bf96f5687b');
  });
});
