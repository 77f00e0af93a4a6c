/**
 * Trim then NFC in one zod check instead of two (`z.trim()`, then `z.normalize('NFC')`), with the same result,
 * and `normalize` only for text that may not be NFC: on Vietnamese text a character test is about half the
 * cost of `normalize` (which scans the text even when it has nothing to change).
 */
import * as z from 'zod/mini';

/**
 * Whether `s` is NFC by the characters it is made of: every character in U+0000-U+02FF (Latin, with the
 * Vietnamese ă â đ ê ô ơ ư and their capitals), U+1E00-U+1EFF (Latin Extended Additional: the Vietnamese
 * letters with a tone mark) or U+2010-U+2027 (dashes, quotes, ellipsis). None of them is a combining mark, each
 * is NFC alone and no two of them compose (test/model/parse-fast-path.test.ts checks every pair), so a string
 * of them is NFC. Anything else, a combining mark above all, goes through `normalize`.
 */
export function isNfcByCharacters(s: string): boolean {
  return !OUTSIDE_NFC_SAFE.test(s);
}
// The complement of those ranges, by UTF-16 code unit: a character beyond U+FFFF is a surrogate pair, and
// surrogates (U+D800-U+DFFF) are outside, so it goes through `normalize` too. No `u` flag: with it V8 reads
// code points and the test costs more than `normalize` itself.
const OUTSIDE_NFC_SAFE = /[\u0300-\u1dff\u1f00-\u200f\u2028-\uffff]/;

/** The text trimmed, then in NFC. */
export function trimToNfc(input: string): string {
  const trimmed = input.trim();
  return isNfcByCharacters(trimmed) ? trimmed : trimmed.normalize('NFC');
}

/** The check: a zod overwrite, like `z.trim()` and `z.normalize()`, so the JSON Schema is unchanged. */
/* @__NO_SIDE_EFFECTS__ */
export function trimNfc(): z.core.$ZodCheckOverwrite<string> {
  return z.overwrite(trimToNfc);
}
