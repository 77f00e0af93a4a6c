/**
 * A CSV reader that splits records the way spreadsheet programs do: outside quotes, a bare CR, a bare LF and
 * CRLF all end a record. It shares no code with csv-parse (which the importer uses) or csv-stringify, so the
 * formula-safety tests check the written bytes through an independent reading.
 */
export function readLikeASpreadsheet(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let pending = false;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
    pending = false;
  };
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      pending = true;
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
      pending = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += ch;
      pending = true;
    }
  }
  if (quoted) throw new Error('the text ends inside a quoted field');
  if (pending) endRecord();
  return records;
}
