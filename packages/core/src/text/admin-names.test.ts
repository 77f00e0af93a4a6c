import { describe, expect, it } from 'vitest';
import { findAdminUnit } from './admin-match';
import { adminUnitKey, parseAdminUnitName, sameAdminUnit } from './admin-names';

describe('parseAdminUnitName', () => {
  it.each([
    ['TP. Hà Nội', 'city', 'Hà Nội'],
    ['Thành phố Hà Nội', 'city', 'Hà Nội'],
    ['THÀNH PHỐ HÀ NỘI', 'city', 'HÀ NỘI'],
    ['TP Hà Nội', 'city', 'Hà Nội'],
    ['Tp.Hồ Chí Minh', 'city', 'Hồ Chí Minh'],
    ['Tỉnh Thanh Hoá', 'province', 'Thanh Hoá'],
    ['Quận 1', 'urban-district', '1'],
    ['Q.1', 'urban-district', '1'],
    ['Q1', 'urban-district', '1'],
    ['Huyện Mường Tè', 'district', 'Mường Tè'],
    ['H. Mường Tè', 'district', 'Mường Tè'],
    ['Thị xã Sơn Tây', 'town', 'Sơn Tây'],
    ['TX Sơn Tây', 'town', 'Sơn Tây'],
    ['Phường Ba Đình', 'ward', 'Ba Đình'],
    ['P. Ba Đình', 'ward', 'Ba Đình'],
    ['Xã Đông Hội', 'commune', 'Đông Hội'],
    ['x. Đông Hội', 'commune', 'Đông Hội'],
    ['Thị trấn Phong Thổ', 'township', 'Phong Thổ'],
    ['TT. Phong Thổ', 'township', 'Phong Thổ'],
    ['Đặc khu Phú Quốc', 'special-zone', 'Phú Quốc'],
    ['  đặc   khu  Phú Quốc '.normalize('NFD'), 'special-zone', 'Phú Quốc'],
  ] as const)('%s → %s %s', (input, kind, name) => {
    expect(parseAdminUnitName(input)).toEqual({ kind, name });
  });
  it('leaves names without a level prefix whole', () => {
    expect(parseAdminUnitName('Phú Thọ')).toEqual({ name: 'Phú Thọ' });
    expect(parseAdminUnitName('Thành Công')).toEqual({ name: 'Thành Công' });
    expect(parseAdminUnitName('Xã')).toEqual({ name: 'Xã' });
    expect(parseAdminUnitName('Thị xã')).toEqual({ name: 'Thị xã' });
    expect(parseAdminUnitName('Y Tý')).toEqual({ name: 'Y Tý' });
    expect(parseAdminUnitName('Hà Giang 1')).toEqual({ name: 'Hà Giang 1' });
    expect(parseAdminUnitName('TPHCM')).toEqual({ name: 'TPHCM' });
  });
  it('takes a prefix only as the leading word', () => {
    expect(parseAdminUnitName('Hồng Hà Phường')).toEqual({ name: 'Hồng Hà Phường' });
  });
});

describe('adminUnitKey and sameAdminUnit', () => {
  it('match every spelling of a name to its bare name', () => {
    const pairs = [
      ['TP. Hà Nội', 'Hà Nội'],
      ['Thành phố Hà Nội', 'Hà Nội'],
      ['THÀNH PHỐ HÀ NỘI', 'Hà Nội'],
      ['TP Hà Nội', 'Hà Nội'],
      ['Tp.Hồ Chí Minh', 'Hồ Chí Minh'],
      ['Tỉnh Thanh Hoá', 'Thanh Hóa'],
      ['Thừa Thiên - Huế', 'Thừa Thiên Huế'],
      ['Bà Rịa–Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
      ['Quận 1', '1'],
      ['Q.1', 'Quận 1'],
      ['Phường 01', 'Phường 1'],
      ['Phường Ba Đình', 'P. Ba Đình'],
      ['Xã Đông Hội', 'Đông Hội'],
      ['Đặc khu Phú Quốc', 'Phú Quốc'],
      ["Xã Ea H'Leo", 'Ea H’leo'],
      ['Khánh Hòa'.normalize('NFD'), 'KHÁNH HOÀ'],
    ] as const;
    for (const [a, b] of pairs) {
      expect(adminUnitKey(a), `${a} / ${b}`).toBe(adminUnitKey(b));
      expect(sameAdminUnit(a, b), `${a} / ${b}`).toBe(true);
    }
  });
  it('keeps different names apart', () => {
    expect(sameAdminUnit('Quận 1', 'Quận 10')).toBe(false);
    expect(sameAdminUnit('Q.1', 'Q.10')).toBe(false);
    expect(sameAdminUnit('Phú Thọ', 'Thọ')).toBe(false);
    expect(sameAdminUnit('Hòa Bình', 'Hóa Bình')).toBe(false);
    expect(sameAdminUnit('Đông Hội', 'Dong Hoi')).toBe(false);
    expect(sameAdminUnit('Quảng Bình', 'Quang Bình')).toBe(false);
  });
  it('keeps units at different levels apart, but not a unit whose kind changed within its level', () => {
    expect(sameAdminUnit('Thị xã Sơn Tây', 'Phường Sơn Tây')).toBe(false);
    expect(sameAdminUnit('Huyện Ba Vì', 'Xã Ba Vì')).toBe(false);
    expect(sameAdminUnit('Tỉnh Bắc Ninh', 'Phường Bắc Ninh')).toBe(false);
    expect(sameAdminUnit('Q.1', 'P.1')).toBe(false);
    expect(sameAdminUnit('Tỉnh Đồng Nai', 'Thành phố Đồng Nai')).toBe(true);
    expect(sameAdminUnit('Xã Tân Phú', 'Phường Tân Phú')).toBe(true);
    expect(sameAdminUnit('Thành phố Thủ Đức', 'Quận Thủ Đức')).toBe(true);
    expect(sameAdminUnit('Sơn Tây', 'Phường Sơn Tây')).toBe(true);
  });
});

describe('findAdminUnit', () => {
  const provinces = ['Tỉnh Quảng Bình', 'Tỉnh Quảng Nam', 'Thành phố Hà Nội', 'Tỉnh Hòa Bình', 'Tỉnh Hà Nam'];
  it('finds exact matches', () => {
    expect(findAdminUnit('TP. Hà Nội', provinces)).toEqual({ index: 2, exact: true });
    expect(findAdminUnit('TỈNH HOÀ BÌNH', provinces)).toEqual({ index: 3, exact: true });
  });
  it('accepts a single candidate that differs only in tone marks, flagged as not exact', () => {
    expect(findAdminUnit('Tỉnh Quang Bình', provinces)).toEqual({ index: 0, exact: false });
    expect(findAdminUnit('Ha Nam', provinces)).toEqual({ index: 4, exact: false });
  });
  it('refuses other letters, ambiguous and missing names', () => {
    expect(findAdminUnit('Đà Nẵng', provinces)).toBeUndefined();
    expect(findAdminUnit('Hoa Binh', ['Hòa Bình', 'Hóa Bình'])).toBeUndefined();
    expect(findAdminUnit('Sơn Tây', ['Thị xã Sơn Tây', 'Phường Sơn Tây'])).toBeUndefined();
    expect(findAdminUnit('Thị xã Sơn Tây', ['Thị xã Sơn Tây', 'Phường Sơn Tây'])).toEqual({ index: 0, exact: true });
    expect(findAdminUnit('Quận 1', ['Quận 10'])).toBeUndefined();
    expect(findAdminUnit('Hà Nội', [])).toBeUndefined();
  });
});
