/**
 * The blocks of the document model other than tables, drawn in the type sizes of Decree 30/2020/NĐ-CP
 * (Appendix I): the title in bold capitals, headings bold, body text 13 pt justified, the signature block on
 * the right with the recipients on the left. A block that must stay whole (a title, a chart, a signature)
 * turns the page first when it does not fit; paragraphs and lists break between lines.
 */
import type { Block, ChartBlock, RichText, SignatureBlock } from '@ungcu/documents';
import { FONT_NAMES, type FontFace } from './fonts';
import { type Canvas, lineHeight } from './page';
import { withoutTextHalos } from './svg-text';
import { drawTable } from './table';
import { type Line, asRuns, wrapRuns } from './wrap';

const BODY = 13;
const TITLE = 14;
const SUBTITLE = 13;
const HEADING = [13, 12.5] as const;
const CHART_TITLE = 12;
const SIGNATURE = 13;
const RECIPIENTS = 11;

type SvgRenderer = (doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options: object) => void;

/** Draws lines from the canvas's y, turning the page between lines when needed. */
function flow(canvas: Canvas, lines: readonly Line[], size: number, x: number, width: number, align: 'left' | 'center' | 'right' | 'justify'): void {
  const h = lineHeight(size);
  for (const line of lines) {
    canvas.ensure(h);
    canvas.drawLine(line, x, canvas.y, width, size, align);
    canvas.y += h;
  }
}

function drawTitle(canvas: Canvas, lines: readonly string[]): void {
  const [title, ...subtitles] = lines;
  const laid: { lines: Line[]; size: number }[] = [];
  if (title !== undefined) laid.push({ lines: wrapRuns([{ text: title.toLocaleUpperCase('vi'), bold: true }], TITLE, canvas.width * 0.9, canvas.measure), size: TITLE });
  for (const s of subtitles) laid.push({ lines: wrapRuns([{ text: s, bold: true }], SUBTITLE, canvas.width * 0.9, canvas.measure), size: SUBTITLE });
  const height = laid.reduce((sum, l) => sum + l.lines.length * lineHeight(l.size), 0) + 10;
  canvas.ensure(height);
  canvas.y += 2;
  for (const l of laid) flow(canvas, l.lines, l.size, canvas.geo.left, canvas.width, 'center');
  canvas.y += 8;
}

function drawRich(canvas: Canvas, text: RichText, size: number, align: 'left' | 'center' | 'right' | 'justify', indent = 0, emphasis: { bold?: boolean; italic?: boolean } = {}): void {
  const lines = wrapRuns(asRuns(text, emphasis), size, canvas.width - indent, canvas.measure);
  flow(canvas, lines, size, canvas.geo.left + indent, canvas.width - indent, align);
}

function drawList(canvas: Canvas, items: readonly RichText[]): void {
  const indent = 14;
  const h = lineHeight(BODY);
  for (const item of items) {
    const lines = wrapRuns(asRuns(item), BODY, canvas.width - indent, canvas.measure);
    lines.forEach((line, i) => {
      canvas.ensure(h);
      if (i === 0) {
        canvas.use('regular', BODY);
        canvas.doc.text('-', canvas.geo.left + 4, canvas.y, { lineBreak: false });
      }
      canvas.drawLine(line, canvas.geo.left + indent, canvas.y, canvas.width - indent, BODY, 'justify');
      canvas.y += h;
    });
  }
  canvas.y += 4;
}

/** Maps any family the chart names to Tinos, by weight and style. */
function chartFont(_family: string, bold: boolean, italic: boolean): string {
  const face: FontFace = bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
  return FONT_NAMES[face];
}

function drawChart(canvas: Canvas, chart: ChartBlock, renderSvg: SvgRenderer): void {
  const titleLines = wrapRuns([{ text: chart.title, bold: true }], CHART_TITLE, canvas.width, canvas.measure);
  const titleHeight = titleLines.length * lineHeight(CHART_TITLE) + 4;
  const page = canvas.geo.bottom - canvas.geo.top - titleHeight;
  // Drawn at its size, or smaller (never larger) when the page is narrower or shorter.
  const scale = Math.min(1, canvas.width / chart.width, page / chart.height);
  const width = chart.width * scale;
  const height = chart.height * scale;
  canvas.ensure(titleHeight + height);
  flow(canvas, titleLines, CHART_TITLE, canvas.geo.left, canvas.width, 'center');
  canvas.y += 4;
  const x = canvas.geo.left + (canvas.width - width) / 2;
  canvas.doc.save();
  renderSvg(canvas.doc, withoutTextHalos(chart.svg.normalize('NFC')), x, canvas.y, {
    width,
    height,
    assumePt: true,
    preserveAspectRatio: 'xMidYMid meet',
    fontCallback: chartFont,
    warningCallback: () => undefined,
  });
  canvas.doc.restore();
  canvas.doc.fillColor('black').strokeColor('black');
  canvas.y += height + 10;
}

function drawSignature(canvas: Canvas, block: SignatureBlock): void {
  const signs = block.authority !== undefined || block.title !== undefined || block.name !== undefined;
  // Nothing given, nothing printed: no empty room to sign at the foot of a list.
  if (!signs && (block.recipients ?? []).length === 0) return;
  const half = canvas.width / 2;
  const right: { text: string; face: FontFace; size: number; after?: number }[] = [];
  if (block.authority !== undefined) right.push({ text: block.authority, face: 'bold', size: SIGNATURE });
  if (block.title !== undefined) right.push({ text: block.title, face: 'bold', size: SIGNATURE });
  // The room to sign (and stamp), under the title.
  if (signs) right.push({ text: '', face: 'regular', size: SIGNATURE, after: 60 });
  if (block.name !== undefined) right.push({ text: block.name, face: 'bold', size: SIGNATURE });
  const rightLines = right.map((r) => ({ ...r, lines: wrapRuns([{ text: r.text, bold: r.face === 'bold' }], r.size, half, canvas.measure) }));
  const leftLines: { lines: Line[]; size: number }[] = [];
  if (block.recipients !== undefined && block.recipients.length > 0) {
    leftLines.push({ lines: wrapRuns([{ text: canvas.locale === 'en' ? 'Recipients:' : 'Nơi nhận:', bold: true, italic: true }], 12, half - 10, canvas.measure), size: 12 });
    for (const r of block.recipients) leftLines.push({ lines: wrapRuns([{ text: `- ${r}` }], RECIPIENTS, half - 10, canvas.measure), size: RECIPIENTS });
  }
  const rightHeight = rightLines.reduce((s, r) => s + r.lines.length * lineHeight(r.size) + (r.after ?? 0), 0);
  const leftHeight = leftLines.reduce((s, l) => s + l.lines.length * lineHeight(l.size), 0);
  canvas.ensure(Math.max(rightHeight, leftHeight) + 12);
  canvas.y += 12;
  const top = canvas.y;
  let y = top;
  for (const l of leftLines) {
    for (const line of l.lines) {
      canvas.drawLine(line, canvas.geo.left, y, half - 10, l.size, 'left');
      y += lineHeight(l.size);
    }
  }
  const leftEnd = y;
  y = top;
  for (const r of rightLines) {
    for (const line of r.lines) {
      canvas.drawLine(line, canvas.geo.left + half, y, half, r.size, 'center');
      y += lineHeight(r.size);
    }
    y += r.after ?? 0;
  }
  canvas.y = Math.max(leftEnd, y) + 6;
}

export function drawBlock(canvas: Canvas, block: Block, renderSvg: SvgRenderer): void {
  switch (block.kind) {
    case 'title':
      return drawTitle(canvas, block.lines);
    case 'heading': {
      const size = HEADING[block.level - 1]!;
      canvas.ensure(lineHeight(size) * 3); // a heading is never the last line of a page
      canvas.y += 4;
      drawRich(canvas, block.text, size, 'left', 0, block.level === 1 ? { bold: true } : { bold: true, italic: true });
      canvas.y += 3;
      return;
    }
    case 'paragraph':
      drawRich(canvas, block.text, BODY, block.align ?? 'justify');
      canvas.y += 4;
      return;
    case 'list':
      return drawList(canvas, block.items);
    case 'table':
      return drawTable(canvas, block);
    case 'chart':
      return drawChart(canvas, block, renderSvg);
    case 'signature':
      return drawSignature(canvas, block);
    case 'page-break':
      // On a page with nothing on it yet, the break has already happened.
      if (canvas.y > canvas.geo.top) canvas.ensure(Number.POSITIVE_INFINITY);
      return;
  }
}
