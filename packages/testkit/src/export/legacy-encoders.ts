/**
 * Writers of the legacy Vietnamese encodings, for test fixtures: no real TCVN3, VNI or Windows-1258 list is
 * public, so adapters' tests encode the real 2021 list with the inverse of core's reading tables (and, for
 * Windows-1258, of the platform's decoder). The result is a Latin-1 string: one code point per byte; `bytes()`
 * turns it into the file's bytes.
 */
import type { ImportResult } from '@ungcu/core/export';
import { TCVN3_PAIRS, VNI_LETTERS, VNI_MARKS, WINDOWS_1252_PUNCTUATION } from '@ungcu/core/text';

const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

// Punctuation outside Latin-1 ("–", "’") is written with its Windows-1252 byte, as Windows programs did.
const PUNCTUATION_INVERSE = new Map(Object.entries(WINDOWS_1252_PUNCTUATION).map(([byte, ch]) => [ch, byte]));
const TCVN3_INVERSE = new Map<string, string>([...PUNCTUATION_INVERSE, ...TCVN3_PAIRS.map(([byte, letter]): [string, string] => [letter, byte])]);
/** One character in an encoding, or undefined when the encoding has no bytes for it. */
type CharWriter = (ch: string) => string | undefined;

const ascii = (ch: string) => (ch.charCodeAt(0) < 0x80 ? ch : undefined);

/** As a TCVN3 writer does it: an upper-case toned letter, which TCVN3 cannot hold, gets its lower-case code. */
const tcvn3Char: CharWriter = (ch) => TCVN3_INVERSE.get(ch) ?? TCVN3_INVERSE.get(ch.toLowerCase()) ?? ascii(ch);

const VNI_LETTER_INVERSE = new Map([...PUNCTUATION_INVERSE, ...Object.entries(VNI_LETTERS).map(([byte, letter]): [string, string] => [letter, byte])]);
const MARK_NAMES: Record<string, string> = { '\u0302': 'circumflex', '\u0306': 'breve', '\u0301': 'acute', '\u0300': 'grave', '\u0309': 'hook', '\u0303': 'tilde', '\u0323': 'dot' };

const vniChar: CharWriter = (ch) => {
  const single = VNI_LETTER_INVERSE.get(ch);
  if (single !== undefined) return single;
  const [base = '', ...marks] = ch.normalize('NFD');
  if (marks.length === 0 || ascii(base) === undefined) return ascii(ch);
  const names = marks.map((m) => MARK_NAMES[m]);
  const shape = names.find((n) => n === 'circumflex' || n === 'breve');
  const tone = names.find((n) => n !== undefined && n !== 'circumflex' && n !== 'breve');
  const upper = base.toUpperCase() === base;
  const letter = marks.includes('\u031B') ? VNI_LETTER_INVERSE.get((base + '\u031B').normalize('NFC')) : base;
  const mark = Object.entries(VNI_MARKS).find(([b, m]) => m.shape === shape && m.tone === tone && (b.toUpperCase() === b) === upper);
  return letter === undefined || mark === undefined ? undefined : letter + mark[0];
};

const CP1258 = new TextDecoder('windows-1258');
const CP1258_INVERSE = new Map<string, string>();
for (let b = 0; b < 256; b++) CP1258_INVERSE.set(CP1258.decode(new Uint8Array([b])), String.fromCharCode(b));

// A letter with its shape (â, ơ...) precomposed, and the tone as the combining mark after it.
const windows1258Char: CharWriter = (ch) => {
  const direct = CP1258_INVERSE.get(ch);
  if (direct !== undefined) return direct;
  const d = ch.normalize('NFD');
  const tone = [...d].find((m) => TONE_MARKS.includes(m)) ?? '';
  const base = CP1258_INVERSE.get(d.replace(tone, '').normalize('NFC'));
  const toneByte = CP1258_INVERSE.get(tone);
  return base === undefined || toneByte === undefined ? undefined : base + toneByte;
};

export interface LegacyWriter {
  /** The text as a Latin-1 string of the encoding's bytes; a character it has no bytes for becomes "?". */
  encode(text: string): string;
  /** What a file in that encoding can say of the text: what reading the encoded bytes should give. */
  representable(text: string): string;
}

function writer(write: CharWriter, lowerToned = false): LegacyWriter {
  return {
    encode: (text) => [...text.normalize('NFC')].map((ch) => write(ch) ?? '?').join(''),
    representable: (text) =>
      [...text.normalize('NFC')]
        .map((ch) => (write(ch) === undefined ? '?' : lowerToned && !TCVN3_INVERSE.has(ch) && TCVN3_INVERSE.has(ch.toLowerCase()) ? ch.toLowerCase() : ch))
        .join(''),
  };
}

export const tcvn3 = writer(tcvn3Char, true);
export const vni = writer(vniChar);
export const windows1258 = writer(windows1258Char);

/** The bytes of a Latin-1 string, as a file in that encoding holds them. */
export function latin1Bytes(latin1: string): Uint8Array {
  return Uint8Array.from(latin1, (ch) => ch.charCodeAt(0));
}

/** Bytes of a Latin-1 string, as an async stream of small chunks so that chunk edges cut letters apart. */
export async function* inChunks(latin1: string, size = 997): AsyncIterable<Uint8Array> {
  const bytes = latin1Bytes(latin1);
  for (let i = 0; i < bytes.length; i += size) yield new Uint8Array(bytes.subarray(i, i + size));
}

/** A name as TCVN3 can say it, with the real one's capitals: each letter the encoding lowered, raised back. */
function capitalsOf(said: string, real: string): string {
  const realChars = [...real];
  return [...said].map((ch, i) => (realChars[i]?.toLowerCase() === ch ? realChars[i]! : ch)).join('');
}

/**
 * What a TCVN3 import should give: the import of the text TCVN3 can say (`representable`), with each nominee's
 * name in the capitals of the real list (`real`), since importers give names the capitals TCVN3 lowers back.
 */
export function withRealNameCapitals(said: ImportResult, real: ImportResult): ImportResult {
  const people = new Map(real.data.nominees.map((n) => [n.id, n.person]));
  const nominees = said.data.nominees.map((n) => {
    const person = people.get(n.id);
    if (person === undefined) return n;
    const alias = n.person.alias === undefined || person.alias === undefined ? {} : { alias: capitalsOf(n.person.alias, person.alias) };
    return { ...n, person: { ...n.person, fullName: capitalsOf(n.person.fullName, person.fullName), ...alias } };
  });
  return { ...said, data: { ...said.data, nominees } };
}
