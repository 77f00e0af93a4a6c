/**
 * How both built-in layouts read a row's cells and declare their columns, in one place: a field read with its
 * codec (a failure reported against its column), optional and required text (names with their whitespace
 * collapsed), and a column declared with a layout's defaults.
 */
import type { LayoutColumn, RowCells, RowReport } from '@ungcu/core/export';
import { cellText, nameText } from './cell';
import type { FieldResult } from './fields';

/** Columns holding names, in every layout: whitespace is collapsed there ("Nguyễn  Văn A" is "Nguyễn Văn A"). */
const NAME_KEYS: ReadonlySet<string> = new Set(['province', 'fullName', 'alias', 'councilUnit', 'organization']);

/** The cell's text, undefined when blank. */
export function optionalText<K extends string>(cells: RowCells<K>, key: K): string | undefined {
  const text = NAME_KEYS.has(key) ? nameText(cells.value(key)) : cellText(cells.value(key));
  return text === '' ? undefined : text;
}

/** Reads a field, reports its failure against the column, and returns undefined on failure. */
export function readField<K extends string, T>(report: RowReport<K>, cells: RowCells<K>, key: K, result: FieldResult<T>): T | undefined {
  if (result.ok) return result.value;
  report.error({ key, code: result.code, message: result.message, value: cellText(cells.value(key)) });
  return undefined;
}

/** The cell's text; a blank cell of a column the file has is reported as `required-value`. */
export function requireText<K extends string>(report: RowReport<K>, cells: RowCells<K>, key: K, header: string): string | undefined {
  const text = optionalText(cells, key);
  if (text === undefined && cells.has(key)) {
    report.error({ key, code: 'required-value', message: { vi: `Chưa ghi "${header}".`, en: `"${header}" is empty.` } });
  }
  return text;
}

/** A column declarer with a layout's defaults (whether a column must be present, its width). */
export function columnDeclarer<K extends string>(defaults: { readonly present: boolean; readonly width: number }) {
  return (
    key: K,
    header: string,
    headerEn: string,
    field: string,
    vi: string,
    en: string,
    extra: Partial<LayoutColumn<K>> = {},
  ): LayoutColumn<K> => ({ key, header, headerEn, field, description: { vi, en }, required: false, type: 'text', ...defaults, ...extra });
}
