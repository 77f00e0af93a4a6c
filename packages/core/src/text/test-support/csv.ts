/**
 * A small RFC 4180 CSV reader for the tests that check this folder against the real data in examples/data.
 * Test support only: not exported from the package. It is a character state machine rather than a regex
 * because fields are quoted, contain commas and doubled quotes, and may span lines.
 */

/** Parses CSV text into rows of fields. Accepts CRLF or LF line ends and a leading byte-order mark. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch === '\r') {
      if (text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field.length > 0 || row.length > 0) endRow();
  return rows;
}

/** Rows as records keyed by the header row; throws when a row's field count differs from the header's. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) return [];
  return rows.map((row, n) => {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${n + 2} has ${row.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, j) => [name, row[j] ?? '']));
  });
}
