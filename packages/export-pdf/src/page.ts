/**
 * The page: A4 in the model's orientation, the margins of Decree 30/2020/NĐ-CP (Appendix I: top and bottom
 * 20–25 mm, left 30–35 mm, right 15–20 mm; the smallest of each, so a landscape list gets the widest table),
 * and the page number where the same appendix puts it: centred in the top margin, 13 pt, none on page 1. Layout is done here with explicit positions: pdfkit's own flow adds a page
 * whenever text reaches the bottom margin, so pdfkit is given no bottom margin and never breaks a page itself; `ensure` does, knowing what must stay together.
 */
import type { FontFace } from './fonts';
import { FONT_NAMES } from './fonts';
import type { Line, Measure } from './wrap';

const MM = 72 / 25.4;
/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** The page number's top: 9 mm below the paper's edge, so 13 pt ends well inside the 20 mm top margin. */
const NUMBER_FROM_EDGE = 9 * MM;
const NUMBER_SIZE = 13;

export interface PageGeometry {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  /** The lowest y content may reach. */
  readonly bottom: number;
}

export function geometry(orientation: 'portrait' | 'landscape'): PageGeometry {
  const [width, height] = orientation === 'landscape' ? [A4.height, A4.width] : [A4.width, A4.height];
  return {
    width,
    height,
    left: MARGINS_MM.left * MM,
    right: width - MARGINS_MM.right * MM,
    top: MARGINS_MM.top * MM,
    bottom: height - MARGINS_MM.bottom * MM,
  };
}

/** What the drawing modules share: the document, where the next thing goes, and the page count. */
export class Canvas {
  y: number;
  page = 0;
  /** Called after a page break made by `ensure` (a table redraws its header row there). */
  onPageBreak: (() => void) | undefined;
  readonly measure: Measure;
  readonly width: number;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly geo: PageGeometry,
    measure: Measure,
    readonly locale: 'vi' | 'en' = 'vi',
  ) {
    this.y = geo.top;
    this.measure = measure;
    this.width = geo.right - geo.left;
  }

  /** A new page, numbered in its top margin from page 2 on. */
  newPage(): void {
    const { doc, geo } = this;
    doc.addPage({ size: [geo.width, geo.height], margins: { top: geo.top, left: geo.left, right: geo.width - geo.right, bottom: 0 } });
    this.page++;
    if (this.page > 1) {
      const label = String(this.page);
      this.use('regular', NUMBER_SIZE);
      const w = this.measure('regular', NUMBER_SIZE, label);
      doc.text(label, geo.left + (this.width - w) / 2, NUMBER_FROM_EDGE, { lineBreak: false });
    }
    this.y = geo.top;
  }

  /** Room left on this page. */
  get room(): number {
    return this.geo.bottom - this.y;
  }

  /** Starts a new page unless `height` fits below; true when it did. */
  ensure(height: number): boolean {
    if (this.page > 0 && this.y + height <= this.geo.bottom + 0.01) return false;
    this.newPage();
    this.onPageBreak?.();
    return true;
  }

  /** Sets the face and size (every time: measuring and the SVG renderer set them on the document too). */
  use(face: FontFace, size: number): void {
    this.doc.font(FONT_NAMES[face]).fontSize(size);
  }

  /** Draws a line already broken, its top at `y`, in a box of `width` from `x`. */
  drawLine(line: Line, x: number, y: number, width: number, size: number, align: 'left' | 'center' | 'right' | 'justify'): void {
    let start = x;
    let wordSpacing = 0;
    if (align === 'center') start = x + (width - line.width) / 2;
    else if (align === 'right') start = x + width - line.width;
    else if (align === 'justify' && !line.last && line.spaces > 0) wordSpacing = (width - line.width) / line.spaces;
    for (const fragment of line.fragments) {
      this.use(fragment.face, size);
      if (wordSpacing > 0) this.doc.text(fragment.text, start, y, { lineBreak: false, wordSpacing });
      else this.doc.text(fragment.text, start, y, { lineBreak: false });
      start += fragment.width + wordSpacing * (fragment.text.split(' ').length - 1);
    }
  }
}

/** Line height for a size: Tinos's ascent and descent (1.15 em), as Word sets single spacing for Times. */
export const lineHeight = (size: number): number => size * 1.15;
