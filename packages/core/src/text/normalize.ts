/**
 * Vietnamese text normalisation: NFC for storage, and a comparison key that is blind to case, NFC/NFD and
 * old versus new tone-mark placement ("hoá"/"hóa", "thuỷ"/"thủy").
 *
 * Vietnamese spells each syllable with at most one tone mark. Where that mark sits inside the vowel cluster
 * is a style choice (the "old" style puts it on the first vowel of open "oa", "oe", "uy": "hòa", "thủy"; the
 * "new" style on the second, the main vowel: "hoà", "thuỷ"), so the key strips the tone mark from the letters
 * and appends it to the syllable instead.
 */
import { WORD_BOUNDS, boundedMemo } from './memo';
import { toNfc } from './nfc';

/** Combining tone marks in the order the Vietnamese alphabet ranks them (after "no tone"). */
export const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
/** Tone names, index 0 = no mark: ngang, huyền, sắc, hỏi, ngã, nặng. */
export const TONE_NAMES = ['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang'] as const;

const TONE_INDEX: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(/* @__PURE__ */ TONE_MARKS.map((mark, i) => [mark, i + 1]));

// Whitespace that collapsing would rewrite: any whitespace but a plain space, or two spaces in a row. Most
// texts have none, and testing for it costs a tenth of the replace, which builds a new string even when every
// run is already one space. (Without the `u` flag, which is faster; \s matches the same characters either way.)
const IRREGULAR_SPACE = /[^\S ]| {2}/;

/** NFC with whitespace collapsed and trimmed: the form ungcu stores every name in. */
export function normalizeText(value: string): string {
  const nfc = toNfc(value);
  return (IRREGULAR_SPACE.test(nfc) ? nfc.replace(/\s+/gu, ' ') : nfc).trim();
}

/** A syllable split into its letters (no tone mark, NFC) and its tone (0 = ngang … 5 = nặng). */
export interface ToneSplit {
  readonly letters: string;
  readonly tone: number;
}

/** Separates the tone mark from a single syllable, wherever the mark was placed. */
export function splitTone(syllable: string): ToneSplit {
  let tone = 0;
  let letters = '';
  for (const ch of syllable.normalize('NFD')) {
    const t = TONE_INDEX.get(ch);
    if (t === undefined) letters += ch;
    else tone = t;
  }
  return { letters: letters.normalize('NFC'), tone };
}

const WHITESPACE = /\s+/u;
const NOT_A_SPACE_BUT_WHITESPACE = /[^\S ]/;

/**
 * The text split at whitespace, with empty parts where runs of it or the ends leave them: callers skip those.
 * Splitting at " " is much cheaper than at a regex, and gives the same non-empty parts when the only
 * whitespace is the plain space, as in every normalised name.
 */
export function splitWords(value: string): string[] {
  return NOT_A_SPACE_BUT_WHITESPACE.test(value) ? value.split(WHITESPACE) : value.split(' ');
}

const wordComparisonKey = /* @__PURE__ */ boundedMemo((word: string): string => {
  const { letters, tone } = splitTone(word.normalize('NFD').toLowerCase());
  return tone === 0 ? letters : `${letters}${tone}`;
}, WORD_BOUNDS);

/**
 * A key for equality tests: lower case, NFC, tone marks moved to the end of each syllable, whitespace
 * collapsed. "Thanh Hoá", "THANH HÓA" and the NFD "Thanh Hóa" all give the same key.
 */
export function comparisonKey(value: string): string {
  // Word by word, each word's key memoised: names and places reuse a few thousand syllables. Splitting before
  // NFD and lower-casing gives the same words as after: neither maps a character to or from whitespace, and
  // both act within a word (whitespace is a boundary for NFD ordering). The one exception is the Greek capital
  // sigma, whose lower case depends on the letters around it, across U+FEFF (whitespace to \s, but ignored by
  // the final-sigma rule): a text holding one takes the whole-text path.
  if (value.includes('\u03A3')) return wholeComparisonKey(value);
  let key = '';
  let first = true;
  for (const word of splitWords(value)) {
    if (word.length === 0) continue;
    key = first ? wordComparisonKey(word) : `${key} ${wordComparisonKey(word)}`;
    first = false;
  }
  return key;
}

function wholeComparisonKey(value: string): string {
  return value
    .normalize('NFD')
    .toLowerCase()
    .split(WHITESPACE)
    .filter((w) => w.length > 0)
    .map((word) => {
      const { letters, tone } = splitTone(word);
      return tone === 0 ? letters : `${letters}${tone}`;
    })
    .join(' ');
}

/** True when two strings are the same Vietnamese text up to case, normalisation and tone placement. */
export function sameText(a: string, b: string): boolean {
  return comparisonKey(a) === comparisonKey(b);
}

const WHITESPACE_RUNS = /(\s+)/u;

const strippedPart = /* @__PURE__ */ boundedMemo(
  (part: string): string =>
    part
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .normalize('NFC'),
  WORD_BOUNDS,
);

/**
 * Removes every diacritic and maps đ to d: "Đắk Lắk" → "Dak Lak". For search boxes and slugs only; never for
 * equality, since it merges different words ("Hòa" and "Hoa").
 */
export function stripDiacritics(value: string): string {
  // Word by word (the whitespace between words kept as parts of their own), each part memoised: slugs and
  // search keys of names reuse a few thousand syllables. The parts give the same result as the whole text:
  // with the marks removed, nothing composes across whitespace.
  const parts = value.split(WHITESPACE_RUNS);
  if (parts.length === 1) return strippedPart(value);
  let out = '';
  for (const part of parts) out += strippedPart(part);
  return out;
}
