import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatConstituencyText, neutralizeFormula, parseConstituencyText, restoreFormula, shortHash, slug } from '../src/index';
import { IdAllocator } from '../src/ids';

describe('constituency descriptions', () => {
  it('splits the seats and declared candidates off the official description', () => {
    const text = 'Gồm các quận: Ba Đình, Đống Đa và Hai Bà Trưng. Số đại biểu Quốc hội được bầu: 3 người. Số người ứng cử: 5 người.';
    const parsed = parseConstituencyText(text);
    expect(parsed).toEqual({ description: 'Gồm các quận: Ba Đình, Đống Đa và Hai Bà Trưng.', seats: 3, declaredCandidates: 5 });
    expect(formatConstituencyText(parsed!)).toBe(text);
    expect(parseConstituencyText('Số đại biểu Quốc hội được bầu: 2 người.')).toEqual({ seats: 2 });
    expect(parseConstituencyText('Gồm huyện A.')).toBeUndefined();
  });
});

describe('formula-injection safety', () => {
  it('prefixes every dangerous start with an apostrophe', () => {
    for (const value of ['=1+1', '+1', '-1', '@A1', '\tx', '\rx', "'x"]) expect(neutralizeFormula(value)).toBe(`'${value}`);
    expect(neutralizeFormula('Nguyễn Văn A')).toBe('Nguyễn Văn A');
    expect(neutralizeFormula('')).toBe('');
  });

  it('is undone exactly by restoreFormula, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => restoreFormula(neutralizeFormula(s)) === s));
  });
});

describe('deterministic ids', () => {
  it('slugs Vietnamese names to ASCII', () => {
    expect(slug('Thành phố Hồ Chí Minh')).toBe('thanh-pho-ho-chi-minh');
    expect(slug('Đắk Lắk')).toBe('dak-lak');
    expect(slug('!!!')).toBe('x');
    expect(shortHash('a')).toMatch(/^[0-9a-f]{8}$/u);
  });

  it('adds a hash only to names that share a slug, whatever the order they were met in', () => {
    const ids = (order: string[]) => {
      const allocator = new IdAllocator();
      for (const name of order) allocator.register('n', name, name);
      return Object.fromEntries(order.map((name) => [name, allocator.id('n', name, name)]));
    };
    const a = ids(['Hòa', 'Hoa', 'Bình']);
    expect(a).toEqual(ids(['Bình', 'Hoa', 'Hòa']));
    expect(a.Bình).toBe('binh');
    expect(a.Hòa).not.toBe(a.Hoa);
    expect(a.Hòa).toMatch(/^hoa-[0-9a-f]{8}$/u);
  });
});
