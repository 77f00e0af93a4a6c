/**
 * Legacy encodings against known text. The fixtures are made here by ENCODING known Unicode words with
 * inverse tables (no real TCVN3 or VNI file is shipped with the repository), checked against spellings that
 * any Vietnamese reader of old documents knows ("Nguyeãn", "Vieät Nam" in VNI; "B¶o Th¾ng" in TCVN3), and
 * include the header row and real names of the 2021 official list (examples/data/vn-na-2021; Vietnam
 * Elections dataset (NA15-2021), CC-BY-4.0).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeTcvn3,
  decodeVni,
  decodeVniPart,
  decodeWindows1258,
  detectLegacyVietnamese,
  isVietnameseSyllable,
} from './legacy-vietnamese';
import { TCVN3_PAIRS, VNI_LETTERS, VNI_MARKS } from './legacy-vietnamese-tables';
import { parseCsv } from './test-support/csv';

const FIRST_FILE = new URL('../../../../examples/data/vn-na-2021/candidates/1.1-26.csv', import.meta.url);
const [HEADER, ...ROWS] = parseCsv(readFileSync(FIRST_FILE, 'utf8'));
const HEADER_LINE = HEADER!.join(',');
const REAL_NAMES = ['Nguyễn', 'Hồ Chí Minh', 'Đắk Lắk', 'Thừa Thiên Huế', 'Nguyễn Trúc Anh', 'Quảng Ngãi', 'Bà Rịa - Vũng Tàu'];

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const LOWER_VOWELS = BASES.flatMap((b) => TONES.map((t) => (b + t).normalize('NFC')));
const ALL_VOWELS = [...LOWER_VOWELS, ...LOWER_VOWELS.map((v) => v.toUpperCase())];

// --- inverse tables, for the fixtures only ---------------------------------------------------------------

const TCVN3_INVERSE = new Map<string, string>(TCVN3_PAIRS.map(([byte, letter]) => [letter, byte]));
/** What a TCVN3 writer produces: an upper-case toned letter is written with its lower-case code. */
function encodeTcvn3(text: string): string {
  return [...text.normalize('NFC')].map((ch) => TCVN3_INVERSE.get(ch) ?? TCVN3_INVERSE.get(ch.toLowerCase()) ?? ch).join('');
}

const VNI_LETTER_INVERSE = new Map(Object.entries(VNI_LETTERS).map(([byte, letter]) => [letter, byte]));
const MARK_NAMES: Record<string, string> = { '\u0302': 'circumflex', '\u0306': 'breve', '\u0301': 'acute', '\u0300': 'grave', '\u0309': 'hook', '\u0303': 'tilde', '\u0323': 'dot' };
function vniMarkByte(shape: string | undefined, tone: string | undefined, upper: boolean): string {
  const found = Object.entries(VNI_MARKS).filter(([, m]) => m.shape === shape && m.tone === tone);
  // Each mark has a lower-case and an upper-case byte; writers use the one matching the letter's case.
  const byte = found.find(([b]) => (b.toUpperCase() === b) === upper)?.[0];
  if (byte === undefined) throw new Error(`no VNI mark for ${shape}+${tone}`);
  return byte;
}
function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const single = VNI_LETTER_INVERSE.get(ch);
    if (single !== undefined) {
      out += single;
      continue;
    }
    const [base = '', ...marks] = ch.normalize('NFD');
    if (marks.length === 0) {
      out += ch;
      continue;
    }
    const names = marks.map((m) => MARK_NAMES[m]);
    const horn = marks.includes('\u031B');
    const shape = names.find((n) => n === 'circumflex' || n === 'breve');
    const tone = names.find((n) => n !== undefined && n !== 'circumflex' && n !== 'breve');
    const upper = base.toUpperCase() === base;
    const letter = horn ? VNI_LETTER_INVERSE.get((base + '\u031B').normalize('NFC'))! : base;
    out += letter + (shape === undefined && tone === undefined ? '' : vniMarkByte(shape, tone, upper));
  }
  return out;
}

const CP1258 = new TextDecoder('windows-1258');
const CP1258_INVERSE = new Map<string, string>();
for (let b = 0; b < 256; b++) CP1258_INVERSE.set(CP1258.decode(new Uint8Array([b])), String.fromCharCode(b));
function encodeWindows1258(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const direct = CP1258_INVERSE.get(ch);
    if (direct !== undefined) {
      out += direct;
      continue;
    }
    // Letter with its shape (â, ơ...) precomposed, tone as the following combining mark.
    const d = ch.normalize('NFD');
    const toneMark = [...d].find((m) => TONES.includes(m) && m !== '') ?? '';
    const base = CP1258_INVERSE.get(d.replace(toneMark, '').normalize('NFC'));
    const tone = CP1258_INVERSE.get(toneMark);
    if (base === undefined || tone === undefined) throw new Error(`cannot write ${ch} in Windows-1258`);
    out += base + tone;
  }
  return out;
}

// --------------------------------------------------------------------------------------------------------

describe('decodeVni', () => {
  it('reads spellings known from VNI documents', () => {
    expect(decodeVni('Nguyeãn Vaên A')).toBe('Nguyễn Văn A');
    expect(decodeVni('Vieät Nam')).toBe('Việt Nam');
    expect(decodeVni('Hoà Chí Minh')).toBe('Hồ Chí Minh');
    expect(decodeVni('Ñaék Laék')).toBe('Đắk Lắk');
    expect(decodeVni('Thöøa Thieân Hueá')).toBe('Thừa Thiên Huế');
    expect(decodeVni('NGUYEÃN')).toBe('NGUYỄN');
  });

  it('round-trips every vowel with every tone, both cases, and đ', () => {
    const text = [...ALL_VOWELS, 'đ', 'Đ'].join(' ');
    expect(decodeVni(encodeVni(text))).toBe(text);
  });

  it('reads the real header row and names', () => {
    for (const text of [HEADER_LINE, ...REAL_NAMES]) expect(decodeVni(encodeVni(text))).toBe(text);
  });

  it('leaves a mark after a letter that cannot carry it', () => {
    expect(decodeVni('nù')).toBe('nù');
    expect(decodeVni('bê')).toBe('bê');
  });
});

describe('decodeTcvn3', () => {
  it('reads spellings known from TCVN3 documents', () => {
    expect(decodeTcvn3('B¶o Th¾ng')).toBe('Bảo Thắng');
    // 0xAD (ư) reads as an invisible soft hyphen in Latin-1, which is why TCVN3 text often looks like "Mêng".
    expect(decodeTcvn3('M\u00AD\u00EAng Kh\u00AD\u00ACng')).toBe('Mường Khương');
    expect(decodeTcvn3('Nguy\u00D4n')).toBe('Nguyễn');
    expect(decodeTcvn3('\u00A7\u00BEk L\u00BEk')).toBe('Đắk Lắk');
  });

  it('round-trips every lower-case vowel with every tone, Ă Â Ê Ô Ơ Ư Đ, and reads upper-case toned letters lower-case', () => {
    const lower = [...LOWER_VOWELS, 'đ'].join(' ');
    expect(decodeTcvn3(encodeTcvn3(lower))).toBe(lower);
    expect(decodeTcvn3(encodeTcvn3('Ă Â Ê Ô Ơ Ư Đ'))).toBe('Ă Â Ê Ô Ơ Ư Đ');
    // TCVN3 has no code for them: the file holds the lower-case letter, and that is what can be read.
    expect(decodeTcvn3(encodeTcvn3('Ánh Ủy Ấp Ứng Ý'))).toBe('ánh ủy ấp ứng ý');
  });

  it('reads the real header row and names', () => {
    for (const text of [HEADER_LINE, ...REAL_NAMES]) expect(decodeTcvn3(encodeTcvn3(text))).toBe(text);
  });
});

describe('decodeWindows1258', () => {
  it('composes letters and their following tone marks into NFC', () => {
    expect(decodeWindows1258('Nguy\u00EA\u00DEn')).toBe('Nguyễn');
    const text = [...ALL_VOWELS, 'đ', 'Đ', HEADER_LINE, ...REAL_NAMES].join(' ');
    const decoded = decodeWindows1258(encodeWindows1258(text));
    expect(decoded).toBe(text);
    expect(decoded.normalize('NFC')).toBe(decoded);
  });
});

describe('isVietnameseSyllable', () => {
  it('accepts real syllables and refuses what a wrong table makes of them', () => {
    for (const w of ['Nguyễn', 'nghiêng', 'khuya', 'quốc', 'Lắk', 'Huế', 'giữ', 'người', 'ĐƯỜNG']) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ['Nguyeón', 'NguyƠn', 'nguyờịn', 'député', 'été', 'Hå']) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});

describe('detectLegacyVietnamese', () => {
  const sample = [HEADER_LINE, ...ROWS.slice(0, 20).map((r) => r.join(','))].join('\r\n');
  const encoders = { tcvn3: encodeTcvn3, vni: encodeVni, 'windows-1258': encodeWindows1258 } as const;

  for (const [encoding, encode] of Object.entries(encoders)) {
    it(`finds ${encoding} in the start of a real file, surely`, () => {
      const guess = detectLegacyVietnamese(encode(sample));
      expect(guess.encoding).toBe(encoding);
      expect(guess.confidence).toBeGreaterThan(0.5);
      expect(guess.candidates[0]).toMatchObject({ encoding });
    });

    it(`finds ${encoding} from the header row alone`, () => {
      expect(detectLegacyVietnamese(encode(HEADER_LINE)).encoding).toBe(encoding);
    });
  }

  it('is unsure about French written in Latin-1 and about random bytes', () => {
    const french = "Le député a été élu à Paris; la clôture du scrutin est prévue à dix-huit heures, près de l'hôtel de ville. ".repeat(5);
    expect(detectLegacyVietnamese(french).encoding).toBeUndefined();
    let seed = 7;
    const random = Array.from({ length: 4000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(seed % 256);
    }).join('');
    expect(detectLegacyVietnamese(random).encoding).toBeUndefined();
  });

  it('is unsure when there is too little to go on', () => {
    expect(detectLegacyVietnamese(encodeVni('Hà')).encoding).toBeUndefined();
  });
});

describe('decodeVniPart', () => {
  it('decodes a text cut anywhere, even between a letter and its mark, as the whole', () => {
    const whole = encodeVni(`${HEADER_LINE}\r\n${REAL_NAMES.join(',')}`);
    for (let cut = 0; cut <= whole.length; cut++) {
      const first = decodeVniPart(whole.slice(0, cut), false);
      const second = decodeVniPart(first.rest + whole.slice(cut), true);
      expect(first.text + second.text).toBe(decodeVni(whole));
    }
  });
});
