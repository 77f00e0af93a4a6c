import { describe, expect, it } from 'vitest';
import { normalizeTonePlacement, placeToneCanonically, toLetterUnits, toneVowelIndex } from './tone-placement';

const indexOf = (syllable: string): number | undefined =>
  toneVowelIndex(toLetterUnits(syllable).map((u) => u.letter));

describe('toneVowelIndex', () => {
  it.each([
    ['hoa', 2], // open "oa": the main vowel a (new style "hoà")
    ['hoe', 2],
    ['thuy', 3],
    ['hoan', 2], // closed: the second vowel
    ['huynh', 2],
    ['mai', 1], // open, other pairs: the first vowel
    ['mua', 1],
    ['tui', 1],
    ['khoai', 3], // three vowels: the middle one
    ['khuyu', 3],
    ['quy', 2], // "qu" is a consonant
    ['qua', 2],
    ['gia', 2], // "gi" before a vowel is a consonant
    ['gin', 1],
    ['giưa', 2],
    ['nguyên', 4], // a hatted vowel takes the mark
    ['đươc', 2], // of "ươ", the second
    ['cưu', 1],
    ['Thuy', 3], // case does not matter
    ['ktull', 2],
    ['kđăm', 2],
  ])('%s → %i', (syllable, index) => {
    expect(indexOf(syllable)).toBe(index);
  });
  it('gives up on words that are not one syllable', () => {
    expect(indexOf('chamalea')).toBeUndefined();
    expect(indexOf('arât')).toBeUndefined();
    expect(indexOf('nh')).toBeUndefined();
  });
});

describe('placeToneCanonically', () => {
  it('moves a single mark, whatever its position, and keeps the letters', () => {
    const moved = placeToneCanonically(toLetterUnits('Hòa'.normalize('NFD')));
    expect(moved).toEqual([
      { letter: 'H', tone: 0 },
      { letter: 'o', tone: 0 },
      { letter: 'a', tone: 1 },
    ]);
  });
  it('leaves words with several marks alone', () => {
    const units = toLetterUnits('Chamaléá');
    expect(placeToneCanonically(units)).toEqual(units);
  });
});

describe('normalizeTonePlacement', () => {
  it('rewrites old-style placement to the new style, NFC, keeping spacing and case', () => {
    expect(normalizeTonePlacement('Khánh Hòa  THỦY Thúy')).toBe('Khánh Hoà  THUỶ Thuý');
    expect(normalizeTonePlacement('Hoà'.normalize('NFD'))).toBe('Hoà');
    expect(normalizeTonePlacement('Quỳnh Nguyễn Hoàng Người')).toBe('Quỳnh Nguyễn Hoàng Người');
  });
  it('moves misplaced marks onto the hatted vowel', () => {
    expect(normalizeTonePlacement('Nguỹên')).toBe('Nguyễn');
  });
});
