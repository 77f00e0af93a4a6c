/**
 * Ordering names the way official Vietnamese candidate lists are ordered ("theo vần chữ cái A, B, C").
 *
 * Names are ranked by given name first, letter by letter in the Vietnamese alphabet
 *   a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
 * where a vowel carrying a tone mark counts as a letter of its own, right after the plain vowel, in the order
 * no mark, huyền, sắc, hỏi, ngã, nặng (a à á ả ã ạ ă ằ …). So "Thanh" < "Thái" (a < á at the third letter) and
 * "Hoan" < "Hòa" (o < ò at the second): the tone counts where it is written, unlike ICU collation, where tones
 * only break ties between otherwise equal words. Official lists do it this way: this order reproduces 183 of
 * the 184 constituency lists of 2021, ICU's 179 (collate.real-data.test.ts).
 *
 * Because the mark's position then matters, each word's mark is first moved to its canonical vowel
 * (tone-placement.ts), so "Hoà" and "Hòa" rank the same.
 *
 * f, j, w and z are not Vietnamese letters but occur in minority and foreign names; they take their Latin
 * places (f after ê, j after i, w after v, z after y). Digits come before letters; any other letter comes
 * after all of these, by code point. Everything that is not a letter or digit (′ ' ’ ` - spaces) is ignored
 * inside a word.
 */
import { WORD_BOUNDS, boundedMemo } from './memo';
import { nameWords } from './names';
import { type LetterUnit, placeToneCanonically, toLetterUnits } from './tone-placement';

const ALPHABET = [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
const VOWELS: ReadonlySet<string> = /* @__PURE__ */ new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']);
const TONE_COUNT = 6;

// Keys are strings compared by UTF-16 code unit. The low code units are separators, so that a shorter word
// or name sorts before a longer one that starts the same way.
const LEVEL_SEPARATOR = '\u0000';
const WORD_SEPARATOR = '\u0001';
const DIGIT_BASE = 0x10;
const LETTER_BASE = 0x40;
const OTHER_LETTER = '\u2000';

/** Base rank of each letter; vowels take six consecutive ranks, one per tone. */
const LETTER_RANK: ReadonlyMap<string, number> = (() => {
  const ranks = new Map<string, number>();
  let next = LETTER_BASE;
  for (const letter of ALPHABET) {
    ranks.set(letter, next);
    next += VOWELS.has(letter) ? TONE_COUNT : 1;
  }
  return ranks;
})();

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

function unitKey({ letter, tone }: LetterUnit): string {
  const lower = letter.toLowerCase();
  const rank = LETTER_RANK.get(lower);
  if (rank !== undefined) return String.fromCharCode(VOWELS.has(lower) ? rank + tone : rank);
  if (lower >= '0' && lower <= '9') return String.fromCharCode(DIGIT_BASE + lower.charCodeAt(0) - 0x30);
  return OTHER_LETTER + lower;
}

// Memoised (bounds in memo.ts): a list of 100,000 names reuses a few thousand syllables, and each key means
// NFD, a split into letters and a tone placement.
const wordKey = /* @__PURE__ */ boundedMemo((word: string): string => {
  const units = toLetterUnits(word).filter((u) => LETTER_OR_DIGIT.test(u.letter));
  return placeToneCanonically(units).map(unitKey).join('');
}, WORD_BOUNDS);

/**
 * Sort key of a word or phrase in Vietnamese alphabetical order: compare two keys with `<` (never with
 * localeCompare). Blind to case, NFC/NFD and tone placement: "Hoà" and "Hòa" have the same key.
 */
export function vietnameseSortKey(text: string): string {
  return text
    .split(/\s+/u)
    .map(wordKey)
    .filter((k) => k.length > 0)
    .join(WORD_SEPARATOR);
}

/**
 * Sort key of a person's full name: the given name (alias in parentheses ignored), then the whole name from the
 * family name on, then the alias. Names with equal keys differ at most in spelling details such as case or tone
 * placement.
 */
export function vietnameseNameSortKey(fullName: string): string {
  const { words, alias } = nameWords(fullName);
  // Built as one string, without the intermediate arrays: a list of 100,000 names asks for 100,000 keys.
  let whole = '';
  let given = '';
  for (let i = 0; i < words.length; i++) {
    given = wordKey(words[i]!);
    whole = i === 0 ? given : `${whole}${WORD_SEPARATOR}${given}`;
  }
  return `${given}${LEVEL_SEPARATOR}${whole}${LEVEL_SEPARATOR}${alias === undefined ? '' : vietnameseSortKey(alias)}`;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeyed(a: { key: string; name: string }, b: { key: string; name: string }): number {
  return (
    compareStrings(a.key, b.key) ||
    compareStrings(a.name.normalize('NFC'), b.name.normalize('NFC')) ||
    compareStrings(a.name, b.name)
  );
}

/**
 * Compares two full names in official-list order (see vietnameseNameSortKey). Names that rank equal are ordered
 * by their NFC text, then by their raw text, so the order is total: 0 only for identical strings.
 */
export function compareVietnameseNames(a: string, b: string): number {
  return compareKeyed({ key: vietnameseNameSortKey(a), name: a }, { key: vietnameseNameSortKey(b), name: b });
}

/** A sorted copy of `items` in official-list order of their names; stable, and `items` is left untouched. */
export function sortByVietnameseName<T>(items: readonly T[], getName: (item: T) => string): T[] {
  return items
    .map((item, index) => {
      const name = getName(item);
      return { item, index, name, key: vietnameseNameSortKey(name) };
    })
    .sort((a, b) => compareKeyed(a, b) || a.index - b.index)
    .map(({ item }) => item);
}
