/**
 * TEXT values (RFC 5545 §3.3.11): NFC, then backslash, semicolon, comma and line breaks escaped. Other control
 * characters are not allowed in a TEXT value at all, so they are refused rather than dropped unseen.
 */
import { ConfigError } from '@ungcu/core/errors';
import { toNfc } from '@ungcu/core/text';

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** Where a value comes from, for the error: "milestone \"voting\", title". */
export type ValueSource = string;

export function escapeText(value: string, source: ValueSource): string {
  const text = toNfc(value);
  const bad = FORBIDDEN.exec(text);
  if (bad !== null) {
    const code = `U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    throw new ConfigError({
      vi: `Không xuất được lịch ra iCalendar: ${source} có ký tự điều khiển ${code} ở vị trí ${bad.index + 1}`,
      en: `Cannot write the calendar as iCalendar: ${source} has the control character ${code} at position ${bad.index + 1}`,
    });
  }
  return text
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r\n|\r|\n/gu, '\\n');
}
