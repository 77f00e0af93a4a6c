/** The Decree 30/2020 heading: filled, blank, both languages, and the Decree's leading zeros. */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@ungcu/core/errors';
import { administrativeHeading, decree30Date } from '../src/index';

describe('administrativeHeading', () => {
  const filled = {
    parentIssuer: 'Hội đồng bầu cử quốc gia',
    issuer: 'Ủy ban bầu cử thành phố Hà Nội',
    number: '12',
    symbol: 'NQ-UBBC',
    place: 'Hà Nội',
    date: '2021-04-15',
  };

  it('prints every line of a filled heading in Vietnamese', () => {
    expect(administrativeHeading(filled, 'vi')).toEqual({
      parentIssuer: 'HỘI ĐỒNG BẦU CỬ QUỐC GIA',
      issuer: 'ỦY BAN BẦU CỬ THÀNH PHỐ HÀ NỘI',
      numberLine: 'Số: 12/NQ-UBBC',
      motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      slogan: 'Độc lập - Tự do - Hạnh phúc',
      dateLine: 'Hà Nội, ngày 15 tháng 4 năm 2021',
    });
  });

  it('prints the fixed words in English, the names as given', () => {
    const h = administrativeHeading({ ...filled, place: 'Ha Noi', date: '2021-01-05' }, 'en');
    expect(h.motto).toBe('SOCIALIST REPUBLIC OF VIET NAM');
    expect(h.slogan).toBe('Independence - Freedom - Happiness');
    expect(h.numberLine).toBe('No. 12/NQ-UBBC');
    expect(h.dateLine).toBe('Ha Noi, 5 January 2021');
  });

  it('leaves dotted blanks for what is not given', () => {
    const h = administrativeHeading(undefined, 'vi');
    expect(h.dateLine).toBe('…, ngày … tháng … năm …');
    expect(h.numberLine).toMatch(/^Số: +\/$/u);
    expect(h.issuer).toMatch(/^…+$/u);
    expect(h.parentIssuer).toBeUndefined();
    expect(administrativeHeading({ symbol: 'NQ-UBBC', place: 'Hà Nội' }, 'vi')).toMatchObject({
      numberLine: expect.stringMatching(/^Số: +\/NQ-UBBC$/u),
      dateLine: 'Hà Nội, ngày … tháng … năm …',
    });
    expect(administrativeHeading({ date: '2021-04-15' }, 'en').dateLine).toBe('…, 15 April 2021');
    expect(administrativeHeading(undefined, 'en').dateLine).toBe('…, … … …');
  });

  it('writes NFC whatever the input', () => {
    const h = administrativeHeading({ issuer: 'Ủy ban bầu cử'.normalize('NFD'), place: 'Hà Nội'.normalize('NFD') }, 'vi');
    expect(h.issuer).toBe('ỦY BAN BẦU CỬ');
    expect(h.dateLine.startsWith('Hà Nội,')).toBe(true);
  });
});

describe('decree30Date (Decree 30/2020, Appendix I: day < 10 and months 1, 2 take a leading zero)', () => {
  it.each([
    ['2021-01-05', '05', '01'],
    ['2021-02-09', '09', '02'],
    ['2021-03-01', '01', '3'],
    ['2021-04-15', '15', '4'],
    ['2021-10-10', '10', '10'],
    ['2021-12-31', '31', '12'],
  ])('%s → ngày %s tháng %s', (iso, day, month) => {
    expect(decree30Date(iso)).toEqual({ day, month, year: '2021' });
  });

  it('refuses a date that is not YYYY-MM-DD with a bilingual ConfigError', () => {
    expect(() => decree30Date('15/04/2021')).toThrow(ConfigError);
    expect(() => administrativeHeading({ date: '2021-02-30' }, 'vi')).toThrow(/heading\.date/u);
  });
});
