/**
 * The document conformance kit of @ungcu/testkit (every nominee printed once, in the constituency and official
 * order, as NFC; stream = write; an empty list; a report refused without one), read through pdfjs, an
 * independent reader: the names per section come from the text positions of the printed tables
 * (table-read.ts). The checks below add what a PDF is asked besides: its declarations, a one-page file for an
 * empty dataset, and progress.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@ungcu/core/errors';
import { collectBytes } from '@ungcu/core/export';
import { arbitraryDataset, runDocumentConformance } from '@ungcu/testkit/export';
import { pdfExporter } from '../src/index';
import { readPdf } from './read-pdf';
import { tableRows } from './table-read';

const created = new Date('2026-03-01T00:00:00Z');
const exporter = pdfExporter({ creationDate: created });

/** The names of the list tables, a section per constituency: its numbering starts again at 1. */
async function sectionsRead(bytes: Uint8Array): Promise<string[][]> {
  const sections: string[][] = [];
  for (const page of (await readPdf(bytes)).pages) {
    for (const row of tableRows(page)) {
      if (row.number === '1' || sections.length === 0) sections.push([]);
      sections.at(-1)!.push(row.name);
    }
  }
  return sections;
}

runDocumentConformance({
  name: '@ungcu/export-pdf',
  exporter,
  readSections: sectionsRead,
  readText: async (bytes) => (await readPdf(bytes)).pages.map((p) => p.lines.join('\n')).join('\n'),
});

describe('@ungcu/export-pdf: export conformance', () => {
  it('declares its id, media type, extension and what it writes', () => {
    expect(exporter.id).toBe('pdf');
    expect(exporter.mediaType).toBe('application/pdf');
    expect(exporter.extension).toBe('pdf');
    expect(exporter.contents).toEqual(['list', 'report']);
  });

  it("prints every listed nominee's name in NFC, whatever the other cells hold", { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDataset('official-list', 12), async (dataset) => {
        const read = await readPdf(await exporter.write(dataset));
        const printed = read.pages.flatMap((p) => tableRows(p).map((r) => r.name));
        const listed = dataset.nominees.filter((n) => n.nomination.constituencyId !== undefined && n.nomination.status === 'active' && n.nomination.stage === 'official');
        expect(printed.sort()).toEqual(listed.map((n) => n.person.fullName.normalize('NFC').replace(/\s+/gu, ' ')).sort());
        const text = read.pages.map((p) => p.lines.join('\n')).join('\n');
        expect(text).toBe(text.normalize('NFC'));
      }),
      { numRuns: 8, endOnFailure: true },
    );
  });

  it('streams the same bytes it writes, and writes a one-page file for an empty dataset', async () => {
    const dataset = fc.sample(arbitraryDataset('official-list', 10), { numRuns: 1, seed: 7 })[0]!;
    expect(await collectBytes(exporter.stream(dataset))).toEqual(await exporter.write(dataset));
    const empty = await readPdf(await exporter.write({ ...dataset, nominees: [], constituencies: [] }));
    expect(empty.pages).toHaveLength(1);
  });

  it('refuses a report export without a report, before writing a byte, in both languages', async () => {
    const dataset = fc.sample(arbitraryDataset('official-list', 3), { numRuns: 1, seed: 3 })[0]!;
    const error = await exporter.write(dataset, { what: 'report' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).text.vi).toMatch(/options\.report/u);
    expect((error as ConfigError).text.en).toMatch(/options\.report/u);
  });

  it('reports its progress in constituencies, ending with all of them', async () => {
    const dataset = fc.sample(arbitraryDataset('official-list', 20), { numRuns: 1, seed: 11 })[0]!;
    const calls: { done: number; total: number; unit: string }[] = [];
    await exporter.write(dataset, { onProgress: (p) => calls.push({ done: p.done, total: p.total, unit: p.unit.en }) });
    expect(calls.at(-1)).toEqual({ done: dataset.constituencies.length, total: dataset.constituencies.length, unit: 'constituencies' });
  });
});
