/**
 * The official list of Vietnam's 54 ethnic groups (Danh mục các thành phần dân tộc Việt Nam), issued by the
 * General Statistics Office in Decision 121-TCTK/PPCĐ of 2 March 1979. The codes and their order are the ones
 * of that decision; reports sort by them, so never re-order this list. Beware: Decision 1019/QĐ-TCTK of
 * 12 November 2008 numbers the same groups differently from code 04 on (04 Mường, 05 Khơ-me, 06 Hoa...), so a
 * code column must say which list it follows; these codes are the 1979 ones.
 *
 * `variants` are the other spellings and local or subgroup names met in real documents: the "other names"
 * column of the official list, spellings from the minorities' own orthographies (Jrai, Bahnar, K'Ho...) and
 * the ASCII forms used in English documents. Only names that identify exactly one group are listed here;
 * names shared by several groups are in AMBIGUOUS_ETHNIC_NAMES so they are reported, never guessed.
 *
 * Deliberately left out, so that they are reported as unknown rather than resolved silently:
 * - other names that are ordinary Vietnamese words, surnames or given names, since in an ethnicity column
 *   they are far more likely a data-entry error than a rare exonym: Tày/Khơ-me "Thổ" (now its own group,
 *   24), Khơ-me "Cu", Dao "Động", "Kiềm", "Xá", Nùng "Giang", Ngái "Lê", Mnông "Nông", Cơ-ho "Trinh",
 *   Ra-glai "Rai", Thổ "Kẹo", "Mọn", "Cuối", "Họ", Giáy "Xa", Cơ-tu "Cao", "Phương", Xơ-đăng "Tang",
 *   Thái "Đón", Phù Lá "Phó", "Phổ", Chu-ru "Chu", Chứt "Sách", "Máy", Pà Thẻn "Tống";
 * - "Mọi" and "Mọi Bi" (Mường): pejorative, and "Mọi" was applied to many highland peoples;
 * - "Hoa" and "Mán Trắng" under HMông: "Hoa" is the official name of group 04, and "Mán" names the Dao;
 * - "Lao" under La Hủ: in practice "Lao" is the unaccented spelling of Lào (37), and its English name; likewise
 *   "Tay", which the 2008 list gives as a Thái self-name, is kept for Tày (02);
 * - Phù Lá "Mu Di": one letter away from "Mun Di" (Lự, Lô Lô), too easy to mistype into the wrong group;
 * - province names ("Gia Lai") and nationalities ("Việt Nam"): a sign that the columns were swapped.
 */

/** One of the 54 groups. `code` is the two-digit official code, `name` the official Vietnamese name (NFC). */
export interface EthnicGroup {
  readonly code: EthnicGroupCode;
  /** The official Vietnamese name, NFC, as printed in the 1979 list. */
  readonly name: string;
  /** The ASCII name used in English-language documents. */
  readonly nameEn: string;
  /** Other spellings and local or subgroup names that identify this group and no other. */
  readonly variants: readonly string[];
}

interface GroupData {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly variants: readonly string[];
}

const GROUP_DATA = [
  { code: '01', name: 'Kinh', nameEn: 'Kinh', variants: ['Việt', 'Viet'] },
  {
    code: '02',
    name: 'Tày',
    nameEn: 'Tay',
    variants: ['Ngạn', 'Phén', 'Thù Lao', 'Pa Dí'],
  },
  {
    code: '03',
    name: 'Thái',
    nameEn: 'Thai',
    variants: [
      'Tày Khao', 'Tày Đăm', 'Tày Mười', 'Tày Thanh', 'Mán Thanh', 'Man Thanh', 'Hàng Tổng', 'Pu Thay', 'Pa Thay',
      'Thổ Đà Bắc', 'Tày Dọ', 'Thái Đen', 'Thái Trắng', 'Tai',
    ],
  },
  {
    code: '04',
    name: 'Hoa',
    nameEn: 'Hoa (Chinese)',
    variants: ['Hán', 'Chinese', 'Triều Châu', 'Phúc Kiến', 'Quảng Đông', 'Hải Nam', 'Xạ Phạng', 'Việt gốc Hoa'],
  },
  {
    code: '05',
    name: 'Khơ-me',
    nameEn: 'Khmer',
    variants: ['Khmer', 'Khơ Me', 'Khơme', 'Cur', 'Cul', 'Việt gốc Miên', 'Khơ-me Krôm', 'Khmer Krom'],
  },
  {
    code: '06',
    name: 'Mường',
    nameEn: 'Muong',
    variants: ['Mol', 'Mual', 'Ao Tá', 'Ậu Tá'],
  },
  {
    code: '07',
    name: 'Nùng',
    nameEn: 'Nung',
    variants: [
      'Xuồng', 'Nùng Xuồng', 'Nùng An', 'Phàn Sinh', 'Phàn Slinh', 'Nùng Phàn Slinh', 'Nùng Cháo', 'Nùng Lòi',
      'Quý Rim', 'Quy Rin', 'Khèn Lài', 'Nùng Inh', 'Nùng Dín',
    ],
  },
  {
    code: '08',
    name: 'HMông',
    nameEn: "H'Mong",
    variants: [
      'Mông', 'Hmông', "H'Mông", 'Hmong', 'Mèo', 'Mẹo', 'Mèo Xanh', 'Mèo Đỏ', 'Mèo Đen', 'Ná Mẻo',
      'Miếu Ha', 'Mông Trắng', 'Mông Hoa', 'Mông Xanh', 'Mông Đỏ', 'Mông Đen',
    ],
  },
  {
    code: '09',
    name: 'Dao',
    nameEn: 'Dao',
    variants: [
      'Yao', 'Mán', 'Dìu Miên', 'Miền', 'Quần Trắng', 'Quần Chẹt', 'Lô Gang', 'Thanh Y', 'Lan Tẻn',
      'Đại Bản', 'Tiểu Bản', 'Cóc Ngáng', 'Cóc Mùn', 'Sơn Đầu', 'Dao Đỏ', 'Dao Tiền', 'Dao Quần Trắng',
      'Dao Quần Chẹt', 'Dao Thanh Y', 'Dao Lô Gang', 'Dao Lan Tẻn', 'Dao Tuyển', 'Dao Áo Dài', 'Kìm Miền', 'Kìm Mùn',
    ],
  },
  {
    code: '10',
    name: 'Gia-rai',
    nameEn: 'Gia Rai',
    variants: ['Jrai', 'Jarai', 'Giơ-rai', 'Tơ-buăn', 'Chơ-rai', 'Hơ-bau', 'Hđrung', 'Chor'],
  },
  {
    code: '11',
    name: 'Ngái',
    nameEn: 'Ngai',
    variants: ['Xín', 'Đản', 'Khách Gia'],
  },
  {
    code: '12',
    name: 'Ê-đê',
    nameEn: 'Ede',
    variants: [
      'Rađê', 'Ra-đê', 'Rhade', 'Đê', 'Kpạ', 'A-đham', 'Krung', 'Ktul', 'Đliê Ruê', 'Blô', 'Epan',
      'Mđhur', 'Bih',
    ],
  },
  {
    code: '13',
    name: 'Ba-na',
    nameEn: 'Ba Na',
    variants: [
      'Bahnar', 'Banar', 'Gơ-lar', 'Tơ-lô', 'Giơ-lâng', 'Giơ-lăng', 'Y-lăng', 'Rơ-ngao', 'Krem', 'Roh', 'Con Kđe',
      'A-la Công', 'Kpăng Công', 'Bơ-nâm',
    ],
  },
  {
    code: '14',
    name: 'Xơ-đăng',
    nameEn: 'Xo Dang',
    variants: [
      'Sedang', 'Xơ-teng', 'Hđang', 'Tơ-đra', 'Tơ Đrá', 'Mơ-nâm', 'Ha-lăng', 'Ca Dong', 'Ka Dong', 'Kmrâng',
      'Con Lan', 'Bri-la',
    ],
  },
  {
    code: '15',
    name: 'Sán Chay',
    nameEn: 'San Chay',
    variants: ['Cao Lan', 'Sán Chỉ', 'Cao Lan-Sán Chỉ', 'Mán Cao Lan', 'Hờn Bạn', 'Sơn Tử'],
  },
  {
    code: '16',
    name: 'Cơ-ho',
    nameEn: 'Co Ho',
    variants: ["K'Ho", 'Koho', 'Kơ Ho', 'Xrê', 'Nốp', 'Tu-lốp', 'Cơ-don', 'Lat', 'Lach', 'Lạch'],
  },
  {
    code: '17',
    name: 'Chăm',
    nameEn: 'Cham',
    variants: ['Chàm', 'Chiêm Thành', 'Hroi', 'Chăm Hroi'],
  },
  {
    code: '18',
    name: 'Sán Dìu',
    nameEn: 'San Diu',
    variants: ['Sán Déo', 'Sán Dẻo', 'Trại Đất', 'Mán Quần Cộc'],
  },
  {
    code: '19',
    name: 'Hrê',
    nameEn: 'Hre',
    variants: ["H're", 'Chăm Rê', 'Chom', 'Krẹ Lũy'],
  },
  {
    code: '20',
    name: 'Mnông',
    nameEn: 'Mnong',
    variants: ["M'Nông", 'Pnông', 'Pré', 'Bu-đâng', 'Đi-pri', 'Biat', 'Gar', 'Rơ-lam'],
  },
  {
    code: '21',
    name: 'Ra-glai',
    nameEn: 'Raglai',
    variants: ['Ra-glay', 'Ra-clây', 'Roglai', 'Noang', 'La-oang'],
  },
  {
    code: '22',
    name: 'Xtiêng',
    nameEn: 'Xtieng',
    variants: ['Stiêng', "X'tiêng", 'Stieng', 'Xa-điêng'],
  },
  {
    code: '23',
    name: 'Bru-Vân Kiều',
    nameEn: 'Bru-Van Kieu',
    variants: ['Bru', 'Vân Kiều', 'Van Kieu', 'Măng Coong', 'Tri', 'Khùa', 'Tri Khùa'],
  },
  {
    code: '24',
    name: 'Thổ',
    nameEn: 'Tho',
    variants: ['Đan Lai', 'Ly Hà', 'Tày Pọng', 'Con Kha'],
  },
  {
    code: '25',
    name: 'Giáy',
    nameEn: 'Giay',
    variants: ['Nhắng', 'Dẩng', 'Pầu Thìn', 'Nu Nà', 'Pầu Thìn Nu Nà', 'Cùi Chu'],
  },
  {
    code: '26',
    name: 'Cơ-tu',
    nameEn: 'Co Tu',
    variants: ['Ca-tu', 'Katu'],
  },
  {
    code: '27',
    name: 'Gié-Triêng',
    nameEn: 'Gie-Trieng',
    variants: [
      'Giẻ-Triêng', 'Gié', 'Giẻ', 'Triêng', 'Đgiéh', 'Tareb', 'Giang Rẫy Pin', 'Treng', 'Ta-riêng', 'Ve',
      'Veh', 'La-ve',
    ],
  },
  {
    code: '28',
    name: 'Mạ',
    nameEn: 'Ma',
    variants: ['Châu Mạ', 'Mạ Ngăn', 'Mạ Xóp', 'Mạ Tô', 'Mạ Krung'],
  },
  {
    code: '29',
    name: 'Khơ-mú',
    nameEn: 'Kho Mu',
    variants: ['Khmu', 'Kmhmu', 'Khamu', 'Xá Cẩu', 'Mứn Xen', 'Pu Thênh', 'Tềnh', 'Tày Hay'],
  },
  {
    code: '30',
    name: 'Co',
    nameEn: 'Co',
    variants: ['Cor', 'Kor', 'Col', 'Cùa', 'Trầu'],
  },
  {
    code: '31',
    name: 'Tà-ôi',
    nameEn: 'Ta Oi',
    variants: ['Tôi-ôi', 'Pa Cô', 'Pa-co', 'Pa-hi', 'Pa Hy', 'Ba-hi'],
  },
  {
    code: '32',
    name: 'Chơ-ro',
    nameEn: 'Cho Ro',
    variants: ['Dơ-ro', 'Châu-ro'],
  },
  {
    code: '33',
    name: 'Kháng',
    nameEn: 'Khang',
    variants: ['Xá Súa', 'Xá Dón', 'Xá Dẩng', 'Xá Hốc', 'Xá Ái', 'Xá Bung', 'Quảng Lâm'],
  },
  {
    code: '34',
    name: 'Xinh-mun',
    nameEn: 'Xinh Mun',
    variants: ['Puộc', 'Pụa'],
  },
  {
    code: '35',
    name: 'Hà Nhì',
    nameEn: 'Ha Nhi',
    variants: ['U Ni', 'Xá U Ni', 'Hani'],
  },
  {
    code: '36',
    name: 'Chu-ru',
    nameEn: 'Chu Ru',
    variants: ['Chơ-ru', 'Chru'],
  },
  {
    code: '37',
    name: 'Lào',
    nameEn: 'Lao',
    variants: ['Lào Bốc', 'Lào Nọi'],
  },
  {
    code: '38',
    name: 'La Chí',
    nameEn: 'La Chi',
    variants: ['Cù Tê', 'La Quả'],
  },
  {
    code: '39',
    name: 'La Ha',
    nameEn: 'La Ha',
    variants: ['Khlá Phlạo'],
  },
  {
    code: '40',
    name: 'Phù Lá',
    nameEn: 'Phu La',
    variants: ['Bồ Khô Pạ', 'Pạ Xá', 'Va Xơ', 'Xá Phó'],
  },
  {
    code: '41',
    name: 'La Hủ',
    nameEn: 'La Hu',
    variants: ['Lahu', 'Pu Đang', 'Khù Xung', 'Cò Xung', 'Khả Quy'],
  },
  {
    code: '42',
    name: 'Lự',
    nameEn: 'Lu',
    variants: ['Lừ', 'Nhuồn', 'Duôn', 'Nhuồn Duôn'],
  },
  {
    code: '43',
    name: 'Lô Lô',
    nameEn: 'Lo Lo',
    variants: [],
  },
  {
    code: '44',
    name: 'Chứt',
    nameEn: 'Chut',
    variants: [
      'Rục', 'Mã Liêng', 'A-rem', 'Tu Vang', 'Pa-leng', 'Xơ-lang', 'Tơ-hung', 'Chà-củi', 'Tắc-củi', 'U-mo',
    ],
  },
  {
    code: '45',
    name: 'Mảng',
    nameEn: 'Mang',
    variants: ['Mảng Ư'],
  },
  {
    code: '46',
    name: 'Pà Thẻn',
    nameEn: 'Pa Then',
    variants: ['Pà Hưng'],
  },
  {
    code: '47',
    name: 'Cơ Lao',
    nameEn: 'Co Lao',
    variants: ['Gelao'],
  },
  {
    code: '48',
    name: 'Cống',
    nameEn: 'Cong',
    variants: ['Xắm Khống', 'Mấng Nhé', 'Xá Xeng'],
  },
  {
    code: '49',
    name: 'Bố Y',
    nameEn: 'Bo Y',
    variants: ['Bouyei', 'Chủng Chá', 'Trọng Gia', 'Tu Di', 'Tu Din'],
  },
  {
    code: '50',
    name: 'Si La',
    nameEn: 'Si La',
    variants: ['Cù Dề Xừ', 'Khả Pẻ'],
  },
  {
    code: '51',
    name: 'Pu Péo',
    nameEn: 'Pu Peo',
    variants: ['Ka Pèo', 'Pen Ti Lô Lô'],
  },
  {
    code: '52',
    name: 'Brâu',
    nameEn: 'Brau',
    variants: ['Brao'],
  },
  {
    code: '53',
    name: 'Ơ Đu',
    nameEn: 'O Du',
    variants: ['Tày Hạt'],
  },
  {
    code: '54',
    name: 'Rơ-măm',
    nameEn: 'Ro Mam',
    variants: [],
  },
] as const satisfies readonly GroupData[];

/** The official two-digit code, '01' (Kinh) to '54' (Rơ-măm). */
export type EthnicGroupCode = (typeof GROUP_DATA)[number]['code'];

/** The code of the Kinh majority; every other group is an ethnic minority (dân tộc thiểu số). */
export const KINH_CODE: EthnicGroupCode = '01';

/** The 54 groups in official code order. Frozen: the list is shared by every caller. */
export const ETHNIC_GROUPS: readonly EthnicGroup[] = Object.freeze(
  GROUP_DATA.map((g): EthnicGroup => Object.freeze({ ...g, variants: Object.freeze([...g.variants]) })),
);

const BY_CODE: ReadonlyMap<string, EthnicGroup> = /* @__PURE__ */ new Map(/* @__PURE__ */ ETHNIC_GROUPS.map((g) => [g.code, g]));

/**
 * The group with this official code, or undefined. Accepts "8" and 8 as well as "08", because spreadsheets
 * routinely drop the leading zero of a code column.
 */
export function ethnicGroupByCode(code: string | number): EthnicGroup | undefined {
  const text = typeof code === 'number' ? (Number.isInteger(code) ? String(code) : '') : code.trim();
  return BY_CODE.get(/^\d$/.test(text) ? `0${text}` : text);
}

/** True for the 53 groups other than Kinh. Hoa counts as a minority, as in every official statistic. */
export function isMinorityGroup(group: EthnicGroup): boolean {
  return group.code !== KINH_CODE;
}

/** A name shared by several groups. */
export interface AmbiguousEthnicName {
  readonly name: string;
  /** The groups this name may mean, in code order. */
  readonly codes: readonly EthnicGroupCode[];
}

/**
 * Names that the official list or common usage gives to more than one group. They are recognised so the
 * report can name the candidates, but never resolved on their own: the caller has to write the official
 * name (or add it in brackets, "Xá Khao (Kháng)").
 */
export const AMBIGUOUS_ETHNIC_NAMES: readonly AmbiguousEthnicName[] = Object.freeze(
  (
    [
      { name: 'Xá Lá Vàng', codes: ['24', '44', '45'] },
      { name: 'Xá Khao', codes: ['33', '39'] },
      { name: 'Mun Di', codes: ['42', '43'] },
      { name: 'Ca-tang', codes: ['26', '27'] },
      { name: 'Chil', codes: ['16', '20'] },
      { name: 'Trại', codes: ['09', '18'] },
      { name: 'Hạ', codes: ['04', '26'] },
    ] satisfies AmbiguousEthnicName[]
  ).map((a): AmbiguousEthnicName => Object.freeze({ name: a.name, codes: Object.freeze([...a.codes]) })),
);
