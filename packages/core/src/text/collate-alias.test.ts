/**
 * The alias level of the name order: the other name in parentheses ("tên gọi khác", "Nguyễn Thị Yến (Nguyễn
 * Thị Phấn)") is the last level of vietnameseNameSortKey, after the given name and after the whole name from the
 * family name on. It must neither be dropped (namesakes would fall back to code-unit order, where "Út" sorts
 * after "Vy" and capitals before small letters) nor outrank the whole name (a person's other name would then
 * reorder everyone who shares their given name). The existing tests only check cases where the code-unit order
 * happens to agree, so each of those mutations passed them.
 *
 * Names are from the official 2021 National Assembly list (examples/data/vn-na-2021), national order: the
 * country's list is sorted the same way as a constituency's, and it is where namesakes meet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVietnameseNames, sortByVietnameseName, vietnameseNameSortKey, vietnameseSortKey } from './collate';
import { splitFullName } from './names';
import { parseCsvRecords } from './test-support/csv';

const CANDIDATES_DIR = new URL('../../../../examples/data/vn-na-2021/candidates/', import.meta.url);

/** Every candidate's name as published (NFC or NFD, as the source has it). */
function officialNames(): string[] {
  return readdirSync(CANDIDATES_DIR)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .flatMap((file) => parseCsvRecords(readFileSync(new URL(file, CANDIDATES_DIR), 'utf8')).map((row) => row['Họ và tên'] ?? ''));
}

const names = officialNames();

/** The national candidates whose given name is `given`, in official-list order, as NFC text. */
function sortedWithGivenName(given: string): string[] {
  const group = names.filter((n) => vietnameseSortKey(splitFullName(n).given) === vietnameseSortKey(given));
  return sortByVietnameseName(group, (n) => n).map((n) => n.normalize('NFC'));
}

const sorted = (list: readonly string[]): string[] => sortByVietnameseName(list, (n) => n);

describe('the alias level of the name order', () => {
  it('reads the real list with its aliases', () => {
    expect(names).toHaveLength(868);
    expect(names.filter((n) => splitFullName(n).alias !== undefined)).toHaveLength(27);
  });

  it('orders people who share a given name by their whole name, whatever their other names are (Bình)', () => {
    // Two of the fourteen have another name; ranking it before the whole name would move both to the end,
    // after every "Bình" without one.
    expect(sortedWithGivenName('Bình')).toEqual([
      'Dương Thanh Bình (Dương Hoàng Du)',
      'Đinh Thị Bình',
      'Đỗ Thanh Bình',
      'Hà Thọ Bình',
      'Hoàng Văn Bình (Hoàng Thanh Bình)',
      'Lê Thị Thanh Bình',
      'Ngô Thị Bình',
      'Nguyễn Hòa Bình',
      'Nguyễn Thị Bình',
      'Phan Thái Bình',
      'Phạm Huy Bình',
      'Phạm Phú Bình',
      'Thạch Phước Bình',
      'Trịnh Minh Bình',
    ]);
  });

  it('orders people who share a given name by their whole name (Hà: "Lê Thị Hà (Lê Thu Hà)" before "Lê Thị Thái Hà")', () => {
    expect(sortedWithGivenName('Hà')).toEqual([
      'Dương Thị Thu Hà',
      'Đặng Hoàng Hà',
      'Đinh Thị Thu Hà',
      'Đỗ Đức Hồng Hà',
      'Đỗ Thị Việt Hà',
      'Hoàng Thị Thu Hà',
      'Lê Thị Hà (Lê Thu Hà)',
      'Lê Thị Thái Hà',
      'Lò Thị Thu Hà',
      'Lò Thị Việt Hà',
      'Nguyễn Thị Hà',
      'Nguyễn Thị Phú Hà',
      'Nguyễn Thị Thu Hà',
      'Nguyễn Thị Thu Hà',
      'Nguyễn Việt Hà',
      'Trần Thị Nhị Hà',
      'Vũ Hải Hà',
    ]);
    // The alias "Lê Thu Hà" sorts after the empty alias of "Nguyễn Thị Hà", but the whole name decides first.
    expect(compareVietnameseNames('Lê Thị Hà (Lê Thu Hà)', 'Nguyễn Thị Hà')).toBeLessThan(0);
  });

  it('tells the two real "Nguyễn Thị Yến" apart by their other names, in either case', () => {
    const phan = 'Nguyễn Thị Yến (Nguyễn Thị Phấn)'; // Bà Rịa - Vũng Tàu #2
    const niSu = 'Nguyễn Thị Yến (Ni sư Thích Nữ Tín Liên)'; // Thành phố Hồ Chí Minh #7
    expect(sorted([niSu, phan])).toEqual([phan, niSu]); // "Nguyễn" before "Ni": g before i
    // A list typed in capitals merged with one in ordinary case: the order is blind to case, so the alias
    // still decides. Text order would put "NGUYỄN…" first (capitals before small letters), and so would a raw,
    // unkeyed alias ("NI" before "Ng").
    const niSuInCapitals = niSu.toUpperCase();
    expect(sorted([niSuInCapitals, phan])).toEqual([phan, niSuInCapitals]);
    expect(compareVietnameseNames(phan, niSuInCapitals)).toBeLessThan(0);
  });

  it('ranks the other name by the Vietnamese alphabet, not by code units: "Út …" before "Vy"', () => {
    // Real aliases (Phạm Trọng Nhân "Út Nhân", Bình Dương #3; Nguyễn Thị Như Ý "VY", Đồng Nai #1) on two
    // namesakes: u (with its tone) comes before v in the alphabet, while "Ú" is U+00DA, after "V" and "Y".
    const ut = 'Phạm Trọng Nhân (Út Nhân)';
    const vy = 'Phạm Trọng Nhân (VY)';
    expect(names.map((n) => n.normalize('NFC'))).toContain(ut);
    expect(sorted([vy, ut])).toEqual([ut, vy]);
    expect(sorted(['Phạm Trọng Nhân (Y Lan)', vy, ut])).toEqual([ut, vy, 'Phạm Trọng Nhân (Y Lan)']);
  });

  it('puts a namesake without another name before those with one', () => {
    const plain = 'Nguyễn Thị Yến';
    expect(sorted(['Nguyễn Thị Yến (Nguyễn Thị Phấn)', plain])).toEqual([plain, 'Nguyễn Thị Yến (Nguyễn Thị Phấn)']);
  });

  it('keeps the alias as the last level of the key', () => {
    const levels = vietnameseNameSortKey('Nguyễn Thị Yến (Nguyễn Thị Phấn)').split('\u0000');
    expect(levels).toEqual([
      vietnameseSortKey('Yến'),
      vietnameseSortKey('Nguyễn Thị Yến'),
      vietnameseSortKey('Nguyễn Thị Phấn'),
    ]);
  });
});
