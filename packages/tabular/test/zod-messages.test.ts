/**
 * Import errors quote zod's message for a refused value. The model is built with zod/mini, which loads no
 * locale, so the engine installs zod's English messages before it parses (`ensureZodMessages`): without it
 * the message below would read "Invalid input".
 */
import { describe, expect, it } from 'vitest';
import { OFFICIAL_LIST_COLUMNS, TableImport } from '../src/index';

const HEADERS = OFFICIAL_LIST_COLUMNS.map((c) => c.header);
const VALUES: Record<string, string> = {
  province_or_city: 'Thành phố Hà Nội',
  unit_number: '1',
  unit_description: 'Gồm các quận: Ba Đình, Đống Đa và Hai Bà Trưng. Số đại biểu Quốc hội được bầu: 3 người. Số người ứng cử: 5 người.',
  STT: '1',
  'Họ và tên': 'Nguyễn Trúc Anh',
  'Ngày tháng năm sinh': '28/11/1974',
  'Giới tính': 'Nam',
  'Quốc tịch': 'Việt Nam',
  'Dân tộc': 'Kinh',
};

describe('zod messages in import errors', () => {
  it('quote the English message zod gives for a nationality over 300 characters, as with classic zod', () => {
    const engine = new TableImport({ election: { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV' } });
    const sheet = engine.beginSheet('list.csv');
    sheet.row(HEADERS, 1);
    sheet.row(HEADERS.map((h) => (h === 'Quốc tịch' ? 'V'.repeat(301) : (VALUES[h] ?? ''))), 2);
    const { errors } = engine.finish();
    expect(errors.filter((e) => e.code === 'invalid-field').map((e) => e.message)).toEqual([
      {
        vi: 'Giá trị không hợp lệ ở trường person.nationality (nominees): Too big: expected string to have <=300 characters',
        en: 'Invalid value in field person.nationality (nominees): Too big: expected string to have <=300 characters',
      },
    ]);
  });
});
