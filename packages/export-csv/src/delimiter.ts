/**
 * Which delimiter a CSV file uses: Excel writes "," in most locales but ";" in a Vietnamese (or French,
 * German...) one, where the comma is the decimal mark; some tools write tabs. The header line decides: each
 * candidate splits it into cells, and the one giving the most cells that a layout knows wins.
 */
import type { Layout } from '@ungcu/core/export';
import { TABULAR_LAYOUTS, matchHeaders } from '@ungcu/tabular';
import { parseRecords } from './parse-records';

export type CsvDelimiter = ',' | ';' | '\t';
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * The first non-blank line of the text, ended by a line break outside quotes; undefined when the text ends
 * before that line does (more must be read first), unless `complete` says there is no more.
 */
export function headerLine(text: string, complete: boolean): string | undefined {
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (text.slice(start, i).trim() !== '') return text.slice(start, i);
      start = i + 1;
    }
  }
  return complete ? text.slice(start) : undefined;
}

/**
 * The cells of a line split on one delimiter (csv-parse, forgiving quotes: a wrong delimiter may misquote);
 * none when it does not read at all. The importer's streaming parser, not csv-parse's `sync` build: a browser
 * bundle then holds one copy of the parser (13 kB gzipped less).
 */
async function splitCells(line: string, delimiter: CsvDelimiter): Promise<string[]> {
  let cells: string[] | undefined;
  try {
    await parseRecords(one(line), { delimiter, relax_quotes: true }, (records) => (cells ??= records[0]));
  } catch {
    return [];
  }
  return cells ?? [];
}

async function* one(text: string): AsyncIterable<string> {
  yield text;
}

/**
 * The candidate whose split of the header line matches the most columns of the layouts the import may meet
 * (the one the options name, else the built-in ones); ties go to the comma.
 */
export async function detectDelimiter(line: string, layouts: readonly Layout[] = TABULAR_LAYOUTS): Promise<CsvDelimiter> {
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of CSV_DELIMITERS) {
    const cells = await splitCells(line.replace(/^\uFEFF/u, ''), delimiter);
    const score = Math.max(...layouts.map((layout) => matchHeaders(layout, cells).indexOf.size));
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
