/**
 * The result of reading user-supplied text. Bad input is ordinary data in ungcu, not an exception, so parsers
 * return this instead of throwing; the reason is bilingual because it is shown to election staff as it is.
 */

/** Why a text could not be read, in Vietnamese and English (same shape as the errors module's BilingualText). */
export interface ParseFailureReason {
  readonly vi: string;
  readonly en: string;
}

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: ParseFailureReason };

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function notParsed<T>(vi: string, en: string): ParseResult<T> {
  return { ok: false, reason: { vi, en } };
}
