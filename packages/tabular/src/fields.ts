/**
 * Field codecs shared by every tabular layout: each reads one cell into a model value or says, in Vietnamese
 * and English, why it cannot; the matching formatter writes the value back so that reading it again gives the
 * same value (import(export(x)) = x).
 */
import { type BodyKind, type Incumbency, type LocalizedText, type Person, resolveEthnicity } from '@ungcu/core';
import type { CellValue, ImportErrorCode, OutputCell } from '@ungcu/core/export';
import {
  CELL_BOUNDS,
  ISO_DATE_PATTERN,
  boundedMemo,
  comparisonKey,
  formatDayFirstDate,
  isIsoDate,
  normalizeText,
  parseAdminUnitName,
  parseDayFirstDate,
  stripDiacritics,
} from '@ungcu/core/text';
import { cellText, nameText } from './cell';
import { genderOfWord, genderSynonymList } from './gender-words';
import { cachedComparisonKey } from './memo';

export type FieldResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: ImportErrorCode; readonly message: LocalizedText };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = <T>(code: ImportErrorCode, vi: string, en: string): FieldResult<T> => ({
  ok: false,
  code,
  message: { vi, en },
});

/** "Không" (none) in any case or spelling. */
const NONE_KEYS: ReadonlySet<string> = new Set([comparisonKey('Không'), 'none']);

export function isNone(text: string): boolean {
  return NONE_KEYS.has(cachedComparisonKey(text));
}

// Excel counts days from 1899-12-30 (the 1900 leap-year bug shifts only dates before March 1900).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A date cell: a real date, an Excel serial number, ISO text or day-first text ("08/4/1968"). */
export function parseDate(value: CellValue): FieldResult<string> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail('invalid-date', 'Ngày không hợp lệ.', 'Not a valid date.');
    return ok(value.toISOString().slice(0, 10));
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > 2_958_465) {
      return fail('invalid-date', `Số ${value} không phải là ngày.`, `The number ${value} is not a date.`);
    }
    return ok(new Date(EXCEL_EPOCH_MS + Math.round(value) * DAY_MS).toISOString().slice(0, 10));
  }
  return dateOfText(cellText(value));
}

function dateOfText(text: string): FieldResult<string> {
  const iso = isoDateOfText(text);
  return iso === undefined ? parseDateText(text) : ok(iso);
}

function parseDateText(text: string): FieldResult<string> {
  if (ISO_DATE_PATTERN.test(text)) {
    return isIsoDate(text)
      ? ok(text)
      : fail('invalid-date', `Ngày "${text}" không có trong lịch.`, `The date "${text}" is not a calendar date.`);
  }
  const parsed = parseDayFirstDate(text);
  return parsed.ok ? ok(parsed.value) : fail('invalid-date', parsed.reason.vi, parsed.reason.en);
}

// The dates a text reads to, memoised (bounds in core's text/memo.ts): 100,000 rows of birth and Party dates hold a
// few tens of thousands of distinct days at most. Only dates that read are kept; a failure is parsed again for
// its message, so every error gets a message of its own.
const isoDateOfText = boundedMemo((text: string): string | undefined => {
  const parsed = parseDateText(text);
  return parsed.ok ? parsed.value : undefined;
}, CELL_BOUNDS);

/** How dates are written: "dd/mm/yyyy", the way Vietnamese documents write them. */
export function formatDate(iso: string): string {
  return formatDayFirstDate(iso);
}

/** Ngày vào Đảng: blank or "Không" means not a Party member (null). */
export function parsePartyJoinDate(value: CellValue): FieldResult<string | null> {
  const text = cellText(value);
  if (text === '' || isNone(text)) return ok(null);
  // A text cell reads as parseDate would read it, from the text already made.
  return typeof value === 'string' ? dateOfText(text) : parseDate(value);
}

/** Giới tính: "Nam" or "Nữ", or one of the unambiguous synonyms of gender-words.ts ("female", "F", "Nu"...). */
export function parseGender(value: CellValue): FieldResult<'male' | 'female'> {
  const text = cellText(value);
  const gender = genderOfWord(text);
  if (gender !== undefined) return ok(gender);
  return fail(
    'invalid-gender',
    `Giới tính "${text}" không hợp lệ: ghi "Nam" hoặc "Nữ"; cũng nhận ${genderSynonymList('male')} cho nam và ${genderSynonymList('female')} cho nữ, viết hoa hay thường đều được.`,
    `Gender "${text}" is not valid: write "Nam" (male) or "Nữ" (female); also accepted: ${genderSynonymList('male')} for male and ${genderSynonymList('female')} for female, in any case.`,
  );
}

export function formatGender(gender: 'male' | 'female'): string {
  return gender === 'male' ? 'Nam' : 'Nữ';
}

// Typing slips seen in real lists ("Vệt Nam") keep every letter of "Viet Nam" but one; reading them as
// "Việt Nam" is safe because no other nationality is that close.
const VIETNAM_KEYS: ReadonlySet<string> = new Set(['vietnam', 'vetnam', 'vienam', 'vietnamese']);

/** Quốc tịch: "Việt Nam" in any spelling becomes "Việt Nam"; anything else is kept as written. */
export function parseNationality(value: CellValue): string | undefined {
  const text = cellText(value);
  return text === '' ? undefined : nationalityOf(text);
}

// A nationality column holds a handful of spellings: each is read once (bounds in core's text/memo.ts).
const nationalityOf = boundedMemo((text: string): string => {
  const key = stripDiacritics(text).toLowerCase().replace(/[^a-z]/gu, '');
  return VIETNAM_KEYS.has(key) ? 'Việt Nam' : text;
}, CELL_BOUNDS);

/** Dân tộc: kept as written (NFC), but it must name one of the 54 groups so the composition counts are right. */
export function parseEthnicity(value: CellValue): FieldResult<string> {
  const text = nameText(value);
  const resolved = resolveEthnicity(text);
  if (resolved.ok) return ok(text);
  return fail(resolved.problem === 'empty' ? 'required-value' : 'unknown-ethnicity', resolved.reason.vi, resolved.reason.en);
}

export function parseInteger(value: CellValue, min = 0): FieldResult<number> {
  const text = cellText(value);
  const n = typeof value === 'number' ? value : /^\d+$/u.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(n) && n >= min) return ok(n);
  return fail(
    'invalid-number',
    `"${text}" không phải là số nguyên${min > 0 ? ' dương' : ''}.`,
    `"${text}" is not a ${min > 0 ? 'positive ' : ''}whole number.`,
  );
}

const ROMAN = /^[IVXLC]+$/u;
const KHOA = comparisonKey('khóa');

/**
 * Là đại biểu Quốc hội: "Không", or the terms served ("XIII, XIV", "khóa XIV").
 */
export function parseNaIncumbencies(value: CellValue): FieldResult<Incumbency[]> {
  const text = cellText(value);
  if (text === '' || isNone(text)) return ok([]);
  const terms: Incumbency[] = [];
  for (const part of text.split(/[,;]/u)) {
    const words = normalizeText(part).split(' ');
    // "khóa XIV", "Khoá XIV": the word for "term" may be written in front.
    if (words.length > 1 && comparisonKey(words[0]!) === KHOA) words.shift();
    const term = words.join(' ').toUpperCase();
    if (term === '') continue;
    if (!ROMAN.test(term)) {
      return fail(
        'invalid-term',
        `Không đọc được khóa Quốc hội "${part.trim()}" trong "${text}": ghi các khóa bằng số La Mã, ví dụ "XIII, XIV", hoặc "Không".`,
        `Cannot read the National Assembly term "${part.trim()}" in "${text}": list the terms in Roman numerals, e.g. "XIII, XIV", or write "Không".`,
      );
    }
    if (!terms.some((t) => t.term === term)) terms.push({ bodyKind: 'national-assembly', term });
  }
  return ok(terms);
}

export function formatNaIncumbencies(incumbencies: readonly Incumbency[]): string {
  const terms = incumbencies.filter((i) => i.bodyKind === 'national-assembly').map((i) => i.term);
  return terms.length === 0 ? 'Không' : terms.join(', ');
}

const COUNCIL_BY_KIND: Readonly<Record<string, BodyKind>> = {
  province: 'provincial-council',
  city: 'provincial-council',
  district: 'district-council',
  'urban-district': 'district-council',
  town: 'district-council',
  ward: 'commune-council',
  commune: 'commune-council',
  township: 'commune-council',
  'special-zone': 'commune-council',
};

const TERM_RANGE = /(\d{4})\s*[-–—]\s*(\d{4})/gu;
const COUNCIL_SEGMENT = /^(.*?\S)\s*(?:nhiệm kỳ\s*)?(\d{4}\s*[-–—]\s*\d{4}(?:\s*,\s*\d{4}\s*[-–—]\s*\d{4})*)$/u;

/**
 * Là đại biểu HĐND: "Không", or segments separated by ";" of a unit and its terms, as the official list writes
 * them: "Tỉnh Nghệ An nhiệm kỳ 2011-2016, 2016-2021; Huyện Tri Tôn (tỉnh An Giang) nhiệm kỳ 2011 - 2016".
 * The council's level comes from the unit's prefix ("Tỉnh", "Thành phố" without a parent in brackets → provincial;
 * "Huyện", "Quận", "Thị xã", a "Thành phố" inside a province → district; "Phường", "Xã", "Thị trấn" → commune).
 * Segments that do not read that way are returned in `unparsed`, for a warning: the rest is kept.
 */
export function parseCouncilIncumbencies(value: CellValue): { incumbencies: Incumbency[]; unparsed: string[] } {
  const text = cellText(value);
  const incumbencies: Incumbency[] = [];
  const unparsed: string[] = [];
  if (text === '' || isNone(text)) return { incumbencies, unparsed };
  for (const rawSegment of text.split(';')) {
    const segment = normalizeText(rawSegment);
    if (segment === '') continue;
    const match = COUNCIL_SEGMENT.exec(segment.normalize('NFC'));
    const unitName = match?.[1]?.replace(/\s*nhiệm kỳ$/u, '');
    const bodyKind = unitName === undefined ? undefined : councilKindOf(unitName);
    if (match === null || unitName === undefined || bodyKind === undefined) {
      unparsed.push(segment);
      continue;
    }
    for (const range of (match[2] ?? '').matchAll(TERM_RANGE)) {
      incumbencies.push({ bodyKind, term: `${range[1]}-${range[2]}`, unitName });
    }
  }
  return { incumbencies, unparsed };
}

function councilKindOf(unitName: string): BodyKind | undefined {
  const bracket = unitName.indexOf('(');
  const own = bracket === -1 ? unitName : unitName.slice(0, bracket);
  const kind = parseAdminUnitName(own).kind;
  if (kind === undefined) return undefined;
  // "Thành phố Vinh (tỉnh Nghệ An)" is a city inside a province: its council is at district level.
  if (kind === 'city' && bracket !== -1) return 'district-council';
  return COUNCIL_BY_KIND[kind];
}

/** Writes council incumbencies back, one segment per unit: "Tỉnh Nghệ An nhiệm kỳ 2011-2016, 2016-2021". */
export function formatCouncilIncumbencies(incumbencies: readonly Incumbency[]): string {
  const segments = new Map<string, string[]>();
  for (const i of incumbencies) {
    if (i.bodyKind === 'national-assembly' || i.unitName === undefined) continue;
    const terms = segments.get(i.unitName) ?? [];
    terms.push(i.term);
    segments.set(i.unitName, terms);
  }
  if (segments.size === 0) return 'Không';
  return [...segments].map(([unit, terms]) => `${unit} nhiệm kỳ ${terms.join(', ')}`).join('; ');
}

/** The header both layouts give the council incumbency column: `sourceText` keeps an unreadable cell under it. */
export const COUNCIL_INCUMBENCY_HEADER = 'Là đại biểu HĐND';

/** A council incumbency cell read: the terms it states, and the cell itself when part of it could not be read. */
export interface CouncilIncumbencyCell {
  readonly incumbencies: readonly Incumbency[];
  readonly sourceText?: Readonly<Record<string, string>>;
}

/** A council incumbency cell read, with the segments that did not read; frozen, as it is shared. */
interface CouncilCellReading {
  readonly cell: CouncilIncumbencyCell;
  readonly unparsed: readonly string[];
}

// Each distinct cell is read once (bounds in core's text/memo.ts): most say "Không", and every re-running deputy's
// cell names one of a few hundred units and terms. The reading is frozen because every row with that cell
// shares it.
const councilCellOf = boundedMemo((text: string): CouncilCellReading => {
  const { incumbencies, unparsed } = parseCouncilIncumbencies(text);
  const frozen = Object.freeze(incumbencies.map((i) => Object.freeze(i)));
  const cell: CouncilIncumbencyCell =
    unparsed.length === 0
      ? { incumbencies: frozen }
      : { incumbencies: frozen, sourceText: Object.freeze({ [COUNCIL_INCUMBENCY_HEADER]: text }) };
  return Object.freeze({ cell: Object.freeze(cell), unparsed: Object.freeze(unparsed) });
}, CELL_BOUNDS);

/**
 * Reads the council incumbency cell and warns once per segment it cannot read. The readable terms become
 * incumbencies; the whole cell is kept as written in `sourceText`, so what the list says is never dropped.
 */
export function readCouncilIncumbencyCell(value: CellValue, warn: (segment: string, message: LocalizedText) => void): CouncilIncumbencyCell {
  // The cell's text reads as the cell does: parseCouncilIncumbencies starts with the same cellText.
  const { cell, unparsed } = councilCellOf(cellText(value));
  for (const segment of unparsed) {
    warn(segment, {
      vi: `Không đọc được nhiệm kỳ HĐND "${segment}" (cần dạng "Tỉnh Nghệ An nhiệm kỳ 2011-2016, 2016-2021"); phần này không được tính là nhiệm kỳ, nhưng cả ô được giữ nguyên văn (sourceText).`,
      en: `Cannot read the council term "${segment}" (expected "Tỉnh Nghệ An nhiệm kỳ 2011-2016, 2016-2021"); this part is not counted as a term, but the whole cell is kept as written (sourceText).`,
    });
  }
  return cell;
}

const incumbencyKey = (i: Incumbency): string => `${i.bodyKind}|${i.term}|${i.unitName ?? ''}`;

/**
 * The council incumbency cell to write: the cell as it was read when the nominee kept it and it still reads to
 * the council terms the nominee has (so a list read and written again says what it said), else the terms
 * formatted (they were edited since the import, and the kept text would contradict them).
 */
export function councilIncumbencyText(p: Person, sourceText: Readonly<Record<string, string>> | undefined): string {
  const kept = sourceText?.[COUNCIL_INCUMBENCY_HEADER];
  if (kept !== undefined) {
    const now = p.incumbencies.filter((i) => i.bodyKind !== 'national-assembly').map(incumbencyKey);
    const read = parseCouncilIncumbencies(kept).incumbencies.map(incumbencyKey);
    if (now.length === read.length && now.every((k, i) => k === read[i])) return kept;
  }
  return formatCouncilIncumbencies(p.incumbencies);
}

/** An enumerated column: each model value has a Vietnamese label; the label or the value itself is accepted. */
export interface EnumCodec<T extends string> {
  readonly values: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  parse(value: CellValue): FieldResult<T>;
  format(value: T): string;
}

export function enumCodec<T extends string>(labels: Readonly<Record<T, string>>, what: LocalizedText): EnumCodec<T> {
  const values = Object.keys(labels) as T[];
  const byKey = new Map<string, T>();
  for (const v of values) {
    byKey.set(comparisonKey(v), v);
    byKey.set(comparisonKey(labels[v]), v);
  }
  return {
    values,
    labels,
    parse(value) {
      const text = cellText(value);
      const found = byKey.get(cachedComparisonKey(text));
      if (found !== undefined) return ok(found);
      const list = values.map((v) => `"${labels[v]}"`).join(', ');
      return fail(
        'invalid-value',
        `${what.vi} "${text}" không hợp lệ: ghi một trong ${list}.`,
        `${what.en} "${text}" is not valid: write one of ${list}.`,
      );
    },
    format: (value) => labels[value],
  };
}

export const BODY_KIND_LABELS: Readonly<Record<BodyKind, string>> = {
  'national-assembly': 'Quốc hội',
  'provincial-council': 'HĐND cấp tỉnh',
  'district-council': 'HĐND cấp huyện',
  'commune-council': 'HĐND cấp xã',
};
export const bodyKindCodec = enumCodec(BODY_KIND_LABELS, { vi: 'Cơ quan được bầu', en: 'Body' });

export const originCodec = enumCodec(
  { central: 'Trung ương', local: 'Địa phương', self: 'Tự ứng cử' },
  { vi: 'Nguồn giới thiệu', en: 'Origin' },
);

export const stageCodec = enumCodec(
  {
    proposed: 'Được giới thiệu',
    preliminary: 'Danh sách sơ bộ',
    qualified: 'Đủ tiêu chuẩn',
    official: 'Danh sách chính thức',
  },
  { vi: 'Giai đoạn', en: 'Stage' },
);

export const statusCodec = enumCodec(
  {
    active: 'Đang ứng cử',
    withdrawn: 'Rút khỏi danh sách',
    removed: 'Bị xóa tên',
    'not-qualified': 'Không đủ tiêu chuẩn',
  },
  { vi: 'Tình trạng', en: 'Status' },
);

export const yesNoCodec = enumCodec({ yes: 'Có', no: 'Không' }, { vi: 'Giá trị', en: 'Value' });

export const organizationKindCodec = enumCodec(
  {
    party: 'Đảng',
    'state-president': 'Chủ tịch nước',
    'national-assembly': 'Quốc hội',
    government: 'Chính phủ',
    'armed-forces': 'Quân đội',
    'public-security': 'Công an',
    court: 'Tòa án',
    procuracy: 'Viện kiểm sát',
    'state-audit': 'Kiểm toán nhà nước',
    'fatherland-front': 'Mặt trận Tổ quốc',
    'socio-political': 'Tổ chức chính trị - xã hội',
    'people-committee': 'Ủy ban nhân dân',
    'people-council': 'Hội đồng nhân dân',
    enterprise: 'Doanh nghiệp',
    'public-service': 'Đơn vị sự nghiệp công lập',
    religious: 'Tổ chức tôn giáo',
    other: 'Khác',
  },
  { vi: 'Loại cơ quan, tổ chức giới thiệu', en: 'Kind of nominating organization' },
);

/** The keys of the person columns both layouts have, in the order personDetailCells writes them. */
export type PersonDetailKey =
  | 'dateOfBirth'
  | 'gender'
  | 'nationality'
  | 'ethnicity'
  | 'religion'
  | 'hometown'
  | 'residence'
  | 'educationGeneral'
  | 'educationProfessional'
  | 'educationAcademicTitle'
  | 'educationPoliticalTheory'
  | 'educationForeignLanguage'
  | 'occupation'
  | 'workplace'
  | 'partyJoinDate'
  | 'naIncumbency'
  | 'councilIncumbency';

/**
 * The person columns both tabular layouts write in the same order, from the date of birth to the council
 * incumbencies: the official list's columns, which the nominee template repeats after its own. `sourceText` is
 * the nominee's cells kept as written, written back where they still hold.
 */
/**
 * The birth date cell. A redacted export (see `RedactionProfile` in @ungcu/core/export) keeps only the year,
 * written "1963" as ISO 8601 writes a year alone, or drops the date: those travel as text and as a blank cell,
 * never as a date the writers would refuse or misprint.
 */
export function birthDateCell(date: string | undefined): OutputCell {
  if (date === undefined) return undefined;
  return /^\d{4}$/u.test(date) ? date : { date };
}

export function personDetailCells(p: Person, sourceText?: Readonly<Record<string, string>>): OutputCell[] {
  return [
    birthDateCell(p.dateOfBirth),
    formatGender(p.gender),
    p.nationality,
    p.ethnicity,
    p.religion,
    p.hometown,
    p.residence,
    p.education.general,
    p.education.professional,
    p.education.academicTitle,
    p.education.politicalTheory,
    p.education.foreignLanguage,
    p.occupation,
    p.workplace,
    p.partyJoinDate === null ? undefined : { date: p.partyJoinDate },
    formatNaIncumbencies(p.incumbencies),
    councilIncumbencyText(p, sourceText),
  ];
}
