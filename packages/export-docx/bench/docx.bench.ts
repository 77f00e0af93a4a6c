/**
 * DOCX benchmark: the real 2021 official list (184 constituencies, 868 candidates) through docxExporter,
 * against bare docx 9.7 writing the same document from arrays of strings made beforehand: per constituency
 * a new landscape section, the borderless two-column heading, the title lines, the 19-column fixed-width table
 * with its borders, its repeated header row and unsplittable rows, a paragraph style for table text, the
 * signature, the same four Tinos faces embedded, the same Packer. The ratio is the cost of
 * this package and of building the content from the dataset (@ungcu/documents).
 * Run: npm run bench (node --expose-gc --import tsx --conditions=@ungcu/source bench/docx.bench.ts); with an
 * argument (`bare` or `exporter`) it writes one document and prints its peak RSS, which the run without one
 * does for both cases in fresh processes.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { officialListDocument } from '@ungcu/documents';
import { compare } from '../../../tools/src/bench';
import { FACE_ORDER, tinosFaces } from '../src/fonts';
import { docxExporter } from '../src/index';
import { pageProperties, printableWidth } from '../src/page';
import { realList } from '../test/support';

const dataset = realList();
const faces = tinosFaces();

/** What the bare writer is given: every string of the document and the column widths, in arrays. */
interface Plain {
  readonly heading: readonly (readonly string[])[];
  readonly title: readonly string[];
  readonly header: readonly string[];
  readonly widths: readonly number[];
  readonly rows: readonly (readonly string[])[];
  readonly signature: readonly string[];
}

const WIDTH = printableWidth('landscape');
const plain: Plain[] = [...officialListDocument(dataset).sections].map((s) => {
  const h = s.heading!;
  const title = s.blocks.find((b) => b.kind === 'title')!;
  const table = s.blocks.find((b) => b.kind === 'table')!;
  const signature = s.blocks.find((b) => b.kind === 'signature')!;
  const columns = table.kind === 'table' ? table.columns : [];
  const sum = columns.reduce((a, c) => a + c.width, 0);
  return {
    heading: [
      [h.issuer, h.numberLine],
      [`${h.motto}\n${h.slogan}`, h.dateLine],
    ],
    title: title.kind === 'title' ? title.lines : [],
    header: columns.map((c) => c.header),
    widths: columns.map((c) => Math.floor((c.width / sum) * WIDTH)),
    rows: table.kind === 'table' ? table.rows.map((r) => r.cells) : [],
    signature: signature.kind === 'signature' ? [signature.authority ?? '', signature.title ?? '', signature.name ?? ''] : [],
  };
});
const rowCount = plain.reduce((n, p) => n + p.rows.length, 0);

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_GRID = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** The same pages written by hand with docx: the same tables, widths, borders, styles, runs and fonts. */
function bareDocx(): Promise<Uint8Array> {
  const cell = (text: string, w: number, bold = false) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      children: text.split('\n').map((line) => new Paragraph({ style: 'TableText', children: [new TextRun({ text: line, bold })] })),
    });
  const halves = [WIDTH / 2, WIDTH / 2];
  const sections: ISectionOptions[] = plain.map((p, i) => ({
    properties: { page: pageProperties('landscape') },
    ...(i === 0 ? { footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['Trang ', PageNumber.CURRENT] })] })] }) } } : {}),
    children: [
      new Table({ layout: TableLayoutType.FIXED, columnWidths: halves, borders: NO_GRID, rows: p.heading.map((r) => new TableRow({ cantSplit: true, children: r.map((t) => cell(t, WIDTH / 2, true)) })) }),
      ...p.title.map((t, k) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: true, ...(k === 0 ? { size: 28, allCaps: true } : {}) })] })),
      new Table({
        layout: TableLayoutType.FIXED,
        columnWidths: p.widths,
        borders: GRID,
        rows: [
          new TableRow({ tableHeader: true, cantSplit: true, children: p.header.map((t, c) => cell(t, p.widths[c]!, true)) }),
          ...p.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, c) => cell(t, p.widths[c]!)) })),
        ],
      }),
      new Table({ layout: TableLayoutType.FIXED, columnWidths: halves, borders: NO_GRID, rows: [new TableRow({ cantSplit: true, children: [cell('', WIDTH / 2), cell(p.signature.join('\n'), WIDTH / 2, true)] })] }),
    ],
  }));
  const doc = new Document({
    styles: {
      default: { document: { run: { font: 'Tinos', size: 26 } } },
      paragraphStyles: [{ id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: 20 }, paragraph: { spacing: { before: 0, after: 0 } } }],
    },
    fonts: FACE_ORDER.map((face) => ({ name: 'Tinos', data: faces[face] as Buffer })),
    sections,
  });
  return Packer.pack(doc, 'uint8array');
}

const cases = { bare: bareDocx, exporter: () => docxExporter().write(dataset) } as const;
const memoryCase = process.argv[2] as keyof typeof cases | undefined;

if (memoryCase !== undefined) {
  // A child run (below): one document in a fresh process, then its peak RSS over what loading took.
  const loaded = process.resourceUsage().maxRSS;
  await cases[memoryCase]();
  console.log(JSON.stringify({ loadedMb: loaded / 1024, peakMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const sample = await cases.exporter();
  const bare = await cases.bare();
  console.log(
    `${plain.length} constituencies, ${rowCount} candidates: docxExporter ${(sample.byteLength / 2 ** 20).toFixed(2)} MiB, bare docx ${(bare.byteLength / 2 ** 20).toFixed(2)} MiB`,
  );
  await compare(
    `DOCX export, the 2021 official list (${plain.length} constituencies)`,
    { name: 'bare docx, same document from arrays', run: cases.bare },
    [{ name: 'docxExporter().write()', run: cases.exporter }],
    { runs: 5 },
  );
  // The harness's RSS growth is taken after a warm-up in the same process, whose high-water mark hides a
  // document's own footprint: each case is also run once in a fresh process, and its peak RSS reported.
  const rows = (Object.keys(cases) as (keyof typeof cases)[]).map((name) => {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], { encoding: 'utf8' });
    const { loadedMb, peakMb } = JSON.parse(out.trim().split('\n').at(-1)!) as { loadedMb: number; peakMb: number };
    return { case: name, 'peak RSS MB': peakMb.toFixed(0), 'after loading MB': loadedMb.toFixed(0), 'document MB': (peakMb - loadedMb).toFixed(0) };
  });
  console.log('\nPeak memory, one document in a fresh process');
  console.table(rows);
}
