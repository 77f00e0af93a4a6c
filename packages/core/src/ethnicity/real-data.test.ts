/**
 * The official 2021 National Assembly candidate list (868 candidates, examples/data/vn-na-2021): every
 * "Dân tộc" value must resolve, and the counts must match the published figures: 185 ethnic-minority
 * candidates, 683 Kinh.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isEthnicMinority, resolveEthnicity } from './resolve';

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field in double quotes may hold commas,
 * line breaks and doubled quotes (""). Malformed input throws rather than yielding shifted columns.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let afterQuote = false; // a quoted field just closed: only a separator or line end may follow
  let atRecordStart = true;
  const endField = (): void => {
    record.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
    atRecordStart = true;
  };
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (src[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
        afterQuote = true;
      }
      continue;
    }
    if (ch === ',') {
      endField();
    } else if (ch === '\n' || (ch === '\r' && src[i + 1] === '\n')) {
      if (ch === '\r') i++;
      endRecord();
      continue;
    } else if (afterQuote) {
      throw new Error(`CSV: unexpected ${JSON.stringify(ch)} after a closing quote at offset ${i}`);
    } else if (ch === '"') {
      if (field !== '') throw new Error(`CSV: quote inside an unquoted field at offset ${i}`);
      quoted = true;
    } else {
      field += ch;
    }
    atRecordStart = false;
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (!atRecordStart) endRecord(); // last record without a final line break
  return records;
}

describe('parseCsv (test helper)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""","line1\nline2",\r\nx,,z\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'line1\nline2', ''],
      ['x', '', 'z'],
    ]);
  });

  it('handles a missing final line break, a BOM, an empty quoted field and an empty line', () => {
    expect(parseCsv('\uFEFFh1,h2\n"",v')).toEqual([['h1', 'h2'], ['', 'v']]);
    expect(parseCsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('throws on malformed input', () => {
    expect(() => parseCsv('a,"b')).toThrow(/unterminated/);
    expect(() => parseCsv('a,"b"c\n')).toThrow(/after a closing quote/);
    expect(() => parseCsv('a,b"c\n')).toThrow(/inside an unquoted field/);
  });
});

const DATA_DIR = fileURLToPath(new URL('../../../../examples/data/vn-na-2021/candidates/', import.meta.url));
const ETHNICITY_COLUMN = 'Dân tộc';

interface Value {
  readonly where: string;
  readonly ethnicity: string;
}

let data: { files: string[]; values: Value[] } | undefined;

/** Reads the files once, inside the first test that needs them, so a read error fails a test. */
function readEthnicities(): { files: string[]; values: Value[] } {
  if (data !== undefined) return data;
  const files = readdirSync(DATA_DIR).filter((f) => f.endsWith('.csv')).sort();
  const values: Value[] = [];
  for (const file of files) {
    const [header, ...rows] = parseCsv(readFileSync(join(DATA_DIR, file), 'utf8'));
    const columns = (header ?? []).map((h) => h.normalize('NFC').trim());
    const column = columns.indexOf(ETHNICITY_COLUMN);
    expect(column, `${file}: one "${ETHNICITY_COLUMN}" column`).toBeGreaterThanOrEqual(0);
    expect(columns.lastIndexOf(ETHNICITY_COLUMN), file).toBe(column);
    rows.forEach((row, i) => {
      // A row with a different field count would mean the parser shifted columns.
      expect(row.length, `${file} record ${i + 2}`).toBe(columns.length);
      values.push({ where: `${file} record ${i + 2}`, ethnicity: row[column]! });
    });
  }
  data = { files, values };
  return data;
}

describe('the 2021 National Assembly candidate list', () => {
  it('has 9 files and 868 candidates', () => {
    const { files, values } = readEthnicities();
    expect(files).toHaveLength(9);
    expect(values).toHaveLength(868);
  });

  it('resolves every "Dân tộc" value', () => {
    const unresolved = readEthnicities().values.flatMap(({ where, ethnicity }) => {
      const r = resolveEthnicity(ethnicity);
      return r.ok ? [] : [`${where}: ${r.reason.en}`];
    });
    expect(unresolved).toEqual([]);
  });

  it('counts 185 ethnic-minority candidates and 683 Kinh, as officially published', () => {
    const { values } = readEthnicities();
    const minority = values.filter((v) => isEthnicMinority(v.ethnicity) === true).length;
    const kinh = values.filter((v) => isEthnicMinority(v.ethnicity) === false).length;
    expect(minority).toBe(185);
    expect(kinh).toBe(683);
    const kinhByCode = values.filter((v) => {
      const r = resolveEthnicity(v.ethnicity);
      return r.ok && r.group.code === '01';
    }).length;
    expect(kinhByCode).toBe(683);
  });
});
