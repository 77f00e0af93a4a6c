/**
 * Matching names of administrative units across spellings: "TP. Hà Nội", "Thành phố Hà Nội",
 * "THÀNH PHỐ HÀ NỘI" and "Hà Nội" are one province; "Thanh Hoá"/"Thanh Hóa", "Thừa Thiên - Huế"/"Thừa Thiên
 * Huế" are one name. The word in front saying what kind of unit it is (tỉnh, thành phố, quận, phường …) is
 * split off and kept apart.
 */
import { comparisonKey, normalizeText } from './normalize';

/**
 * The kind of unit a name's prefix states, using the model's UnitKind values: tỉnh → province, thành phố →
 * city, huyện → district, quận → urban-district, thị xã → town, phường → ward, xã → commune, thị trấn →
 * township, đặc khu → special-zone. "Thành phố" always reads as city: the prefix alone cannot tell a
 * centrally run city from a city inside a province (the model's provincial-city).
 */
export type AdminUnitKind =
  | 'province'
  | 'city'
  | 'district'
  | 'urban-district'
  | 'town'
  | 'ward'
  | 'commune'
  | 'township'
  | 'special-zone';

export interface AdminUnitName {
  /** The kind stated by the prefix; absent when the name has none. */
  readonly kind?: AdminUnitKind;
  /** The name without its prefix: NFC, spaces collapsed, letter case as given. */
  readonly name: string;
}

/** Kind words, written out; longest first so "thị xã" wins over "xã". */
const LEVEL_WORDS: readonly (readonly [string, AdminUnitKind])[] = (
  [
    ['thành phố', 'city'],
    ['thị xã', 'town'],
    ['thị trấn', 'township'],
    ['đặc khu', 'special-zone'],
    ['tỉnh', 'province'],
    ['quận', 'urban-district'],
    ['huyện', 'district'],
    ['phường', 'ward'],
    ['xã', 'commune'],
  ] as const
).map(([words, kind]) => [comparisonKey(words), kind] as const);

const ABBREVIATIONS: ReadonlyMap<string, AdminUnitKind> = /* @__PURE__ */ new Map([
  ['tp', 'city'],
  ['tx', 'town'],
  ['tt', 'township'],
  ['q', 'urban-district'],
  ['h', 'district'],
  ['p', 'ward'],
  ['x', 'commune'],
]);

// "TP. Hà Nội", "TP Hà Nội", "Tp.Hồ Chí Minh", "Q.1", "P. Ba Đình", "Q1". A one-letter abbreviation needs its
// dot (or a number right after, as in "Q1", "P12") so that a name starting with a one-letter word keeps it.
const ABBREVIATED_PREFIX = /^(?:(tp|tx|tt)(?:\.\s*|\s+)|([qhpx])\.\s*|([qp])(?=\d))(?=\S)/iu;

/** Splits the level prefix off an administrative unit's name: "TP. Hà Nội" → { kind: 'city', name: 'Hà Nội' }. */
export function parseAdminUnitName(name: string): AdminUnitName {
  const text = normalizeText(name);
  const abbreviated = ABBREVIATED_PREFIX.exec(text);
  if (abbreviated !== null) {
    const kind = ABBREVIATIONS.get((abbreviated[1] ?? abbreviated[2] ?? abbreviated[3] ?? '').toLowerCase());
    if (kind !== undefined) return { kind, name: text.slice(abbreviated[0].length) };
  }
  const words = text.split(' ');
  for (const [prefixKey, kind] of LEVEL_WORDS) {
    const length = prefixKey.split(' ').length;
    if (words.length > length && comparisonKey(words.slice(0, length).join(' ')) === prefixKey) {
      return { kind, name: words.slice(length).join(' ') };
    }
  }
  return { name: text };
}

/**
 * The words of a unit's bare name (prefix removed) as keys compare them: punctuation is a word break
 * ("Thừa Thiên - Huế" = "Thừa Thiên Huế"), apostrophes are dropped ("Ea H'Leo" = "Ea HLeo"), and numbers lose
 * leading zeros ("Phường 01" = "Phường 1").
 */
export function adminUnitWords(name: string): string[] {
  return parseAdminUnitName(name)
    .name.replace(/['’′`ʼ]/gu, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.replace(/^0+(?=\d)/u, ''));
}

/**
 * Equality key of a unit's bare name, blind to case, NFC/NFD, tone placement, punctuation and leading zeros
 * (see adminUnitWords). "Thành phố Hà Nội", "TP. Hà Nội" and "HÀ NỘI" share it. The key ignores the level:
 * compare units with sameAdminUnit.
 */
export function adminUnitKey(name: string): string {
  return comparisonKey(adminUnitWords(name).join(' '));
}

/** The model's UnitLevel: the tiers of tỉnh, huyện and xã. */
type Level = 'province' | 'district' | 'commune';

/** The levels a kind can be at; "thành phố" is a province-level city or a city inside a province. */
const LEVELS: Readonly<Record<AdminUnitKind, readonly Level[]>> = {
  province: ['province'],
  city: ['province', 'district'],
  district: ['district'],
  'urban-district': ['district'],
  town: ['district'],
  ward: ['commune'],
  commune: ['commune'],
  township: ['commune'],
  'special-zone': ['commune'],
};

/**
 * True unless both names state kinds at different levels. Kinds at one level are not compared, because a
 * unit keeps its name when it is upgraded: Resolution 85/NQ-HĐBCQG (December 2025) says "Tỉnh Đồng Nai", the
 * later unit list in examples/data "Thành phố Đồng Nai"; and communes become wards.
 */
export function compatibleAdminLevels(a: string, b: string): boolean {
  const kindA = parseAdminUnitName(a).kind;
  const kindB = parseAdminUnitName(b).kind;
  if (kindA === undefined || kindB === undefined) return true;
  const levelsB = LEVELS[kindB];
  return LEVELS[kindA].some((level) => levelsB.includes(level));
}

/**
 * True when two names denote the same unit: the same bare name, and kinds at the same level when both state
 * one, so "Thị xã Sơn Tây" (district level, before 2025) and "Phường Sơn Tây" (commune level) stay apart while
 * "Sơn Tây" matches either.
 */
export function sameAdminUnit(a: string, b: string): boolean {
  return adminUnitKey(a) === adminUnitKey(b) && compatibleAdminLevels(a, b);
}
