/**
 * Writes a large official-list workbook straight to disk, for the memory test and the benchmark: the real 868
 * rows of the 2021 list (examples/data; Vietnam Elections dataset (NA15-2021), CC-BY-4.0) repeated with a
 * number after each name, in one sheet of inline strings. fflate's streaming zip writes each batch of rows as
 * it is made, so a million-row file never sits in memory; exceljs would take minutes for the same file.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough, strToU8 } from 'fflate';
import { type OutputCell, columnLetter } from '@ungcu/core/export';
import { isDateCell, officialListLayout } from '@ungcu/tabular';
import { realDataset } from './support';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
// Style 1 shows a date (dd/mm/yyyy), so date cells read back as dates.
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

const COMPACT_DROPPED: ReadonlySet<string> = new Set([
  'hometown',
  'residence',
  'educationProfessional',
  'educationAcademicTitle',
  'educationForeignLanguage',
  'occupation',
  'workplace',
]);

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const ROWS_PER_BATCH = 2000;

/**
 * A zip entry deflated by node:zlib, many times faster than fflate's deflate written in JavaScript: each
 * batch is compressed on its own and sync-flushed, and raw deflate output cut that way concatenates into one
 * valid stream (only the last batch closes it).
 */
class NativeDeflate extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, deflateRawSync(chunk, final ? {} : { finishFlush: constants.Z_SYNC_FLUSH }), final);
  }
}

function escapeXml(text: string): string {
  return text.replace(/[&<>]/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** A text cell of the table: a shared string index when the text is shared, else an inline string. */
type TextCell = OutputCell | { readonly shared: number };

function cellXml(cell: TextCell, ref: string): string {
  if (typeof cell === 'number') return `<c${ref}><v>${cell}</v></c>`;
  if (typeof cell === 'string') return `<c${ref} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
  if (cell === undefined) return '';
  if ('shared' in cell) return `<c${ref} t="s"><v>${cell.shared}</v></c>`;
  if (isDateCell(cell)) return `<c${ref} s="1"><v>${(Date.parse(`${cell.date}T00:00:00Z`) - EXCEL_EPOCH_MS) / 86_400_000}</v></c>`;
  return '';
}

function rowXml(cells: readonly TextCell[], r: number, refs: boolean): string {
  // Without references, cells follow each other: a blank cell is written as <c/> to keep the columns in place.
  const cellsXml = cells.map((c, i) => (refs ? cellXml(c, ` r="${columnLetter(i)}${r}"`) : c === undefined ? '<c/>' : cellXml(c, '')));
  return `<row r="${r}">${cellsXml.join('')}</row>`;
}

export interface BigWorkbookOptions {
  /**
   * The seven longest text columns (all optional) left blank, repeated text as shared strings and no cell
   * references: about 460 bytes a row unzipped instead of 1,100, so that a million rows stay under the default
   * unzipped-size bound while every row still decodes into a nominee.
   */
  readonly compact?: boolean;
  /** Write each cell's reference (r="B7"), as Excel does; default: not when compact. exceljs's reader needs them. */
  readonly cellReferences?: boolean;
}

/**
 * Writes `rows` data rows (plus the header) to `path`. Copy 0 is the real list as published; later copies add
 * " <copy>" to each name so that every row is a different person. Returns the file size in bytes.
 */
export async function writeBigWorkbook(path: string, rows: number, options: BigWorkbookOptions = {}): Promise<number> {
  const compact = options.compact === true;
  const refs = options.cellReferences ?? !compact;
  const table = officialListLayout.encode(await realDataset());
  const blank = new Set(table.columns.flatMap((c, i) => (compact && COMPACT_DROPPED.has(c.key) ? [i] : [])));
  const nameIndex = table.columns.findIndex((c) => c.key === officialListLayout.nameColumn);
  const strings = new Map<string, number>();
  const text = (cell: OutputCell, i: number): TextCell => {
    if (!compact || typeof cell !== 'string' || i === nameIndex) return cell;
    let index = strings.get(cell);
    if (index === undefined) strings.set(cell, (index = strings.size));
    return { shared: index };
  };
  const real = [...table.rows].map((row) => row.map((cell, i) => (blank.has(i) ? undefined : text(cell, i))));
  const headers = table.headers;
  const fd = openSync(path, 'w');
  let size = 0;
  let failure: Error | undefined;
  let done = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else {
      writeSync(fd, chunk);
      size += chunk.byteLength;
      done = final;
    }
  });
  const add = (name: string, text: string) => {
    const file = new NativeDeflate(name);
    zip.add(file);
    file.push(strToU8(text), true);
  };
  add('[Content_Types].xml', CONTENT_TYPES);
  add('_rels/.rels', ROOT_RELS);
  add('xl/workbook.xml', WORKBOOK);
  add('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  add('xl/styles.xml', STYLES);
  const sharedXml = [...strings.keys()].map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join('');
  add(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">${sharedXml}</sst>`,
  );
  const sheet = new NativeDeflate('xl/worksheets/sheet1.xml');
  zip.add(sheet);
  sheet.push(
    strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowXml(headers, 1, refs)}`,
    ),
  );
  let batch: string[] = [];
  // Without cell references, a row's XML around the name is the same in every copy: made once.
  const around = real.map((cells) => {
    const xml = rowXml(cells.map((c, j) => (j === nameIndex ? '\u0000' : c)), 0, false);
    const at = xml.indexOf('<c t="inlineStr"><is><t xml:space="preserve">\u0000');
    return [xml.slice('<row r="0">'.length, at), xml.slice(xml.indexOf('</c>', at) + 4)] as const;
  });
  for (let i = 0; i < rows; i++) {
    const copy = Math.floor(i / real.length);
    const source = real[i % real.length]!;
    const name = `${String(source[nameIndex])}${copy === 0 ? '' : ` ${copy}`}`;
    if (!refs) {
      const [before, after] = around[i % real.length]!;
      batch.push(`<row r="${i + 2}">${before}${cellXml(name, '')}${after}`);
    } else {
      batch.push(rowXml(copy === 0 ? source : source.map((c, j) => (j === nameIndex ? name : c)), i + 2, true));
    }
    if (batch.length === ROWS_PER_BATCH) {
      sheet.push(strToU8(batch.join('')));
      batch = [];
    }
  }
  sheet.push(strToU8(`${batch.join('')}</sheetData></worksheet>`), true);
  zip.end();
  closeSync(fd);
  if (failure !== undefined) throw failure;
  if (!done) throw new Error('the zip writer did not finish');
  return size;
}
