import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_ETHNIC_NAMES, ETHNIC_GROUPS, type EthnicGroupCode } from './groups';
import { namesOf } from './lookup';
import { isEthnicMinority, resolveEthnicity, type EthnicityResolution } from './resolve';

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const VOWEL = /^[aeiouy]$/iu;

/**
 * Rewrites each syllable with its tone mark on the first or on the last vowel of the syllable, so a name
 * is tried in both the old ("hoà", "thuỷ") and the new ("hòa", "thủy") placement whatever the data uses.
 */
function placeTones(text: string, where: 'first' | 'last'): string {
  return text
    .normalize('NFD')
    .split(/([\s'’`-]+)/u)
    .map((syllable) => {
      const tone = TONE_MARK.exec(syllable)?.[0];
      if (tone === undefined) return syllable;
      const chars = [...syllable.replace(TONE_MARK, '')];
      const vowels = chars.flatMap((c, i) => (VOWEL.test(c) ? [i] : []));
      const at = where === 'first' ? vowels[0]! : vowels[vowels.length - 1]!;
      let end = at + 1;
      while (end < chars.length && /\p{M}/u.test(chars[end]!)) end++; // after the vowel's own ˆ ˘ ˛ marks
      chars.splice(end, 0, tone);
      return chars.join('');
    })
    .join('')
    .normalize('NFC');
}

const SPELLINGS: readonly [string, (s: string) => string][] = [
  ['as listed', (s) => s],
  ['NFD', (s) => s.normalize('NFD')],
  ['upper case', (s) => s.toUpperCase()],
  ['lower case NFD', (s) => s.toLowerCase().normalize('NFD')],
  ['tone on first vowel', (s) => placeTones(s, 'first')],
  ['tone on last vowel, NFD', (s) => placeTones(s, 'last').normalize('NFD')],
  ['hyphens as spaces', (s) => s.replace(/-/gu, ' ')],
  ['no separators', (s) => s.replace(/[\s'-]+/gu, '')],
  ['prefixed "dân tộc"', (s) => `dân tộc ${s}`],
  ['prefixed "Người"', (s) => `Người ${s}`],
];

function codeOf(resolution: EthnicityResolution): string {
  return resolution.ok ? resolution.group.code : `not resolved (${resolution.problem})`;
}

describe('placeTones (test helper)', () => {
  it('moves tone marks between old and new placement', () => {
    expect(placeTones('Thủy Hòa', 'last')).toBe('Thuỷ Hoà');
    expect(placeTones('Thuỷ Hoà', 'first')).toBe('Thủy Hòa');
    expect(placeTones('Mường', 'first')).toBe('Mừơng');
    expect(placeTones('Khơ-mú', 'first')).toBe('Khơ-mú');
  });
});

describe('resolveEthnicity', () => {
  it('resolves every official name, English name and variant to its group, however it is spelled', () => {
    const wrong: string[] = [];
    for (const group of ETHNIC_GROUPS) {
      for (const name of namesOf(group)) {
        for (const [how, spell] of SPELLINGS) {
          const value = spell(name);
          const code = codeOf(resolveEthnicity(value));
          if (code !== group.code) wrong.push(`${group.code} ${group.name}: "${value}" (${how}) → ${code}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  // Every distinct value of the "Dân tộc" column of the official 2021 National Assembly candidate list.
  const LIST_2021: readonly [string, EthnicGroupCode][] = [
    ['Kinh', '01'], ['Tày', '02'], ['Thái', '03'], ['Mường', '06'], ['Mông', '08'], ['HMông', '08'],
    ['Khmer', '05'], ['Khơme', '05'], ['Hoa', '04'], ['Nùng', '07'], ['Dao', '09'], ['Ê-đê', '12'],
    ['Sán Dìu', '18'], ['Chăm', '17'], ['Cơ - ho', '16'], ['Lào', '37'], ['Jrai', '10'], ['Gia Rai', '10'],
    ['Châu Mạ', '28'], ['M`nông', '20'], ['Mnông', '20'], ['Khơ-mú', '29'], ['Bahnar', '13'], ['Banar', '13'],
    ['Bana', '13'], ['Ra-Glay', '21'], ['Ra-Glai', '21'], ['Thổ', '24'], ['Cơ tu', '26'], ['Cơ-tu', '26'],
    ['Hre', '19'], ['Vân Kiều', '23'], ['Chơ-ro', '32'], ['Chơ ro', '32'], ['S’tiêng', '22'], ['Stiêng', '22'],
    ['Mạ', '28'], ['La Chí', '38'], ['Pà Thẻn', '46'], ['Xơ-đăng (Ca Dong)', '14'], ['Xơ Đăng', '14'],
    ['Ka dong', '14'], ['Brâu', '52'], ['Triêng', '27'], ['Lự', '42'], ['Hà Nhì', '35'], ['Giáy', '25'],
    ['Mảng', '45'], ['Cao Lan (Sán Chay)', '15'], ['Sán Chay (Cao Lan)', '15'], ['Cao Lan', '15'],
    ['Sán Chay', '15'], ['Ngái', '11'], ['Co', '30'], ['Kor', '30'], ['Tà-ôi', '31'], ['Pa Cô', '31'],
  ];

  it.each(LIST_2021)('resolves the 2021 list value "%s" to group %s', (value, code) => {
    expect(codeOf(resolveEthnicity(value))).toBe(code);
  });

  const COMMON: readonly [string, EthnicGroupCode][] = [
    ['Ê Đê', '12'], ['Ê-đê', '12'], ['Êđê', '12'], ['Rađê', '12'], ["H'Mông", '08'], ['Hmông', '08'],
    ['Mèo', '08'], ['Người Hoa', '04'], ['Hán', '04'], ['Việt', '01'], ['dân tộc Kinh', '01'],
    ['Tày Thanh', '03'], ['Tày Mười', '03'], ['Cur', '05'], ['Việt gốc Miên', '05'], ['Rơ Ngao', '13'],
    ['Giơ Lăng', '13'], ['Y Lăng', '13'], ['Tơ-lô', '13'], ['Jarai', '10'], ['Chơ-rai', '10'], ['Sedang', '14'],
    ['Xơ Teng', '14'], ['Tơ Đrá', '14'], ['Mơ Nâm', '14'], ['Ha Lăng', '14'], ['Bru', '23'], ['Măng Coong', '23'],
    ['Tri', '23'], ['Khùa', '23'], ['Ta Oi', '31'], ['Pa Hy', '31'], ['Cor', '30'], ['Col', '30'], ['Cùa', '30'],
    ['Trầu', '30'], ['Chăm Rê', '19'], ['Nhắng', '25'], ['Dẩng', '25'], ['Pầu Thìn', '25'], ['Lao', '37'],
    ['Kinh (Việt)', '01'], ['Hoa (Chinese)', '04'], ['Xá Khao (Kháng)', '33'], ['La Ha (Xá Khao)', '39'],
  ];

  it.each(COMMON)('resolves the common spelling "%s" to group %s', (value, code) => {
    expect(codeOf(resolveEthnicity(value))).toBe(code);
  });

  it("resolves H'Mông with every kind of apostrophe", () => {
    for (const mark of ["'", '’', '‘', '`', '′', 'ʼ']) expect(codeOf(resolveEthnicity(`H${mark}Mông`)), mark).toBe('08');
  });

  it('reports empty values', () => {
    for (const value of ['', '   ', '\t\n', null, undefined]) {
      const r = resolveEthnicity(value);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problem).toBe('empty');
        expect(r.reason.vi).toMatch(/dân tộc/iu);
        expect(r.reason.en).toMatch(/empty/u);
      }
    }
  });

  it('reports unknown names with a reason that quotes them, and never guesses', () => {
    const values = [
      ...['Kinh Mường', 'Xyz', 'Kin', 'Kinhh', 'Viet Nam', 'Việt Nam', 'Gia Lai', 'Tay1', 'Kinh, Tày', 'Mu Di'],
      ...['Dân tộc', 'Người', 'Thái (Xyz)', 'Xyz (Thái)', 'Kinh ()', 'Kinh (Việt) (Kinh)', 'Mường Mường'],
    ];
    for (const value of values) {
      const r = resolveEthnicity(value);
      expect(r.ok, value).toBe(false);
      if (!r.ok) {
        expect(r.problem, value).toBe('unknown');
        expect(r.candidates, value).toEqual([]);
        expect(r.reason.vi, value).toContain(`"${value}"`);
        expect(r.reason.en, value).toContain(`"${value}"`);
      }
    }
  });

  it('quotes only the start of a very long value', () => {
    const value = `Kinh ${'x'.repeat(200)}`;
    const r = resolveEthnicity(value);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe('unknown');
      expect(r.reason.en.length).toBeLessThan(300);
      expect(r.reason.en).toContain('"Kinh xxx');
    }
  });

  it('reports names shared by several groups, listing the candidates', () => {
    for (const { name, codes } of AMBIGUOUS_ETHNIC_NAMES) {
      const r = resolveEthnicity(placeTones(name, 'first').normalize('NFD'));
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.problem, name).toBe('ambiguous');
        expect(r.candidates.map((g) => g.code), name).toEqual(codes);
        for (const g of r.candidates) expect(r.reason.vi, name).toContain(g.name);
      }
    }
  });

  it('reports a bracketed value whose parts name different groups', () => {
    const r = resolveEthnicity('Thái (Tày)');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe('ambiguous');
      expect(r.candidates.map((g) => g.code)).toEqual(['02', '03']);
      expect(r.reason.en).toContain('"Thái (Tày)"');
    }
    expect(resolveEthnicity('Kinh (Hoa)').ok).toBe(false);
    expect(resolveEthnicity('Xá Khao (Thái)').ok).toBe(false);
  });

  it('returns shared, frozen results', () => {
    const a = resolveEthnicity('Kinh');
    expect(resolveEthnicity('KINH')).toEqual(a);
    expect(resolveEthnicity('Kinh')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    const b = resolveEthnicity('Xá Khao');
    expect(Object.isFrozen(b)).toBe(true);
    if (!b.ok) {
      expect(Object.isFrozen(b.candidates)).toBe(true);
      expect(Object.isFrozen(b.reason)).toBe(true);
    }
  });

  it('stays correct after the memo of results has been cleared by many distinct values', () => {
    for (let i = 0; i < 10_000; i++) expect(resolveEthnicity(`Xyz${'a'.repeat(i % 50)}${i}`).ok).toBe(false);
    expect(codeOf(resolveEthnicity('Mường'))).toBe('06');
    expect(codeOf(resolveEthnicity('Xyz'))).toMatch(/unknown/u);
  });
});

describe('isEthnicMinority', () => {
  it('is false for Kinh, true for the 53 other groups (Hoa included), undefined when unknown', () => {
    expect(isEthnicMinority('Kinh')).toBe(false);
    expect(isEthnicMinority('Việt')).toBe(false);
    expect(isEthnicMinority('dân tộc Kinh')).toBe(false);
    expect(isEthnicMinority('Hoa')).toBe(true);
    expect(isEthnicMinority('Tày')).toBe(true);
    expect(ETHNIC_GROUPS.filter((g) => isEthnicMinority(g.name))).toHaveLength(53);
    for (const value of ['', 'Xyz', 'Kinh Mường', 'Xá Khao', null, undefined]) {
      expect(isEthnicMinority(value), String(value)).toBeUndefined();
    }
  });
});
