/**
 * Legacy Vietnamese encodings (TCVN3, VNI Windows, Windows-1258) to Unicode NFC, and a guess of which one a
 * text is in. Bytes 0x80-0x9F, which neither font table uses, read as in Windows-1252 (dashes, curly quotes). Every function takes the file's bytes read as Latin-1 (one code point per byte, which any
 * platform can produce without an encoding library) and returns Unicode text, so this module runs in browsers.
 */
import {
  COMBINING,
  SHAPED_BASES,
  TCVN3_PAIRS,
  TONE_BASES,
  VNI_LETTERS,
  VNI_MARKS,
  WINDOWS_1252_PUNCTUATION,
  type VniMark,
} from './legacy-vietnamese-tables';

// The tables are public data: other tools (and tests) can check them or write these encodings with them.
export { TCVN3_PAIRS, VNI_LETTERS, VNI_MARKS, WINDOWS_1252_PUNCTUATION, type VniMark } from './legacy-vietnamese-tables';

export type LegacyVietnameseEncoding = 'tcvn3' | 'vni' | 'windows-1258';
export const LEGACY_VIETNAMESE_ENCODINGS: readonly LegacyVietnameseEncoding[] = ['tcvn3', 'vni', 'windows-1258'];

/** How each encoding is named to people, in messages. */
export const LEGACY_VIETNAMESE_NAMES: Readonly<Record<LegacyVietnameseEncoding, string>> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI Windows',
  'windows-1258': 'Windows-1258',
};

const TCVN3 = new Map([...TCVN3_PAIRS, ...Object.entries(WINDOWS_1252_PUNCTUATION)]);

/** TCVN3 to Unicode. Upper-case toned letters come out lower-case: TCVN3 has no code for them. */
export function decodeTcvn3(latin1: string): string {
  let out = '';
  for (const ch of latin1) out += TCVN3.get(ch) ?? ch;
  return out;
}

function vniLetter(base: string, mark: VniMark): string | undefined {
  if (mark.shape !== undefined && !SHAPED_BASES[mark.shape].includes(base)) return undefined;
  if (mark.tone !== undefined && !TONE_BASES.includes(base)) return undefined;
  const marks = (mark.shape === undefined ? '' : COMBINING[mark.shape]) + (mark.tone === undefined ? '' : COMBINING[mark.tone]);
  return (base + marks).normalize('NFC');
}

/** Every letter + mark pair of VNI (bytes as Latin-1) and the letter it writes, built once from the tables. */
const VNI_PAIRS: ReadonlyMap<string, string> = (() => {
  const pairs = new Map<string, string>();
  const bases = [...new Set([...TONE_BASES, ...SHAPED_BASES.circumflex])];
  const byteOf = new Map(Object.entries(VNI_LETTERS).map(([byte, letter]) => [letter, byte]));
  for (const base of bases) {
    for (const [byte, mark] of Object.entries(VNI_MARKS)) {
      const letter = vniLetter(base, mark);
      if (letter !== undefined) pairs.set((byteOf.get(base) ?? base) + byte, letter);
    }
  }
  return pairs;
})();

/** VNI Windows to Unicode NFC. A mark byte after a letter that cannot carry it is left as it is. */
export function decodeVni(latin1: string): string {
  return decodeVniPart(latin1, true).text;
}

/**
 * Decodes a part of a VNI text read in pieces: unless `last`, a final character that the next piece's first
 * could still mark is not decoded but returned as `rest`, to be put before the next piece.
 */
export function decodeVniPart(latin1: string, last: boolean): { text: string; rest: string } {
  let out = '';
  for (let i = 0; i < latin1.length; i++) {
    const ch = latin1[i]!;
    if (i + 1 === latin1.length && !last) return { text: out, rest: ch };
    const pair = VNI_PAIRS.get(latin1.slice(i, i + 2));
    if (pair === undefined) out += VNI_LETTERS[ch] ?? WINDOWS_1252_PUNCTUATION[ch] ?? ch;
    else {
      out += pair;
      i++;
    }
  }
  return { text: out, rest: '' };
}

let windows1258: { decode(bytes: Uint8Array): string } | undefined;

/**
 * Windows-1258 to Unicode NFC, by the platform's WHATWG decoder (browsers and Node with full ICU, the default
 * build). Tone marks in Windows-1258 are combining characters after the letter; NFC joins them.
 */
export function decodeWindows1258(latin1: string): string {
  windows1258 ??= new TextDecoder('windows-1258');
  const bytes = new Uint8Array(latin1.length);
  for (let i = 0; i < latin1.length; i++) bytes[i] = latin1.charCodeAt(i) & 0xff;
  return windows1258.decode(bytes).normalize('NFC');
}

export const LEGACY_VIETNAMESE_DECODERS: Readonly<Record<LegacyVietnameseEncoding, (latin1: string) => string>> = {
  tcvn3: decodeTcvn3,
  vni: decodeVni,
  'windows-1258': decodeWindows1258,
};

// A Vietnamese syllable without its tone: initial consonant, vowel group, final consonant. "k" as a final is
// not Vietnamese but is how highland place names are written (Đắk Lắk, Kon Plông), so it is allowed.
const SYLLABLE = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?' +
    '(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|' +
    'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|ya|yê|' +
    '[aăâeêioôơuưy])' +
    '(?:ch|ng|nh|[cmnptk])?$',
  'u',
);
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const LETTERS = /\p{L}[\p{L}\p{M}]*/gu;
// Punctuation and symbols that Vietnamese text in any of these encodings writes outside the ASCII range.
const NEUTRAL = /* @__PURE__ */ new Set(['\u00A0', '\u2013', '\u2014', '\u2018', '\u2019', '\u201C', '\u201D', '\u2026', '\u2022', '\u00B0', '\u00BA', '\u00AB', '\u00BB', '\uFEFF']);

/** Whether a word (letters only) reads as one Vietnamese syllable with at most one tone mark. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARK)?.length ?? 0;
  return tones <= 1 && SYLLABLE.test(decomposed.replace(TONE_MARK, '').normalize('NFC'));
}

/** The counts a guess is made from: words with a non-ASCII letter that read as Vietnamese, and those that do not. */
export interface VietnameseTextScore {
  readonly vietnamese: number;
  readonly other: number;
}

/**
 * Scores a decoded text: every word holding a non-ASCII letter counts as Vietnamese when it is one syllable,
 * and every other non-ASCII character (a stray symbol, a control, a leftover combining mark) counts against.
 */
export function scoreVietnameseText(text: string): VietnameseTextScore {
  let vietnamese = 0;
  let other = 0;
  for (const match of text.normalize('NFC').matchAll(LETTERS)) {
    const word = match[0];
    if (!/\P{ASCII}/u.test(word)) continue;
    if (isVietnameseSyllable(word)) vietnamese++;
    else other++;
  }
  for (const ch of text.replace(LETTERS, ' ')) {
    if (ch.charCodeAt(0) > 0x7f && !NEUTRAL.has(ch)) other++;
  }
  return { vietnamese, other };
}

export interface LegacyVietnameseGuess {
  /** The best encoding, or undefined when none fits clearly. */
  readonly encoding: LegacyVietnameseEncoding | undefined;
  /** 0 to 1: the share of Vietnamese words under the best reading, less that of the runner-up. */
  readonly confidence: number;
  /** Every encoding with its share of words that read as Vietnamese, best first. */
  readonly candidates: readonly { readonly encoding: LegacyVietnameseEncoding; readonly share: number }[];
}

// A platform without the Windows-1258 table (Node built with small-icu) can still read TCVN3 and VNI.
function decodeOrUndefined(encoding: LegacyVietnameseEncoding, latin1: string): string | undefined {
  try {
    return LEGACY_VIETNAMESE_DECODERS[encoding](latin1);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Fewer non-ASCII words than this is too little to tell the encodings apart. */
export const MIN_EVIDENCE = 5;
/** A guess is taken when its reading is this Vietnamese... */
export const MIN_SHARE = 0.8;
/** ...and this much more Vietnamese than the runner-up's. */
export const MIN_CONFIDENCE = 0.3;

/**
 * Which legacy encoding a text (bytes read as Latin-1) is in: each encoding decodes it, and the one whose
 * reading has the most words that are Vietnamese syllables wins, if it wins clearly. The text should be the
 * start of a file (a header and some rows): a few kilobytes of Vietnamese are enough.
 */
export function detectLegacyVietnamese(latin1: string): LegacyVietnameseGuess {
  const candidates = LEGACY_VIETNAMESE_ENCODINGS.map((encoding) => {
    const decoded = decodeOrUndefined(encoding, latin1);
    if (decoded === undefined) return { encoding, share: 0 };
    const { vietnamese, other } = scoreVietnameseText(decoded);
    return { encoding, share: vietnamese + other < MIN_EVIDENCE ? 0 : vietnamese / (vietnamese + other) };
  }).sort((a, b) => b.share - a.share);
  const [best, second] = candidates as [(typeof candidates)[number], (typeof candidates)[number]];
  const confidence = best.share - second.share;
  const sure = best.share >= MIN_SHARE && confidence >= MIN_CONFIDENCE;
  return { encoding: sure ? best.encoding : undefined, confidence, candidates };
}
