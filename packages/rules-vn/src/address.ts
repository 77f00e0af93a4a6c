/**
 * Which province a free-text address of the official list names: "Nơi ở hiện nay" ("…, quận Hai Bà Trưng,
 * thành phố Hà Nội") and "Nơi công tác" ("Công an thành phố Cần Thơ", "Bộ Quốc phòng"). The province is the
 * last "tỉnh X" or "thành phố X" whose X is one of the provinces given; failing that, a text ending in a
 * province's bare name ("Tỉnh ủy Lào Cai", "Trường Cao đẳng Lào Cai"). A text naming none (a ministry, a
 * central body) names no province, and the rules say the data cannot tell.
 */
import { adminUnitKey, comparisonKey } from '@ungcu/core/text';

export interface ProvinceName {
  readonly id: string;
  /** The unit's name as the data writes it: "Thành phố Hà Nội", "An Giang", "Thanh Hoá". */
  readonly name: string;
}

/** Words as admin-unit keys compare them: apostrophes dropped, punctuation a break, padded by spaces. */
function textKey(text: string): string {
  const words = text
    .replace(/['’′`ʼ]/gu, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  return ` ${comparisonKey(words.join(' '))} `;
}

const PREFIXES = ['tỉnh', 'thành phố', 'tp'].map((p) => comparisonKey(p));

/**
 * Every province-level unit since 2008 (the 63 of 2021 and the 34 of July 2025), so that a text naming a
 * province that is not in the data (a candidate of Quảng Bình living in Hà Nội) reads as "elsewhere", not as
 * unknown, when one province's file is checked alone.
 */
const KNOWN_PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương',
  'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hồ Chí Minh', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum',
  'Lai Châu', 'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận',
  'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng',
  'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Huế', 'Tiền Giang',
  'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/**
 * A matcher over the provinces of a list: each text gives the id of the province it names last, if any. A
 * province outside `provinces` gives `other:` and its name, so callers can tell "elsewhere" from "unknown".
 */
export function provinceMatcher(provinces: readonly ProvinceName[]): (text: string | undefined) => string | undefined {
  const given = new Set(provinces.map((p) => adminUnitKey(p.name)));
  const all = [
    ...provinces,
    ...KNOWN_PROVINCES.filter((name) => !given.has(adminUnitKey(name))).map((name) => ({ id: `other:${name}`, name })),
  ];
  const bare = all.map((p) => ({ id: p.id, ending: ` ${adminUnitKey(p.name)} ` }));
  const needles = bare.flatMap(({ id, ending }) => PREFIXES.map((prefix) => ({ id, needle: ` ${prefix}${ending}` })));
  return (text) => {
    if (text === undefined) return undefined;
    const key = textKey(text);
    let best: { id: string; at: number } | undefined;
    for (const { id, needle } of needles) {
      const at = key.lastIndexOf(needle);
      if (at >= 0 && (best === undefined || at > best.at)) best = { id, at };
    }
    if (best !== undefined) return best.id;
    // The longest bare name the text ends with: "Bà Rịa Vũng Tàu" rather than a shorter one inside it.
    let ended: { id: string; length: number } | undefined;
    for (const { id, ending } of bare) {
      if (key.endsWith(ending) && (ended === undefined || ending.length > ended.length)) ended = { id, length: ending.length };
    }
    return ended?.id;
  };
}
