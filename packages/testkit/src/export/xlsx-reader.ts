/**
 * A small XLSX reader that shares nothing with exceljs: fflate unzips the package and the sheet XML is read
 * here, cell by cell, keeping each cell's type as the file states it (shared or inline string, number, boolean,
 * formula) and whether its style is a date format. The conformance suite uses it to check what an XLSX
 * exporter really wrote, the way another spreadsheet program would see it.
 *
 * Why not SheetJS: its npm release (xlsx 0.18.5) is years behind the project's own releases and carries
 * published advisories, and the suite ships to every adapter's tests, so it must not bring that along. fflate
 * is a dependency of @ungcu/testkit, not a devDependency: the suite is published and runs in other packages.
 */
import { strFromU8, unzipSync } from 'fflate';

export type XlsxCell =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'number'; readonly value: number; readonly date: boolean; readonly numFmt?: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'error'; readonly value: string }
  | { readonly type: 'formula'; readonly formula: string };

export interface XlsxSheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** Rows by 1-based row number; each row maps a 0-based column index to its cell. */
  readonly rows: ReadonlyMap<number, ReadonlyMap<number, XlsxCell>>;
  /** The raw worksheet XML, for checks on features (frozen panes, data validation, column widths). */
  readonly xml: string;
}

export interface XlsxWorkbook {
  readonly sheets: readonly XlsxSheet[];
  sheet(name: string): XlsxSheet | undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML entities and OOXML's _xHHHH_ escapes (used for control characters such as _x000D_). */
export function unescapeXml(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/gu, (_, e: string) =>
      e.startsWith('#x')
        ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : ENTITIES[e]!,
    )
    .replace(/_x([0-9a-fA-F]{4})_/gu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([\w:]+)="([^"]*)"/gu)) out.set(m[1]!, unescapeXml(m[2]!));
  return out;
}

/** The text of every <t> element inside a fragment, joined (rich text runs are several). */
function textOf(fragment: string): string {
  let out = '';
  for (const m of fragment.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/gu)) out += unescapeXml(m[1] ?? '');
  return out;
}

/** "A" → 0, "AB" → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A number format shows a date when it has d, m or y outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./gu, '');
  return /[dmy]/iu.test(bare);
}

function readStyles(xml: string | undefined): { date: boolean; numFmt?: string }[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)\/?>/gu)) {
    const a = attributes(m[1]!);
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/u.exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*?)(?:\/>|>)/gu)].map((m) => {
    const id = Number(attributes(m[1]!).get('numFmtId') ?? 0);
    const code = custom.get(id);
    return {
      date: code === undefined ? BUILTIN_DATE_FORMATS.has(id) : isDateFormat(code),
      ...(code === undefined ? {} : { numFmt: code }),
    };
  });
}

function readSheet(
  xml: string,
  shared: readonly string[],
  styles: readonly { date: boolean; numFmt?: string }[],
): Map<number, Map<number, XlsxCell>> {
  const rows = new Map<number, Map<number, XlsxCell>>();
  let nextRow = 1;
  for (const rowMatch of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/gu)) {
    const r = Number(attributes(rowMatch[1]!).get('r') ?? nextRow);
    nextRow = r + 1;
    const cells = new Map<number, XlsxCell>();
    let nextCol = 0;
    for (const c of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu)) {
      const a = attributes(c[1]!);
      const ref = a.get('r');
      const col = ref === undefined ? nextCol : columnIndex(/^[A-Z]+/u.exec(ref)![0]);
      nextCol = col + 1;
      const body = c[2] ?? '';
      const formula = /<f\b[^>]*>([\s\S]*?)<\/f>|<f\b[^>]*\/>/u.exec(body);
      if (formula !== null) {
        cells.set(col, { type: 'formula', formula: unescapeXml(formula[1] ?? '') });
        continue;
      }
      const v = /<v>([\s\S]*?)<\/v>/u.exec(body)?.[1];
      const t = a.get('t') ?? 'n';
      if (t === 'inlineStr') cells.set(col, { type: 'string', value: textOf(/<is>([\s\S]*?)<\/is>/u.exec(body)?.[1] ?? '') });
      else if (v === undefined) continue;
      else if (t === 's') cells.set(col, { type: 'string', value: shared[Number(v)] ?? '' });
      else if (t === 'str') cells.set(col, { type: 'string', value: unescapeXml(v) });
      else if (t === 'b') cells.set(col, { type: 'boolean', value: v === '1' });
      else if (t === 'e') cells.set(col, { type: 'error', value: unescapeXml(v) });
      else {
        const style = styles[Number(a.get('s') ?? 0)];
        cells.set(col, {
          type: 'number',
          value: Number(v),
          date: style?.date ?? false,
          ...(style?.numFmt === undefined ? {} : { numFmt: style.numFmt }),
        });
      }
    }
    rows.set(r, cells);
  }
  return rows;
}

function resolveTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

export function readXlsx(bytes: Uint8Array): XlsxWorkbook {
  // Some writers (exceljs among them) store names with a leading slash ("/xl/sharedStrings.xml").
  const files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name.replace(/^\/+/u, ''), data]));
  const text = (path: string): string | undefined => (files[path] === undefined ? undefined : strFromU8(files[path]!));
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined) throw new Error('Not an XLSX package: xl/workbook.xml is missing');
  const rels = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b([^>]*?)\/?>/gu)) {
    const a = attributes(m[1]!);
    rels.set(a.get('Id')!, a.get('Target')!);
  }
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/gu)].map((m) => textOf(m[1]!));
  const styles = readStyles(text('xl/styles.xml'));
  const sheets: XlsxSheet[] = [...workbook.matchAll(/<sheet\b([^>]*?)\/?>/gu)].map((m) => {
    const a = attributes(m[1]!);
    const target = rels.get(a.get('r:id')!)!;
    const xml = text(resolveTarget(target)) ?? '';
    return {
      name: a.get('name')!,
      state: (a.get('state') as XlsxSheet['state'] | undefined) ?? 'visible',
      rows: readSheet(xml, shared, styles),
      xml,
    };
  });
  return { sheets, sheet: (name) => sheets.find((s) => s.name === name) };
}

/** An Excel serial day number (1900 system) as an ISO date. */
export function serialToIsoDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}
