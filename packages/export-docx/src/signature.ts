/**
 * The signature block of Decree 30/2020/NĐ-CP (Appendix I): on the right, the authority ("TM. ỦY BAN BẦU
 * CỬ", bold capitals), the signer's title (bold capitals), room to sign and seal, and the name (bold); on the
 * left, "Nơi nhận:" (bold italic, 12 pt) and the recipients (11 pt), each line starting with a dash. A
 * borderless two-column table keeps both side by side and, as one unsplittable row, on one page.
 */
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { SignatureBlock } from '@ungcu/documents';
import { NO_BORDERS } from './heading';
import { textRuns } from './text';

const RECIPIENTS_LABEL = { vi: 'Nơi nhận:', en: 'Recipients:' } as const;

/** A recipient line as the Decree writes it: "- Như trên;". */
function recipientLine(line: string): string {
  const text = line.trim();
  return /^[-–]/u.test(text) ? text : `- ${text}`;
}

export function signatureBlock(block: SignatureBlock, width: number, locale: 'vi' | 'en'): Table {
  const left = Math.round(width * 0.45);
  const right = width - left;
  const recipients = block.recipients ?? [];
  const leftParagraphs =
    recipients.length === 0
      ? [new Paragraph({ children: [] })]
      : [
          new Paragraph({ children: textRuns(RECIPIENTS_LABEL[locale], { bold: true, italics: true, size: 12 }) }),
          ...recipients.map((r) => new Paragraph({ children: textRuns(recipientLine(r), { size: 11 }) })),
        ];
  const centred = (text: string, bold: boolean, before = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0 }, children: textRuns(text, { bold, size: 13 }) });
  const rightParagraphs: Paragraph[] = [];
  if (block.authority !== undefined) rightParagraphs.push(centred(block.authority, true));
  if (block.title !== undefined) rightParagraphs.push(centred(block.title, true));
  // Room for the signature and the seal: about 3 cm.
  rightParagraphs.push(centred(block.name ?? '', true, 1700));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: left, type: WidthType.DXA }, children: leftParagraphs }),
          new TableCell({ width: { size: right, type: WidthType.DXA }, children: rightParagraphs }),
        ],
      }),
    ],
  });
}
