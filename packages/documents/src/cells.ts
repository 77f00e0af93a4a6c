/**
 * Layout cells (core's OutputCell, as @ungcu/tabular's encoders make them) as the text a page prints: dates
 * day first as officials write them, numbers as digits, nothing for an empty cell, always NFC.
 */
import type { OutputCell } from '@ungcu/core/export';
import { toNfc } from '@ungcu/core/text';
import { formatDate, isDateCell } from '@ungcu/tabular';

export function cellText(cell: OutputCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  if (isDateCell(cell)) return formatDate(cell.date);
  return toNfc(cell);
}
