/**
 * The document conformance kit of @ungcu/testkit (every nominee printed once, in the constituency and
 * official order, as NFC; stream = write; an empty list; a report refused without one), read through the
 * independent readers: the document XML for the names per section, mammoth for the text. The list-layout kit
 * (import(export(x)) = x) is for files that hold a dataset, which a printed list does not. The properties
 * below add what only a DOCX can be asked: every table cell written exactly as the model holds it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import { ConfigError } from '@ungcu/core/errors';
import { collectBytes } from '@ungcu/core/export';
import { arbitraryDataset, runDocumentConformance } from '@ungcu/testkit/export';
import { officialListDocument } from '@ungcu/documents';
import { DOCX_MEDIA_TYPE, docxExporter } from '../src/index';
import { readDocx, tableCells, tables } from './read-docx';
import { mammothText } from './support';

const exporter = docxExporter();

runDocumentConformance({
  name: '@ungcu/export-docx',
  exporter,
  readSections: async (bytes) =>
    tables(readDocx(bytes).document)
      .map(tableCells)
      .filter((t) => t[0]?.[1] === 'Họ và tên')
      .map((t) => t.slice(1).map((r) => r[1]!)),
  readText: mammothText,
  // docx writes the zip entries' times: two writes differ by their timestamps, not their content.
  deterministic: false,
});

/** The names in the list tables, section by section, as the XML reader sees them. */
function listedNames(bytes: Uint8Array): string[] {
  return tables(readDocx(bytes).document)
    .map(tableCells)
    .filter((t) => t[0]?.[1] === 'Họ và tên')
    .flatMap((t) => t.slice(1).map((r) => r[1]!));
}

/** What the exporter must print: NFC (the generator writes no carriage return or control character). */
const printed = (text: string) => text.normalize('NFC');

/** Who the official list prints: active nominees of the official stage with a constituency. */
const listed = (d: Dataset) =>
  d.nominees.filter((n) => n.nomination.constituencyId !== undefined && n.nomination.status === 'active' && n.nomination.stage === 'official');

describe('@ungcu/export-docx: documents of generated lists', () => {
  it('declares the Word media type and what it writes', () => {
    expect(exporter.mediaType).toBe(DOCX_MEDIA_TYPE);
    expect(exporter.extension).toBe('docx');
    expect(exporter.contents).toEqual(['list', 'report']);
  });

  it('prints every listed nominee once, in NFC, whatever the text holds', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDataset('official-list', 12), async (dataset) => {
        const bytes = await exporter.write(dataset);
        const names = listedNames(bytes);
        expect(names.length).toBeGreaterThan(0);
        expect(names.sort()).toEqual(listed(dataset).map((n) => printed(n.person.fullName)).sort());
        // mammoth parses the XML (a hostile value cannot break the file) and sees the same names.
        const text = await mammothText(bytes);
        for (const name of names) expect(text).toContain(name.split('\n')[0]);
      }),
      { numRuns: 8 },
    );
  });

  it('writes every cell of the list tables exactly as the model holds it, hostile text included', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDataset('official-list', 12), async (dataset) => {
        const meant = [...officialListDocument(dataset).sections].flatMap((s) =>
          s.blocks.flatMap((b) => (b.kind === 'table' ? [[b.columns.map((c) => c.header), ...b.rows.map((r) => r.cells.map(printed))]] : [])),
        );
        const seen = tables(readDocx(await exporter.write(dataset)).document)
          .map(tableCells)
          .filter((t) => t[0]?.[1] === 'Họ và tên');
        expect(seen).toEqual(meant);
      }),
      { numRuns: 8 },
    );
  });

  it('streams what it writes and writes a document with no rows for an empty dataset', { timeout: 60_000 }, async () => {
    const dataset = fc.sample(arbitraryDataset('official-list', 12), { numRuns: 1, seed: 7 })[0]!;
    const whole = await exporter.write(dataset);
    const streamed = await collectBytes(exporter.stream(dataset));
    // Zip entries and font keys differ from one file to the next: the two are compared by what they hold.
    expect(listedNames(streamed)).toEqual(listedNames(whole));
    expect(await mammothText(streamed)).toBe(await mammothText(whole));
    const empty = await exporter.write({ ...dataset, nominees: [] });
    expect(listedNames(empty)).toEqual([]);
  });

  it('refuses a report export without a report, before writing anything', async () => {
    const dataset = fc.sample(arbitraryDataset('official-list', 3), { numRuns: 1, seed: 1 })[0]!;
    await expect(exporter.write(dataset, { what: 'report' })).rejects.toThrow(ConfigError);
  });
});
