import { describe, expect, it } from 'vitest';
import { ethnicityKey, splitBracketed } from './key';

describe('ethnicityKey', () => {
  it('ignores hyphens, dashes, spaces and case', () => {
    const key = ethnicityKey('Ê-đê');
    for (const v of ['Ê Đê', 'Êđê', 'ê - đê', 'Ê–đê', 'Ê—đê', 'Ê‐đê', 'Ê\u00A0đê', '  Ê   đê  ', 'Ê\tĐÊ']) {
      expect(ethnicityKey(v), v).toBe(key);
    }
  });

  it("ignores every kind of apostrophe and backtick (' ’ ‘ ` ′ ʼ)", () => {
    const key = ethnicityKey('Mnông');
    for (const mark of ["'", '’', '‘', '`', '′', 'ʼ', 'ʻ', '´']) expect(ethnicityKey(`M${mark}nông`), mark).toBe(key);
  });

  it('ignores NFC/NFD and old/new tone placement, but keeps tones', () => {
    expect(ethnicityKey('Mường'.normalize('NFD'))).toBe(ethnicityKey('Mường'));
    expect(ethnicityKey('Khơ-mú'.normalize('NFD'))).toBe(ethnicityKey('Khơ-mú'));
    expect(ethnicityKey('Thủy')).toBe(ethnicityKey('Thuỷ'));
    expect(ethnicityKey('Mạ')).not.toBe(ethnicityKey('Ma'));
    expect(ethnicityKey('Lào')).not.toBe(ethnicityKey('Lao'));
  });

  it('gives the same key with or without separators, even across toned syllables', () => {
    expect(ethnicityKey('Tàôi')).toBe(ethnicityKey('Tà-ôi'));
    expect(ethnicityKey('HàNhì')).toBe(ethnicityKey('Hà Nhì'));
    expect(ethnicityKey('PàThẻn'.normalize('NFD'))).toBe(ethnicityKey('Pà Thẻn'));
    expect(ethnicityKey('Hoà Bình')).toBe(ethnicityKey('Hòabình'));
  });

  it('drops invisible format characters left by copy-paste', () => {
    expect(ethnicityKey('\uFEFFKinh\u200B')).toBe(ethnicityKey('Kinh'));
    expect(ethnicityKey('Xơ\u00ADđăng')).toBe(ethnicityKey('Xơ-đăng'));
  });

  it('drops a leading "dân tộc" and/or "người", unless nothing would remain', () => {
    const key = ethnicityKey('Hoa');
    for (const v of ['Dân tộc Hoa', 'dân tộc Hoa', 'DÂN TỘC HOA', 'Người Hoa', 'người hoa', 'Dân tộc người Hoa']) {
      expect(ethnicityKey(v), v).toBe(key);
    }
    expect(ethnicityKey('Người')).toBe(ethnicityKey('người'));
    expect(ethnicityKey('Người')).not.toBe('');
    expect(ethnicityKey('Dân tộc')).not.toBe('');
    // Only a leading prefix: "Hoa người" is not "Hoa".
    expect(ethnicityKey('Hoa người')).not.toBe(key);
  });

  it('rejects values that cannot be names', () => {
    for (const v of ['', '   ', '-', "'", 'Tay1', 'Kinh.', 'Kinh/Tày', 'Kinh, Tày', '(Kinh)', '01']) {
      expect(ethnicityKey(v), v).toBeUndefined();
    }
  });

  it('keeps different names apart', () => {
    expect(ethnicityKey('Kinh Mường')).not.toBe(ethnicityKey('Kinh'));
    expect(ethnicityKey('Tày')).not.toBe(ethnicityKey('Thái'));
  });
});

describe('splitBracketed', () => {
  it('splits a trailing bracketed name', () => {
    expect(splitBracketed('Xơ-đăng (Ca Dong)')).toEqual({ outer: 'Xơ-đăng', inner: 'Ca Dong' });
    expect(splitBracketed(' Cao Lan(Sán Chay) ')).toEqual({ outer: 'Cao Lan', inner: 'Sán Chay' });
  });

  it('leaves other shapes alone', () => {
    for (const v of ['Kinh', '(Kinh)', 'Kinh ()', 'Kinh (Việt) x', 'Kinh ((Việt))', 'Kinh (Việt', 'Kinh Việt)']) {
      expect(splitBracketed(v), v).toBeUndefined();
    }
  });
});
