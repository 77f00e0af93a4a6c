/**
 * Sheets typed in the legacy Vietnamese fonts. An XLSX file stores Unicode, but a sheet typed with the ABC
 * (.VnTime, TCVN3) or VNI fonts stores each legacy byte as the Windows-1252 character of the same code, so
 * "Hä vµ tªn" is what the file holds and "Họ và tên" only what the font draws. Such a sheet's header matches no
 * layout. When the header matches none as it is but does once decoded as TCVN3 or VNI, every text cell of the
 * sheet is decoded that way and the file gets a `legacy-encoding` warning naming the encoding and the sheet.
 * (Windows-1258 does not arise here: it is a code page for files, and Excel reads it into Unicode.)
 */
import type { CellValue, Layout } from '@ungcu/core/export';
import { TABULAR_LAYOUTS, detectLayout, tcvn3NameCapitals } from '@ungcu/tabular';
import type { LocalizedText } from '@ungcu/core';
import { decodeTcvn3, decodeVni } from '@ungcu/core/text';
import type { SheetSink } from './workbook-reader';

const FONT_ENCODINGS = [
  { name: 'TCVN3 (ABC)', decode: decodeTcvn3, capitalsLost: true },
  { name: 'VNI Windows', decode: decodeVni, capitalsLost: false },
] as const;

function decodeCells(cells: readonly CellValue[], decode: (text: string) => string): CellValue[] {
  return cells.map((c) => (typeof c === 'string' ? decode(c).normalize('NFC') : c));
}

/**
 * Wraps a sheet's sink: the first non-blank row decides, and the rest of the sheet follows the same way.
 * `warn` is called once when the sheet is converted. `layouts` are those the import may meet (the one the
 * options name, else the built-in ones).
 */
export function legacyFontSheet(
  sink: SheetSink,
  sheet: string,
  warn: (message: LocalizedText) => void,
  layouts: readonly Layout[] = TABULAR_LAYOUTS,
): SheetSink {
  let decode: ((text: string) => string) | undefined;
  // TCVN3 cannot write a capital with a tone mark: names get their capitals back (see tcvn3-names.ts in @ungcu/tabular).
  let names: ((cells: readonly CellValue[]) => readonly CellValue[]) | undefined;
  let decided = false;
  return {
    row(cells, rowNumber) {
      if (!decided && cells.some((c) => c !== null && c !== undefined && String(c).trim() !== '')) {
        decided = true;
        if (detectLayout(layouts, cells) === undefined) {
          const found = FONT_ENCODINGS.find((e) => detectLayout(layouts, decodeCells(cells, e.decode)) !== undefined);
          if (found !== undefined) {
            decode = found.decode;
            if (found.capitalsLost) names = tcvn3NameCapitals(layouts);
            warn({
              vi: `Trang ${sheet} được gõ bằng phông chữ cũ ${found.name}; đã chuyển sang Unicode. Hãy kiểm tra lại tên riêng, và dùng phông Unicode từ nay.`,
              en: `Sheet ${sheet} is typed in the legacy font encoding ${found.name}; it was converted to Unicode. Check the names, and use a Unicode font from now on.`,
            });
          }
        }
      }
      const decoded = decode === undefined ? cells : decodeCells(cells, decode);
      sink.row(names === undefined ? decoded : names(decoded), rowNumber);
    },
  };
}
