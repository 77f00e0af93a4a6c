/**
 * The two legacy Vietnamese font encodings still found in provincial spreadsheets, as data. Both are read from
 * text whose every code point is one byte of the file (the bytes read as Latin-1), so the keys below are the
 * characters a Latin-1 reading shows, and each table can be checked by eye against a printed code chart.
 */

/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime and friends): one byte per letter. The standard has no
 * code for upper-case letters with a tone mark: those were typed with the same bytes in an upper-case font
 * (.VnTimeH), so a CSV keeps only the lower-case letter. Pairs of (byte as Latin-1, letter).
 */
export const TCVN3_PAIRS: readonly (readonly [string, string])[] = [
  ['\u00A1', 'Ă'], ['\u00A2', 'Â'], ['\u00A3', 'Ê'], ['\u00A4', 'Ô'], ['\u00A5', 'Ơ'], ['\u00A6', 'Ư'], ['\u00A7', 'Đ'],
  ['\u00A8', 'ă'], ['\u00A9', 'â'], ['\u00AA', 'ê'], ['\u00AB', 'ô'], ['\u00AC', 'ơ'], ['\u00AD', 'ư'], ['\u00AE', 'đ'],
  ['\u00B5', 'à'], ['\u00B6', 'ả'], ['\u00B7', 'ã'], ['\u00B8', 'á'], ['\u00B9', 'ạ'],
  ['\u00BB', 'ằ'], ['\u00BC', 'ẳ'], ['\u00BD', 'ẵ'], ['\u00BE', 'ắ'], ['\u00C6', 'ặ'],
  ['\u00C7', 'ầ'], ['\u00C8', 'ẩ'], ['\u00C9', 'ẫ'], ['\u00CA', 'ấ'], ['\u00CB', 'ậ'],
  ['\u00CC', 'è'], ['\u00CE', 'ẻ'], ['\u00CF', 'ẽ'], ['\u00D0', 'é'], ['\u00D1', 'ẹ'],
  ['\u00D2', 'ề'], ['\u00D3', 'ể'], ['\u00D4', 'ễ'], ['\u00D5', 'ế'], ['\u00D6', 'ệ'],
  ['\u00D7', 'ì'], ['\u00D8', 'ỉ'], ['\u00DC', 'ĩ'], ['\u00DD', 'í'], ['\u00DE', 'ị'],
  ['\u00DF', 'ò'], ['\u00E1', 'ỏ'], ['\u00E2', 'õ'], ['\u00E3', 'ó'], ['\u00E4', 'ọ'],
  ['\u00E5', 'ồ'], ['\u00E6', 'ổ'], ['\u00E7', 'ỗ'], ['\u00E8', 'ố'], ['\u00E9', 'ộ'],
  ['\u00EA', 'ờ'], ['\u00EB', 'ở'], ['\u00EC', 'ỡ'], ['\u00ED', 'ớ'], ['\u00EE', 'ợ'],
  ['\u00EF', 'ù'], ['\u00F1', 'ủ'], ['\u00F2', 'ũ'], ['\u00F3', 'ú'], ['\u00F4', 'ụ'],
  ['\u00F5', 'ừ'], ['\u00F6', 'ử'], ['\u00F7', 'ữ'], ['\u00F8', 'ứ'], ['\u00F9', 'ự'],
  ['\u00FA', 'ỳ'], ['\u00FB', 'ỷ'], ['\u00FC', 'ỹ'], ['\u00FD', 'ý'], ['\u00FE', 'ỵ'],
];

/**
 * VNI Windows (the VNI-Times fonts): a plain letter followed by one mark byte, or one byte for a few letters.
 * Marks come in a lower-case and an upper-case byte; both are accepted after either case of letter, since
 * hand-typed files mix them. Keys are the mark byte as Latin-1.
 */
export const VNI_MARKS: Readonly<Record<string, VniMark>> = {
  '\u00F9': { tone: 'acute' }, '\u00D9': { tone: 'acute' },
  '\u00F8': { tone: 'grave' }, '\u00D8': { tone: 'grave' },
  '\u00FB': { tone: 'hook' }, '\u00DB': { tone: 'hook' },
  '\u00F5': { tone: 'tilde' }, '\u00D5': { tone: 'tilde' },
  '\u00EF': { tone: 'dot' }, '\u00CF': { tone: 'dot' },
  '\u00E2': { shape: 'circumflex' }, '\u00C2': { shape: 'circumflex' },
  '\u00EA': { shape: 'breve' }, '\u00CA': { shape: 'breve' },
  '\u00E1': { shape: 'circumflex', tone: 'acute' }, '\u00C1': { shape: 'circumflex', tone: 'acute' },
  '\u00E0': { shape: 'circumflex', tone: 'grave' }, '\u00C0': { shape: 'circumflex', tone: 'grave' },
  '\u00E5': { shape: 'circumflex', tone: 'hook' }, '\u00C5': { shape: 'circumflex', tone: 'hook' },
  '\u00E3': { shape: 'circumflex', tone: 'tilde' }, '\u00C3': { shape: 'circumflex', tone: 'tilde' },
  '\u00E4': { shape: 'circumflex', tone: 'dot' }, '\u00C4': { shape: 'circumflex', tone: 'dot' },
  '\u00E9': { shape: 'breve', tone: 'acute' }, '\u00C9': { shape: 'breve', tone: 'acute' },
  '\u00E8': { shape: 'breve', tone: 'grave' }, '\u00C8': { shape: 'breve', tone: 'grave' },
  '\u00FA': { shape: 'breve', tone: 'hook' }, '\u00DA': { shape: 'breve', tone: 'hook' },
  '\u00FC': { shape: 'breve', tone: 'tilde' }, '\u00DC': { shape: 'breve', tone: 'tilde' },
  '\u00EB': { shape: 'breve', tone: 'dot' }, '\u00CB': { shape: 'breve', tone: 'dot' },
};

export interface VniMark {
  readonly shape?: 'circumflex' | 'breve';
  readonly tone?: 'acute' | 'grave' | 'hook' | 'tilde' | 'dot';
}

/** VNI letters written as one byte: ơ ư đ (which then take tone marks like a plain letter) and the toned i, y. */
export const VNI_LETTERS: Readonly<Record<string, string>> = {
  '\u00F4': 'ơ', '\u00D4': 'Ơ', '\u00F6': 'ư', '\u00D6': 'Ư', '\u00F1': 'đ', '\u00D1': 'Đ',
  '\u00EC': 'ì', '\u00CC': 'Ì', '\u00ED': 'í', '\u00CD': 'Í', '\u00E6': 'ỉ', '\u00C6': 'Ỉ',
  '\u00F3': 'ĩ', '\u00D3': 'Ĩ', '\u00F2': 'ị', '\u00D2': 'Ị', '\u00EE': 'ỵ', '\u00CE': 'Ỵ',
};

/** The combining mark of each tone and shape; letters are built as base + marks, then composed (NFC). */
export const COMBINING: Readonly<Record<NonNullable<VniMark['shape'] | VniMark['tone']>, string>> = {
  circumflex: '\u0302',
  breve: '\u0306',
  acute: '\u0301',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
};

/** Which plain letters take which shape in Vietnamese: â ê ô, ă. */
export const SHAPED_BASES: Readonly<Record<'circumflex' | 'breve', string>> = {
  circumflex: 'aeoAEO',
  breve: 'aA',
};

/** Letters that take a tone mark: the vowels, including ơ and ư read from their one-byte VNI form. */
export const TONE_BASES = 'aeiouyAEIOUYơưƠƯ';

/**
 * Bytes 0x80 to 0x9F: neither legacy table uses them, and Windows fonts show them as in Windows-1252 (curly
 * quotes, dashes), which is how such files hold "–" and "’". Latin-1 reads them as control characters.
 */
export const WINDOWS_1252_PUNCTUATION: Readonly<Record<string, string>> = {
  '\u0080': '€', '\u0082': '‚', '\u0083': 'ƒ', '\u0084': '„', '\u0085': '…', '\u0086': '†', '\u0087': '‡',
  '\u0088': 'ˆ', '\u0089': '‰', '\u008A': 'Š', '\u008B': '‹', '\u008C': 'Œ', '\u008E': 'Ž',
  '\u0091': '‘', '\u0092': '’', '\u0093': '“', '\u0094': '”', '\u0095': '•', '\u0096': '–', '\u0097': '—',
  '\u0098': '˜', '\u0099': '™', '\u009A': 'š', '\u009B': '›', '\u009C': 'œ', '\u009E': 'ž', '\u009F': 'Ÿ',
};
