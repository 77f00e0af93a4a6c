/**
 * Whole numbers written in Vietnamese words, as legal texts write counts ("Số đại biểu Quốc hội được bầu là
 * ba mươi hai"): reading them, and writing them in the standard spelling, from 0 to 999,999.
 *
 * The spelling rules that matter: 10–19 use "mười" (with a grave accent), 20–99 "<digit> mươi" (without);
 * after mươi, 1 is "mốt", 4 may be "tư", 5 is "lăm" (also "nhăm"); after mười, 5 is "lăm"; a zero tens digit
 * after a hundreds digit is "linh" or "lẻ" ("một trăm linh năm" = 105); thousands are "nghìn" or "ngàn".
 */
import { comparisonKey, normalizeText } from './normalize';
import { type ParseResult, notParsed, parsed } from './result';

export const MAX_NUMBER_IN_WORDS = 999_999;

type Meaning =
  | { readonly kind: 'digit'; readonly value: number }
  /** A digit spelt the way it is only after mươi/mười ("mốt", "tư", "lăm", "nhăm"); "tư" also after linh. */
  | { readonly kind: 'unit'; readonly value: number; readonly afterLinh: boolean }
  | { readonly kind: 'ten' | 'tens' | 'hundred' | 'linh' | 'thousand' };

const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

const SPELLINGS: readonly (readonly [string, Meaning])[] = [
  ...DIGIT_WORDS.map((word, value) => [word, { kind: 'digit', value }] as const),
  ['bẩy', { kind: 'digit', value: 7 }],
  ['mốt', { kind: 'unit', value: 1, afterLinh: false }],
  ['tư', { kind: 'unit', value: 4, afterLinh: true }],
  ['lăm', { kind: 'unit', value: 5, afterLinh: false }],
  ['nhăm', { kind: 'unit', value: 5, afterLinh: false }],
  ['mười', { kind: 'ten' }],
  ['mươi', { kind: 'tens' }],
  ['trăm', { kind: 'hundred' }],
  ['linh', { kind: 'linh' }],
  ['lẻ', { kind: 'linh' }],
  ['nghìn', { kind: 'thousand' }],
  ['ngàn', { kind: 'thousand' }],
];

/** Keyed by comparisonKey, so case, NFD and tone placement do not matter. */
const VOCABULARY: ReadonlyMap<string, Meaning> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ SPELLINGS.map(([word, meaning]) => [comparisonKey(word), meaning]),
);

const DIGITS = /^\d{1,16}$|^\d{1,3}(?:\.\d{3})+$/u;

interface Word {
  readonly text: string;
  readonly meaning: Meaning;
}

/** Thrown inside the reader only, and turned into a ParseResult at its edge. */
class Unreadable {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {}
}

function outOfPlace(word: Word | undefined, input: string): Unreadable {
  if (word === undefined) {
    return new Unreadable(
      `"${input}" dừng giữa chừng, thiếu chữ số ở cuối.`,
      `"${input}" stops short: a digit is missing at the end.`,
    );
  }
  return new Unreadable(
    `Từ "${word.text}" không đúng chỗ trong "${input}".`,
    `The word "${word.text}" is out of place in "${input}".`,
  );
}

/** Reads words left to right: [hundreds] [tens and units], once, then again after "nghìn". */
function readWords(words: readonly Word[], input: string): number {
  let at = 0;
  const peek = (offset = 0): Meaning | undefined => words[at + offset]?.meaning;

  // The last digit after mươi, mười or linh.
  const unit = (after: 'tens' | 'linh', required: boolean): number => {
    const m = peek();
    if (m?.kind === 'digit' && m.value > 0) return (at++, m.value);
    if (m?.kind === 'unit' && (after === 'tens' || m.afterLinh)) return (at++, m.value);
    if (required || (m !== undefined && m.kind !== 'thousand')) throw outOfPlace(words[at], input);
    return 0;
  };

  const group = (base: number, afterThousand: boolean): number => {
    let value = 0;
    let hundreds = false;
    const first = peek();
    if (first?.kind === 'digit' && peek(1)?.kind === 'hundred') {
      if (first.value === 0 && !afterThousand) throw outOfPlace(words[at], input);
      value = first.value * 100;
      hundreds = true;
      at += 2;
    }
    const m = peek();
    if (m?.kind === 'linh' && (hundreds || afterThousand)) {
      at++;
      return value + unit('linh', true);
    }
    if (m?.kind === 'ten') {
      at++;
      return value + 10 + unit('tens', false);
    }
    if (m?.kind === 'digit' && peek(1)?.kind === 'tens') {
      if (m.value < 2) throw outOfPlace(words[at + 1], input);
      at += 2;
      return value + m.value * 10 + unit('tens', false);
    }
    if (m?.kind === 'digit' && m.value > 0 && (hundreds || afterThousand)) {
      if (at + 1 < words.length) throw outOfPlace(words[at], input);
      // "một trăm năm" is 105 to some readers and 150 to others; standard spelling has no such gap.
      const asUnits = base + value + m.value;
      const asNext = base + value + m.value * (hundreds ? 10 : 100);
      const [unitsWords, nextWords] = [toVietnameseNumberWords(asUnits), toVietnameseNumberWords(asNext)];
      throw new Unreadable(
        `"${input}" có thể hiểu là ${asUnits} hoặc ${asNext}: hãy viết "${unitsWords}" hoặc "${nextWords}".`,
        `"${input}" could mean ${asUnits} or ${asNext}: write "${unitsWords}" or "${nextWords}".`,
      );
    }
    if (m?.kind === 'digit' && m.value > 0) {
      at++;
      return m.value;
    }
    if (!hundreds) throw outOfPlace(words[at], input);
    return value;
  };

  const leading = group(0, false);
  if (peek()?.kind !== 'thousand') {
    if (at < words.length) throw outOfPlace(words[at], input);
    return leading;
  }
  at++;
  const total = leading * 1000 + (at < words.length ? group(leading * 1000, true) : 0);
  if (at < words.length) throw outOfPlace(words[at], input);
  return total;
}

/**
 * Reads a whole number written in Vietnamese words ("ba mươi hai" → 32, "một trăm lẻ năm" → 105,
 * "hai mươi tư" → 24, "một ngàn" → 1000), up to 999,999, or in digits ("32", "1.000"). Blind to case, NFC/NFD
 * and tone placement. Spellings that readers understand differently ("một trăm năm": 105 or 150?) are refused.
 */
export function parseVietnameseNumber(text: string): ParseResult<number> {
  const input = normalizeText(text);
  if (input.length === 0) return notParsed('Chưa nhập số.', 'No number given.');
  if (DIGITS.test(input)) return parsed(Number(input.replace(/\./gu, '')));
  const words: Word[] = [];
  for (const token of input.split(' ')) {
    const meaning = VOCABULARY.get(comparisonKey(token));
    if (meaning === undefined) {
      return notParsed(
        `Không đọc được từ "${token}" trong số "${input}".`,
        `Cannot read the word "${token}" in the number "${input}".`,
      );
    }
    words.push({ text: token, meaning });
  }
  if (words.length === 1 && words[0]?.meaning.kind === 'digit' && words[0].meaning.value === 0) return parsed(0);
  try {
    return parsed(readWords(words, input));
  } catch (error) {
    if (error instanceof Unreadable) return notParsed(error.vi, error.en);
    throw error;
  }
}

function tensAndUnits(n: number, afterHundreds: boolean): string[] {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const digit = DIGIT_WORDS[units] ?? '';
  if (tens === 0) return units === 0 ? [] : afterHundreds ? ['linh', digit] : [digit];
  const head = tens === 1 ? ['mười'] : [DIGIT_WORDS[tens] ?? '', 'mươi'];
  if (units === 0) return head;
  if (units === 5) return [...head, 'lăm'];
  if (tens > 1 && units === 1) return [...head, 'mốt'];
  if (tens > 1 && units === 4) return [...head, 'tư'];
  return [...head, digit];
}

/** Words for 0–999; `full` spells out a zero hundreds digit, as the part after "nghìn" does. */
function groupWords(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0 && !full) return tensAndUnits(rest, false);
  return [DIGIT_WORDS[hundreds] ?? '', 'trăm', ...tensAndUnits(rest, true)];
}

/**
 * Writes 0–999,999 in standard Vietnamese words: 21 → "hai mươi mốt", 15 → "mười lăm", 105 → "một trăm linh
 * năm", 24 → "hai mươi tư", 1005 → "một nghìn không trăm linh năm". Throws a RangeError outside that range.
 */
export function toVietnameseNumberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_NUMBER_IN_WORDS) {
    throw new RangeError(`toVietnameseNumberWords: ${n} is not a whole number from 0 to ${MAX_NUMBER_IN_WORDS}`);
  }
  if (n === 0) return 'không';
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const words =
    thousands === 0
      ? groupWords(rest, false)
      : [...groupWords(thousands, false), 'nghìn', ...(rest === 0 ? [] : groupWords(rest, true))];
  return words.join(' ');
}
