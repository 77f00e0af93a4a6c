/**
 * The independent CSV channel: papaparse, a different parser from the one the CSV adapter has, reads
 * the bytes as a spreadsheet program would (UTF-8 with a byte order mark, RFC 4180 quoting).
 */
import Papa from 'papaparse';

export interface CsvRead {
  readonly hasBom: boolean;
  readonly rows: readonly (readonly string[])[];
}

export function readCsv(bytes: Uint8Array): CsvRead {
  const text = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes);
  const hasBom = text.startsWith('\uFEFF');
  const parsed = Papa.parse<string[]>(hasBom ? text.slice(1) : text, { delimiter: ',', skipEmptyLines: 'greedy' });
  if (parsed.errors.length > 0) {
    throw new Error(`papaparse could not read the CSV: ${parsed.errors.map((e) => `${e.message} (row ${e.row})`).join('; ')}`);
  }
  return { hasBom, rows: parsed.data };
}
