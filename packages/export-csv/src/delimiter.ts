/**
 * Which delimiter a CSV file uses: Excel writes "," in most locales but ";" in a Vietnamese (or French,
 * German...) one, where the comma is the decimal mark; some tools write tabs. The header line decides: each
 * candidate splits it into cells, and the one giving the most cells that a layout knows wins.
 */
import { parse as parseSync } from 'csv-parse/sync';
import { TABULAR_LAYOUTS, matchHeaders } from '@ungcu/core/export';

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

/** The cells of a line split on one delimiter (csv-parse, forgiving quotes: a wrong delimiter may misquote). */
function splitCells(line: string, delimiter: CsvDelimiter): string[] {
  try {
    return (parseSync(line, { delimiter, relax_quotes: true, relax_column_count: true, to_line: 1 }) as string[][])[0] ?? [];
  } catch {
    return [];
  }
}

/** The candidate whose split of the header line matches the most layout columns; ties go to the comma. */
export function detectDelimiter(line: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of CSV_DELIMITERS) {
    const cells = splitCells(line.replace(/^\uFEFF/u, ''), delimiter);
    const score = Math.max(...TABULAR_LAYOUTS.map((layout) => matchHeaders(layout, cells).indexOf.size));
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
