/**
 * The export conformance suite every tabular exporter runs (vitest). For each layout it checks:
 * - what was written, read back by an independent reader (papaparse for CSV, the fflate-based reader of this
 *   package for XLSX), is the layout cell by cell, with the right types, and safe from formula injection;
 * - import(export(x)) = x for generated datasets (fast-check), including NFD names, blank optional cells and
 *   hostile text;
 * - the streaming and in-memory forms write the same bytes, and an empty dataset writes just the header.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import {
  type Exporter,
  type ImportElection,
  type Importer,
  type LayoutId,
  type OutputCell,
  LAYOUT_IDS,
  formatDate,
  isDateCell,
  layoutById,
} from '@ungcu/core/export';
import { TEST_ELECTION, arbitraryDataset } from './arbitraries';
import { readCsv } from './csv-reader';
import { type XlsxCell, readXlsx, serialToIsoDate } from './xlsx-reader';

export interface ExportConformanceHarness {
  /** Shown in the test names, e.g. "@ungcu/export-csv". */
  readonly name: string;
  readonly format: 'csv' | 'xlsx';
  readonly exporter: Exporter;
  readonly importer: Importer;
  /** Layouts to check; default: every layout. */
  readonly layouts?: readonly LayoutId[];
  /** Property runs per layout; default 30 (CSV) or 12 (XLSX, whose files are slower to build). */
  readonly numRuns?: number;
  /** A real dataset to round-trip as well, with the election it belongs to. */
  readonly realData?: () => Promise<{ readonly data: Dataset; readonly election: ImportElection }>;
}

const FORMULA_START = /^[=+\-@\t\r]/u;

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of stream) parts.push(part);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** The rows an independent reader sees, as cells of the file's own types. */
type SeenRow = readonly (string | XlsxCell | undefined)[];

function rowsOf(format: 'csv' | 'xlsx', bytes: Uint8Array, layout: LayoutId): SeenRow[] {
  if (format === 'csv') {
    const { hasBom, rows } = readCsv(bytes);
    expect(hasBom, 'a CSV starts with a UTF-8 byte order mark, so spreadsheet programs read Vietnamese').toBe(true);
    return rows.map((r) => [...r]);
  }
  const workbook = readXlsx(bytes);
  const sheet = workbook.sheet(layoutById(layout).sheetName);
  expect(sheet, `the workbook has the sheet "${layoutById(layout).sheetName}"`).toBeDefined();
  const out: SeenRow[] = [];
  const last = Math.max(0, ...sheet!.rows.keys());
  for (let r = 1; r <= last; r++) {
    const cells = sheet!.rows.get(r);
    const width = cells === undefined ? 0 : Math.max(-1, ...cells.keys()) + 1;
    out.push(Array.from({ length: width }, (_, c) => cells?.get(c)));
  }
  // Trailing empty rows are not data.
  while (out.length > 1 && out[out.length - 1]!.every((c) => c === undefined)) out.pop();
  return out;
}

/** Checks one cell as an independent reader sees it against the cell the layout meant to write. */
function expectCell(format: 'csv' | 'xlsx', seen: string | XlsxCell | undefined, meant: OutputCell, where: string): void {
  if (format === 'csv') {
    const raw = (seen as string | undefined) ?? '';
    expect(raw, `${where}: no cell may start like a formula`).not.toMatch(FORMULA_START);
    if (meant === undefined) expect(raw, where).toBe('');
    else if (typeof meant === 'number') expect(raw, where).toBe(String(meant));
    else if (isDateCell(meant)) expect(raw, where).toBe(formatDate(meant.date));
    else {
      // A leading apostrophe marks neutralised text; anything else must be written exactly.
      const needsMark = FORMULA_START.test(meant) || meant.startsWith("'");
      expect(raw, where).toBe(needsMark ? `'${meant}` : meant);
    }
    return;
  }
  const cell = seen as XlsxCell | undefined;
  if (cell?.type === 'formula') expect.fail(`${where}: a cell was written as a formula (${cell.formula})`);
  if (meant === undefined) {
    expect(cell === undefined || (cell.type === 'string' && cell.value === ''), where).toBe(true);
  } else if (typeof meant === 'number') {
    expect(cell, where).toEqual({ type: 'number', value: meant, date: false });
  } else if (isDateCell(meant)) {
    expect(cell?.type, `${where}: a date is a number cell`).toBe('number');
    const number = cell as Extract<XlsxCell, { type: 'number' }>;
    expect(number.date, `${where}: a date cell has a date format`).toBe(true);
    expect(serialToIsoDate(number.value), where).toBe(meant.date);
  } else {
    expect(cell, where).toEqual({ type: 'string', value: meant });
  }
}

function expectLayoutWritten(format: 'csv' | 'xlsx', bytes: Uint8Array, dataset: Dataset, layout: LayoutId): void {
  const table = layoutById(layout).encode(dataset);
  const rows = rowsOf(format, bytes, layout);
  const [header, ...data] = rows;
  expect((header ?? []).map((h) => (typeof h === 'object' && h.type === 'string' ? h.value : h))).toEqual(
    format === 'csv' ? table.headers : [...table.headers],
  );
  const meant = [...table.rows];
  expect(data).toHaveLength(meant.length);
  meant.forEach((row, r) => {
    row.forEach((cell, c) => expectCell(format, data[r]![c], cell, `row ${r + 2}, column ${table.headers[c]}`));
  });
  // And directly against the input: every nominee the layout can place is there, by name.
  const nameColumn = table.columns.findIndex((c) => c.field === 'person.fullName');
  const names = data.map((r) => {
    const cell = r[nameColumn];
    return typeof cell === 'object' && cell?.type === 'string' ? cell.value : (cell as string);
  });
  const placed = dataset.nominees.filter((n) => n.nomination.constituencyId !== undefined);
  expect(names.map((n) => n.replace(/^'/u, '')).sort()).toEqual(placed.map((n) => n.person.fullName).sort());
}

/** Registers the suite with vitest. */
export function runExportConformance(harness: ExportConformanceHarness): void {
  const layouts = harness.layouts ?? LAYOUT_IDS;
  const numRuns = harness.numRuns ?? (harness.format === 'csv' ? 30 : 12);
  const { exporter, importer, format } = harness;

  describe(`${harness.name}: export conformance`, () => {
    it('declares its media type and extension', () => {
      expect(exporter.extension).toBe(format);
      expect(exporter.mediaType).toMatch(format === 'csv' ? /^text\/csv/u : /spreadsheetml\.sheet$/u);
    });

    for (const layout of layouts) {
      describe(layout, () => {
        it('writes the layout an independent reader sees cell by cell, with the right types and no formulas', { timeout: 120_000 }, async () => {
          await fc.assert(
            fc.asyncProperty(arbitraryDataset(layout), async (dataset) => {
              expectLayoutWritten(format, await exporter.write(dataset, { layout }), dataset, layout);
            }),
            { numRuns },
          );
        });

        it('reads back what it wrote: import(export(x)) = x', { timeout: 120_000 }, async () => {
          await fc.assert(
            fc.asyncProperty(arbitraryDataset(layout), async (dataset) => {
              const bytes = await exporter.write(dataset, { layout });
              const back = await importer.read({ name: `x.${format}`, data: bytes }, { election: TEST_ELECTION, layout });
              expect(back.errors).toEqual([]);
              expect(back.data).toEqual(dataset);
            }),
            { numRuns },
          );
        });

        it('stores names written in NFD as NFC', async () => {
          await fc.assert(
            fc.asyncProperty(arbitraryDataset(layout, 8), async (dataset) => {
              const decomposed = {
                ...dataset,
                nominees: dataset.nominees.map((n) => ({ ...n, person: { ...n.person, fullName: n.person.fullName.normalize('NFD') } })),
              };
              const bytes = await exporter.write(decomposed, { layout });
              const back = await importer.read({ name: `nfd.${format}`, data: bytes }, { election: TEST_ELECTION, layout });
              expect(back.data).toEqual(dataset);
            }),
            { numRuns: Math.max(3, Math.floor(numRuns / 3)) },
          );
        });

        it('streams the same bytes it writes, and writes only the header for an empty dataset', async () => {
          const dataset = fc.sample(arbitraryDataset(layout), { numRuns: 1, seed: 7 })[0]!;
          const whole = await exporter.write(dataset, { layout });
          const streamed = await collect(exporter.stream(dataset, { layout }));
          if (format === 'csv') expect(streamed).toEqual(whole);
          // Zip entries carry timestamps, so XLSX files are compared by what they contain.
          else expect(rowsOf(format, streamed, layout)).toEqual(rowsOf(format, whole, layout));
          const empty = { ...dataset, nominees: [] };
          expect(rowsOf(format, await exporter.write(empty, { layout }), layout)).toHaveLength(1);
        });
      });
    }

    if (harness.realData !== undefined) {
      const realData = harness.realData;
      // A real list is hundreds of rows in two layouts: allow for a loaded machine (no speed is asserted here).
      it('round-trips the real dataset in every layout', { timeout: 120_000 }, async () => {
        const { data, election } = await realData();
        for (const layout of layouts) {
          const bytes = await exporter.write(data, { layout });
          expectLayoutWritten(format, bytes, data, layout);
          const back = await importer.read({ name: `real.${format}`, data: bytes }, { election, layout });
          expect(back.errors).toEqual([]);
          expect(back.data).toEqual(data);
        }
      });
    }
  });
}
