/**
 * The real 2021 official list (868 candidates, 184 constituencies) and its validation report under vn-2021,
 * exported through docxExporter and read back with the independent readers: node:zlib and the XML as text
 * for the structure, mammoth for the text. The expected order comes from the published files themselves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportProgress } from '@ungcu/core/export';
import { type Report, validate } from '@ungcu/core/rules';
import { vn2021 } from '@ungcu/rules-vn';
import { OFFICIAL_LIST_COLUMNS } from '@ungcu/tabular';
import { docxExporter } from '../src/index';
import { type DocxParts, pageNumbering, readDocx, rows, tableCells, tables, xmlText } from './read-docx';
import { type PublishedRow, mammothText, publishedRows, realList } from './support';

/**
 * The published order, except in Thái Bình constituency 3, where the published list puts "Nguyễn Văn Thân"
 * before "Phạm Thị Thắng (Phạm Thị Thùy)" and the alphabet (ă before â) puts them the other way round (see
 * the rule vn/official-list-order): the document prints the alphabet's order.
 */
function officialOrder(published: readonly PublishedRow[]): PublishedRow[] {
  const out = [...published];
  const than = out.findIndex((r) => r.name === 'Nguyễn Văn Thân');
  const thang = out.findIndex((r) => r.name.startsWith('Phạm Thị Thắng'));
  expect(out[than]).toMatchObject({ province: 'Thái Bình', number: 3 });
  expect(thang).toBe(than + 1);
  [out[than], out[thang]] = [out[thang]!, out[than]!];
  return out;
}

/** The constituencies of the published files in order, each with its names. */
interface PublishedConstituency {
  readonly province: string;
  readonly number: number;
  readonly names: string[];
  readonly listNumbers: string[];
}

function constituencies(list: readonly PublishedRow[]): PublishedConstituency[] {
  const out: PublishedConstituency[] = [];
  for (const r of list) {
    const last = out.at(-1);
    if (last?.province === r.province && last.number === r.number) {
      last.names.push(r.name);
      last.listNumbers.push(r.listNumber);
    } else out.push({ province: r.province, number: r.number, names: [r.name], listNumbers: [r.listNumber] });
  }
  return out;
}

/** The body of each Word section: the XML up to and including its w:sectPr. */
function sections(docx: DocxParts): string[] {
  return docx.document.split(/<\/w:sectPr>/u).slice(0, -1);
}

describe('the real 2021 official list', () => {
  const expected = officialOrder(publishedRows());
  const groups = constituencies(expected);
  let bytes: Uint8Array;
  let docx: DocxParts;
  const progress: ExportProgress[] = [];

  beforeAll(async () => {
    bytes = await docxExporter().write(realList(), { onProgress: (p) => progress.push(p) });
    docx = readDocx(bytes);
  }, 120_000);

  it('has 184 constituencies, one landscape section each, with 868 rows in all', () => {
    expect(groups).toHaveLength(184);
    expect(expected).toHaveLength(868);
    const parts = sections(docx);
    expect(parts).toHaveLength(184);
    for (const part of parts) expect(part).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(progress).toHaveLength(184);
    expect(progress.at(-1)).toEqual({ done: 184, total: 184, unit: { vi: 'đơn vị bầu cử', en: 'constituencies' } });
  });

  it("prints every constituency's candidates in the official order, under its province and number", () => {
    const parts = sections(docx);
    groups.forEach((group, i) => {
      const lists = tables(parts[i]!).filter((t) => t.includes('Họ và tên'));
      expect(lists, `section ${i + 1}`).toHaveLength(1);
      const [header, ...body] = rows(lists[0]!);
      expect(header).toContain('<w:tblHeader/>');
      expect(body.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
      const cells = tableCells(lists[0]!);
      expect(cells.slice(1).map((r) => r[1]), `${group.province} ${group.number}`).toEqual(group.names);
      // STT is the position in the printed (alphabetical) order: 1..n, also in Thái Bình 3 (published 5 then 4).
      expect(cells.slice(1).map((r) => r[0])).toEqual(group.names.map((_, k) => String(k + 1)));
      expect(xmlText(parts[i]!)).toContain(`${group.province} - Đơn vị bầu cử số ${group.number}`);
    });
  });

  it('prints the statutory columns of the official-list layout as the table header', () => {
    const first = tables(sections(docx)[0]!).find((t) => t.includes('Họ và tên'))!;
    const fromListNumber = OFFICIAL_LIST_COLUMNS.slice(OFFICIAL_LIST_COLUMNS.findIndex((c) => c.header === 'STT'));
    expect(tableCells(first)[0]).toEqual(fromListNumber.map((c) => c.header));
  });

  it('holds every name in order for mammoth too', async () => {
    const text = await mammothText(bytes);
    let from = 0;
    for (const row of expected) {
      const at = text.indexOf(row.name, from);
      expect(at, row.name).toBeGreaterThanOrEqual(0);
      from = at + row.name.length;
    }
    expect(text.normalize('NFC')).toBe(text);
  });

  it('writes English headers with locale "en"', async () => {
    const english = readDocx(await docxExporter().write(realList(), { locale: 'en' }));
    const first = tables(sections(english)[0]!).find((t) => t.includes('Full name'))!;
    const fromListNumber = OFFICIAL_LIST_COLUMNS.slice(OFFICIAL_LIST_COLUMNS.findIndex((c) => c.header === 'STT'));
    expect(tableCells(first)[0]).toEqual(fromListNumber.map((c) => c.headerEn));
    // The page number is the bare number in either language: 184 sections, page 1 unnumbered.
    const numbering = pageNumbering(english).sections;
    expect(numbering).toHaveLength(184);
    expect(numbering.map((s) => s.titlePage)).toEqual(numbering.map((_, i) => i === 0));
    expect(xmlText(numbering[0]!.headers.default!)).toBe('');
  }, 120_000);
});

describe('the validation report of the real list under vn-2021', () => {
  let report: Report;
  let docx: DocxParts;
  let text: string;

  beforeAll(async () => {
    report = validate(realList(), { packs: [vn2021] });
    const bytes = await docxExporter().write(realList(), { what: 'report', report });
    docx = readDocx(bytes);
    text = await mammothText(bytes);
  }, 120_000);

  it('prints the summary numbers of the report', () => {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of report.findings) counts[f.severity]++;
    expect(report.summary).toEqual({ errors: counts.error, warnings: counts.warning, infos: counts.info });
    const summary = tables(docx.document).find((t) => t.includes('Mức độ'))!;
    expect(tableCells(summary)).toEqual([
      ['Mức độ', 'Số phát hiện'],
      ['Lỗi', String(counts.error)],
      ['Cảnh báo', String(counts.warning)],
      ['Thông tin', String(counts.info)],
      ['Tổng cộng', String(report.findings.length)],
    ]);
    expect(rows(summary)[0]).toContain('<w:tblHeader/>');
  });

  it('prints every finding', () => {
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(text, f.ruleId).toContain(f.message.normalize('NFC'));
  });

  it('prints each chart as its content in words, with every province, and embeds no image', () => {
    // The charts name provinces by their short names ("Hà Nội"), as the dataset's units hold them.
    const provinces = realList().administrativeUnits.filter((u) => u.level === 'province').map((u) => u.name);
    expect(provinces).toHaveLength(63);
    const charts = text.split('\n').filter((line) => line.startsWith('Tỷ lệ ') && line.includes('tỉnh, thành phố. '));
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const line of charts) for (const p of provinces) expect(line, p).toContain(p);
    expect([...docx.entries.keys()].some((p) => p.startsWith('word/media/'))).toBe(false);
    // And each chart's figures as a table: one row per province under the header, in every chart.
    const dataTables = tables(sections(docx)[2]!).filter((t) => t.includes('Số người ứng cử'));
    expect(dataTables.length).toBe(charts.length);
    for (const table of dataTables) {
      const cells = tableCells(table);
      expect(cells[0]).toEqual(['Tỉnh, thành phố', 'Số người', 'Số người ứng cử', 'Tỷ lệ']);
      expect(cells.slice(1).map((r) => r[0]).sort()).toEqual([...provinces].sort());
    }
  });

  it('puts each part on its own page with the report sections', () => {
    expect(sections(docx)).toHaveLength(3);
  });
});
