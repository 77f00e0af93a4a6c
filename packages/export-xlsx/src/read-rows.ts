/**
 * One XLSX file, bounded then read: its zip directory and declared sizes (limits.ts), then one inflating pass
 * over every entry that verifies the real sizes and, for data sheets, counts rows and collects merged ranges
 * (sheet-scan.ts); only then are the data sheets read row by row by the streaming reader of workbook-reader.ts
 * (saxes). Every sheet is read except the guide and list sheets the exporter adds.
 */
import { type XlsxLimits, checkDeclaredSizes, checkRealSizes, rowLimitExceeded } from './limits';
import { type ScanBudget, SheetScan } from './sheet-scan';
import { GUIDE_SHEET_NAME, LISTS_SHEET_NAME } from './sheets';
import { type SheetSink, type SheetToRead, listSheets, readSheets, workbookParts } from './workbook-reader';
import { UnreadableZip, readCentralDirectory } from './zip';

const isDataSheet = (name: string) => name !== GUIDE_SHEET_NAME && name !== LISTS_SHEET_NAME;

/** Rows counted by the scan over the files of one read() call, and rows read by the parser. */
export interface RowCount {
  counted: number;
  read: number;
}

/**
 * Bounds one file, then reads its data sheets row by row into the sinks `open` gives (one per sheet, asked
 * when the sheet's rows are about to be read). Throws LimitExceeded or UnreadableZip (or a parser error) to
 * stop the file. The importer feeds the core engine; the benchmark counts rows, to measure the reading alone.
 */
export async function readXlsxRows(
  bytes: Uint8Array,
  limits: Required<XlsxLimits>,
  rows: RowCount,
  open: (sheet: string) => SheetSink,
): Promise<void> {
  const entries = readCentralDirectory(bytes);
  checkDeclaredSizes(entries, bytes.byteLength, limits);
  const parts = workbookParts(entries);
  if (parts === undefined) {
    // Sizes first: an archive that lies about them is reported as such, whatever it holds.
    await checkRealSizes(bytes, entries);
    throw new UnreadableZip({
      vi: 'Tệp nén không phải sổ tính XLSX: thiếu xl/workbook.xml hoặc các liên kết của nó.',
      en: 'The archive is not an XLSX workbook: xl/workbook.xml or its relationships are missing.',
    });
  }
  const small = [parts.workbook, parts.rels, ...(parts.styles === undefined ? [] : [parts.styles])];
  await checkRealSizes(bytes, small);
  const budget: ScanBudget = { rows: rows.counted, maxRows: limits.maxRows, mergedCells: 0, maxMergedCells: limits.maxMergedCells };
  const scans = new Map<string, SheetScan>();
  const sheets = listSheets(bytes, parts).filter((s) => isDataSheet(s.name));
  for (const sheet of sheets) if (!scans.has(sheet.entry.name)) scans.set(sheet.entry.name, new SheetScan(sheet.name, budget));
  await checkRealSizes(
    bytes,
    entries.filter((e) => !small.includes(e)),
    (entry) => scans.get(entry.name),
  );
  rows.counted = budget.rows;
  const toRead: SheetToRead[] = sheets.map((sheet) => ({
    sheet,
    merges: scans.get(sheet.entry.name)!.merges,
    open: () => {
      const sink = open(sheet.name);
      return {
        row(cells, rowNumber) {
          // The scan counted these rows already; this only holds if the scan and the parser ever disagree.
          if (++rows.read > limits.maxRows) throw rowLimitExceeded(limits.maxRows, sheet.name, rowNumber);
          sink.row(cells, rowNumber);
        },
      };
    },
  }));
  await readSheets(bytes, parts, toRead);
}
