/**
 * The words a gender cell may hold. Lists reach ungcu from many hands: typed in Vietnamese with or without
 * diacritics, exported from HR systems in English, or as one-letter codes. Only words that can mean one thing
 * are accepted; anything else is refused rather than guessed, because a wrong gender silently changes the
 * women's share the law checks.
 *
 * Left out on purpose: "N" (both Nam and Nữ start with it), digits such as 1/0 or 1/2 (systems disagree on
 * which number is which), and "Nư", "Nứ" and other misspellings (a typo is not an answer).
 */
import { comparisonKey } from '@ungcu/core/text';
import { cachedComparisonKey } from './memo';

export type GenderValue = 'male' | 'female';

/** Every accepted word, the canonical one first, as the docs and the error message list them. */
export const GENDER_SYNONYMS: Readonly<Record<GenderValue, readonly string[]>> = {
  male: ['Nam', 'Nam giới', 'Nam gioi', 'male', 'M'],
  female: ['Nữ', 'Nữ giới', 'Nu', 'Nu gioi', 'female', 'F'],
};

// Keys are blind to case, NFC/NFD, tone placement and runs of whitespace (comparisonKey), so "NỮ", "nam "
// and a decomposed "Nữ" all match without being listed.
const BY_KEY: ReadonlyMap<string, GenderValue> = new Map(
  (Object.keys(GENDER_SYNONYMS) as GenderValue[]).flatMap((g) => GENDER_SYNONYMS[g].map((w) => [comparisonKey(w), g] as const)),
);

/** The gender a cell's text names, or undefined when it is not one of the accepted words. */
export function genderOfWord(text: string): GenderValue | undefined {
  return BY_KEY.get(cachedComparisonKey(text));
}

/** The other accepted words of one gender (all but the canonical first), quoted, for messages: "Nữ giới", "Nu"... */
export function genderSynonymList(gender: GenderValue): string {
  return GENDER_SYNONYMS[gender]
    .slice(1)
    .map((w) => `"${w}"`)
    .join(', ');
}
