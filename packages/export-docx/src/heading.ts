/**
 * The heading of Decree 30/2020/NĐ-CP (Appendix I), as a borderless table of two columns and two rows, the
 * way Word templates of administrative documents lay it out: left, the parent body (upright capitals), the
 * issuing body (bold capitals) with a short rule under it, then "Số: …"; right, the national motto (bold
 * capitals), the slogan (bold) with a rule of its width under it, then the place and date (italic). The number
 * and the date share the second row, so they stay on one line whatever the left column holds.
 *
 * Word has no "rule as wide as this text": the rules are paragraph borders between indents, sized from the
 * text's estimated width (half an em per character for a serif face), which is close for these short lines.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { AdministrativeHeading } from '@ungcu/documents';
import { cleanText, textRuns } from './text';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;

/** Twips an average character of `size` points takes in a serif face. */
const charWidth = (size: number): number => size * 20 * 0.5;

/** An empty paragraph whose bottom border is a rule `share` of the text's width, centred in the column. */
function ruleUnder(text: string, size: number, share: number, column: number, spaceAfter = 0): Paragraph {
  const length = Math.min(column, Math.round(cleanText(text).length * charWidth(size) * share));
  const indent = Math.max(0, Math.floor((column - length) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { before: 0, after: spaceAfter, line: 60, lineRule: 'exact' },
    children: [],
  });
}

function centred(text: string, style: { bold?: boolean; italics?: boolean; size: number }): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: textRuns(text, style) });
}

function column(children: Paragraph[], width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}

/** The heading table; `width` is the printable width in twips. The left column takes 40 %, as in the Decree's model. */
export function administrativeHeading(heading: AdministrativeHeading, width: number): Table {
  const left = Math.round(width * 0.4);
  const right = width - left;
  const issuer: Paragraph[] = [];
  if (heading.parentIssuer !== undefined && heading.parentIssuer !== '') issuer.push(centred(heading.parentIssuer, { size: 12 }));
  issuer.push(centred(heading.issuer, { bold: true, size: 12 }), ruleUnder(heading.issuer, 12, 0.4, left));
  const motto = [
    centred(heading.motto, { bold: true, size: 12 }),
    centred(heading.slogan, { bold: true, size: 13 }),
    ruleUnder(heading.slogan, 13, 1, right),
  ];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({ cantSplit: true, children: [column(issuer, left), column(motto, right)] }),
      new TableRow({
        cantSplit: true,
        children: [
          column([new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120 }, children: textRuns(heading.numberLine, { size: 13 }) })], left),
          column([new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120 }, children: textRuns(heading.dateLine, { italics: true, size: 13 }) })], right),
        ],
      }),
    ],
  });
}
