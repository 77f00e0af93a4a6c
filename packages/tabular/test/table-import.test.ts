/**
 * The import engine on rows shaped like the official 2021 list (values from the first constituency of Hà Nội,
 * examples/data/vn-na-2021; Vietnam Elections dataset (NA15-2021), CC-BY-4.0).
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@ungcu/core/errors';
import { formatImportError, type ImportOptions } from '@ungcu/core/export';
import { OFFICIAL_LIST_COLUMNS, NOMINEE_TEMPLATE_COLUMNS, TableImport } from '../src/index';

const ELECTION = { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV' };
const HEADERS = OFFICIAL_LIST_COLUMNS.map((c) => c.header);
const DESCRIPTION =
  'Gồm các quận: Ba Đình, Đống Đa và Hai Bà Trưng. Số đại biểu Quốc hội được bầu: 3 người. Số người ứng cử: 5 người.';

function row(values: Partial<Record<string, string>>): string[] {
  const defaults: Record<string, string> = {
    province_or_city: 'Thành phố Hà Nội',
    unit_number: '1',
    unit_description: DESCRIPTION,
    STT: '1',
    'Họ và tên': 'Nguyễn Trúc Anh',
    'Ngày tháng năm sinh': '28/11/1974',
    'Giới tính': 'Nam',
    'Quốc tịch': 'Việt Nam',
    'Dân tộc': 'Kinh',
    'Tôn giáo': 'Không',
    'Ngày vào Đảng': '11/3/2006',
    'Là đại biểu QH': 'Không',
    'Là đại biểu HĐND': 'Không',
  };
  return HEADERS.map((h) => values[h] ?? defaults[h] ?? '');
}

function read(rows: string[][], options: ImportOptions = { election: ELECTION }, headers: string[] = HEADERS) {
  const engine = new TableImport(options);
  const sheet = engine.beginSheet('list.csv');
  [headers, ...rows].forEach((r, i) => sheet.row(r, i + 1));
  return engine.finish();
}

describe('TableImport', () => {
  it('builds the election, body, province, constituency and nominees from official-list rows', () => {
    const { data, errors } = read([
      row({}),
      row({ STT: '2', 'Họ và tên': 'Nguyễn Quốc Duyệt', 'Ngày tháng năm sinh': '08/4/1968', 'Là đại biểu QH': 'XIV' }),
    ]);
    expect(errors).toEqual([]);
    expect(data.elections).toEqual([
      { id: 'election-2021-05-23', name: 'Bầu cử đại biểu Quốc hội khóa XV', electionDay: '2021-05-23', rulePack: 'vn-2021' },
    ]);
    expect(data.bodies).toEqual([
      expect.objectContaining({ id: 'election-2021-05-23/na-xv', kind: 'national-assembly', term: 'XV', totalSeats: 3 }),
    ]);
    expect(data.administrativeUnits).toEqual([
      { id: 'province-ha-noi', name: 'Hà Nội', fullName: 'Thành phố Hà Nội', level: 'province', kind: 'city' },
    ]);
    expect(data.constituencies).toEqual([
      expect.objectContaining({ id: 'election-2021-05-23/na-xv/ha-noi-1', seats: 3, declaredCandidates: 5, unitId: 'province-ha-noi' }),
    ]);
    expect(data.nominees.map((n) => [n.id, n.nomination.listNumber, n.person.partyJoinDate])).toEqual([
      ['election-2021-05-23/na-xv/ha-noi-1/nguyen-truc-anh', 1, '2006-03-11'],
      ['election-2021-05-23/na-xv/ha-noi-1/nguyen-quoc-duyet', 2, '2006-03-11'],
    ]);
  });

  it('treats spellings of one province as one unit, whatever the order of rows', () => {
    const rows = [
      row({ province_or_city: 'Tỉnh Thanh Hóa', 'Họ và tên': 'Lê Văn A' }),
      row({ province_or_city: 'TỈNH THANH HOÁ'.normalize('NFD'), 'Họ và tên': 'Lê Văn B', STT: '2' }),
      row({ province_or_city: 'Tỉnh Thanh Hóa', 'Họ và tên': 'Lê Văn C', STT: '3' }),
    ];
    const a = read(rows).data;
    const b = read([...rows].reverse()).data;
    expect(a.administrativeUnits).toEqual([
      { id: 'province-thanh-hoa', name: 'Thanh Hóa', fullName: 'Tỉnh Thanh Hóa', level: 'province', kind: 'province' },
    ]);
    expect(b).toEqual(a);
  });

  it('origin defaults to local and can be decided per row', () => {
    expect(read([row({})]).data.nominees[0]!.nomination.origin).toBe('local');
    const central = read([row({})], { election: ELECTION, origin: (r) => (r.fullName === 'Nguyễn Trúc Anh' ? 'central' : 'local') });
    expect(central.data.nominees[0]!.nomination.origin).toBe('central');
  });

  it('reports a missing required column once, and no row errors for it', () => {
    const headers = HEADERS.filter((h) => h !== 'Giới tính');
    const rows = [row({}), row({ STT: '2', 'Họ và tên': 'Lê Văn B' })].map((r) => r.filter((_, i) => HEADERS[i] !== 'Giới tính'));
    const { errors, data } = read(rows, { election: ELECTION }, headers);
    expect(errors.map((e) => [e.code, e.row, e.column])).toEqual([['missing-column', 1, { header: 'Giới tính' }]]);
    expect(data.nominees).toEqual([]);
  });

  it('reports constituencies whose rows disagree on seats', () => {
    const other = DESCRIPTION.replace('được bầu: 3', 'được bầu: 4');
    const { errors } = read([row({}), row({ STT: '2', 'Họ và tên': 'Lê Văn B', unit_description: other })]);
    expect(errors).toEqual([
      expect.objectContaining({ code: 'inconsistent-constituency', row: 3, column: { header: 'unit_description', letter: 'D' }, value: other }),
    ]);
  });

  it('reports a header that matches no layout, and skips its rows', () => {
    const { errors } = read([['a', 'b']], { election: ELECTION }, ['Tên', 'Tuổi']);
    expect(errors.map((e) => e.code)).toEqual(['unknown-layout']);
  });

  it('detects the nominee template from its headers', () => {
    const engine = new TableImport({ election: ELECTION });
    const sheet = engine.beginSheet('template.csv');
    sheet.row(NOMINEE_TEMPLATE_COLUMNS.map((c) => c.header), 1);
    expect(sheet.layout?.id).toBe('nominee-template');
  });

  it('throws a ConfigError when the call cannot work: no election, or no term for the official list', () => {
    // A JavaScript caller can still leave the election out; the types require it.
    expect(() => new TableImport({} as ImportOptions)).toThrow(ConfigError);
    const engine = new TableImport({ election: { electionDay: '2021-05-23', rulePack: 'vn-2021' } });
    expect(() => engine.beginSheet('x.csv').row(HEADERS, 1)).toThrow(/election\.term/u);
    expect(() => new TableImport({ election: ELECTION, layout: 'pdf' as never })).toThrow(ConfigError);
  });
});

describe('formatImportError', () => {
  it('gives one line with file, row, column and the message in the chosen language', () => {
    const { errors } = read([row({ 'Giới tính': 'X' })]);
    expect(formatImportError(errors[0]!)).toBe(
      'list.csv, row 2, column H (Giới tính): Gender "X" is not valid: write "Nam" (male) or "Nữ" (female); also accepted: "Nam giới", "Nam gioi", "male", "M" for male and "Nữ giới", "Nu", "Nu gioi", "female", "F" for female, in any case. [invalid-gender]',
    );
    expect(formatImportError(errors[0]!, 'vi')).toBe(
      'list.csv, dòng 2, cột H (Giới tính): Giới tính "X" không hợp lệ: ghi "Nam" hoặc "Nữ"; cũng nhận "Nam giới", "Nam gioi", "male", "M" cho nam và "Nữ giới", "Nu", "Nu gioi", "female", "F" cho nữ, viết hoa hay thường đều được. [invalid-gender]',
    );
  });
});
