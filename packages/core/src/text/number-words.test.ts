import { describe, expect, it } from 'vitest';
import { MAX_NUMBER_IN_WORDS, parseVietnameseNumber, toVietnameseNumberWords } from './number-words';

const value = (text: string): number | undefined => {
  const result = parseVietnameseNumber(text);
  return result.ok ? result.value : undefined;
};
const reason = (text: string): { vi: string; en: string } => {
  const result = parseVietnameseNumber(text);
  if (result.ok) throw new Error(`expected "${text}" to be refused, got ${result.value}`);
  return result.reason;
};

describe('parseVietnameseNumber', () => {
  it.each([
    ['không', 0],
    ['mười', 10],
    ['mười một', 11],
    ['mười lăm', 15],
    ['mười bốn', 14],
    ['mười tư', 14],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['hai mươi một', 21],
    ['hai mươi tư', 24],
    ['hai mươi bốn', 24],
    ['hai mươi lăm', 25],
    ['hai mươi nhăm', 25],
    ['ba mươi hai', 32],
    ['bảy mươi bẩy', 77],
    ['năm trăm', 500],
    ['một trăm linh năm', 105],
    ['một trăm lẻ năm', 105],
    ['một trăm linh tư', 104],
    ['một trăm mười', 110],
    ['một trăm tám mươi hai', 182],
    ['một nghìn', 1000],
    ['một ngàn', 1000],
    ['một nghìn không trăm linh năm', 1005],
    ['một nghìn linh năm', 1005],
    ['hai nghìn hai mươi', 2020],
    ['hai nghìn không trăm hai mươi sáu', 2026],
    ['mười nghìn', 10_000],
    ['một trăm nghìn', 100_000],
    ['một trăm linh năm nghìn', 105_000],
    ['chín trăm chín mươi chín nghìn chín trăm chín mươi chín', 999_999],
    ['32', 32],
    ['1.000', 1000],
    ['557.717', 557_717],
  ])('%s → %i', (text, n) => {
    expect(value(text)).toBe(n);
  });

  it('ignores case, NFD, spacing and tone placement', () => {
    expect(value('  BA  MƯƠI   HAI ')).toBe(32);
    expect(value('Một Trăm Linh Năm'.normalize('NFD'))).toBe(105);
    expect(value('mười lăm'.normalize('NFD'))).toBe(15);
  });

  it('tells mươi (tens) from mười (ten)', () => {
    expect(value('mươi')).toBeUndefined();
    expect(reason('mươi hai').en).toBe('The word "mươi" is out of place in "mươi hai".');
    expect(reason('một mươi').vi).toBe('Từ "mươi" không đúng chỗ trong "một mươi".');
    expect(reason('hai mười').en).toBe('The word "mười" is out of place in "hai mười".');
  });

  it('names the word it cannot read', () => {
    expect(reason('ba mươi hia')).toEqual({
      vi: 'Không đọc được từ "hia" trong số "ba mươi hia".',
      en: 'Cannot read the word "hia" in the number "ba mươi hia".',
    });
    expect(reason('một triệu').en).toContain('"triệu"');
    expect(reason('ba mươi hai.').en).toContain('"hai."');
    expect(reason('')).toEqual({ vi: 'Chưa nhập số.', en: 'No number given.' });
  });

  it('refuses spellings that readers understand differently, offering both standard spellings', () => {
    expect(reason('một trăm năm')).toEqual({
      vi: '"một trăm năm" có thể hiểu là 105 hoặc 150: hãy viết "một trăm linh năm" hoặc "một trăm năm mươi".',
      en: '"một trăm năm" could mean 105 or 150: write "một trăm linh năm" or "một trăm năm mươi".',
    });
    expect(reason('hai nghìn ba').en).toBe(
      '"hai nghìn ba" could mean 2003 or 2300: write "hai nghìn không trăm linh ba" or "hai nghìn ba trăm".',
    );
  });

  it('refuses words in the wrong order or unfinished', () => {
    const refused = ['trăm', 'linh năm', 'hai mươi lăm mươi', 'không trăm linh năm', 'không nghìn', 'mốt', 'linh mốt'];
    for (const text of refused) {
      expect(parseVietnameseNumber(text).ok, text).toBe(false);
    }
    expect(reason('một trăm linh').en).toBe('"một trăm linh" stops short: a digit is missing at the end.');
    expect(reason('một trăm linh lăm').en).toBe('The word "lăm" is out of place in "một trăm linh lăm".');
    expect(reason('một nghìn một nghìn').en).toBe('The word "một" is out of place in "một nghìn một nghìn".');
    expect(reason('một trăm năm nghìn').en).toBe('The word "năm" is out of place in "một trăm năm nghìn".');
  });
});

describe('toVietnameseNumberWords', () => {
  it.each([
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [32, 'ba mươi hai'],
    [100, 'một trăm'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [182, 'một trăm tám mươi hai'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1050, 'một nghìn không trăm năm mươi'],
    [20_001, 'hai mươi nghìn không trăm linh một'],
    [105_000, 'một trăm linh năm nghìn'],
    [999_999, 'chín trăm chín mươi chín nghìn chín trăm chín mươi chín'],
  ])('%i → %s', (n, words) => {
    expect(toVietnameseNumberWords(n)).toBe(words);
  });

  it('refuses what it cannot write', () => {
    for (const n of [-1, 1.5, MAX_NUMBER_IN_WORDS + 1, Number.NaN]) {
      expect(() => toVietnameseNumberWords(n), String(n)).toThrow(RangeError);
    }
  });

  it('is read back by parseVietnameseNumber for every n from 0 to 2000 and across the range', () => {
    const large = [2001, 9999, 10_000, 10_010, 21_021, 99_999, 100_000, 100_001, 123_456, 500_500, 700_015, 999_999];
    for (let step = 0; step < 200; step++) large.push(((step * 7919 + 13) * 4973) % (MAX_NUMBER_IN_WORDS + 1));
    const numbers = [...Array.from({ length: 2001 }, (_, n) => n), ...large];
    const failures = numbers.filter((n) => value(toVietnameseNumberWords(n)) !== n);
    expect(failures).toEqual([]);
    expect(numbers.length).toBeGreaterThan(2200);
  });
});
