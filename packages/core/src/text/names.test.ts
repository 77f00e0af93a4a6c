import { describe, expect, it } from 'vitest';
import { splitFullName } from './names';

describe('splitFullName', () => {
  it('splits family, middle and given name', () => {
    expect(splitFullName('Nguyễn Thị Hà Tuyên')).toEqual({ family: 'Nguyễn', middle: 'Thị Hà', given: 'Tuyên' });
    expect(splitFullName('Tô Lâm')).toEqual({ family: 'Tô', middle: '', given: 'Lâm' });
  });
  it('gives a one-word name only a given name', () => {
    expect(splitFullName('Thổ')).toEqual({ family: '', middle: '', given: 'Thổ' });
    expect(splitFullName('   ')).toEqual({ family: '', middle: '', given: '' });
  });
  it('accepts NFD input and extra spaces, and returns NFC', () => {
    const parts = splitFullName('  Nguyễn   Thị  Hà\tTuyên '.normalize('NFD'));
    expect(parts).toEqual({ family: 'Nguyễn', middle: 'Thị Hà', given: 'Tuyên' });
    expect(parts.family).toBe('Nguyễn'.normalize('NFC'));
  });
  it('separates an alias in parentheses', () => {
    expect(splitFullName('Nguyễn Văn A (Ba B)')).toEqual({
      family: 'Nguyễn',
      middle: 'Văn',
      given: 'A',
      alias: 'Ba B',
    });
    expect(splitFullName('Đinh Hà Nam ( Ama Y Đại, Ama Y Ô )')).toEqual({
      family: 'Đinh',
      middle: 'Hà',
      given: 'Nam',
      alias: 'Ama Y Đại, Ama Y Ô',
    });
    expect(splitFullName('Lý Đức(Thượng tọa Lý Minh Đức)').given).toBe('Đức');
    expect(splitFullName('Nguyễn Văn Thạnh (Lâm) (Tư Lâm)').alias).toBe('Lâm; Tư Lâm');
    expect(splitFullName('Nguyễn Văn Thạnh (Lâm').alias).toBe('Lâm');
    expect(splitFullName('Nguyễn Văn Thạnh ()')).toEqual({ family: 'Nguyễn', middle: 'Văn', given: 'Thạnh' });
  });
  it('takes the last word as given name in minority names too', () => {
    expect(splitFullName('Y Biêr Niê')).toEqual({ family: 'Y', middle: 'Biêr', given: 'Niê' });
    expect(splitFullName('Rơ Châm H\'Mai')).toEqual({ family: 'Rơ', middle: 'Châm', given: "H'Mai" });
    expect(splitFullName('Điểu K\'Ré')).toEqual({ family: 'Điểu', middle: '', given: "K'Ré" });
    expect(splitFullName('Y Thanh Hà Niê Kđăm')).toEqual({ family: 'Y', middle: 'Thanh Hà Niê', given: 'Kđăm' });
    expect(splitFullName('Rah Lan H′Dry').given).toBe('H′Dry');
  });
  it('keeps a prefix written apart from its syllable together ("K’ Nhiễu")', () => {
    expect(splitFullName('K’ Nhiễu')).toEqual({ family: '', middle: '', given: 'K’ Nhiễu' });
    expect(splitFullName('Rơ Châm H\' Mai')).toEqual({ family: 'Rơ', middle: 'Châm', given: "H' Mai" });
    expect(splitFullName('Rơ Châm H \'Mai').given).toBe("H 'Mai");
  });
});
