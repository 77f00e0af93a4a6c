/** TCVN3 lowers capitals with a tone mark; name columns get them back, and only those. */
import { describe, expect, it } from 'vitest';
import { OFFICIAL_LIST_COLUMNS, TABULAR_LAYOUTS, capitalizeNameWords, tcvn3NameCapitals } from '../src/index';

describe('capitalizeNameWords', () => {
  it('raises a word that starts with a toned vowel, as TCVN3 could not write it', () => {
    // Real names of the 2021 list (examples/data/vn-na-2021).
    expect(capitalizeNameWords('Dương Minh ánh')).toBe('Dương Minh Ánh');
    expect(capitalizeNameWords('ấn Văn Hùng (ứng)')).toBe('Ấn Văn Hùng (Ứng)');
  });

  it('keeps a word written in lower case with a letter TCVN3 can capitalise', () => {
    expect(capitalizeNameWords('Đặng Minh Châu (Hòa thượng Thích Bảo Nghiêm)')).toBe('Đặng Minh Châu (Hòa thượng Thích Bảo Nghiêm)');
    expect(capitalizeNameWords('Nguyễn Văn Riễn (Linh mục Nguyễn Văn Riễn)')).toBe('Nguyễn Văn Riễn (Linh mục Nguyễn Văn Riễn)');
  });
});

describe('tcvn3NameCapitals', () => {
  it('changes the name column of the rows after the header, and no other cell', () => {
    const header = OFFICIAL_LIST_COLUMNS.map((c) => c.header);
    const name = header.indexOf('Họ và tên');
    const occupation = header.indexOf('Nghề nghiệp, chức vụ');
    const row = header.map((_h, i) => (i === name ? 'Dương Minh ánh' : i === occupation ? 'ủy viên Ban Thường vụ' : 'x'));
    const names = tcvn3NameCapitals(TABULAR_LAYOUTS);
    expect(names(header)).toEqual(header);
    const out = names(row);
    expect(out[name]).toBe('Dương Minh Ánh');
    expect(out[occupation]).toBe('ủy viên Ban Thường vụ');
    expect(out.filter((_c, i) => i !== name)).toEqual(row.filter((_c, i) => i !== name));
  });
});
