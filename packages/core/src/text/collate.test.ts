import { describe, expect, it } from 'vitest';
import { compareVietnameseNames, sortByVietnameseName, vietnameseNameSortKey, vietnameseSortKey } from './collate';

const before = (a: string, b: string): void => {
  expect(vietnameseSortKey(a) < vietnameseSortKey(b)).toBe(true);
};

describe('vietnameseSortKey', () => {
  it('follows the Vietnamese alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y', () => {
    const alphabet = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ');
    const shuffled = [...alphabet].reverse();
    expect(shuffled.sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1))).toEqual(alphabet);
  });
  it('ranks a toned vowel as its own letter right after the plain one: none, huyền, sắc, hỏi, ngã, nặng', () => {
    const tones = ['a', 'à', 'á', 'ả', 'ã', 'ạ', 'ă'];
    for (let i = 0; i + 1 < tones.length; i++) before(tones[i] ?? '', tones[i + 1] ?? '');
    before('Thanh', 'Thái'); // a < á at the third letter, although ICU puts Thái first
    before('Hoan', 'Hòa'); // o < ò at the second letter, whichever placement is used
    before('Hoan', 'Hoà');
    before('Nghiệm', 'Nghĩa');
    before('Huấn', 'Hùng');
  });
  it('puts f, j, w, z at their Latin places and digits first', () => {
    before('ê', 'f');
    before('f', 'g');
    before('i', 'j');
    before('j', 'k');
    before('v', 'w');
    before('w', 'x');
    before('y', 'z');
    before('9', 'a');
    before('z', 'ç');
  });
  it('puts a word before its own extensions', () => {
    before('Thi', 'Thịnh');
    before('Thi', 'Thinh');
    before('Lan Anh', 'Lan Anhh');
    before('Lan', 'Lan Anh');
  });
  it('ignores case, NFC/NFD, tone placement, and punctuation inside a word', () => {
    const same = (a: string, b: string): void => expect(vietnameseSortKey(a)).toBe(vietnameseSortKey(b));
    same('Hoà', 'Hòa');
    same('THỦY', 'thuỷ');
    same('Khánh Hòa'.normalize('NFD'), 'khánh hoà');
    same("H'Mai", 'H′Mai');
    same('H’Mai', 'hmai');
    same('K`Ré', 'K-Ré');
    same('  Lan   Anh ', 'Lan Anh');
  });
  it('keeps different letters and tones apart', () => {
    expect(vietnameseSortKey('Hòa')).not.toBe(vietnameseSortKey('Hóa'));
    expect(vietnameseSortKey('Dung')).not.toBe(vietnameseSortKey('Đung'));
  });
});

describe('compareVietnameseNames', () => {
  it('orders by given name first', () => {
    expect(compareVietnameseNames('Vũ Văn An', 'Âu Thị Bình')).toBeLessThan(0);
    expect(compareVietnameseNames('Trần Sỹ Thanh', 'Chu Thị Hồng Thái')).toBeLessThan(0);
    expect(compareVietnameseNames('Phạm Thị Thắng', 'Nguyễn Văn Thân')).toBeLessThan(0);
  });
  it('ignores the alias when ranking', () => {
    expect(compareVietnameseNames('Đặng Minh Châu (Hòa thượng Thích Bảo Nghiêm)', 'Đinh Tiến Dũng')).toBeLessThan(0);
  });
  it('breaks ties by the whole name from the family name, then by the alias', () => {
    expect(compareVietnameseNames('Vũ Hải Hà', 'Lê Thị Thái Hà')).toBeGreaterThan(0);
    expect(compareVietnameseNames('Nguyễn Đức Hải', 'Nguyễn Thị Hải')).toBeLessThan(0);
    expect(compareVietnameseNames('Lê Hà', 'Lê Thu Hà')).toBeLessThan(0);
    expect(compareVietnameseNames('Lê Hà (Ba)', 'Lê Hà (An)')).toBeGreaterThan(0);
  });
  it('treats the given name as one word even when written with a space after the apostrophe', () => {
    expect(compareVietnameseNames('K’ Nhiễu', 'Nguyễn Văn Minh')).toBeLessThan(0);
    expect(vietnameseNameSortKey('K’ Nhiễu').split('\u0000')[0]).toBe(vietnameseSortKey('KNhiễu'));
  });
  it('is a total order: names that rank equal are ordered by their text, 0 only for identical strings', () => {
    expect(compareVietnameseNames('Lê Thị Hòa', 'Lê Thị Hòa')).toBe(0);
    expect(vietnameseNameSortKey('Lê Thị Hòa')).toBe(vietnameseNameSortKey('Lê Thị Hòa'.normalize('NFD')));
    expect(compareVietnameseNames('Lê Thị Hòa', 'Lê Thị Hòa'.normalize('NFD'))).not.toBe(0);
    expect(vietnameseNameSortKey('Lê Thị Hoà')).toBe(vietnameseNameSortKey('Lê Thị Hòa'));
    const a = compareVietnameseNames('Lê Thị Hoà', 'Lê Thị Hòa');
    expect(a).not.toBe(0);
    expect(compareVietnameseNames('Lê Thị Hòa', 'Lê Thị Hoà')).toBe(-a);
    expect(compareVietnameseNames('lê thị hòa', 'Lê Thị Hòa')).not.toBe(0);
  });
  it('is antisymmetric and transitive on a mixed sample', () => {
    const names = ['Lê Thị Hoà', 'Lê Thị Hòa', 'lê thị hòa', 'Hà', 'Hà (A)', 'Y Dưng', 'K’ Kiên', 'Ka Tô Thị Dung'];
    for (const a of names) {
      for (const b of names) {
        expect(Math.sign(compareVietnameseNames(a, b)) === -Math.sign(compareVietnameseNames(b, a))).toBe(true);
        expect(compareVietnameseNames(a, b) === 0).toBe(a === b);
        for (const c of names) {
          if (compareVietnameseNames(a, b) < 0 && compareVietnameseNames(b, c) < 0) {
            expect(compareVietnameseNames(a, c)).toBeLessThan(0);
          }
        }
      }
    }
  });
});

describe('sortByVietnameseName', () => {
  it('returns a sorted copy and leaves the input alone', () => {
    const input = Object.freeze([{ n: 'Nguyễn Văn Thân' }, { n: 'Lê Thị Hòa' }, { n: 'Phạm Thị Thắng' }]);
    const sorted = sortByVietnameseName(input, (x) => x.n);
    expect(sorted.map((x) => x.n)).toEqual(['Lê Thị Hòa', 'Phạm Thị Thắng', 'Nguyễn Văn Thân']);
    expect(input.map((x) => x.n)).toEqual(['Nguyễn Văn Thân', 'Lê Thị Hòa', 'Phạm Thị Thắng']);
  });
  it('is stable for items with the same name', () => {
    const items = [
      { n: 'Lê Hà', id: 1 },
      { n: 'An', id: 2 },
      { n: 'Lê Hà', id: 3 },
      { n: 'Lê Hà', id: 4 },
    ];
    expect(sortByVietnameseName(items, (x) => x.n).map((x) => x.id)).toEqual([2, 1, 3, 4]);
  });
  it('agrees with compareVietnameseNames', () => {
    const names = ['Hòa', 'Hoan', 'Hoà', 'Thái', 'Thanh', 'Thắng', 'Thân', 'Đức', 'Dũng', 'Ánh', 'Anh'];
    expect(sortByVietnameseName(names, (n) => n)).toEqual([...names].sort(compareVietnameseNames));
    expect(sortByVietnameseName(names, (n) => n).slice(0, 2)).toEqual(['Anh', 'Ánh']);
  });
});
