// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- svg-to-pdfkit ships no types: the declaration must come with this file wherever its source is compiled (the docs examples, the CLI), and an import of a .d.ts cannot bring it
/// <reference path="./svg-to-pdfkit.d.ts" />
/**
 * The document model as PDF bytes, streamed. pdfkit over pdfmake: pdfkit writes each page out when the next
 * one starts (without `bufferPages`), so memory stays flat in the number of pages, and it was faster on the
 * same 20-page table (366 ms against 541 ms, measured on the project's machines, Node 20). Sections are taken from
 * the model's iterable one at a time; after each one, the bytes pdfkit has emitted so far are handed on in
 * chunks of about 64 KiB, so a 100,000-constituency list never sits in memory as a whole. Page numbers have
 * no total ("3", not "3/40") for the same reason: a page is written before the next is known.
 */
import type { ExportProgress } from '@ungcu/core/export';
import type { DocumentModel } from '@ungcu/documents';
import { drawBlock } from './blocks';
import { FONT_NAMES, type FontFace, type PdfFonts, resolveFonts } from './fonts';
import { drawAdministrativeHeading } from './heading';
import { Canvas, geometry, lineHeight } from './page';
import { cachedMeasure, wrapRuns } from './wrap';

export interface RenderPdfOptions {
  /** The four faces as bytes (a browser has no font package to read); default: Tinos from @expo-google-fonts/tinos. */
  readonly fonts?: PdfFonts;
  /** Called after sections, at most every `progressInterval` ms and once at the end. */
  readonly onProgress?: (progress: ExportProgress) => void;
  /** Milliseconds between progress calls. Default 200. */
  readonly progressInterval?: number;
  /** The PDF's creation date (Info and file id). Default: now. A fixed date makes the same input give the same bytes. */
  readonly creationDate?: Date;
  /** Deflate page contents. Default true. */
  readonly compress?: boolean;
}

const CHUNK_BYTES = 64 * 1024;

/** Lets buffered stream events run (pdfkit's first bytes are queued until its stream starts flowing). */
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function* renderPdf(model: DocumentModel, options: RenderPdfOptions = {}): AsyncIterable<Uint8Array> {
  const fonts = resolveFonts(options.fonts);
  const [{ default: PDFDocument }, { default: svgToPdf }] = await Promise.all([import('pdfkit'), import('svg-to-pdfkit')]);
  const geo = geometry(model.orientation);
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: false,
    // No standard font is loaded (that would read Helvetica's metrics from disk): only the embedded Tinos.
    font: null as unknown as string,
    size: [geo.width, geo.height],
    compress: options.compress ?? true,
    lang: model.locale,
    displayTitle: true,
    info: {
      Title: model.title.normalize('NFC'),
      ...(model.subject === undefined ? {} : { Subject: model.subject.normalize('NFC') }),
      Creator: 'ungcu (@ungcu/export-pdf)',
      Producer: 'PDFKit',
      CreationDate: options.creationDate ?? new Date(),
    },
  });
  const pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let ended = false;
  doc.on('data', (chunk: Uint8Array) => {
    pending.push(chunk);
    pendingBytes += chunk.byteLength;
  });
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => {
      ended = true;
      resolve();
    });
    doc.on('error', reject);
  });
  /** What pdfkit emitted, joined into chunks of at least CHUNK_BYTES (all of it with `all`). */
  function* take(all: boolean): Iterable<Uint8Array> {
    while (pendingBytes >= CHUNK_BYTES || (all && pendingBytes > 0)) {
      let size = 0;
      let count = 0;
      while (count < pending.length && size < CHUNK_BYTES) size += pending[count++]!.byteLength;
      const parts = pending.splice(0, count);
      pendingBytes -= size;
      const out = new Uint8Array(size);
      let at = 0;
      for (const part of parts) {
        out.set(part, at);
        at += part.byteLength;
      }
      yield out;
    }
  }

  for (const face of Object.keys(FONT_NAMES) as FontFace[]) doc.registerFont(FONT_NAMES[face], fonts[face] as Buffer);
  // Widths in points, from the font's metrics at the size asked.
  const measure = cachedMeasure((face, size, text) => doc.font(FONT_NAMES[face]).fontSize(size).widthOfString(text));
  const canvas = new Canvas(doc, geo, measure, model.locale);
  await tick();

  const unit = model.sectionUnit;
  const total = model.sectionCount;
  const interval = options.progressInterval ?? 200;
  let done = 0;
  let lastProgress = Number.NEGATIVE_INFINITY;
  for (const section of model.sections) {
    canvas.newPage();
    if (section.heading !== undefined) drawAdministrativeHeading(canvas, section.heading);
    for (const block of section.blocks) drawBlock(canvas, block, svgToPdf);
    done++;
    if (options.onProgress !== undefined && Date.now() - lastProgress >= interval) {
      lastProgress = Date.now();
      options.onProgress({ done, total: Math.max(total, done), unit });
    }
    if (doc.readableLength > 0) await tick();
    yield* take(false);
  }
  if (canvas.page === 0) {
    // No section: one page with the title, so the file is still a document a reader opens.
    canvas.newPage();
    canvas.use('bold', 14);
    for (const line of wrapRuns([{ text: model.title, bold: true }], 14, canvas.width, measure)) {
      canvas.drawLine(line, geo.left, canvas.y, canvas.width, 14, 'center');
      canvas.y += lineHeight(14);
    }
  }
  options.onProgress?.({ done, total: Math.max(total, done), unit });
  doc.end();
  if (!ended) await finished;
  yield* take(true);
}
