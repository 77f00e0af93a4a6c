/**
 * The lookup key of an ethnic name. Real documents write the same name in many ways ("Ê-đê", "Ê Đê", "Êđê",
 * "M'Nông", "M`nông", "Mnông", "Cơ - ho", "Tà-ôi", "Tàôi"), so the key drops every separator, lower-cases,
 * and moves each tone mark to the end of its run of vowels, so NFC/NFD and old/new tone placement ("Hoà" /
 * "Hòa") do not matter. Tones themselves are kept: "Mạ" and "Ma", "Lào" and "Lao" stay different names.
 *
 * comparisonKey (text/normalize) moves tones to the end of each space-separated syllable; that needs the
 * syllable boundaries, which names written without separators ("Tàôi", "HàNhì") do not have. Tying the tone
 * to its vowel run instead gives the same key with or without separators.
 */
import { TONE_MARKS } from '../text/normalize';

/**
 * Whitespace, hyphens and dashes of every width, and every apostrophe, quote-like or backtick character that
 * spreadsheets and word processors substitute for "'" (’ ‘ ‛ ` ´ ′ ʹ ʻ ʼ ʽ ˈ).
 */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212'\u2018\u2019\u201B`\u00B4\u2032\u02B9\u02BB\u02BC\u02BD\u02C8]+/u;
/** Invisible format characters (zero-width space, BOM, soft hyphen) that copy-paste leaves behind. */
const INVISIBLE = /\p{Cf}/gu;
/** A name is letters and combining marks only; digits or punctuation mean the value is not a name. */
const LETTERS = /^[\p{L}\p{M}]+$/u;
const COMBINING_MARK = /^\p{M}$/u;
/** Vowel letters in NFD: ă â ê ô ơ ư decompose to these plus a mark that stays with them. */
const VOWELS: ReadonlySet<string> = /* @__PURE__ */ new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const TONES: ReadonlySet<string> = /* @__PURE__ */ new Set(TONE_MARKS);

/** Lower case, tone marks moved to the end of their vowel run. Input: one name without separators. */
function lettersKey(word: string): string {
  let key = '';
  let tones = '';
  let inVowels = false;
  for (const ch of word.normalize('NFD').toLowerCase()) {
    if (TONES.has(ch)) {
      tones += ch;
    } else if (VOWELS.has(ch) || (inVowels && COMBINING_MARK.test(ch))) {
      key += ch;
      inVowels = true;
    } else {
      key += tones + ch;
      tones = '';
      inVowels = false;
    }
  }
  return (key + tones).normalize('NFC');
}

const PREFIX_DAN_TOC = [lettersKey('dân'), lettersKey('tộc')] as const;
const PREFIX_NGUOI = /* @__PURE__ */ lettersKey('người');

/**
 * The key of one name (no brackets), or undefined when the value cannot be an ethnic name (empty, or holds
 * digits or punctuation). A leading "dân tộc" and/or "người" is dropped ("Dân tộc Kinh", "người Hoa") unless
 * nothing would remain.
 */
export function ethnicityKey(name: string): string | undefined {
  let words = name.normalize('NFC').replace(INVISIBLE, '').split(SEPARATORS).filter((w) => w.length > 0);
  if (words.length === 0 || !words.every((w) => LETTERS.test(w))) return undefined;
  if (words.length > 2 && lettersKey(words[0]!) === PREFIX_DAN_TOC[0] && lettersKey(words[1]!) === PREFIX_DAN_TOC[1]) {
    words = words.slice(2);
  }
  if (words.length > 1 && lettersKey(words[0]!) === PREFIX_NGUOI) words = words.slice(1);
  return lettersKey(words.join(''));
}

/** A value of the form "name (other name)", as "Xơ-đăng (Ca Dong)" or "Cao Lan (Sán Chay)". */
export interface BracketedName {
  readonly outer: string;
  readonly inner: string;
}

const BRACKETED = /^([^()]*)\(([^()]*)\)$/u;

/** Splits a trailing bracketed name off; undefined when the value has no such form (or an empty part). */
export function splitBracketed(value: string): BracketedName | undefined {
  const match = BRACKETED.exec(value.trim());
  const outer = match?.[1]?.trim() ?? '';
  const inner = match?.[2]?.trim() ?? '';
  return outer === '' || inner === '' ? undefined : { outer, inner };
}
