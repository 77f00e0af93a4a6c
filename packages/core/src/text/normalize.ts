/**
 * Vietnamese text normalisation: NFC for storage, and a comparison key that is blind to case, NFC/NFD and
 * old versus new tone-mark placement ("hoá"/"hóa", "thuỷ"/"thủy").
 *
 * Vietnamese spells each syllable with at most one tone mark. Where that mark sits inside the vowel cluster
 * is a style choice (the "old" style puts it on the first vowel of open "oa", "oe", "uy": "hòa", "thủy"; the
 * "new" style on the second, the main vowel: "hoà", "thuỷ"), so the key strips the tone mark from the letters
 * and appends it to the syllable instead.
 */

/** Combining tone marks in the order the Vietnamese alphabet ranks them (after "no tone"). */
export const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
/** Tone names, index 0 = no mark: ngang, huyền, sắc, hỏi, ngã, nặng. */
export const TONE_NAMES = ['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang'] as const;

const TONE_INDEX: ReadonlyMap<string, number> = new Map(TONE_MARKS.map((mark, i) => [mark, i + 1]));

/** NFC with whitespace collapsed and trimmed: the form ungcu stores every name in. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
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

/**
 * A key for equality tests: lower case, NFC, tone marks moved to the end of each syllable, whitespace
 * collapsed. "Thanh Hoá", "THANH HÓA" and the NFD "Thanh Hóa" all give the same key.
 */
export function comparisonKey(value: string): string {
  return value
    .normalize('NFD')
    .toLowerCase()
    .split(/\s+/u)
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

/**
 * Removes every diacritic and maps đ to d: "Đắk Lắk" → "Dak Lak". For search boxes and slugs only; never for
 * equality, since it merges different words ("Hòa" and "Hoa").
 */
export function stripDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
