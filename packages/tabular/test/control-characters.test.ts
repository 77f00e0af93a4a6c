/**
 * Control characters are refused at import, in every column of both layouts, located to file, row and column,
 * with the character and its position named in both languages. Rows are the first candidate of Hà Nội's
 * first constituency on the real 2021 list (examples/data/vn-na-2021; CC-BY-4.0).
 */
import { describe, expect, it } from 'vitest';
import { columnLetter, type ImportError } from '@ungcu/core/export';
import { findControlCharacter, visibleControlCharacters } from '../src/control-characters';
import { NOMINEE_TEMPLATE_COLUMNS, OFFICIAL_LIST_COLUMNS } from '../src/index';
import { ELECTION_2021, importFiles, realListFiles } from './real-list-2021';

const OFFICIAL_HEADERS = OFFICIAL_LIST_COLUMNS.map((c) => c.header);
const TEMPLATE_HEADERS = NOMINEE_TEMPLATE_COLUMNS.map((c) => c.header);

/** The real header and first data row of the first file of the 2021 list. */
const [REAL_HEADERS, REAL_ROW] = realListFiles()[0]!.rows as [string[], string[]];

const TEMPLATE_ROW: Record<string, string> = {
  'Mã người được giới thiệu': 'na-xv/ha-noi-1/1',
  'Mã cá nhân': 'person-1',
  'Cơ quan được bầu': 'Quốc hội',
  'Khóa, nhiệm kỳ': 'XV',
  'Tỉnh, thành phố': 'Thành phố Hà Nội',
  'Đơn vị hành chính của HĐND': '',
  'Đơn vị bầu cử số': '1',
  'Số đại biểu được bầu': '3',
  'Mô tả đơn vị bầu cử': 'Gồm các quận: Ba Đình, Đống Đa và Hai Bà Trưng.',
  'Số người ứng cử của đơn vị': '5',
  STT: '1',
  'Họ và tên': 'Nguyễn Trúc Anh',
  'Tên gọi khác': 'Anh',
  'Ngày sinh': '28/11/1974',
  'Giới tính': 'Nam',
  'Quốc tịch': 'Việt Nam',
  'Dân tộc': 'Kinh',
  'Tôn giáo': 'Không',
  'Quê quán': 'Xã Dạ Trạch, huyện Khoái Châu, tỉnh Hưng Yên',
  'Nơi ở hiện nay': 'Quận Hai Bà Trưng, thành phố Hà Nội',
  'Giáo dục phổ thông': '12/12',
  'Chuyên môn, nghiệp vụ': 'Tiến sĩ',
  'Học hàm, học vị': 'Phó Giáo sư, Tiến sĩ',
  'Lý luận chính trị': 'Cao cấp',
  'Ngoại ngữ': 'Tiếng Anh D',
  'Nghề nghiệp, chức vụ': 'Giám đốc Sở Quy hoạch - Kiến trúc',
  'Nơi công tác': 'Sở Quy hoạch - Kiến trúc thành phố Hà Nội',
  'Ngày vào Đảng': '11/3/2006',
  'Là đại biểu Quốc hội khóa': 'Không',
  'Là đại biểu HĐND': 'Không',
  'Nguồn giới thiệu': 'Địa phương',
  'Cơ quan, tổ chức giới thiệu': 'Ủy ban nhân dân thành phố Hà Nội',
  'Loại cơ quan, tổ chức giới thiệu': 'Ủy ban nhân dân',
  'Giai đoạn': 'Danh sách chính thức',
  'Tình trạng': 'Đang ứng cử',
  'Lý do': 'Không có',
  'Dự kiến chuyên trách': 'Có',
};

function importOne(headers: readonly string[], row: readonly string[], name = 'list.csv') {
  return importFiles([{ name, rows: [headers, row] }], { election: ELECTION_2021 });
}

/** Inserts `ch` into a cell after its first character (a blank cell becomes just `ch`). */
function spoil(cell: string, ch: string): string {
  return cell === '' ? ch : `${cell.slice(0, 1)}${ch}${cell.slice(1)}`;
}

describe('control characters', () => {
  it('the unspoiled rows import cleanly, so every error below comes from the spoiled cell', () => {
    expect(importOne(REAL_HEADERS, REAL_ROW).errors).toEqual([]);
    expect(importOne(TEMPLATE_HEADERS, TEMPLATE_HEADERS.map((h) => TEMPLATE_ROW[h]!)).errors).toEqual([]);
  });

  it('refuses a NUL byte in every column of the official list, with file, row, column and position', () => {
    for (const [i, header] of REAL_HEADERS.entries()) {
      const row = REAL_ROW.map((cell, j) => (j === i ? spoil(cell, '\u0000') : cell));
      const { errors, data } = importOne(REAL_HEADERS, row, '1.1-26.csv');
      expect(errors, header).toEqual([
        expect.objectContaining({ file: '1.1-26.csv', row: 2, column: { header, letter: columnLetter(i) }, code: 'control-character' }),
      ]);
      const position = REAL_ROW[i] === '' ? 1 : 2;
      expect(errors[0]!.message.en, header).toContain(`U+0000 at position ${position}`);
      expect(errors[0]!.message.vi, header).toContain(`U+0000 ở vị trí ${position}`);
      // The value shows the character instead of holding it, so printing the error is safe.
      expect(errors[0]!.value, header).toBe(spoil(REAL_ROW[i]!, '<U+0000>'));
      expect(data.nominees, header).toEqual([]);
    }
    expect(OFFICIAL_HEADERS).toEqual(REAL_HEADERS);
  });

  it('refuses a NUL byte in every column of the nominee template', () => {
    for (const [i, header] of TEMPLATE_HEADERS.entries()) {
      const row = TEMPLATE_HEADERS.map((h, j) => (j === i ? spoil(TEMPLATE_ROW[h]!, '\u0000') : TEMPLATE_ROW[h]!));
      const { errors, data } = importOne(TEMPLATE_HEADERS, row, 'template.csv');
      expect(errors, header).toEqual([
        expect.objectContaining({ file: 'template.csv', row: 2, column: { header, letter: columnLetter(i) }, code: 'control-character' }),
      ]);
      expect(data.nominees, header).toEqual([]);
    }
  });

  it('names each refused kind of character as U+XXXX, and counts its position in characters', () => {
    const cases: [string, string][] = [
      ['\u0001', 'U+0001'],
      ['\u0008', 'U+0008'],
      ['\u000B', 'U+000B'],
      ['\u000C', 'U+000C'],
      ['\u001B', 'U+001B'],
      ['\u001F', 'U+001F'],
      ['\u007F', 'U+007F'],
      ['\u0080', 'U+0080'],
      ['\u0085', 'U+0085'],
      ['\u009F', 'U+009F'],
      ['\uD800', 'U+D800'],
      ['\uDFFF', 'U+DFFF'],
      ['\uFFFE', 'U+FFFE'],
      ['\uFFFF', 'U+FFFF'],
    ];
    const name = REAL_HEADERS.indexOf('Họ và tên');
    for (const [ch, code] of cases) {
      // An emoji before the character is one character to a person but two UTF-16 units.
      const row = REAL_ROW.map((cell, j) => (j === name ? `Nguyễn 😀${ch}Trúc Anh` : cell));
      const { errors } = importOne(REAL_HEADERS, row);
      expect(errors.map((e: ImportError) => e.code), code).toEqual(['control-character']);
      expect(errors[0]!.message.en, code).toContain(`${code} at position 9`);
      expect(errors[0]!.message.vi, code).toContain(`${code} ở vị trí 9`);
      expect(errors[0]!.value, code).toBe(`Nguyễn 😀<${code}>Trúc Anh`);
    }
  });

  it('reports every spoiled cell of a row, and no second error from the column decoder', () => {
    const date = REAL_HEADERS.indexOf('Ngày tháng năm sinh');
    const gender = REAL_HEADERS.indexOf('Giới tính');
    const row = REAL_ROW.map((cell, j) => (j === date ? `28/11\u0000/1974` : j === gender ? 'Nam\u001B[2J\u0007' : cell));
    const { errors } = importOne(REAL_HEADERS, row);
    expect(errors.map((e) => [e.code, e.column?.header])).toEqual([
      ['control-character', 'Ngày tháng năm sinh'],
      ['control-character', 'Giới tính'],
    ]);
    expect(errors[1]!.message.en).toContain('U+001B at position 4 in the cell (and 1 more like it)');
  });

  it('allows TAB, LF and CR: names collapse them, free text keeps its line breaks', () => {
    const name = REAL_HEADERS.indexOf('Họ và tên');
    const occupation = REAL_HEADERS.indexOf('Nghề nghiệp, chức vụ');
    const row = REAL_ROW.map((cell, j) =>
      j === name ? 'Nguyễn\tTrúc\r\nAnh' : j === occupation ? 'Thành ủy viên,\nGiám đốc Sở' : cell,
    );
    const { errors, data } = importOne(REAL_HEADERS, row);
    expect(errors).toEqual([]);
    expect(data.nominees[0]!.person.fullName).toBe('Nguyễn Trúc Anh');
    expect(data.nominees[0]!.person.occupation).toBe('Thành ủy viên,\nGiám đốc Sở');
  });

  it('allows every character of the real 2021 list, and emoji (a surrogate pair is one character)', () => {
    for (const file of realListFiles()) {
      for (const row of file.rows) for (const cell of row) expect(findControlCharacter(cell)).toBeUndefined();
    }
    expect(findControlCharacter('Nguyễn 😀 Anh')).toBeUndefined();
    expect(findControlCharacter('a\u0000b\u0000')).toEqual({ codePoint: 'U+0000', position: 2, count: 2 });
    expect(visibleControlCharacters('a\u0000b\u009F')).toBe('a<U+0000>b<U+009F>');
  });
});
