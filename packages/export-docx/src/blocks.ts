/**
 * The blocks of a section as Word paragraphs and tables, at the Decree's sizes: title 14 pt bold capitals,
 * body 13 or 14 pt (the document default) justified, parts bold, subsections bold italic, lists with a dash.
 *
 * Charts are not drawn: Word shows an SVG only beside a PNG fallback, and a PNG needs a rasteriser this
 * package does not ship (a native module). A chart prints as its title, its content in words (the model's
 * `description`), its figures as a table (`data`, failing cells marked) and a note that the PDF has the drawing.
 */
import { AlignmentType, Paragraph, PageBreak, type Table } from 'docx';
import type { Block, ChartBlock, DocumentModel } from '@ungcu/documents';
import type { MeasureWord } from './measure';
import { signatureBlock } from './signature';
import { alignment, tableBlock } from './table';
import { richRuns, textRuns } from './text';

export interface BlockContext {
  readonly locale: DocumentModel['locale'];
  /** Printable width in twips. */
  readonly width: number;
  /** Body text in points (13 or 14): the document default, set on a run only where another size is meant. */
  readonly size: number;
  /** Table text in points (the table style's). */
  readonly tableSize: number;
  /** Widths of words in bold Tinos, for the tables' columns. */
  readonly measureBold: MeasureWord;
}

const CHART_NOTE = {
  vi: '(Biểu đồ được vẽ trong bản PDF; bản DOCX ghi nội dung của biểu đồ.)',
  en: '(The chart is drawn in the PDF; the DOCX states what it shows.)',
} as const;

const SPACED = { before: 0, after: 120 } as const;

function chart(block: ChartBlock, context: BlockContext): (Paragraph | Table)[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 }, keepNext: true, children: textRuns(block.title, { bold: true }) }),
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: SPACED, children: textRuns(block.description) }),
    ...(block.data === undefined ? [] : [tableBlock(block.data, context.width, context.tableSize, context.measureBold), new Paragraph({ spacing: { before: 0, after: 60 }, children: [] })]),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: SPACED, children: textRuns(CHART_NOTE[context.locale], { italics: true, size: context.size - 1 }) }),
  ];
}

export function blockElements(block: Block, context: BlockContext): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return block.lines.map(
        (line, i) =>
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: i === 0 ? 240 : 0, after: i === block.lines.length - 1 ? 240 : 0 },
            children: textRuns(line, i === 0 ? { bold: true, size: 14, allCaps: true } : { bold: true }),
          }),
      );
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 240, after: 120 },
          children: textRuns(block.text, block.level === 1 ? { bold: true } : { bold: true, italics: true }),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ alignment: alignment(block.align ?? 'justify'), spacing: SPACED, children: richRuns(block.text) })];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            spacing: { before: 0, after: 60 },
            indent: { left: 284, hanging: 284 },
            children: [...textRuns('-\t'), ...richRuns(item)],
          }),
      );
    case 'table':
      // An empty paragraph after a table keeps two tables from merging into one in Word.
      return [tableBlock(block, context.width, context.tableSize, context.measureBold), new Paragraph({ spacing: { before: 0, after: 120 }, children: [] })];
    case 'chart':
      return chart(block, context);
    case 'signature':
      return [new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }), signatureBlock(block, context.width, context.locale)];
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}
