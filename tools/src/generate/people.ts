/**
 * Vietnamese names and attributes at realistic frequencies. Surname shares follow published estimates for
 * Vietnam (Nguyễn about 38%, Trần 11%, Lê 9.5%...); ethnic minority groups are weighted by the 2019 census
 * and named exactly as in core's official list of the 54 groups; minority surnames are common ones of each
 * group. Everything is NFC.
 */
import { ETHNIC_GROUPS } from '@ungcu/core';
import type { Random } from './prng';

const KINH_SURNAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 3], ['Huỳnh', 2], ['Phan', 4.5], ['Vũ', 2],
  ['Võ', 1.9], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
  ['Đinh', 0.7], ['Trương', 0.8], ['Mai', 0.5], ['Cao', 0.4], ['Lương', 0.4], ['Tạ', 0.3], ['Đoàn', 0.6],
];
const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Công', 'Thanh', 'Xuân', 'Đình', 'Ngọc', 'Tiến', 'Quang', 'Trọng', 'Anh'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Hồng', 'Minh', 'Kim', 'Thúy', 'Phương', 'Bích', 'Mai', 'Diệu'];
const MALE_GIVEN = [
  'Anh', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hùng', 'Huy', 'Khánh', 'Long', 'Minh', 'Nam', 'Phong', 'Quân', 'Sơn',
  'Thắng', 'Thành', 'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Hưng', 'Lâm', 'Nghĩa', 'Phúc', 'Tài', 'Thịnh', 'Vượng', 'Đông',
];
const FEMALE_GIVEN = [
  'Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hạnh', 'Hiền', 'Hoa', 'Huyền', 'Hương', 'Lan', 'Linh', 'Loan', 'Mai',
  'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Quỳnh', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Uyên', 'Vân', 'Yến', 'Xuân', 'Ánh',
];

/** Minority groups by 2019 census population (thousands), with common surnames of each. */
const MINORITIES: readonly (readonly [code: string, population: number, surnames: readonly string[]])[] = [
  ['02', 1845, ['Hoàng', 'Nông', 'Lục', 'Ma', 'Lương']],
  ['03', 1820, ['Lò', 'Cầm', 'Lường', 'Quàng', 'Tòng']],
  ['06', 1452, ['Bùi', 'Đinh', 'Quách', 'Hà']],
  ['08', 1393, ['Giàng', 'Thào', 'Sùng', 'Vàng', 'Lầu']],
  ['05', 1320, ['Thạch', 'Sơn', 'Danh', 'Kim', 'Lâm']],
  ['07', 1083, ['Nông', 'Hoàng', 'Lăng', 'Vi']],
  ['09', 891, ['Triệu', 'Bàn', 'Lý', 'Đặng']],
  ['10', 513, ['Rơ Châm', 'Ksor', 'Siu', 'Rah Lan']],
  ['12', 398, ['Y', 'H', 'Niê', 'Mlô']],
  ['13', 287, ['Đinh', 'A']],
  ['14', 212, ['A', 'Y']],
  ['15', 201, ['Hoàng', 'Lâm', 'Đặng']],
  ['16', 200, ['K', 'Ka', 'Cil']],
  ['17', 179, ['Thông', 'Đạo', 'Lưu']],
  ['18', 183, ['Trần', 'Lý', 'Diệp']],
  ['19', 149, ['Đinh', 'Phạm']],
];

const MINORITY_POOL = MINORITIES.map(([code, population, surnames]) => {
  const group = ETHNIC_GROUPS.find((g) => g.code === code);
  if (group === undefined) throw new Error(`no ethnic group with code ${code} in @ungcu/core`);
  return [{ name: group.name, surnames }, population] as const;
});

export interface GeneratedPerson {
  readonly fullName: string;
  readonly gender: 'male' | 'female';
  readonly ethnicity: string;
}

export function generatePerson(random: Random, shares: { women: number; minority: number }): GeneratedPerson {
  const gender = random.chance(shares.women) ? 'female' : 'male';
  const minority = random.chance(shares.minority) ? random.weighted(MINORITY_POOL) : undefined;
  const surname = minority === undefined ? random.weighted(KINH_SURNAMES) : random.pick(minority.surnames);
  const middle = random.pick(gender === 'female' ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = random.pick(gender === 'female' ? FEMALE_GIVEN : MALE_GIVEN);
  return { fullName: `${surname} ${middle} ${given}`.normalize('NFC'), gender, ethnicity: minority?.name ?? 'Kinh' };
}

export const OCCUPATIONS = [
  'Bí thư Đảng ủy xã',
  'Chủ tịch Ủy ban nhân dân xã',
  'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã',
  'Chủ tịch Hội Liên hiệp Phụ nữ',
  'Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Giáo viên trường trung học phổ thông',
  'Bác sĩ, Trưởng khoa Nội, Bệnh viện đa khoa tỉnh',
  'Giám đốc Sở Tài chính',
  'Trưởng Công an xã',
  'Nông dân',
  'Giám đốc hợp tác xã nông nghiệp',
  'Chỉ huy trưởng Ban Chỉ huy quân sự',
  'Phó Giáo sư, Tiến sĩ, Giảng viên đại học',
  'Kỹ sư, Giám đốc doanh nghiệp',
  'Chuyên viên Văn phòng Hội đồng nhân dân',
] as const;

export const PROFESSIONAL = ['Cử nhân Luật', 'Cử nhân Kinh tế', 'Thạc sĩ Quản lý công', 'Kỹ sư Nông nghiệp', 'Bác sĩ Đa khoa', 'Cử nhân Sư phạm'] as const;
