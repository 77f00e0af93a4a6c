import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_ETHNIC_NAMES,
  ETHNIC_GROUPS,
  KINH_CODE,
  ethnicGroupByCode,
  isMinorityGroup,
} from './groups';

// The official list, Decision 121-TCTK/PPCĐ (1979), in code order.
const OFFICIAL =
  '01 Kinh, 02 Tày, 03 Thái, 04 Hoa, 05 Khơ-me, 06 Mường, 07 Nùng, 08 HMông, 09 Dao, 10 Gia-rai, 11 Ngái, ' +
  '12 Ê-đê, 13 Ba-na, 14 Xơ-đăng, 15 Sán Chay, 16 Cơ-ho, 17 Chăm, 18 Sán Dìu, 19 Hrê, 20 Mnông, 21 Ra-glai, ' +
  '22 Xtiêng, 23 Bru-Vân Kiều, 24 Thổ, 25 Giáy, 26 Cơ-tu, 27 Gié-Triêng, 28 Mạ, 29 Khơ-mú, 30 Co, 31 Tà-ôi, ' +
  '32 Chơ-ro, 33 Kháng, 34 Xinh-mun, 35 Hà Nhì, 36 Chu-ru, 37 Lào, 38 La Chí, 39 La Ha, 40 Phù Lá, 41 La Hủ, ' +
  '42 Lự, 43 Lô Lô, 44 Chứt, 45 Mảng, 46 Pà Thẻn, 47 Cơ Lao, 48 Cống, 49 Bố Y, 50 Si La, 51 Pu Péo, 52 Brâu, ' +
  '53 Ơ Đu, 54 Rơ-măm';

describe('ETHNIC_GROUPS', () => {
  it('holds the 54 official groups with their codes and names, in code order', () => {
    expect(ETHNIC_GROUPS.map((g) => `${g.code} ${g.name}`).join(', ')).toBe(OFFICIAL.normalize('NFC'));
  });

  it('has unique codes, names and English names', () => {
    expect(new Set(ETHNIC_GROUPS.map((g) => g.code)).size).toBe(54);
    expect(new Set(ETHNIC_GROUPS.map((g) => g.name.toLowerCase())).size).toBe(54);
    expect(new Set(ETHNIC_GROUPS.map((g) => g.nameEn.toLowerCase())).size).toBe(54);
  });

  it('stores every name in NFC without stray whitespace, and English names in ASCII', () => {
    for (const g of ETHNIC_GROUPS) {
      for (const name of [g.name, ...g.variants]) {
        expect(name, `${g.code} ${name}`).toBe(name.normalize('NFC').replace(/\s+/gu, ' ').trim());
      }
      expect(g.nameEn, g.code).toMatch(/^[A-Za-z][A-Za-z '()-]*$/);
    }
  });

  it('lists no variant twice, nor the official name as a variant', () => {
    for (const g of ETHNIC_GROUPS) {
      const names = [g.name, ...g.variants];
      expect(new Set(names).size, g.code).toBe(names.length);
    }
  });

  it('is frozen, since every caller shares it', () => {
    expect(Object.isFrozen(ETHNIC_GROUPS)).toBe(true);
    const kinh = ETHNIC_GROUPS[0]!;
    expect(Object.isFrozen(kinh)).toBe(true);
    expect(Object.isFrozen(kinh.variants)).toBe(true);
  });
});

describe('ethnicGroupByCode', () => {
  it('finds each group by its code', () => {
    for (const g of ETHNIC_GROUPS) expect(ethnicGroupByCode(g.code)).toBe(g);
  });

  it('accepts a code whose leading zero a spreadsheet dropped', () => {
    expect(ethnicGroupByCode('8')?.name).toBe('HMông');
    expect(ethnicGroupByCode(8)?.name).toBe('HMông');
    expect(ethnicGroupByCode(54)?.name).toBe('Rơ-măm');
    expect(ethnicGroupByCode(' 05 ')?.name).toBe('Khơ-me');
  });

  it('returns undefined for codes outside 01..54', () => {
    for (const code of ['00', '0', '55', '100', '', 'Kinh', '1.0', '-1', '008']) {
      expect(ethnicGroupByCode(code), code).toBeUndefined();
    }
    for (const code of [0, 55, 1.5, Number.NaN, -1]) expect(ethnicGroupByCode(code), String(code)).toBeUndefined();
  });
});

describe('isMinorityGroup', () => {
  it('counts the 53 groups other than Kinh as minorities, Hoa included', () => {
    expect(ETHNIC_GROUPS.filter(isMinorityGroup)).toHaveLength(53);
    expect(isMinorityGroup(ethnicGroupByCode(KINH_CODE)!)).toBe(false);
    expect(isMinorityGroup(ethnicGroupByCode('04')!)).toBe(true);
  });
});

describe('AMBIGUOUS_ETHNIC_NAMES', () => {
  it('names at least two distinct, existing groups each', () => {
    for (const { name, codes } of AMBIGUOUS_ETHNIC_NAMES) {
      expect(new Set(codes).size, name).toBe(codes.length);
      expect(codes.length, name).toBeGreaterThanOrEqual(2);
      for (const code of codes) expect(ethnicGroupByCode(code), `${name} ${code}`).toBeDefined();
    }
  });
});
