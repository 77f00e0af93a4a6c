/**
 * An independent reader of the PDFs under test: pdfjs-dist (Mozilla's PDF.js, its legacy build for Node)
 * extracts each page's text with positions, never the renderer's own idea of what it drew. poppler's
 * pdftotext is not used: it is on this machine but not on a fresh one.
 */
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextItem {
  readonly text: string;
  readonly x: number;
  /** From the top of the page, in points. */
  readonly y: number;
  /** The text's height (its font size), in points. */
  readonly height: number;
  readonly fontName: string;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  /** The text of the page's body: everything below the 20 mm top margin. */
  readonly items: readonly TextItem[];
  /** Text that lies wholly in the top margin (Decree 30 puts the page number there, and nothing else). */
  readonly margin: readonly TextItem[];
  /** The body's text as lines, top to bottom, each line's items left to right joined by a space. */
  readonly lines: readonly string[];
  /** Images painted on the page (read with `{ operators: true }`). */
  readonly images: number;
  /** Path-painting operations on the page (read with `{ operators: true }`): vectors. */
  readonly paths: number;
  /** Text shown with a stroke (rendering modes 1, 2, 5, 6), which paints over the letters' fill (with `{ operators: true }`). */
  readonly strokedText: number;
}

export interface PdfRead {
  readonly pages: readonly PdfPage[];
  readonly info: Record<string, unknown>;
  /** Each font the pages use: its PostScript name and whether its program is embedded in the file. */
  readonly fonts: ReadonlyMap<string, { readonly name: string; readonly embedded: boolean }>;
}

/** The top margin of every page the renderer lays out (Decree 30's smallest, 20 mm). */
const TOP_MARGIN = 20 * (72 / 25.4);

/** Items whose tops are within a fraction of a point share a line. */
function toLines(items: readonly TextItem[]): string[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: TextItem[][] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last !== undefined && Math.abs(last[0]!.y - item.y) < 1) last.push(item);
    else lines.push([item]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x).map((i) => i.text).join(' '));
}

export async function readPdf(bytes: Uint8Array, options: { fonts?: boolean; operators?: boolean } = {}): Promise<PdfRead> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  const fonts = new Map<string, { name: string; embedded: boolean }>();
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    const margin: TextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , , x, baseline] = item.transform as number[];
      const read = { text: item.str, x: x!, y: height - baseline! - item.height, height: item.height, fontName: item.fontName };
      (height - baseline! <= TOP_MARGIN ? margin : items).push(read);
    }
    let images = 0;
    let paths = 0;
    let strokedText = 0;
    if (options.operators === true) {
      const ops = await page.getOperatorList();
      ops.fnArray.forEach((fn, i) => {
        if (fn === OPS.setTextRenderingMode && [1, 2, 5, 6].includes((ops.argsArray[i] as number[])[0]!)) strokedText++;
      });
      const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
      for (const fn of ops.fnArray) {
        if (imageOps.has(fn)) images++;
        else if (fn === OPS.constructPath || fn === OPS.fill || fn === OPS.stroke || fn === OPS.eoFill) paths++;
      }
    }
    if (options.fonts === true) {
      await page.getOperatorList();
      for (const id of new Set(items.map((i) => i.fontName))) {
        if (fonts.has(id) || !page.commonObjs.has(id)) continue;
        const font = page.commonObjs.get(id) as { name: string; missingFile: boolean };
        fonts.set(id, { name: font.name, embedded: !font.missingFile });
      }
    }
    pages.push({ width, height, items, margin, lines: toLines(items), images, paths, strokedText });
    page.cleanup();
  }
  const meta = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, info: meta.info as Record<string, unknown>, fonts };
}
