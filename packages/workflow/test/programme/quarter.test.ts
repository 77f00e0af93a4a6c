import { UngcuError } from '@ungcu/core/errors';
import { describe, expect, it } from 'vitest';
import {
  formatQuarter,
  inQuarter,
  nextQuarter,
  parseQuarter,
  quarterBounds,
  quarterOfDate,
  toRomanNumeral,
} from '../../src/programme/index';
import { formatCount, formatSmallCount } from '../../src/quarterly/index';

describe('parseQuarter', () => {
  it('reads YYYY-Qn with its first and last day', () => {
    expect(parseQuarter('2021-Q1')).toEqual({ id: '2021-Q1', year: 2021, quarter: 1, start: '2021-01-01', end: '2021-03-31' });
    expect(quarterBounds('2021-Q2')).toEqual({ start: '2021-04-01', end: '2021-06-30' });
    expect(quarterBounds('2024-Q3')).toEqual({ start: '2024-07-01', end: '2024-09-30' });
    expect(quarterBounds('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
  });

  it.each(['2021-Q0', '2021-Q5', '2021Q1', '2021-q1', ' 2021-Q1', '2021-Q1 ', '21-Q1', 'Q1-2021', '', '2021-Q12', '1900-Q1'])(
    'refuses %j with a bilingual ConfigError',
    (text) => {
      let error: unknown;
      try {
        parseQuarter(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UngcuError);
      expect(error).toMatchObject({ name: 'ConfigError', code: 'invalid-option' });
      const { vi, en } = (error as UngcuError).text;
      expect(vi).toMatch(/Quý|Năm của quý/u);
      expect(en).toMatch(/quarter/u);
    },
  );

  it('places every day of a year in exactly one quarter, the four covering the year without gaps', () => {
    const quarters = [1, 2, 3, 4].map((n) => parseQuarter(`2024-Q${n}`));
    let days = 0;
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const holding = quarters.filter((q) => inQuarter(day, q));
      expect(holding, day).toHaveLength(1);
      expect(quarterOfDate(day).id).toBe(holding[0]!.id);
      days += 1;
    }
    expect(days).toBe(366);
    expect(nextQuarter(parseQuarter('2021-Q4')).id).toBe('2022-Q1');
  });
});

describe('Roman numerals and the quarter as the reviews write it', () => {
  it('writes quarters I to IV and terms such as khóa XV', () => {
    expect([1, 2, 3, 4].map(toRomanNumeral)).toEqual(['I', 'II', 'III', 'IV']);
    expect([9, 14, 15, 40, 1994, 2021].map(toRomanNumeral)).toEqual(['IX', 'XIV', 'XV', 'XL', 'MCMXCIV', 'MMXXI']);
    expect(() => toRomanNumeral(0)).toThrow(RangeError);
  });

  it('formats "quý I/2021" and "the first quarter of 2021"', () => {
    expect(formatQuarter('2021-Q1', 'vi')).toBe('quý I/2021');
    expect(formatQuarter('2021-Q4', 'vi')).toBe('quý IV/2021');
    expect(formatQuarter('2026-Q3', 'en')).toBe('the third quarter of 2026');
  });
});

describe('numbers', () => {
  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect([0, 7, 179, 999, 1000, 1234, 868_000, 1_234_567].map((n) => formatCount(n, 'vi'))).toEqual([
      '0', '7', '179', '999', '1.000', '1.234', '868.000', '1.234.567',
    ]);
    expect(formatCount(1_234_567, 'en')).toBe('1,234,567');
  });

  it('writes counts of proposals up to ten in words, larger ones in digits', () => {
    expect([1, 2, 4, 5, 10].map((n) => formatSmallCount(n, 'vi'))).toEqual(['một', 'hai', 'bốn', 'năm', 'mười']);
    expect([1, 3, 10].map((n) => formatSmallCount(n, 'en'))).toEqual(['one', 'three', 'ten']);
    expect(formatSmallCount(11, 'vi')).toBe('11');
    expect(formatSmallCount(1200, 'vi')).toBe('1.200');
  });
});
