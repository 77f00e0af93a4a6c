/**
 * PDF benchmark: the official list of the real 2021 election (184 constituencies, 868 candidates) and a
 * generated national-scale list (tools' dataset generator: National Assembly, provincial and commune councils),
 * each against bare pdfkit writing the same pages in the same process: the same Tinos faces, the same cells
 * (taken from the document model before timing), the same type sizes, a table drawn straight from arrays
 * with pdfkit's own text wrapping, its header repeated on each page and the page numbers (top centre, from page 2). The ratio is the
 * cost of the renderer (the model built lazily, line breaking, column sizing, the Decree 30 heading); the
 * peak RSS growth at two sizes shows whether memory grows with the number of pages.
 * Run: npm run bench [-- <constituencies> <constituencies>]   (default 1000 5000)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Dataset } from '@ungcu/core';
import { officialListDocument, type TableBlock, type TitleBlock } from '@ungcu/documents';
import { readCsvFiles } from '@ungcu/export-csv/node';
import { compare } from '../../../tools/src/bench';
import { generateNationalDataset } from '../../../tools/src/generate/index';
import { TINOS_FILES } from '../src/fonts';
import { pdfExporter } from '../src/index';
import { geometry } from '../src/page';
import { ELECTION, PATHS } from '../test/support';

const require = createRequire(import.meta.url);
const FONTS = Object.fromEntries(Object.entries(TINOS_FILES).map(([face, file]) => [face, readFileSync(require.resolve(file))])) as Record<keyof typeof TINOS_FILES, Buffer>;

interface BareSection {
  readonly title: readonly string[];
  readonly headers: readonly string[];
  readonly weights: readonly number[];
  readonly rows: readonly (readonly string[])[];
}

/** The cells of every section, as arrays of strings, taken from the document model before timing. */
function bareSections(dataset: Dataset): BareSection[] {
  const out: BareSection[] = [];
  for (const section of officialListDocument(dataset).sections) {
    const title = section.blocks.find((b): b is TitleBlock => b.kind === 'title');
    const table = section.blocks.find((b): b is TableBlock => b.kind === 'table');
    if (table === undefined) continue;
    out.push({ title: title?.lines ?? [], headers: table.columns.map((c) => c.header), weights: table.columns.map((c) => c.width), rows: table.rows.map((r) => r.cells) });
  }
  return out;
}

/** Bare pdfkit: the same pages, drawn directly. Returns the bytes written. */
async function barePdfkit(sections: readonly BareSection[]): Promise<number> {
  const geo = geometry('landscape');
  const width = geo.right - geo.left;
  const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string, size: [geo.width, geo.height] });
  doc.registerFont('R', FONTS.regular);
  doc.registerFont('B', FONTS.bold);
  let bytes = 0;
  doc.on('data', (chunk: Uint8Array) => (bytes += chunk.byteLength));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  let page = 0;
  let y = geo.top;
  const newPage = () => {
    doc.addPage({ size: [geo.width, geo.height], margins: { top: geo.top, left: geo.left, right: geo.width - geo.right, bottom: 0 } });
    page++;
    if (page > 1) doc.font('R').fontSize(13).text(String(page), geo.left, 25.5, { width, align: 'center', lineBreak: false });
    y = geo.top;
  };
  const size = 8.5;
  for (const section of sections) {
    newPage();
    doc.font('B').fontSize(13);
    for (const line of section.title) {
      doc.text(line, geo.left, y, { width, align: 'center' });
      y = doc.y;
    }
    y += 8;
    const total = section.weights.reduce((a, b) => a + b, 0);
    const widths = section.weights.map((w) => (width * w) / total);
    const drawRow = (cells: readonly string[], font: string) => {
      doc.font(font).fontSize(size);
      const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 5;
      if (y + height > geo.bottom) {
        newPage();
        drawRow(section.headers, 'B');
        doc.font(font).fontSize(size);
      }
      let x = geo.left;
      cells.forEach((c, i) => {
        doc.text(c, x + 3, y + 2.5, { width: widths[i]! - 6 });
        doc.rect(x, y, widths[i]!, height).stroke();
        x += widths[i]!;
      });
      y += height;
    };
    drawRow(section.headers, 'B');
    for (const row of section.rows) drawRow(row, 'R');
  }
  doc.end();
  await ended;
  return bytes;
}

async function drain(stream: AsyncIterable<Uint8Array>): Promise<number> {
  let n = 0;
  for await (const chunk of stream) n += chunk.byteLength;
  return n;
}

/**
 * Drains the exporter's stream and samples memory as it goes (every 64 KiB chunk, so sampling does not wait for
 * timers): the highest RSS and heap in use above where they started, and the highest heap still in use right
 * after a full collection, every 100 chunks (what the export keeps, as opposed to garbage not yet collected).
 */
async function drainMeasured(stream: AsyncIterable<Uint8Array>): Promise<{ bytes: number; heapMb: number; rssMb: number; retainedMb: number }> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  gc();
  const start = process.memoryUsage();
  let heap = start.heapUsed;
  let rss = start.rss;
  let retained = start.heapUsed;
  let bytes = 0;
  let chunks = 0;
  for await (const chunk of stream) {
    bytes += chunk.byteLength;
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed);
    rss = Math.max(rss, now.rss);
    if (++chunks % 100 === 0) {
      gc();
      retained = Math.max(retained, process.memoryUsage().heapUsed);
    }
  }
  const mb = (n: number) => n / 2 ** 20;
  return { bytes, heapMb: mb(heap - start.heapUsed), rssMb: mb(rss - start.rss), retainedMb: mb(retained - start.heapUsed) };
}

async function run(label: string, dataset: Dataset, runs: number): Promise<void> {
  const sections = bareSections(dataset);
  const rows = sections.reduce((s, x) => s + x.rows.length, 0);
  const measured = await drainMeasured(pdfExporter().stream(dataset));
  console.log(
    `${label}: ${sections.length} constituencies, ${rows} candidates, ${(measured.bytes / 2 ** 20).toFixed(1)} MiB of PDF; ` +
      `while streaming, peak RSS +${measured.rssMb.toFixed(0)} MB, peak heap +${measured.heapMb.toFixed(0)} MB, ` +
      `heap kept after a full collection +${measured.retainedMb.toFixed(1)} MB over the start`,
  );
  await compare(
    `PDF, ${label}`,
    { name: 'bare pdfkit, same cells', run: () => barePdfkit(sections) },
    [
      {
        name: 'pdfExporter().stream()',
        run: () => drain(pdfExporter().stream(dataset)),
      },
    ],
    { runs, warmup: runs > 1 ? 1 : 0 },
  );
}

const real = await readCsvFiles(PATHS, { election: ELECTION });
if (real.errors.length > 0) throw new Error('the real list did not read cleanly');
await run('the real 2021 list', real.data, 3);

const sizes = process.argv.slice(2).map(Number);
for (const constituencies of sizes.length > 0 ? sizes : [1000, 5000]) {
  // About 30 constituencies per commune council; the communes are spread over the whole map.
  const dataset = generateNationalDataset({ seed: 2026, communes: Math.max(1, Math.round(constituencies / 30)), constituenciesPerCommune: 30 });
  await run(`generated, ${dataset.constituencies.length} constituencies`, dataset, 1);
}
