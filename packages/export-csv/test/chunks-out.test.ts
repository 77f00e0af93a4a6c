/**
 * The exporter's chunks: rows are stringified a few at a time and encoded straight into 64 KiB chunks
 * (src/exporter.ts). Whatever the cut, the chunks must join to exactly the bytes of the whole table written
 * in one csv-stringify call, no chunk may pass 64 KiB, and no chunk may end inside a character (each must decode
 * alone). Checked on the real 2021 list, whose Vietnamese names are two- and three-byte UTF-8.
 */
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, officialListLayout } from '@ungcu/tabular';
import { cellToCsv, csvExporter, writeCsvTable } from '../src/exporter';
import { readCsvFiles } from '../src/node';
import { ELECTION, PATHS } from './support';

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

describe('CSV export chunks', async () => {
  const { data, errors } = await readCsvFiles(PATHS, { election: ELECTION });

  it('join to the bytes of one stringify of the whole list, in chunks of at most 64 KiB cut between characters', async () => {
    expect(errors).toEqual([]);
    const table = officialListLayout.encode(data);
    const rows = [...table.rows].map((row) => row.map(cellToCsv));
    const whole = stringify([table.headers.map(neutralizeFormula), ...rows], {
      bom: true,
      record_delimiter: 'windows',
      quote_record_delimiter: true,
    });
    const chunks = await collect(csvExporter().stream(data));
    // 868 rows of about a kilobyte: many chunks, so many cuts fall inside a row.
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) {
      expect(chunk.byteLength).toBeGreaterThan(0);
      expect(chunk.byteLength).toBeLessThanOrEqual(64 * 1024);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(chunk)).not.toThrow();
    }
    expect(Buffer.from(joined(chunks)).equals(Buffer.from(new TextEncoder().encode(whole)))).toBe(true);
  });

  it('writes the last rows when they do not fill a batch, and the header of an empty table', async () => {
    const decode = async (rows: string[][]) => new TextDecoder().decode(joined(await collect(writeCsvTable(['a', 'b'], rows, { bom: false }))));
    expect(await decode([])).toBe('a,b\r\n');
    expect(await decode([['1', 'Ễ']])).toBe('a,b\r\n1,Ễ\r\n');
    const many = Array.from({ length: 70 }, (_, i) => [String(i), '=x']);
    expect(await decode(many)).toBe(`a,b\r\n${many.map(([i]) => `${i},'=x\r\n`).join('')}`);
  });
});
