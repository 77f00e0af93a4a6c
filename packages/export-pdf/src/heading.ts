/**
 * The heading of Decree 30/2020/NĐ-CP (Appendix I, items 1–4): two columns side by side. Left, the body above
 * the issuer (upright), the issuing body (bold) with a short rule under it, and the number line. Right, the
 * national motto (bold capitals), the slogan (bold) with a rule of its own width under it, and the place and
 * date (italic). Each column's lines are centred in the column.
 */
import type { AdministrativeHeading } from '@ungcu/documents';
import type { FontFace } from './fonts';
import { type Canvas, lineHeight } from './page';
import { wrapRuns } from './wrap';

const SIZE = 12.5;
const SLOGAN_SIZE = 13;
const RULE_GAP = 2;
const RULE_WIDTH = 0.6;

interface ColumnLine {
  readonly text: string;
  readonly face: FontFace;
  readonly size: number;
  /** A rule under it: 'third' (a third of the column's width, under the issuer) or 'text' (the text's width). */
  readonly rule?: 'third' | 'text';
}

/** Draws one column from `y`; returns the y under it. */
function drawColumn(canvas: Canvas, lines: readonly ColumnLine[], x: number, width: number, y: number): number {
  for (const item of lines) {
    const wrapped = wrapRuns([{ text: item.text, bold: item.face === 'bold', italic: item.face === 'italic' }], item.size, width, canvas.measure);
    const h = lineHeight(item.size);
    for (const line of wrapped) {
      canvas.drawLine(line, x, y, width, item.size, 'center');
      y += h;
    }
    if (item.rule !== undefined && wrapped.length > 0) {
      const textWidth = Math.max(...wrapped.map((l) => l.width));
      const ruleWidth = item.rule === 'text' ? textWidth : Math.min(textWidth, width / 3);
      const ruleY = y + RULE_GAP;
      canvas.doc
        .moveTo(x + (width - ruleWidth) / 2, ruleY)
        .lineTo(x + (width + ruleWidth) / 2, ruleY)
        .lineWidth(RULE_WIDTH)
        .stroke();
      y += RULE_GAP * 2 + 2;
    }
  }
  return y;
}

export function drawAdministrativeHeading(canvas: Canvas, heading: AdministrativeHeading): void {
  const { geo } = canvas;
  const leftWidth = canvas.width * 0.42;
  const gap = 8;
  const left: ColumnLine[] = [];
  if (heading.parentIssuer !== undefined && heading.parentIssuer !== '') left.push({ text: heading.parentIssuer, face: 'regular', size: SIZE });
  left.push({ text: heading.issuer, face: 'bold', size: SIZE, rule: 'third' });
  left.push({ text: heading.numberLine, face: 'regular', size: SIZE });
  const right: ColumnLine[] = [
    { text: heading.motto, face: 'bold', size: SIZE },
    { text: heading.slogan, face: 'bold', size: SLOGAN_SIZE, rule: 'text' },
    { text: heading.dateLine, face: 'italic', size: SLOGAN_SIZE },
  ];
  const top = canvas.y;
  const leftEnd = drawColumn(canvas, left, geo.left, leftWidth - gap, top);
  const rightEnd = drawColumn(canvas, right, geo.left + leftWidth, canvas.width - leftWidth, top);
  canvas.y = Math.max(leftEnd, rightEnd) + 12;
}
