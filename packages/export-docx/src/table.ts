/**
 * A table block as a Word table: a fixed layout sharing the printable width as the PDF does, no column
 * narrower than its longest word (Word then wraps long positions and workplaces instead of widening the
 * table, and need not measure every cell of a long list); the header row marked w:tblHeader, so Word repeats it at the top of
 * every page the table runs over; every row w:cantSplit, so no candidate's row is cut across two pages.
 * A failing value is bold on a light red ground, a total row bold.
 */
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { type Align, type TableBlock, type TableRow as ModelRow, tableColumnWidths } from '@ungcu/documents';
import type { MeasureWord } from './measure';
import { textRuns } from './text';

/**
 * The paragraph style of table text: its size and spacing are set once in styles.xml, not on each of the
 * thousands of runs and paragraphs of a long list (docx's time grows with every element it writes).
 */
export const TABLE_TEXT_STYLE = 'UngcuTableText';

export function tableTextStyle(size: number) {
  return {
    id: TABLE_TEXT_STYLE,
    name: 'Table Text',
    basedOn: 'Normal',
    quickFormat: true,
    run: { size: size * 2 },
    paragraph: { spacing: { before: 0, after: 0 } },
  };
}

export const FAIL_FILL = 'F4CCCC';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

export function alignment(align: Align | 'justify' | undefined) {
  return ALIGN[align ?? 'left'];
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
export const GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;


function cell(text: string, width: number, align: Align, bold: boolean, fill: boolean, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: FAIL_FILL } } : {}),
    children: [
      new Paragraph({ style: TABLE_TEXT_STYLE, ...(align === 'left' ? {} : { alignment: alignment(align) }), children: textRuns(text, { bold }) }),
    ],
  });
}

function bodyRow(row: ModelRow, block: TableBlock, widths: readonly number[]): TableRow {
  const failing = new Set(row.failingCells ?? []);
  const wholeRow = row.emphasis === 'fail';
  return new TableRow({
    cantSplit: true,
    children: block.columns.map((column, c) => {
      const fails = wholeRow || failing.has(c);
      return cell(row.cells[c] ?? '', widths[c]!, column.align, fails || row.emphasis === 'total', fails);
    }),
  });
}

/** Cell margins, left and right, in twips (3 pt, as the PDF's): Word's default 0.19 cm wastes a 19-column page. */
const CELL_MARGIN = 60;
const CELL_PADDING = 2 * CELL_MARGIN + 20;

/** Whole twips summing to `total` (the rounding remainder to the widest column). */
function wholeTwips(widths: readonly number[], total: number): number[] {
  const whole = widths.map((w) => Math.floor(w));
  const widest = whole.indexOf(Math.max(...whole));
  whole[widest]! += total - whole.reduce((a, b) => a + b, 0);
  return whole;
}

/**
 * `width`: the printable width in twips; `size`: the table text's points (the TABLE_TEXT_STYLE's). Columns are
 * sized as the PDF's are (@ungcu/documents' tableColumnWidths): none narrower than its longest word, measured
 * in bold Tinos (failing cells are bold).
 */
export function tableBlock(block: TableBlock, width: number, size: number, measureBold: MeasureWord): Table {
  const widths = wholeTwips(
    tableColumnWidths(block, width, (word) => measureBold(word, size), CELL_PADDING),
    width,
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column, c) => cell(column.header, widths[c]!, 'center', true, false, true)),
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    borders: GRID_BORDERS,
    rows: [header, ...block.rows.map((row) => bodyRow(row, block, widths))],
  });
}
