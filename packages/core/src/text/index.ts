export {
  TONE_MARKS,
  TONE_NAMES,
  comparisonKey,
  normalizeText,
  sameText,
  splitTone,
  splitWords,
  stripDiacritics,
  type ToneSplit,
} from './normalize';
export {
  normalizeTonePlacement,
  placeToneCanonically,
  toLetterUnits,
  toneVowelIndex,
  type LetterUnit,
} from './tone-placement';
export { type ParseFailureReason, type ParseResult } from './result';
export { splitFullName, type FullNameParts } from './names';
export { compareVietnameseNames, sortByVietnameseName, vietnameseNameSortKey, vietnameseSortKey } from './collate';
export {
  adminUnitKey,
  adminUnitWords,
  compatibleAdminLevels,
  parseAdminUnitName,
  sameAdminUnit,
  type AdminUnitKind,
  type AdminUnitName,
} from './admin-names';
export { findAdminUnit, type AdminUnitMatch } from './admin-match';
export { ISO_DATE_PATTERN, formatDayFirstDate, isIsoDate, parseDayFirstDate } from './dates';
export { MAX_NUMBER_IN_WORDS, parseVietnameseNumber, toVietnameseNumberWords } from './number-words';
export { LEGACY_VIETNAMESE_DECODERS, LEGACY_VIETNAMESE_ENCODINGS, LEGACY_VIETNAMESE_NAMES, decodeTcvn3, decodeVni, decodeVniPart, decodeWindows1258, detectLegacyVietnamese, isVietnameseSyllable, scoreVietnameseText, TCVN3_PAIRS, VNI_LETTERS, VNI_MARKS, WINDOWS_1252_PUNCTUATION, type LegacyVietnameseEncoding, type LegacyVietnameseGuess, type VniMark } from './legacy-vietnamese';
export { CELL_BOUNDS, WORD_BOUNDS, boundedMemo, type MemoBounds } from './memo';
export { toNfc } from './nfc';
