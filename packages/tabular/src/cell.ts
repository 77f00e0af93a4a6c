/**
 * Cells as text. Adapters hand over cell values of the types core's layout contract names (CellValue): CSV
 * gives text; XLSX gives text, numbers, booleans and dates. Every field codec reads all of them through these.
 */
import type { CellValue, DateCell, OutputCell } from '@ungcu/core/export';
import { normalizeText, toNfc } from '@ungcu/core/text';

/** A date cell of an encoded row (the other cells are text, numbers or blank). */
export function isDateCell(value: OutputCell): value is DateCell {
  return typeof value === 'object' && value !== null && 'date' in value;
}

/**
 * The cell as trimmed NFC text ('' for an empty cell), dates as ISO "YYYY-MM-DD". Inner whitespace and line
 * breaks are kept, as the model keeps them in free text; names go through nameText.
 */
export function cellText(value: CellValue): string {
  if (typeof value === 'string') return toNfc(value).trim();
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return toNfc(String(value)).trim();
}

/** A name (of a person, a place, an organization): NFC with whitespace collapsed, as the text helpers store names. */
export function nameText(value: CellValue): string {
  return normalizeText(cellText(value));
}

export function isBlank(value: CellValue): boolean {
  // The same answer as cellText(value) === '' without normalising: NFC neither adds nor removes whitespace
  // nor anything else, so a text is blank after it exactly when it is blank before.
  if (typeof value === 'string') return value.trim() === '';
  return cellText(value) === '';
}
