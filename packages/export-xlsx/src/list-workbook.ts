/**
 * The list workbook (the official list or the nominee template) written as SpreadsheetML by hand and zipped as
 * a stream (zip-writer.ts). exceljs's streaming writer builds a row object and a cell object per value and
 * renders each through its XML stream: 100,000 nominees took 19 s, against under 4 s here (README, benchmark).
 * What is written is what the exceljs export wrote: the data sheet with a bold, wrapped, frozen header and
 * column widths; cells typed (inline text, numbers, dates as serial numbers shown dd/mm/yyyy), never a
 * formula, so text starting with = + - @ stays text; a drop-down list (data validation) on every list column,
 * with the values on a hidden sheet; and a guide sheet explaining each column in Vietnamese and English.
 */
import type { Dataset } from '@ungcu/core';
import { ConfigError, ModelError } from '@ungcu/core/errors';
import { type ExportProgress, type Layout, type LayoutColumn, type OutputCell, columnLetter } from '@ungcu/core/export';
import { isDateCell, rowsWithProgress } from '@ungcu/tabular';
import { DATE_FORMAT, DAY_MS, EXCEL_EPOCH_MS, GUIDE_SHEET_NAME, LISTS_SHEET_NAME } from './sheets';
import { escapeXml, inlineText, xmlInvalidCharacter } from './xml-text';
import type { ZipSource } from './zip-writer';

/** Rows in a sheet, Excel's bound; the header takes the first. */
const LAST_ROW = 1_048_576;
/** Excel refuses a data validation whose error title is longer. */
const ERROR_TITLE_MAX = 32;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cell formats, by their index in styles.xml. */
const STYLE = { plain: 0, date: 1, header: 2, wrapped: 3 } as const;

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">\
<numFmts count="1"><numFmt numFmtId="164" formatCode="${DATE_FORMAT}"/></numFmts>\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="4">\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
</cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>`;

interface Sheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly text: () => Iterable<string>;
}

/** Excel's date serial, for dates after February 1900 (a birth date always is). */
function dateSerial(isoDate: string): number {
  // By position, not split(): this runs on every date cell. A DateCell holds YYYY-MM-DD.
  return (Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) - EXCEL_EPOCH_MS) / DAY_MS;
}

function invalidCharacter(sheet: string, row: number, header: string, character: string): ModelError {
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return new ModelError(
    {
      vi: `Không ghi được XLSX: ô ${header} ở dòng ${row} của trang "${sheet}" có ký tự ${code}, ký tự mà XML (và Excel) không chứa được. Hãy sửa dữ liệu.`,
      en: `Cannot write the XLSX: the ${header} cell on row ${row} of sheet "${sheet}" holds ${code}, a character XML (and so Excel) cannot hold. Correct the data.`,
    },
    [{ path: [row, header], message: `character ${code}`, code: 'invalid-character' }],
  );
}

/** One row of a worksheet; `style` is the cell format of every cell in it but dates (undefined: none). */
function rowXml(sheet: string, header: readonly string[], row: number, cells: readonly OutputCell[], refs: readonly string[], style?: number): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  let xml = `<row r="${row}">`;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === undefined) continue;
    if (typeof cell === 'string') {
      const text = inlineText(cell);
      if (text === undefined) throw invalidCharacter(sheet, row, header[i] ?? refs[i]!, xmlInvalidCharacter(cell)!);
      xml += `<c r="${refs[i]}${row}"${s} t="inlineStr"><is>${text}</is></c>`;
    } else if (typeof cell === 'number') {
      // Not a finite number (NaN, Infinity) has no SpreadsheetML form: it is written as the text JavaScript shows.
      xml += Number.isFinite(cell) ? `<c r="${refs[i]}${row}"${s}><v>${cell}</v></c>` : `<c r="${refs[i]}${row}"${s} t="inlineStr"><is><t>${cell}</t></is></c>`;
    } else if (isDateCell(cell)) {
      xml += `<c r="${refs[i]}${row}" s="${STYLE.date}"><v>${dateSerial(cell.date)}</v></c>`;
    }
  }
  return `${xml}</row>`;
}

function cols(widths: readonly number[], style?: number): string {
  const s = style === undefined ? '' : ` style="${style}"`;
  return `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${s}/>`).join('')}</cols>`;
}

function frozenHeader(selected: boolean): string {
  return `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`;
}

/** A worksheet's XML, in pieces: its rows are made as the archive asks for them. */
function* worksheet(
  name: string,
  head: string,
  header: readonly string[],
  rows: Iterable<readonly OutputCell[]>,
  options: { readonly headerStyle?: number; readonly rowStyle?: number; readonly tail?: () => string },
): Generator<string> {
  const refs = header.map((_, i) => columnLetter(i));
  yield `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${head}<sheetData>`;
  yield rowXml(name, header, 1, header, refs, options.headerStyle);
  let row = 1;
  for (const cells of rows) {
    row++;
    yield rowXml(name, header, row, cells, refs, options.rowStyle);
  }
  yield `</sheetData>${options.tail?.() ?? ''}</worksheet>`;
}

function dataSheet(table: ReturnType<Layout['encode']>, layout: Layout, lists: ReadonlyMap<string, string>): Sheet {
  const validations = (): string => {
    const rules = table.columns.flatMap((c, i) => {
      const range = lists.get(c.key);
      if (range === undefined) return [];
      const letter = columnLetter(i);
      const title = escapeXml([...c.header].slice(0, ERROR_TITLE_MAX).join(''));
      return [
        `<dataValidation type="list"${c.required ? '' : ' allowBlank="1"'} showErrorMessage="1" errorStyle="warning" errorTitle="${title}" error="Chọn một giá trị trong danh sách. / Pick a value from the list." sqref="${letter}2:${letter}${LAST_ROW}"><formula1>${escapeXml(range)}</formula1></dataValidation>`,
      ];
    });
    return rules.length === 0 ? '' : `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>`;
  };
  return {
    name: layout.sheetName,
    hidden: false,
    text: () =>
      worksheet(layout.sheetName, `${frozenHeader(true)}${cols(table.columns.map((c) => c.width))}`, table.headers, table.rows, {
        headerStyle: STYLE.header,
        tail: validations,
      }),
  };
}

/** The hidden sheet of list values, one column per list column, and the range each validation refers to. */
function listsSheet(columns: readonly LayoutColumn[]): { sheet: Sheet; ranges: Map<string, string> } | undefined {
  const listColumns = columns.filter((c) => c.list !== undefined);
  if (listColumns.length === 0) return undefined;
  const ranges = new Map<string, string>();
  listColumns.forEach((c, i) => {
    const letter = columnLetter(i);
    ranges.set(c.key, `'${LISTS_SHEET_NAME}'!$${letter}$2:$${letter}$${c.list!.length + 1}`);
  });
  const longest = Math.max(...listColumns.map((c) => c.list!.length));
  const rows = Array.from({ length: longest }, (_, i) => listColumns.map((c) => c.list![i]));
  const header = listColumns.map((c) => c.header);
  return {
    ranges,
    sheet: {
      name: LISTS_SHEET_NAME,
      hidden: true,
      text: () => worksheet(LISTS_SHEET_NAME, cols(listColumns.map((c) => Math.max(12, c.width))), header, rows, {}),
    },
  };
}

function guideSheet(columns: readonly LayoutColumn[]): Sheet {
  const header = ['Cột / Column', 'Tiêu đề cột', 'Column', 'Bắt buộc / Required', 'Trường dữ liệu / Model field', 'Mô tả', 'Description', 'Giá trị / Values'];
  const rows = columns.map((c, i) => [
    columnLetter(i),
    c.header,
    c.headerEn,
    c.required ? 'Có / Yes' : 'Không / No',
    c.field,
    c.description.vi,
    c.description.en,
    c.list === undefined ? (c.type === 'date' ? 'dd/mm/yyyy' : '') : c.list.length > 12 ? `${c.list.length} giá trị, xem danh sách / values, see the list` : c.list.join(', '),
  ]);
  return {
    name: GUIDE_SHEET_NAME,
    hidden: false,
    text: () =>
      worksheet(GUIDE_SHEET_NAME, `${frozenHeader(false)}${cols([8, 30, 28, 10, 30, 60, 60, 40], STYLE.wrapped)}`, header, rows, {
        headerStyle: STYLE.header,
        rowStyle: STYLE.wrapped,
      }),
  };
}

function workbookParts(sheets: readonly Sheet[]): ZipSource[] {
  const sheetPath = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;
  const contentTypes = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
${sheets.map((_, i) => `<Override PartName="/${sheetPath(i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}\
</Types>`;
  const rootRels = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook = `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>\
${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')}\
</sheets></workbook>`;
  const workbookRels = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}\
<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
  const fixed = (name: string, text: string): ZipSource => ({ name, text: () => [text] });
  return [
    fixed('[Content_Types].xml', contentTypes),
    fixed('_rels/.rels', rootRels),
    fixed('xl/workbook.xml', workbook),
    fixed('xl/_rels/workbook.xml.rels', workbookRels),
    fixed('xl/styles.xml', STYLES),
    ...sheets.map((s, i) => ({ name: sheetPath(i), text: s.text })),
  ];
}

/** The parts of the list workbook of `dataset` in `layout`, in archive order; rows are encoded as they are zipped. */
export function listWorkbook(dataset: Dataset, layout: Layout, onProgress?: (progress: ExportProgress) => void): ZipSource[] {
  const table = layout.encode(dataset);
  if (table.rowCount > LAST_ROW - 1) {
    throw new ConfigError({
      vi: `Không ghi được XLSX: ${table.rowCount} dòng, quá ${LAST_ROW - 1} dòng dữ liệu một trang tính chứa được. Hãy xuất từng phần, ví dụ từng tỉnh một.`,
      en: `Cannot write the XLSX: ${table.rowCount} rows, over the ${LAST_ROW - 1} data rows a sheet holds. Export it in parts, one province at a time for example.`,
    });
  }
  const lists = listsSheet(layout.columns);
  const rows = rowsWithProgress(table.rows, table.rowCount, onProgress);
  const sheets = [dataSheet({ ...table, rows }, layout, lists?.ranges ?? new Map()), ...(lists === undefined ? [] : [lists.sheet]), guideSheet(layout.columns)];
  return workbookParts(sheets);
}
