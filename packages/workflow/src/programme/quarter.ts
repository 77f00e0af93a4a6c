/**
 * Quarters as the work programmes write them ("2021-Q1", the form Proposal.plannedQuarter holds) and as the
 * quarterly reviews print them ("quý I/2021", "the first quarter of 2021").
 */
import { ConfigError } from '@ungcu/core/errors';
import type { IsoDate } from '@ungcu/core';
import type { Locale } from '@ungcu/core/rules';

export type QuarterNumber = 1 | 2 | 3 | 4;

/** One calendar quarter, with its first and last day (both inclusive). */
export interface Quarter {
  /** "2021-Q1" */
  readonly id: string;
  readonly year: number;
  readonly quarter: QuarterNumber;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/u;
const MIN_YEAR = 1945;
const MAX_YEAR = 2200;
// Last day of each quarter's last month; none of them depends on leap years.
const LAST_DAY: Readonly<Record<QuarterNumber, string>> = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' };
const FIRST_DAY: Readonly<Record<QuarterNumber, string>> = { 1: '01-01', 2: '04-01', 3: '07-01', 4: '10-01' };

/** The quarter of a year. */
export function quarterOfYear(year: number, quarter: QuarterNumber): Quarter {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new ConfigError(
      {
        en: `A quarter's year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}, got ${year}`,
        vi: `Năm của quý phải là số nguyên từ ${MIN_YEAR} đến ${MAX_YEAR}, nhận được ${year}`,
      },
      { details: { year } },
    );
  }
  const y = String(year);
  return { id: `${y}-Q${quarter}`, year, quarter, start: `${y}-${FIRST_DAY[quarter]}`, end: `${y}-${LAST_DAY[quarter]}` };
}

/** Reads "YYYY-Qn" (n from 1 to 4), the form of `Proposal.plannedQuarter`; anything else is a ConfigError. */
export function parseQuarter(text: string): Quarter {
  const match = typeof text === 'string' ? QUARTER_PATTERN.exec(text) : null;
  if (match === null) {
    throw new ConfigError(
      {
        en: `A quarter is written YYYY-Qn with n from 1 to 4 (e.g. "2021-Q1"), got "${String(text)}"`,
        vi: `Quý phải viết dạng YYYY-Qn, n từ 1 đến 4 (ví dụ "2021-Q1"), nhận được "${String(text)}"`,
      },
      { details: { quarter: text } },
    );
  }
  return quarterOfYear(Number(match[1]), Number(match[2]) as QuarterNumber);
}

/** A quarter given as text or already parsed. */
export function toQuarter(quarter: string | Quarter): Quarter {
  return typeof quarter === 'string' ? parseQuarter(quarter) : quarterOfYear(quarter.year, quarter.quarter);
}

/** The first and last day of the quarter, both inclusive. */
export function quarterBounds(quarter: string | Quarter): { readonly start: IsoDate; readonly end: IsoDate } {
  const q = toQuarter(quarter);
  return { start: q.start, end: q.end };
}

/** The quarter a date falls in. */
export function quarterOfDate(date: IsoDate): Quarter {
  const month = Number(date.slice(5, 7));
  return quarterOfYear(Number(date.slice(0, 4)), (Math.floor((month - 1) / 3) + 1) as QuarterNumber);
}

/** True when the day lies in the quarter (ISO dates compare as text). */
export function inQuarter(date: IsoDate | undefined, quarter: Quarter): boolean {
  return date !== undefined && date >= quarter.start && date <= quarter.end;
}

export function nextQuarter(quarter: Quarter): Quarter {
  return quarter.quarter === 4 ? quarterOfYear(quarter.year + 1, 1) : quarterOfYear(quarter.year, (quarter.quarter + 1) as QuarterNumber);
}

const ROMAN: readonly (readonly [number, string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → "I", 4 → "IV", 15 → "XV" (quarters, and terms such as khóa XV). */
export function toRomanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new RangeError(`toRomanNumeral: ${n} is not a whole number from 1 to 3999`);
  }
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const ORDINAL_EN = ['first', 'second', 'third', 'fourth'] as const;

/** "quý I/2021" or "the first quarter of 2021", as the reviews write it. */
export function formatQuarter(quarter: string | Quarter, locale: Locale): string {
  const q = toQuarter(quarter);
  return locale === 'vi'
    ? `quý ${toRomanNumeral(q.quarter)}/${q.year}`
    : `the ${ORDINAL_EN[q.quarter - 1]} quarter of ${q.year}`;
}
