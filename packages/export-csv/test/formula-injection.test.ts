/**
 * Formula injection through line breaks: a cell holding a bare CR or LF must never be written so that a
 * spreadsheet program starts a new record inside it, whatever the line end and delimiter, and no cell may be
 * read back starting with a formula trigger. Checked through two readers that share no code with csv-parse:
 * a spreadsheet-like splitter (record count, cell count, first characters) and papaparse (exact values).
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Nominee } from '@ungcu/core';
import { restoreFormula } from '@ungcu/tabular';
import { csvExporter, csvImporter } from '../src/index';
import { readCsvFiles } from '../src/node';
import { writeCsvTable } from '../src/exporter';
import { readLikeASpreadsheet } from './spreadsheet-csv';
import { ELECTION, PATHS } from './support';

const TRIGGER = /^[=+\-@\t\r]/u;
const SETTINGS = [
  { eol: '\r\n', delimiter: ',' },
  { eol: '\n', delimiter: ',' },
  { eol: '\r\n', delimiter: ';' },
  { eol: '\n', delimiter: ';' },
] as const;
const decoder = new TextDecoder();

async function text(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += decoder.decode(chunk, { stream: true });
  return out + decoder.decode();
}

// Cells built mostly from the characters that matter: line breaks, quotes, both delimiters, the triggers.
const cell = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('\r', '\n', '\r\n', '"', ',', ';', '=', '+', '-', '@', '\t', "'", ' ') },
    { weight: 2, arbitrary: fc.constantFrom('a', 'Ễ', 'Sở', '1', 'cmd|', '!A0') },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 12,
});
// A row of one empty cell is written as an empty line, which readers disagree about; it carries no value.
const row = fc.array(cell, { minLength: 1, maxLength: 6 }).filter((r) => r.length > 1 || r[0] !== '');
const table = fc.array(row, { minLength: 1, maxLength: 8 });

describe('formula injection through line breaks', () => {
  for (const { eol, delimiter } of SETTINGS) {
    const label = `eol ${JSON.stringify(eol)}, delimiter "${delimiter}"`;

    it(`keeps every record and cell, and no cell starts with a trigger (${label})`, async () => {
      await fc.assert(
        fc.asyncProperty(table, async ([headers, ...rows]) => {
          const csv = await text(writeCsvTable(headers!, rows, { eol, delimiter, bom: false }));
          const read = readLikeASpreadsheet(csv, delimiter);
          expect(read.map((r) => r.length)).toEqual([headers!, ...rows].map((r) => r.length));
          for (const value of read.flat()) expect(value).not.toMatch(TRIGGER);
          const parsed = Papa.parse<string[]>(csv, { delimiter, newline: eol }).data;
          expect(parsed.slice(0, read.length).map((r) => r.map(restoreFormula))).toEqual([headers, ...rows]);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('quotes the reported hostile workplace so it stays in its cell (real 2021 list)', async () => {
    const hostile = "Sở X\n=cmd|' /C calc'!A0";
    const { data } = await readCsvFiles([PATHS[0]!], { election: ELECTION });
    const [first, ...rest] = data.nominees;
    const nominees = [Nominee.parse({ ...first!, person: { ...first!.person, workplace: hostile } }), ...rest];
    const dataset = { ...data, nominees };
    for (const { eol, delimiter } of SETTINGS) {
      const csv = await text(csvExporter({ eol, delimiter }).stream(dataset));
      expect(csv).toContain(`"${hostile}"`);
      const read = readLikeASpreadsheet(csv, delimiter);
      expect(read).toHaveLength(nominees.length + 1);
      expect(new Set(read.map((r) => r.length)).size).toBe(1);
      for (const value of read.flat()) expect(value).not.toMatch(TRIGGER);
      const back = await csvImporter({ delimiter }).read({ name: 'hostile.csv', data: csv }, { election: ELECTION });
      expect(back.errors).toEqual([]);
      expect(back.data.nominees.map((n) => n.person.workplace)).toContain(hostile);
    }
  });
});
