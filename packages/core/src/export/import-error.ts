/**
 * Import errors are data: every problem of every file is collected with its place (file, sheet, row as a
 * spreadsheet shows it, column header and letter), the value, a stable code and a message in both languages.
 */
import type { LocalizedText } from '../model/primitives';

export const IMPORT_ERROR_CODES = [
  'unreadable-file',
  'unknown-layout',
  'missing-column',
  'unknown-column',
  'required-value',
  'invalid-date',
  'invalid-gender',
  'invalid-number',
  'invalid-value',
  'unknown-ethnicity',
  'invalid-term',
  'unparsed-incumbency',
  'missing-seats',
  'inconsistent-constituency',
  'duplicate-row',
  'invalid-field',
  'empty-file',
  'control-character',
  'legacy-encoding',
  'unknown-encoding',
  'input-limit',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportErrorColumn {
  /** The header text as the file has it (or as the layout names it when the column is missing). */
  readonly header: string;
  /** The spreadsheet column letter ("A", "AB"); absent for a column the file does not have. */
  readonly letter?: string;
}

export interface ImportError {
  readonly file: string;
  readonly sheet?: string;
  /** 1-based row number as a spreadsheet shows it: the header is row 1. */
  readonly row: number;
  readonly column?: ImportErrorColumn;
  readonly value?: string;
  readonly code: ImportErrorCode;
  readonly message: LocalizedText;
}

/** "A", "B", …, "Z", "AA" for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Where a row came from, for errors. */
export interface RowPlace {
  readonly file: string;
  readonly sheet?: string;
  readonly row: number;
}

/** Builds an ImportError without undefined-valued keys (exactOptionalPropertyTypes, and cleaner JSON). */
export function importError(
  place: RowPlace,
  code: ImportErrorCode,
  message: LocalizedText,
  extra: { readonly column?: ImportErrorColumn; readonly value?: string } = {},
): ImportError {
  return {
    file: place.file,
    ...(place.sheet === undefined ? {} : { sheet: place.sheet }),
    row: place.row,
    ...(extra.column === undefined ? {} : { column: extra.column }),
    ...(extra.value === undefined ? {} : { value: extra.value }),
    code,
    message,
  };
}

/** "file.csv, sheet Danh sách, row 12, column G (Giới tính)": for logs and the CLI. */
export function formatImportError(error: ImportError, locale: 'vi' | 'en' = 'en'): string {
  const vi = locale === 'vi';
  const parts = [error.file];
  if (error.sheet !== undefined) parts.push(`${vi ? 'trang' : 'sheet'} ${error.sheet}`);
  parts.push(`${vi ? 'dòng' : 'row'} ${error.row}`);
  if (error.column !== undefined) {
    const letter = error.column.letter === undefined ? '' : `${error.column.letter} `;
    parts.push(`${vi ? 'cột' : 'column'} ${letter}(${error.column.header})`);
  }
  return `${parts.join(', ')}: ${error.message[locale]} [${error.code}]`;
}
