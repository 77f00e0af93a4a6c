/**
 * The hostile-input corpus: files as agencies (and attackers) really send them, made from the real 2021 list
 * (examples/data/vn-na-2021; Vietnam Elections dataset (NA15-2021), CC-BY-4.0) by code rather than committed
 * as binaries. Each entry says what must happen: a clean import (maybe with warnings) or a located error
 * with a given code; never a stack trace, never a half-written store.
 *
 * `node --import tsx packages/cli/test/hostile/corpus.ts <dir>` writes the files to a folder to try by hand.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { latin1Bytes, tcvn3, vni, windows1258 } from '@ungcu/testkit/export';

export interface HostileFile {
  /** The file name, with the extension that picks the importer. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** What a person sees: the list imports (warnings allowed), or an error with this import error code. */
  readonly expect: { readonly outcome: 'import'; readonly warning?: string } | { readonly outcome: 'error'; readonly code: string };
  /** Why the file is here. */
  readonly why: string;
}

const candidates = fileURLToPath(new URL('../../../../examples/data/vn-na-2021/candidates/', import.meta.url));
export const REAL_FILE: string = join(candidates, readdirSync(candidates).filter((f) => f.endsWith('.csv')).sort()[0]!);

/** The real file as rows of cells (papaparse, not the importer's own reader): the corpus edits cells, never text. */
function parseRealCsv(): string[][] {
  const text = readFileSync(REAL_FILE, 'utf8').replace(/^\uFEFF/u, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

function toCsv(rows: readonly (readonly string[])[], delimiter = ',', eol = '\r\n'): string {
  const quote = (c: string) => (/["\r\n]/u.test(c) || c.includes(delimiter) ? `"${c.replaceAll('"', '""')}"` : c);
  return rows.map((r) => r.map(quote).join(delimiter)).join(eol) + eol;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The first data rows of the real file (one constituency and a bit), header first. */
function realRows(count = 12): string[][] {
  return parseRealCsv().slice(0, count + 1);
}

function editCell(rows: string[][], row: number, header: string, value: string): string[][] {
  const at = rows[0]!.indexOf(header);
  if (at < 0) throw new Error(`no column ${header}`);
  return rows.map((r, i) => (i === row ? r.map((c, j) => (j === at ? value : c)) : r));
}

/** A minimal XLSX (one sheet of inline strings) zipped by fflate, for the archive-level attacks. */
function xlsxOf(sheetXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    ...extra,
  });
}

const escapeXml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function sheetXml(rows: readonly (readonly string[])[]): string {
  const body = rows
    .map((r, i) => `<row r="${i + 1}">${r.map((c) => `<c t="inlineStr"><is><t xml:space="preserve">${escapeXml(c)}</t></is></c>`).join('')}</row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** Rewrites the uncompressed size of every central-directory entry: an archive that lies about its sizes. */
function understateSizes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let p = 0; p + 46 <= out.length; p++) {
    if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, 10, true);
    if (view.getUint32(p, true) === 0x04034b50) view.setUint32(p + 22, 10, true);
  }
  return out;
}

export function hostileCorpus(): HostileFile[] {
  const rows = realRows();
  const header = rows[0]!;
  const files: HostileFile[] = [
    { name: 'empty.csv', bytes: new Uint8Array(0), expect: { outcome: 'error', code: 'empty-file' }, why: 'a file of zero bytes' },
    { name: 'bom-only.csv', bytes: utf8('\uFEFF'), expect: { outcome: 'error', code: 'empty-file' }, why: 'Excel saved an empty sheet' },
    { name: 'header-only.csv', bytes: utf8(`\uFEFF${toCsv([header])}`), expect: { outcome: 'error', code: 'empty-file' }, why: 'the template, not filled in' },
    {
      name: 'semicolons.csv',
      bytes: utf8(`\uFEFF${toCsv(rows, ';')}`),
      expect: { outcome: 'import' },
      why: 'Excel in a Vietnamese locale writes ; (the comma is the decimal mark)',
    },
    { name: 'tabs.csv', bytes: utf8(toCsv(rows, '\t')), expect: { outcome: 'import' }, why: 'tab-separated text pasted from a sheet' },
    { name: 'lf-no-bom.csv', bytes: utf8(toCsv(rows, ',', '\n')), expect: { outcome: 'import' }, why: 'LF line ends and no byte order mark' },
    {
      name: 'nul-in-name.csv',
      bytes: utf8(toCsv(editCell(rows, 2, 'Họ và tên', 'Nguyễn\u0000 Quốc Duyệt'))),
      expect: { outcome: 'error', code: 'control-character' },
      why: 'a NUL byte: SQLite stores it, PostgreSQL refuses it with no location',
    },
    {
      name: 'escape-in-workplace.csv',
      bytes: utf8(toCsv(editCell(rows, 3, 'Nơi công tác', 'Bộ Tư lệnh\u001b[31m'))),
      expect: { outcome: 'error', code: 'control-character' },
      why: 'a terminal escape sequence in a cell',
    },
    {
      name: 'gender-words.csv',
      bytes: utf8(toCsv(editCell(editCell(rows, 1, 'Giới tính', ' NAM '), 4, 'Giới tính', 'NỮ'.normalize('NFD')))),
      expect: { outcome: 'import' },
      why: 'gender written in capitals, with spaces, decomposed',
    },
    {
      name: 'formula.csv',
      bytes: utf8(toCsv(editCell(rows, 2, 'Nơi công tác', "=cmd|' /C calc'!A0"))),
      expect: { outcome: 'import' },
      why: 'a formula in a cell is text to ungcu; exporters guard it',
    },
    {
      name: 'unterminated-quote.csv',
      bytes: utf8(`${toCsv(rows.slice(0, 4))}"Thành phố Hà Nội,1,2\r\n`),
      expect: { outcome: 'error', code: 'unreadable-file' },
      why: 'a quote opened and never closed',
    },
    {
      name: 'huge-name.csv',
      bytes: utf8(toCsv(editCell(rows, 2, 'Họ và tên', 'Nguyễn '.repeat(150_000)))),
      expect: { outcome: 'error', code: 'invalid-field' },
      why: 'a 1 MB name',
    },
    {
      name: 'duplicate-row.csv',
      bytes: utf8(toCsv([...rows, rows[1]!])),
      expect: { outcome: 'error', code: 'duplicate-row' },
      why: 'the same person twice',
    },
    {
      name: 'random-bytes.csv',
      bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24),
      expect: { outcome: 'error', code: 'unknown-encoding' },
      why: 'not text at all',
    },
    {
      name: 'french-latin1.csv',
      bytes: iconv.encode('Nom;Prénom;Né le\r\nDupré;Élodie;12/03/1980\r\n', 'latin1'),
      expect: { outcome: 'error', code: 'unknown-encoding' },
      why: 'a Latin-1 file that is not Vietnamese',
    },
    {
      name: 'windows-1258.csv',
      bytes: latin1Bytes(windows1258.encode(toCsv(rows))),
      expect: { outcome: 'import', warning: 'legacy-encoding' },
      why: 'a provincial sheet saved as Windows-1258 (Vietnamese ANSI)',
    },
    {
      name: 'tcvn3.csv',
      bytes: latin1Bytes(tcvn3.encode(toCsv(rows))),
      expect: { outcome: 'import', warning: 'legacy-encoding' },
      why: 'typed with the ABC (.VnTime) fonts, TCVN3',
    },
    {
      name: 'vni.csv',
      bytes: latin1Bytes(vni.encode(toCsv(rows))),
      expect: { outcome: 'import', warning: 'legacy-encoding' },
      why: 'typed with the VNI fonts',
    },
    { name: 'not-a-zip.xlsx', bytes: utf8(toCsv(rows)), expect: { outcome: 'error', code: 'unreadable-file' }, why: 'a CSV renamed .xlsx' },
    {
      name: 'truncated.xlsx',
      bytes: xlsxOf(sheetXml(rows)).slice(0, 700),
      expect: { outcome: 'error', code: 'unreadable-file' },
      why: 'a download cut short',
    },
    {
      name: 'zip-bomb.xlsx',
      bytes: xlsxOf(sheetXml([header]).replace('</sheetData>', `</sheetData><!--${' '.repeat(16 * 2 ** 20)}-->`)),
      expect: { outcome: 'error', code: 'input-limit' },
      why: 'a small archive that inflates 16 MB of nothing (a ratio over 1,000)',
    },
    {
      name: 'lying-sizes.xlsx',
      bytes: understateSizes(xlsxOf(sheetXml(rows))),
      expect: { outcome: 'error', code: 'input-limit' },
      why: 'a central directory that understates the sizes',
    },
    { name: 'xlsx-header-only.xlsx', bytes: xlsxOf(sheetXml([header])), expect: { outcome: 'error', code: 'empty-file' }, why: 'an empty filled-in template' },
    { name: 'real-rows.xlsx', bytes: xlsxOf(sheetXml(rows)), expect: { outcome: 'import' }, why: 'a plain workbook of real rows: the control' },
    { name: 'broken.json', bytes: utf8('{"elections": [ {"id": '), expect: { outcome: 'error', code: 'unreadable-file' }, why: 'JSON cut short' },
  ];
  return files;
}

// Run as a script: write the corpus to a folder.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2];
  if (dir === undefined) throw new Error('usage: corpus.ts <dir>');
  mkdirSync(dir, { recursive: true });
  for (const f of hostileCorpus()) writeFileSync(join(dir, f.name), f.bytes);
  console.log(`${hostileCorpus().length} files in ${dir}`);
}
