/**
 * Characters no cell may carry. They are invisible in a spreadsheet, a NUL byte is stored by SQLite but
 * refused by PostgreSQL (far from the file that brought it, with no row to fix), and an escape sequence in a
 * name can drive the terminal that prints it. So the import engine refuses them with the file, row, column
 * and position, before any layout decodes the row.
 *
 * Refused: C0 controls U+0000–U+001F except TAB, LF and CR; DEL U+007F; C1 controls U+0080–U+009F; lone
 * UTF-16 surrogates (half of a character, from a broken encoder); the noncharacters U+FFFE and U+FFFF (a
 * byte-order mark read the wrong way round, or a "not a character" marker).
 *
 * Allowed everywhere: TAB, LF and CR. They are whitespace: name columns collapse them to one space, free-text
 * columns (occupation, workplace...) keep their inner line breaks as a spreadsheet cell shows them, and date,
 * number and list columns trim them or refuse the value with their own error.
 */
import type { LocalizedText } from '@ungcu/core';

// One regex test per cell keeps a 500,000-row import cheap. The test runs without the `u` flag, which is about
// twice as fast, and so also matches the two halves of a valid pair (an emoji); only a cell it matches is
// walked with REFUSED, where the `u` flag makes \p{Cs} match a surrogate that is not half of a pair.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this regex
const MAYBE_REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this regex
const REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\p{Cs}]/u;

/** A refused character found in a cell. */
export interface ControlCharacterHit {
  /** "U+0000". */
  readonly codePoint: string;
  /** 1-based position in the cell, counted in characters (code points) as a person counts them. */
  readonly position: number;
  /** How many refused characters the cell holds. */
  readonly count: number;
}

/** The first refused character of a text, or undefined when it has none (the common, fast case). */
export function findControlCharacter(text: string): ControlCharacterHit | undefined {
  if (!MAYBE_REFUSED.test(text)) return undefined;
  let position = 0;
  let first: { codePoint: number; position: number } | undefined;
  let count = 0;
  // Only a cell the quick test matched gets here: walking it by code point gives a position a person counts to.
  for (const ch of text) {
    position++;
    if (REFUSED.test(ch)) {
      count++;
      first ??= { codePoint: ch.codePointAt(0)!, position };
    }
  }
  // Only surrogate pairs (emoji, rare CJK) matched the quick test: nothing is refused.
  if (first === undefined) return undefined;
  return { codePoint: `U+${first.codePoint.toString(16).toUpperCase().padStart(4, '0')}`, position: first.position, count };
}

/** The cell with every refused character shown as "<U+0000>", safe to print in a log or a terminal. */
export function visibleControlCharacters(text: string): string {
  return text.replace(
    new RegExp(REFUSED.source, 'gu'),
    (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

/** The message of a `control-character` error, in both languages. */
export function controlCharacterMessage(hit: ControlCharacterHit): LocalizedText {
  const more = hit.count > 1;
  return {
    vi: `Ô có ký tự điều khiển hoặc không hợp lệ ${hit.codePoint} ở vị trí ${hit.position} trong ô${more ? ` (và ${hit.count - 1} ký tự như vậy nữa)` : ''}: ký tự này không nhìn thấy được và không lưu được; hãy xóa nó rồi nhập lại.`,
    en: `The cell holds the control or invalid character ${hit.codePoint} at position ${hit.position} in the cell${more ? ` (and ${hit.count - 1} more like it)` : ''}: it is invisible and cannot be stored; delete it and import again.`,
  };
}
