/**
 * Which vowel of a syllable carries the tone mark.
 *
 * The same syllable is written "hòa" or "hoà", "thủy" or "thuỷ" depending on the writer's habit, and sorting
 * letter by letter (see collate.ts) would rank the two spellings differently. ungcu therefore moves the mark to
 * one canonical place first: the "new" style of the orthography rules taught in Vietnamese schools, which puts
 * it on the main vowel. In short:
 * - a vowel with a hat, breve or horn (ă â ê ô ơ ư) takes the mark; of two such ("ươ"), the second: "được";
 * - "qu" and "gi" before another vowel are consonants: "quý", "giá";
 * - one vowel takes it; of three, the middle one: "khoái", "khuỷu";
 * - of two, the second if a consonant follows ("hoàn", "huỳnh"), or in open "oa", "oe", "uy" ("hoà", "hoè",
 *   "thuỷ"); otherwise the first ("mái", "múa", "tủi").
 */
import { TONE_MARKS } from './normalize';

/** One letter of a word: the letter itself (NFC, without tone mark) and its tone (0 = none … 5 = nặng). */
export interface LetterUnit {
  readonly letter: string;
  readonly tone: number;
}

const TONE_OF_MARK: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(/* @__PURE__ */ TONE_MARKS.map((mark, i) => [mark, i + 1]));
const PLAIN_VOWELS: ReadonlySet<string> = /* @__PURE__ */ new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const HATTED_VOWELS: ReadonlySet<string> = /* @__PURE__ */ new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);
const SECOND_IS_MAIN: ReadonlySet<string> = /* @__PURE__ */ new Set(['oa', 'oe', 'uy']);
const COMBINING_MARK = /\p{M}/u;

function isVowel(letter: string): boolean {
  return PLAIN_VOWELS.has(letter) || HATTED_VOWELS.has(letter);
}

/** Splits a word into letters, each with its own tone, wherever the writer put the marks. */
export function toLetterUnits(word: string): LetterUnit[] {
  const raw: { letter: string; tone: number }[] = [];
  for (const ch of word.normalize('NFD')) {
    const last = raw[raw.length - 1];
    if (!COMBINING_MARK.test(ch) || last === undefined) {
      raw.push({ letter: ch, tone: 0 });
      continue;
    }
    const tone = TONE_OF_MARK.get(ch);
    if (tone === undefined) last.letter += ch;
    else last.tone = tone;
  }
  return raw.map(({ letter, tone }) => ({ letter: letter.normalize('NFC'), tone }));
}

/**
 * Index of the letter that carries the tone under the rules above, or undefined when the letters are not one
 * Vietnamese syllable (no vowel, or vowels in separate groups as in "Chamaléa"); callers then leave the mark
 * where it was written, since no rule says where it belongs.
 */
export function toneVowelIndex(letters: readonly string[]): number | undefined {
  const lower = letters.map((l) => l.toLowerCase());
  let start = -1;
  let end = -1;
  for (let i = 0; i < lower.length; i++) {
    if (!isVowel(lower[i] ?? '')) continue;
    if (start === -1) start = i;
    else if (i !== end) return undefined;
    end = i + 1;
  }
  if (start === -1) return undefined;
  const before = lower[start - 1];
  const first = lower[start];
  if (end - start > 1 && ((before === 'q' && first === 'u') || (before === 'g' && first === 'i'))) start += 1;

  let hatted: number | undefined;
  for (let i = start; i < end; i++) if (HATTED_VOWELS.has(lower[i] ?? '')) hatted = i;
  if (hatted !== undefined) return hatted;
  const length = end - start;
  if (length === 1) return start;
  if (length >= 3) return start + 1;
  if (end < lower.length) return start + 1;
  return SECOND_IS_MAIN.has(`${lower[start]}${lower[start + 1]}`) ? start + 1 : start;
}

/** Moves a word's single tone mark to its canonical letter; words with no or several marks are left alone. */
export function placeToneCanonically(units: readonly LetterUnit[]): LetterUnit[] {
  const toned = units.filter((u) => u.tone !== 0);
  const tone = toned[0]?.tone;
  const target = toned.length === 1 ? toneVowelIndex(units.map((u) => u.letter)) : undefined;
  if (tone === undefined || target === undefined) return [...units];
  return units.map((u, i) => ({ letter: u.letter, tone: i === target ? tone : 0 }));
}

/** Rewrites every word of a text with its tone mark in the canonical place: "Khánh Hòa" → "Khánh Hoà". NFC. */
export function normalizeTonePlacement(text: string): string {
  return text
    .normalize('NFC')
    .split(/(\s+)/u)
    .map((part, i) => (i % 2 === 1 ? part : spellUnits(placeToneCanonically(toLetterUnits(part)))))
    .join('');
}

function spellUnits(units: readonly LetterUnit[]): string {
  return units
    .map(({ letter, tone }) => (tone === 0 ? letter : `${letter}${TONE_MARKS[tone - 1] ?? ''}`))
    .join('')
    .normalize('NFC');
}
