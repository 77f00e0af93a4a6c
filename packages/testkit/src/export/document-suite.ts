/**
 * The conformance suite of document exporters (PDF, DOCX...): formats people read and sign, which no importer
 * reads back, so `import(export(x)) = x` cannot hold. What must hold instead, checked through an independent
 * reader the harness gives (a PDF text extractor, a DOCX reader, never the exporter's own code):
 * - every nominee of the official list is printed, once, in the constituency's section, in the official-list
 *   order (the order @ungcu/tabular's official-list layout writes), as NFC text, whatever the input's form
 *   (NFD names, hostile text: formula prefixes, markup, line breaks);
 * - the streaming and in-memory forms write the same document, and an empty dataset writes a readable one;
 * - a report export is refused without a report, and anything the exporter does not write is refused;
 * - with the 'sensitive' redaction profile, no national id, address or full birth date is printed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import { collectBytes, type Exporter } from '@ungcu/core/export';
import { layoutById } from '@ungcu/tabular';
import { arbitraryDataset } from './arbitraries';
import { expectSensitiveRedaction } from './redaction-case';

export interface DocumentConformanceHarness {
  /** Shown in the test names, e.g. "@ungcu/export-pdf". */
  readonly name: string;
  readonly exporter: Exporter;
  /**
   * The names printed in each section of the official list (one section per constituency), read from the
   * file by an independent reader. Whitespace inside a name may differ (wrapped lines); it is collapsed
   * before comparing. Sections without names may be left out.
   */
  readonly readSections: (bytes: Uint8Array) => Promise<readonly (readonly string[])[]>;
  /** All the text of the file, read by the same independent reader. */
  readonly readText: (bytes: Uint8Array) => Promise<string>;
  /**
   * Whether two writes of one dataset give the same bytes. A format whose files carry a time (zip entries,
   * PDF dates) and cannot fix it is compared by its sections instead. Default true.
   */
  readonly deterministic?: boolean;
  /** Property runs; default 8 (documents are slower to write and read than tables). */
  readonly numRuns?: number;
}

/** A name as a reader compares it: NFC, whitespace collapsed (wrapped cells break lines anywhere). */
export function comparableName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The names of the official list, per constituency, in the order the official-list layout writes them:
 * what every document exporter must print.
 */
export function expectedSections(dataset: Dataset): string[][] {
  const table = layoutById('official-list').encode(dataset);
  const at = (key: string): number => table.columns.findIndex((c) => c.key === key);
  const [province, number, fullName] = [at('province'), at('constituencyNumber'), at('fullName')];
  const sections: string[][] = [];
  let last: string | undefined;
  for (const row of table.rows) {
    const key = `${String(row[province])}\u0000${String(row[number])}`;
    if (key !== last) sections.push([]);
    last = key;
    sections.at(-1)!.push(comparableName(String(row[fullName])));
  }
  return sections;
}

async function printedSections(harness: DocumentConformanceHarness, bytes: Uint8Array): Promise<string[][]> {
  const sections = await harness.readSections(bytes);
  return sections.filter((s) => s.length > 0).map((s) => s.map(comparableName));
}

/** Registers the suite with vitest. */
export function runDocumentConformance(harness: DocumentConformanceHarness): void {
  const { exporter } = harness;
  const numRuns = harness.numRuns ?? 8;
  const deterministic = harness.deterministic ?? true;

  describe(`${harness.name}: document export conformance`, () => {
    it('declares its id, media type and extension, and writes lists', () => {
      expect(exporter.id).toMatch(/^\S+$/u);
      expect(exporter.extension).toMatch(/^[a-z0-9]+$/u);
      expect(exporter.mediaType).toMatch(/^[a-z]+\/[a-z0-9.+-]+/u);
      expect(exporter.contents ?? ['list']).toContain('list');
    });

    it('prints every nominee once, in the constituency and official order, as NFC', { timeout: 180_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryDataset('official-list', 12), async (dataset) => {
          const decomposed: Dataset = {
            ...dataset,
            nominees: dataset.nominees.map((n) => ({ ...n, person: { ...n.person, fullName: n.person.fullName.normalize('NFD') } })),
          };
          const bytes = await exporter.write(decomposed);
          expect(await printedSections(harness, bytes)).toEqual(expectedSections(dataset));
        }),
        { numRuns },
      );
    });

    it('streams the same document it writes, and writes a readable one for an empty dataset', { timeout: 120_000 }, async () => {
      const dataset = fc.sample(arbitraryDataset('official-list', 10), { numRuns: 1, seed: 7 })[0]!;
      const whole = await exporter.write(dataset);
      const streamed = await collectBytes(exporter.stream(dataset));
      if (deterministic) expect(streamed).toEqual(whole);
      else expect(await printedSections(harness, streamed)).toEqual(await printedSections(harness, whole));
      const empty = await exporter.write({ ...dataset, nominees: [] });
      expect(await printedSections(harness, empty)).toEqual([]);
      expect(typeof (await harness.readText(empty))).toBe('string');
    });

    it("prints no national id, address or full birth date with the 'sensitive' redaction profile", { timeout: 60_000 }, async () => {
      await expectSensitiveRedaction(exporter, undefined, harness.readText);
    });

    it('refuses a report export without a report, and what it does not write', async () => {
      const dataset = fc.sample(arbitraryDataset('official-list', 3), { numRuns: 1, seed: 3 })[0]!;
      const contents = exporter.contents ?? ['list'];
      if (contents.includes('report')) {
        await expect(exporter.write(dataset, { what: 'report' })).rejects.toThrow(/options\.report/u);
      } else {
        await expect(exporter.write(dataset, { what: 'report' })).rejects.toThrow(/does not write validation reports/u);
      }
    });
  });
}
