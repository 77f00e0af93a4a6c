/**
 * Delimiters: the real 2021 files (examples/data/vn-na-2021; Vietnam Elections dataset (NA15-2021),
 * CC-BY-4.0) re-written with ";" (Excel in a Vietnamese locale) and with tabs read to the same dataset as the
 * comma files; the header line decides, and an option forces one.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvImporter } from '../src/index';
import { readCsvFiles } from '../src/node';
import { detectDelimiter, headerLine } from '../src/delimiter';
import { ELECTION, PATHS, readText } from './support';

function rewritten(delimiter: string) {
  return PATHS.map((path) => ({
    name: path,
    data: stringify(parse(readText(path), { bom: true }) as string[][], { delimiter, record_delimiter: 'windows' }),
  }));
}

describe('delimiter detection on the real 2021 list', () => {
  for (const [label, delimiter] of [['semicolons', ';'], ['tabs', '\t']] as const) {
    it(`reads the nine files written with ${label} as the comma files`, async () => {
      const expected = await readCsvFiles(PATHS, { election: ELECTION });
      const files = rewritten(delimiter);
      // The ";" header keeps "Chuyên môn, nghiệp vụ" unquoted: commas are there, but split no known column.
      if (delimiter === ';') expect(files[0]!.data.split('\r\n')[0]).toContain('Chuyên môn, nghiệp vụ;');
      const result = await csvImporter().read(files, { election: ELECTION });
      expect(result).toEqual(expected);
      expect(result.data.nominees).toHaveLength(868);
    });
  }

  it('uses a forced delimiter, even a wrong one', async () => {
    const [file] = rewritten(';');
    const forced = await csvImporter({ delimiter: ';' }).read(file!, { election: ELECTION });
    expect(forced.errors).toEqual([]);
    const wrong = await csvImporter({ delimiter: ',' }).read(file!, { election: ELECTION });
    expect(wrong.errors.map((e) => e.code)).toContain('unknown-layout');
    expect(wrong.data.nominees).toEqual([]);
  });

  it('takes the header line as the first non-blank line, whole across quoted line breaks', () => {
    expect(headerLine('\r\n\r\n"Họ và\ntên";Giới tính\r\nx;y', false)).toBe('"Họ và\ntên";Giới tính');
    expect(headerLine('Họ và tên;Giới', false)).toBeUndefined();
    expect(headerLine('Họ và tên;Giới', true)).toBe('Họ và tên;Giới');
  });

  it('counts only cells a layout knows, and gives ties to the comma', async () => {
    expect(await detectDelimiter('Họ và tên;Ngày tháng năm sinh;Giới tính,x,y,z')).toBe(';');
    expect(await detectDelimiter('Họ và tên\tGiới tính\tDân tộc;x')).toBe('\t');
    expect(await detectDelimiter('a;b;c\td')).toBe(',');
    expect(await detectDelimiter('"Họ và tên;x",Giới tính')).toBe(',');
  });
});
