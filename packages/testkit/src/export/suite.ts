/**
 * The export conformance suite every exporter runs (vitest), whatever its format. For each layout it checks:
 * - import(export(x)) = x for generated datasets (fast-check), including NFD names, blank optional cells and
 *   hostile text, read back by the importer (or reader) the harness gives;
 * - the streaming and in-memory forms write the same file, and an empty dataset writes just the header;
 * - with format hooks (`csvFormat`, `xlsxFormat`, or an adapter's own): what was written, read back by an
 *   independent reader, is the layout cell by cell, with the right types, and safe from formula injection;
 * - with the 'sensitive' redaction profile, no national id, address or full birth date is left in the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import {
  type Exporter,
  type ImportElection,
  type ImportOptions,
  type ImportResult,
  type ImportSource,
  type Importer,
  type LayoutId,
  LAYOUT_IDS,
  collectBytes,
} from '@ungcu/core/export';
import { layoutById } from '@ungcu/tabular';
import { TEST_ELECTION, arbitraryDataset } from './arbitraries';
import type { ExportFormat } from './formats';
import { expectSensitiveRedaction, fileText } from './redaction-case';

/** Reads a written file back into a dataset, when the format has no `Importer` of its own. */
export type ReadBack = (source: ImportSource, options: ImportOptions) => Promise<ImportResult>;

export interface ExportConformanceHarness {
  /** Shown in the test names, e.g. "@ungcu/export-csv". */
  readonly name: string;
  readonly exporter: Exporter;
  /** What reads the exporter's files back, for import(export(x)) = x: an importer, or a function. */
  readonly importer: Importer | ReadBack;
  /**
   * How to look inside the format with an independent reader (`csvFormat`, `xlsxFormat` or the adapter's own).
   * Without it the cell-by-cell checks are off (the suite cannot read a format it does not know), and the file is
   * taken to be deterministic: written twice, the same bytes.
   */
  readonly format?: ExportFormat<unknown>;
  /** Layouts to check; default: every built-in layout. */
  readonly layouts?: readonly LayoutId[];
  /** Property runs per layout; default 30, or 12 for a format whose files are not byte-stable (slower to build). */
  readonly numRuns?: number;
  /** A real dataset to round-trip as well, with the election it belongs to. */
  readonly realData?: () => Promise<{ readonly data: Dataset; readonly election: ImportElection }>;
}

function expectLayoutWritten(format: ExportFormat<unknown>, bytes: Uint8Array, dataset: Dataset, layoutId: LayoutId): void {
  const layout = layoutById(layoutId);
  const table = layout.encode(dataset);
  const [header, ...data] = format.rows(bytes, layout);
  expect((header ?? []).map((h) => format.text(h))).toEqual([...table.headers]);
  const meant = [...table.rows];
  expect(data).toHaveLength(meant.length);
  meant.forEach((row, r) => {
    row.forEach((cell, c) => format.expectCell(data[r]![c], cell, `row ${r + 2}, column ${table.headers[c]}`));
  });
  // And directly against the input: every nominee the layout can place is there, by name.
  const nameColumn = table.columns.findIndex((c) => c.field === 'person.fullName');
  const names = data.map((r) => format.text(r[nameColumn]).replace(/^'/u, ''));
  const placed = dataset.nominees.filter((n) => n.nomination.constituencyId !== undefined);
  expect(names.sort()).toEqual(placed.map((n) => n.person.fullName).sort());
}

/** Registers the suite with vitest. */
export function runExportConformance(harness: ExportConformanceHarness): void {
  const layouts = harness.layouts ?? LAYOUT_IDS;
  const { format } = harness;
  const deterministic = format?.deterministic ?? true;
  const numRuns = harness.numRuns ?? (deterministic ? 30 : 12);
  const { exporter } = harness;
  const readBack: ReadBack =
    typeof harness.importer === 'function' ? harness.importer : (harness.importer as Importer).read.bind(harness.importer);
  const fileName = (stem: string) => `${stem}.${exporter.extension}`;
  /** What an empty dataset's file holds: the header row alone, seen by the format's reader or by the read back. */
  const expectOnlyHeader = async (bytes: Uint8Array, layout: LayoutId) => {
    if (format !== undefined) expect(format.rows(bytes, layoutById(layout))).toHaveLength(1);
    const back = await readBack({ name: fileName('empty'), data: bytes }, { election: TEST_ELECTION, layout });
    expect(back.data.nominees).toEqual([]);
  };

  describe(`${harness.name}: export conformance`, () => {
    it('declares its id, media type and extension', () => {
      expect(exporter.id).toMatch(/^\S+$/u);
      expect(exporter.extension).toMatch(/^[a-z0-9]+$/u);
      expect(exporter.mediaType).toMatch(/^[a-z]+\/[a-z0-9.+-]+/u);
      if (format?.extension !== undefined) expect(exporter.extension).toBe(format.extension);
      if (format?.mediaType !== undefined) expect(exporter.mediaType).toMatch(format.mediaType);
    });

    for (const layout of layouts) {
      describe(layout, () => {
        if (format !== undefined) {
          it(`writes the layout an independent ${format.name} reader sees cell by cell, with the right types and no formulas`, { timeout: 120_000 }, async () => {
            await fc.assert(
              fc.asyncProperty(arbitraryDataset(layout), async (dataset) => {
                expectLayoutWritten(format, await exporter.write(dataset, { layout }), dataset, layout);
              }),
              { numRuns },
            );
          });
        }

        it('reads back what it wrote: import(export(x)) = x', { timeout: 120_000 }, async () => {
          await fc.assert(
            fc.asyncProperty(arbitraryDataset(layout), async (dataset) => {
              const bytes = await exporter.write(dataset, { layout });
              const back = await readBack({ name: fileName('x'), data: bytes }, { election: TEST_ELECTION, layout });
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
              const back = await readBack({ name: fileName('nfd'), data: bytes }, { election: TEST_ELECTION, layout });
              expect(back.data).toEqual(dataset);
            }),
            { numRuns: Math.max(3, Math.floor(numRuns / 3)) },
          );
        });

        it('streams the same file it writes, and writes only the header for an empty dataset', async () => {
          const dataset = fc.sample(arbitraryDataset(layout), { numRuns: 1, seed: 7 })[0]!;
          const whole = await exporter.write(dataset, { layout });
          const streamed = await collectBytes(exporter.stream(dataset, { layout }));
          if (deterministic) expect(streamed).toEqual(whole);
          // Zip entries carry timestamps: such files are compared by what they contain.
          else expect(format!.rows(streamed, layoutById(layout))).toEqual(format!.rows(whole, layoutById(layout)));
          await expectOnlyHeader(await exporter.write({ ...dataset, nominees: [] }, { layout }), layout);
        });

        it("leaves no national id, address or full birth date in the file with the 'sensitive' redaction profile", async () => {
          await expectSensitiveRedaction(exporter, layout, fileText);
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
          if (format !== undefined) expectLayoutWritten(format, bytes, data, layout);
          const back = await readBack({ name: fileName('real'), data: bytes }, { election, layout });
          expect(back.errors).toEqual([]);
          expect(back.data).toEqual(data);
        }
      });
    }
  });
}
