import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toNfc } from './nfc';

describe('toNfc', () => {
  it('is normalize("NFC") for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => toNfc(s) === s.normalize('NFC')));
    for (const s of ['Khánh Hòa'.normalize('NFD'), 'e\u0301', '\u2000x', 'Å', 'Ω', '가', '\u1100\u1161', 'Nguyễn Văn A', '']) {
      expect(toNfc(s)).toBe(s.normalize('NFC'));
    }
  });

  it('returns NFC text as it is', () => {
    const text = 'Nguyễn Thị Hà – “Thành phố Hồ Chí Minh”';
    expect(toNfc(text)).toBe(text);
  });
});
