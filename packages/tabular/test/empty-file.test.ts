/**
 * A file with nothing to import ends in one `empty-file` error naming it, checked per file in the engine
 * (an XLSX workbook is one file of several sheets). Rows are CSV-like arrays of the real 2021 list's first file
 * (examples/data/vn-na-2021; CC-BY-4.0).
 */
import { describe, expect, it } from 'vitest';
import { NOMINEE_TEMPLATE_COLUMNS, TableImport } from '../src/index';
import { ELECTION_2021, importFiles, realListFiles } from './real-list-2021';

const [HEADERS, ...ROWS] = realListFiles()[0]!.rows as [string[], ...string[][]];
const EMPTY_MESSAGE = {
  vi: 'Tệp không có dòng dữ liệu nào: empty.csv không có dòng nào, hoặc chỉ có dòng tiêu đề; không nhập gì từ tệp này.',
  en: 'The file has no data row: empty.csv has no rows, or only a header row; nothing is imported from it.',
};

describe('empty-file', () => {
  it('a file with no rows at all is one error naming the file, and nothing is imported', () => {
    const { errors, warnings, data } = importFiles([{ name: 'empty.csv', rows: [] }], { election: ELECTION_2021 });
    expect(errors).toEqual([{ file: 'empty.csv', row: 1, code: 'empty-file', message: EMPTY_MESSAGE }]);
    expect(warnings).toEqual([]);
    expect(data.nominees).toEqual([]);
    expect(data.elections).toEqual([]);
  });

  it('a header row alone, or with blank rows after it, is one error', () => {
    for (const rows of [[HEADERS], [HEADERS, HEADERS.map(() => ''), ['', '  ']], [[], HEADERS.map(() => ' ')]]) {
      const { errors } = importFiles([{ name: 'empty.csv', rows }], { election: ELECTION_2021 });
      expect(errors).toEqual([{ file: 'empty.csv', row: 1, code: 'empty-file', message: EMPTY_MESSAGE }]);
    }
    const template = importFiles([{ name: 'empty.csv', rows: [NOMINEE_TEMPLATE_COLUMNS.map((c) => c.header)] }], { election: ELECTION_2021 });
    expect(template.errors.map((e) => e.code)).toEqual(['empty-file']);
  });

  it('an empty file among full ones fails the import; validRowsOnly keeps the others', () => {
    const files = [
      { name: '1.1-26.csv', rows: [HEADERS, ...ROWS] },
      { name: 'empty.csv', rows: [HEADERS] },
    ];
    const strict = importFiles(files, { election: ELECTION_2021 });
    expect(strict.errors.map((e) => [e.file, e.code])).toEqual([['empty.csv', 'empty-file']]);
    expect(strict.data.nominees).toEqual([]);
    const lenient = importFiles(files, { election: ELECTION_2021, validRowsOnly: true });
    expect(lenient.data.nominees).toHaveLength(ROWS.length);
  });

  it('a workbook whose every sheet is empty is one empty file; one filled sheet is enough', () => {
    const engine = new TableImport({ election: ELECTION_2021 });
    engine.beginSheet('book.xlsx', 'Danh sách').row(HEADERS, 1);
    engine.beginSheet('book.xlsx', 'Trang 2');
    const empty = engine.finish();
    expect(empty.errors).toEqual([{ file: 'book.xlsx', row: 1, code: 'empty-file', message: expect.any(Object) }]);

    const filled = new TableImport({ election: ELECTION_2021 });
    const first = filled.beginSheet('book.xlsx', 'Danh sách');
    [HEADERS, ROWS[0]!].forEach((r, i) => first.row(r, i + 1));
    filled.beginSheet('book.xlsx', 'Trang 2').row(HEADERS, 1);
    const result = filled.finish();
    expect(result.errors).toEqual([]);
    expect(result.data.nominees).toHaveLength(1);
  });

  it('names the sheet of a one-sheet workbook', () => {
    const engine = new TableImport({ election: ELECTION_2021 });
    engine.beginSheet('book.xlsx', 'Danh sách').row(HEADERS, 1);
    expect(engine.finish().errors).toEqual([expect.objectContaining({ file: 'book.xlsx', sheet: 'Danh sách', code: 'empty-file' })]);
  });

  it('adds nothing to a file that already says why it cannot be read', () => {
    const unknown = importFiles([{ name: 'other.csv', rows: [['Tên', 'Tuổi']] }], { election: ELECTION_2021 });
    expect(unknown.errors.map((e) => e.code)).toEqual(['unknown-layout']);
    const engine = new TableImport({ election: ELECTION_2021 });
    engine.beginSheet('bad.csv');
    engine.fileError('bad.csv', 'unreadable-file', { vi: 'Không đọc được.', en: 'Cannot read.' });
    expect(engine.finish().errors.map((e) => e.code)).toEqual(['unreadable-file']);
    // Rows under a header that matches no layout are still rows: the file is not empty, its layout is unknown.
    const rows = importFiles([{ name: 'other.csv', rows: [['Tên', 'Tuổi'], ['A', '1']] }], { election: ELECTION_2021 });
    expect(rows.errors.map((e) => e.code)).toEqual(['unknown-layout']);
  });
});
