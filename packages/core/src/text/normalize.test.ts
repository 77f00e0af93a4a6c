import { describe, expect, it } from 'vitest';
import { comparisonKey, sameText, splitTone, stripDiacritics } from './normalize';

describe('comparisonKey', () => {
  it('ignores case, NFD and tone placement', () => {
    expect(sameText('Thanh Hoá', 'Thanh Hóa')).toBe(true);
    expect(sameText('Khánh Hoà', 'KHÁNH HÒA')).toBe(true);
    expect(sameText('Khánh Hòa'.normalize('NFD'), 'Khánh Hoà')).toBe(true);
    expect(sameText('Thủy', 'Thuỷ')).toBe(true);
  });
  it('keeps different tones and letters apart', () => {
    expect(sameText('Hòa', 'Hoa')).toBe(false);
    expect(sameText('Hòa', 'Hóa')).toBe(false);
    expect(sameText('Đông', 'Dong')).toBe(false);
  });
  it('splits a syllable into letters and tone', () => {
    expect(splitTone('Hoà'.normalize('NFD'))).toEqual({ letters: 'Hoa', tone: 1 });
    expect(splitTone('Nguyễn')).toEqual({ letters: 'Nguyên', tone: 4 });
    expect(comparisonKey('  Nguyễn   Văn  ')).toBe('nguyên4 văn');
  });
  it('strips diacritics for search only', () => {
    expect(stripDiacritics('Đắk Lắk')).toBe('Dak Lak');
  });
});
