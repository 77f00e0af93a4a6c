/**
 * Day-first dates as Vietnamese documents write them ("08/4/1968", "8-4-1968", "08.04.1968",
 * "ngày 8 tháng 4 năm 1968"), read into ISO 8601 calendar dates ("1968-04-08").
 */
import { normalizeText } from './normalize';
import { type ParseResult, notParsed, parsed } from './result';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

// One separator used twice: "08/4/1968" and "08-04-1968", not "08/04-1968".
const NUMERIC = /^(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d+)$/u;
const IN_WORDS = /^ngày (\d{1,2}) tháng (\d{1,2}) năm (\d+)$/u;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function calendarDate(day: number, month: number, yearText: string, text: string): ParseResult<string> {
  if (yearText.length < 4) {
    return notParsed(
      `Năm "${yearText}" trong "${text}" phải viết đủ bốn chữ số (ví dụ 1968), để không nhầm thế kỷ.`,
      `The year "${yearText}" in "${text}" must have four digits (e.g. 1968), so the century is not guessed.`,
    );
  }
  const year = Number(yearText);
  if (yearText.length > 4 || year < MIN_YEAR || year > MAX_YEAR) {
    return notParsed(
      `Năm ${yearText} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}.`,
      `The year ${yearText} is outside ${MIN_YEAR}–${MAX_YEAR}.`,
    );
  }
  if (month < 1 || month > 12) {
    return notParsed(
      `Không có tháng ${month}: tháng phải từ 1 đến 12.`,
      `There is no month ${month}: months run from 1 to 12.`,
    );
  }
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return notParsed(
      `Tháng ${month} năm ${year} không có ngày ${day} (chỉ có ${lastDay} ngày).`,
      `Month ${month} of ${year} has no day ${day} (it has ${lastDay} days).`,
    );
  }
  return parsed(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

/** Reads a day-first date into "YYYY-MM-DD", checking it against the calendar. */
export function parseDayFirstDate(text: string): ParseResult<string> {
  const clean = normalizeText(text);
  if (clean.length === 0) return notParsed('Chưa nhập ngày.', 'No date given.');
  const numeric = NUMERIC.exec(clean);
  if (numeric !== null) return calendarDate(Number(numeric[1]), Number(numeric[3]), numeric[4] ?? '', clean);
  const inWords = IN_WORDS.exec(clean.toLowerCase());
  if (inWords !== null) return calendarDate(Number(inWords[1]), Number(inWords[2]), inWords[3] ?? '', clean);
  return notParsed(
    `Không đọc được ngày "${clean}": hãy viết ngày/tháng/năm, ví dụ 08/4/1968 hoặc ngày 8 tháng 4 năm 1968.`,
    `Cannot read the date "${clean}": write day/month/year, e.g. 08/4/1968 or ngày 8 tháng 4 năm 1968.`,
  );
}

/** The shape of an ISO 8601 calendar date; `isIsoDate` also checks the day exists. */
export const ISO_DATE_PATTERN: RegExp = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * The one check of an ISO 8601 calendar date in ungcu: "YYYY-MM-DD" that names a real day ("2021-02-29" is
 * not). Election days, birth dates in files, audit values and CLI flags all go through it.
 */
export function isIsoDate(value: string): boolean {
  const [, year = '', month = '', day = ''] = ISO_DATE_PATTERN.exec(value) ?? [];
  if (year === '') return false;
  const m = Number(month);
  return m >= 1 && m <= 12 && Number(day) >= 1 && Number(day) <= daysInMonth(Number(year), m);
}

/**
 * Formats an ISO calendar date the Vietnamese way, "1968-04-08" → "08/04/1968". Throws a RangeError for text
 * that is not a real YYYY-MM-DD date: callers pass dates they already hold, so a bad one is a programming error.
 */
export function formatDayFirstDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) {
    throw new RangeError(`Not a calendar date in YYYY-MM-DD form: "${isoDate}"`);
  }
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}
