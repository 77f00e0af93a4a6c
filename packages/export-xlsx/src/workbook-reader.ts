/**
 * A streaming XLSX reader on saxes and node:zlib. exceljs 4.4.0's streaming WorkbookReader cannot be used for
 * import: it turns each inflated chunk into text on its own, which breaks a multi-byte UTF-8 character that
 * straddles two chunks ("Nam Định" came back as "Nam Đ\uFFFD\uFFFDnh" from the real 2021 list), and it decodes
 * entities in inline strings twice ("&amp;" comes back as "&"). Here each entry is inflated as a stream, decoded
 * with a streaming TextDecoder, and parsed by saxes, so memory stays bounded by the shared strings, one row and
 * the merged ranges over it. Entries were size-checked, and sheets scanned for rows and merged ranges
 * (limits.ts, sheet-scan.ts), before this runs.
 */
import { inflateRawSync } from 'node:zlib';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { CellValue } from '@ungcu/core/export';
import { MergeFiller, type MergedRanges } from './merges';
import { DAY_MS, EXCEL_EPOCH_MS } from './sheets';
import { decodeXstring } from './xml-text';
import { type ZipEntry, entryChunks, entryData } from './zip';

/** Line and column tracking is only for error messages, and costs a check per character. */
const PARSER_OPTIONS = { xmlns: false, position: false } as const;

export interface SheetSink {
  row(cells: readonly CellValue[], rowNumber: number): void;
}

/** The parts of a workbook found by name in the archive, before any of them is read. */
export interface WorkbookParts {
  readonly workbook: ZipEntry;
  readonly rels: ZipEntry;
  readonly styles: ZipEntry | undefined;
  readonly sharedStrings: ZipEntry | undefined;
  readonly byName: ReadonlyMap<string, ZipEntry>;
}

export interface WorkbookSheet {
  readonly name: string;
  readonly entry: ZipEntry;
}

/** Undefined when the archive has no workbook part or no relationships for it: it is not a workbook. */
export function workbookParts(entries: readonly ZipEntry[]): WorkbookParts | undefined {
  const byName = new Map(entries.map((e) => [e.name.replace(/^\/+/u, ''), e]));
  const workbook = byName.get('xl/workbook.xml');
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  if (workbook === undefined || rels === undefined) return undefined;
  return { workbook, rels, styles: byName.get('xl/styles.xml'), sharedStrings: byName.get('xl/sharedStrings.xml'), byName };
}

/** Feeds an entry's XML to a parser chunk by chunk, decoding UTF-8 across chunk boundaries. */
async function parseEntry(bytes: Uint8Array, entry: ZipEntry, parser: SaxesParser): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of entryChunks(bytes, entry)) parser.write(decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode());
  parser.close();
}

/** A small part (workbook, relationships, styles) as text; its size was verified before. */
function entryXml(bytes: Uint8Array, entry: ZipEntry): string {
  const data = entryData(bytes, entry);
  return new TextDecoder('utf-8').decode(entry.method === 0 ? data : inflateRawSync(data));
}

function tags(xml: string, names: readonly string[]): SaxesTagPlain[] {
  const out: SaxesTagPlain[] = [];
  const parser = new SaxesParser(PARSER_OPTIONS);
  parser.on('opentag', (tag) => {
    if (names.includes(tag.name)) out.push(tag);
  });
  parser.write(xml).close();
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A number format shows a date when it has d, m or y outside quoted text and brackets. */
export function isDateFormat(code: string): boolean {
  return /[dmy]/iu.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./gu, ''));
}

/** For each cell style index: does it show a date? */
function dateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  const parser = new SaxesParser(PARSER_OPTIONS);
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
    else if (tag.name === 'cellXfs') inCellXfs = true;
    else if (tag.name === 'xf' && inCellXfs) {
      const id = Number(a.numFmtId ?? 0);
      const code = custom.get(id);
      styles.push(code === undefined ? BUILTIN_DATE_FORMATS.has(id) : isDateFormat(code));
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'cellXfs') inCellXfs = false;
  });
  parser.write(xml).close();
  return styles;
}

/**
 * The text as a string of its own. saxes hands out text as slices of the chunk it is parsing, and V8 keeps a
 * slice as a view of its parent, so every cell kept in the dataset pinned a whole chunk of the sheet's XML:
 * an import of 500,000 nominees kept 1.4 GB of heap for what the CSV import holds in 386 MB. Concatenating
 * forces a copy (flattened once, the slice then views the copy, one character longer than the text).
 */
function own(text: string): string {
  return text.length === 0 ? text : (' ' + text).slice(1);
}

/** A cell's text as Excel shows it (its `_xHHHH_` escapes decoded, see xml-text.ts), as a string of its own. */
function cellText(text: string): string {
  return own(decodeXstring(text));
}

async function sharedStrings(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (entry === undefined) return strings;
  const parser = new SaxesParser(PARSER_OPTIONS);
  let current = '';
  let inText = false;
  let phonetic = 0;
  parser.on('opentag', (tag) => {
    if (tag.name === 'si') current = '';
    else if (tag.name === 'rPh') phonetic++;
    else if (tag.name === 't' && phonetic === 0) inText = true;
  });
  parser.on('text', (text) => {
    if (inText) current += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 't') inText = false;
    else if (tag.name === 'rPh') phonetic--;
    else if (tag.name === 'si') strings.push(cellText(current));
  });
  await parseEntry(bytes, entry, parser);
  return strings;
}

/** "A" → 0, "AB" → 27. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

async function readSheet(
  bytes: Uint8Array,
  entry: ZipEntry,
  sink: SheetSink,
  shared: readonly string[],
  dates: readonly boolean[],
  merges: MergedRanges,
): Promise<void> {
  const parser = new SaxesParser(PARSER_OPTIONS);
  const filler = merges.count === 0 ? undefined : new MergeFiller(merges);
  let rowNumber = 0;
  let cells: CellValue[] = [];
  let col = 0;
  let type = 'n';
  let style = 0;
  let value = '';
  let inline = '';
  let capture: 'v' | 't' | undefined;
  let inInline = false;
  let phonetic = 0;
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'row':
        rowNumber = a.r === undefined ? rowNumber + 1 : Number(a.r);
        cells = [];
        col = 0;
        break;
      case 'c':
        col = a.r === undefined ? col : columnIndex(a.r);
        type = a.t ?? 'n';
        style = Number(a.s ?? 0);
        value = '';
        inline = '';
        break;
      case 'v':
        capture = 'v';
        break;
      case 'is':
        inInline = true;
        break;
      case 'rPh':
        phonetic++;
        break;
      case 't':
        if (inInline && phonetic === 0) capture = 't';
        break;
    }
  });
  parser.on('text', (text) => {
    if (capture === 'v') value += text;
    else if (capture === 't') inline += text;
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'v':
      case 't':
        capture = undefined;
        break;
      case 'is':
        inInline = false;
        break;
      case 'rPh':
        phonetic--;
        break;
      case 'c':
        cells[col] = cellValue(type, value, inline, style);
        col++;
        break;
      case 'row':
        filler?.fill(cells, rowNumber);
        sink.row(cells, rowNumber);
        break;
    }
  });

  function cellValue(t: string, v: string, is: string, s: number): CellValue {
    switch (t) {
      case 's':
        return shared[Number(v)];
      case 'inlineStr':
        return cellText(is);
      case 'str':
        return cellText(v);
      case 'b':
        return v === '1';
      case 'e':
        return v;
      default: {
        if (v === '') return undefined;
        const n = Number(v);
        return dates[s] === true ? new Date(EXCEL_EPOCH_MS + Math.round(n * DAY_MS)) : n;
      }
    }
  }

  await parseEntry(bytes, entry, parser);
}

/** The workbook's sheets in workbook order, each with its part. */
export function listSheets(bytes: Uint8Array, parts: WorkbookParts): WorkbookSheet[] {
  const targets = new Map(
    tags(entryXml(bytes, parts.rels), ['Relationship']).map((t) => {
      const a = t.attributes as Record<string, string>;
      const target = a.Target ?? '';
      return [a.Id, target.startsWith('/') ? target.slice(1) : `xl/${target}`] as const;
    }),
  );
  return tags(entryXml(bytes, parts.workbook), ['sheet']).flatMap((sheet) => {
    const a = sheet.attributes as Record<string, string>;
    const entry = parts.byName.get(targets.get(a['r:id'] ?? '') ?? '');
    return entry === undefined ? [] : [{ name: a.name ?? '', entry }];
  });
}

export interface SheetToRead {
  readonly sheet: WorkbookSheet;
  readonly merges: MergedRanges;
  /** Asked when the sheet's rows are about to be read. */
  open(): SheetSink;
}

/** Reads the given sheets row by row, in order, after the shared strings and the date styles. */
export async function readSheets(bytes: Uint8Array, parts: WorkbookParts, sheets: readonly SheetToRead[]): Promise<void> {
  if (sheets.length === 0) return;
  const dates = dateStyles(parts.styles === undefined ? undefined : entryXml(bytes, parts.styles));
  const shared = await sharedStrings(bytes, parts.sharedStrings);
  for (const { sheet, merges, open } of sheets) await readSheet(bytes, sheet.entry, open(), shared, dates, merges);
}
