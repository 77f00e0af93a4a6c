import { describe, expect, it } from 'vitest';
import { formatDayFirstDate, isIsoDate, parseDayFirstDate } from './dates';

const value = (text: string): string | undefined => {
  const result = parseDayFirstDate(text);
  return result.ok ? result.value : undefined;
};
const reason = (text: string): { vi: string; en: string } => {
  const result = parseDayFirstDate(text);
  if (result.ok) throw new Error(`expected "${text}" to be refused, got ${result.value}`);
  return result.reason;
};

describe('parseDayFirstDate', () => {
  it.each([
    ['08/4/1968', '1968-04-08'],
    ['8/4/1968', '1968-04-08'],
    ['08-04-1968', '1968-04-08'],
    ['08.04.1968', '1968-04-08'],
    ['  08 / 04 / 1968 ', '1968-04-08'],
    ['ngày 8 tháng 4 năm 1968', '1968-04-08'],
    ['Ngày 08  tháng 04 năm 1968', '1968-04-08'],
    ['NGÀY 8 THÁNG 4 NĂM 1968'.normalize('NFD'), '1968-04-08'],
    ['31/12/2100', '2100-12-31'],
    ['1/1/1900', '1900-01-01'],
    ['29/02/2000', '2000-02-29'],
    ['29/2/2024', '2024-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(value(text)).toBe(iso);
  });

  it('checks the calendar', () => {
    expect(reason('31/02/1968')).toEqual({
      vi: 'Tháng 2 năm 1968 không có ngày 31 (chỉ có 29 ngày).',
      en: 'Month 2 of 1968 has no day 31 (it has 29 days).',
    });
    expect(reason('29/02/2023').en).toContain('has no day 29 (it has 28 days)');
    expect(reason('29/02/1900').en).toContain('has no day 29'); // 1900 is not a leap year
    expect(reason('31/4/1968').en).toContain('has no day 31 (it has 30 days)');
    expect(reason('00/4/1968').en).toContain('has no day 0');
    expect(reason('08/13/1968')).toEqual({
      vi: 'Không có tháng 13: tháng phải từ 1 đến 12.',
      en: 'There is no month 13: months run from 1 to 12.',
    });
  });

  it('refuses two-digit years with a reason of its own', () => {
    expect(reason('08/4/68')).toEqual({
      vi: 'Năm "68" trong "08/4/68" phải viết đủ bốn chữ số (ví dụ 1968), để không nhầm thế kỷ.',
      en: 'The year "68" in "08/4/68" must have four digits (e.g. 1968), so the century is not guessed.',
    });
    expect(reason('ngày 8 tháng 4 năm 68').en).toContain('must have four digits');
  });

  it('refuses years outside 1900–2100', () => {
    expect(reason('31/12/1899').en).toBe('The year 1899 is outside 1900–2100.');
    expect(reason('1/1/2101').vi).toBe('Năm 2101 nằm ngoài khoảng 1900–2100.');
    expect(reason('1/1/19680').en).toContain('outside');
  });

  it('refuses other shapes, saying what it expects', () => {
    expect(reason('   ')).toEqual({ vi: 'Chưa nhập ngày.', en: 'No date given.' });
    for (const text of ['1968-04-08', '08/04-1968', '8 4 1968', '08/4/1968 x', 'tháng 4 năm 1968', '123/4/1968']) {
      expect(reason(text).en, text).toContain('Cannot read the date');
    }
    expect(reason('08/04-1968').vi).toContain('Không đọc được ngày "08/04-1968"');
  });
});

describe('formatDayFirstDate', () => {
  it('writes ISO dates day first with two-digit day and month', () => {
    expect(formatDayFirstDate('1968-04-08')).toBe('08/04/1968');
    expect(formatDayFirstDate('2000-02-29')).toBe('29/02/2000');
    expect(formatDayFirstDate('1890-12-31')).toBe('31/12/1890'); // the 1900–2100 window is for reading only
  });
  it('round-trips with parseDayFirstDate', () => {
    for (const iso of ['1900-01-01', '1968-04-08', '2024-02-29', '2100-12-31']) {
      expect(value(formatDayFirstDate(iso))).toBe(iso);
    }
  });
  it('throws on text that is not a calendar date', () => {
    for (const bad of ['1968-4-8', '08/04/1968', '1968-02-30', '1900-02-29', '1968-13-01', '1968-00-10', '']) {
      expect(() => formatDayFirstDate(bad), bad).toThrow(RangeError);
    }
  });
});

describe('isIsoDate', () => {
  it('accepts real days written YYYY-MM-DD, leap days included', () => {
    for (const day of ['2021-05-23', '2026-03-15', '2000-02-29', '2024-02-29', '2021-12-31', '2021-01-01']) {
      expect(isIsoDate(day), day).toBe(true);
    }
  });
  it('refuses other shapes and days that do not exist', () => {
    for (const bad of ['2021-02-29', '1900-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '2021-01-00', '2021-5-23', '23/05/2021', '2021-05-23T00:00', ' 2021-05-23', '']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });
});
