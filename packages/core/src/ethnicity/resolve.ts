/**
 * Resolving a written ethnicity ("Dân tộc" column) to one of the 54 official groups. Matching is exact on
 * the lookup key (see key.ts): no fuzzy matching, because a wrong group silently changes the ethnic-minority
 * count that the election law's structure targets are checked against. Anything not recognised comes back as
 * a problem with a bilingual reason, for a person to fix.
 */
import { normalizeText } from '../text/normalize';
import {
  AMBIGUOUS_ETHNIC_NAMES,
  ETHNIC_GROUPS,
  isMinorityGroup,
  type EthnicGroup,
} from './groups';
import { ethnicityKey, splitBracketed } from './key';
import { buildEthnicityIndex, type LookupEntry } from './lookup';

/** A message in both languages the SDK speaks (same shape as BilingualText in errors/). */
export interface EthnicityText {
  readonly vi: string;
  readonly en: string;
}

/**
 * Why a value did not resolve:
 * - `empty`: nothing written;
 * - `unknown`: not a name of any group (or a bracketed part is not);
 * - `ambiguous`: the name belongs to several groups, or a bracketed value names different groups;
 *   `candidates` lists them so a UI can offer the choice.
 */
export type EthnicityProblem = 'empty' | 'unknown' | 'ambiguous';

export type EthnicityResolution =
  | { readonly ok: true; readonly group: EthnicGroup }
  | {
      readonly ok: false;
      readonly problem: EthnicityProblem;
      /** The value as written, NFC with whitespace collapsed. */
      readonly value: string;
      /** The groups the value may mean (ambiguous only; empty otherwise). */
      readonly candidates: readonly EthnicGroup[];
      readonly reason: EthnicityText;
    };

/** Longer than any name of any group by a wide margin; longer values are rejected before any work. */
const MAX_NAME_LENGTH = 80;
/** How much of a rejected value is quoted back in the reason. */
const MAX_QUOTED_LENGTH = 60;

let index: ReadonlyMap<string, LookupEntry> | undefined;
function getIndex(): ReadonlyMap<string, LookupEntry> {
  index ??= buildEthnicityIndex(ETHNIC_GROUPS, AMBIGUOUS_ETHNIC_NAMES);
  return index;
}

/** One success object per group, shared: a bulk import resolves the same few names again and again. */
const SUCCESS: ReadonlyMap<EthnicGroup, EthnicityResolution> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ ETHNIC_GROUPS.map((group) => [group, Object.freeze({ ok: true as const, group })]),
);

/** The groups one name may mean: one, several (ambiguous), or none (unknown). */
function candidatesOf(name: string): readonly EthnicGroup[] {
  const key = ethnicityKey(name);
  const entry = key === undefined ? undefined : getIndex().get(key);
  if (entry === undefined) return [];
  return entry.kind === 'group' ? [entry.group] : entry.groups;
}

function quote(value: string): string {
  return value.length > MAX_QUOTED_LENGTH ? `"${value.slice(0, MAX_QUOTED_LENGTH)}…"` : `"${value}"`;
}

function listGroups(groups: readonly EthnicGroup[]): string {
  return groups.map((g) => `${g.code} ${g.name}`).join(', ');
}

function failure(
  problem: EthnicityProblem,
  value: string,
  candidates: readonly EthnicGroup[],
  reason: EthnicityText,
): EthnicityResolution {
  // Frozen because results are memoised and shared between callers.
  return Object.freeze({
    ok: false,
    problem,
    value,
    candidates: Object.freeze([...candidates]),
    reason: Object.freeze({ ...reason }),
  });
}

function unknown(value: string, part?: string): EthnicityResolution {
  const what = part === undefined ? '' : ` (${quote(part)})`;
  return failure('unknown', value, [], {
    vi:
      `Không nhận ra dân tộc ${quote(value)}${what}: không có trong Danh mục 54 dân tộc Việt Nam ` +
      `(Quyết định 121-TCTK/PPCĐ) và không phải tên gọi khác đã biết của một dân tộc. Hãy ghi tên chính thức.`,
    en:
      `Unknown ethnicity ${quote(value)}${what}: it is neither in the official list of Vietnam's 54 ethnic ` +
      `groups (Decision 121-TCTK/PPCĐ) nor a known other name of one group. Write the official name.`,
  });
}

function ambiguous(value: string, groups: readonly EthnicGroup[], conflicting: boolean): EthnicityResolution {
  const list = listGroups(groups);
  return failure('ambiguous', value, groups, {
    vi: conflicting
      ? `Dân tộc ${quote(value)} ghi các dân tộc khác nhau (${list}). Hãy ghi một tên chính thức.`
      : `Tên ${quote(value)} có thể chỉ nhiều dân tộc (${list}). Hãy ghi tên chính thức.`,
    en: conflicting
      ? `Ethnicity ${quote(value)} names different groups (${list}). Write one official name.`
      : `The name ${quote(value)} may mean more than one ethnic group (${list}). Write the official name.`,
  });
}

/**
 * Results by the exact input string. A column of 500,000 rows holds a few dozen distinct spellings, so almost
 * every call is one Map hit instead of a key computation (Unicode normalisation per syllable). Bounded, and
 * skipped for long values, so hostile input cannot grow it without limit.
 */
const memo = /* @__PURE__ */ new Map<string, EthnicityResolution>();
const MEMO_LIMIT = 4096;

/**
 * Resolves a written ethnicity to its official group. Insensitive to case, NFC/NFD, tone-mark placement,
 * hyphens, spaces, apostrophes and backticks, and to a leading "dân tộc" or "người". A trailing bracketed
 * name ("Xơ-đăng (Ca Dong)") is accepted when both parts can mean the same single group. Never guesses:
 * empty, unknown and ambiguous values come back with a reason in Vietnamese and English.
 */
export function resolveEthnicity(name: string | null | undefined): EthnicityResolution {
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH) return resolveUncached(name);
  const cached = memo.get(name);
  if (cached !== undefined) return cached;
  const resolution = resolveUncached(name);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, resolution);
  return resolution;
}

function resolveUncached(name: string | null | undefined): EthnicityResolution {
  const value = typeof name === 'string' ? normalizeText(name) : '';
  if (value === '') {
    return failure('empty', value, [], { vi: 'Chưa ghi dân tộc.', en: 'The ethnicity is empty.' });
  }
  if (value.length > MAX_NAME_LENGTH) return unknown(value);

  const bracketed = splitBracketed(value);
  if (bracketed === undefined) {
    const groups = candidatesOf(value);
    if (groups.length === 0) return unknown(value);
    if (groups.length > 1) return ambiguous(value, groups, false);
    return SUCCESS.get(groups[0]!)!;
  }

  // Both parts must be names; the value then means the groups both parts may mean.
  const outer = candidatesOf(bracketed.outer);
  if (outer.length === 0) return unknown(value, bracketed.outer);
  const inner = candidatesOf(bracketed.inner);
  if (inner.length === 0) return unknown(value, bracketed.inner);
  const common = outer.filter((g) => inner.includes(g));
  if (common.length === 1) return SUCCESS.get(common[0]!)!;
  if (common.length > 1) return ambiguous(value, common, false);
  const all = [...new Set([...outer, ...inner])].sort((a, b) => a.code.localeCompare(b.code));
  return ambiguous(value, all, true);
}

/**
 * True when the written ethnicity is one of the 53 minority groups (every group but Kinh; Hoa included),
 * false for Kinh, undefined when the value does not resolve: count those separately and report them with
 * resolveEthnicity's reason, never as Kinh.
 */
export function isEthnicMinority(name: string | null | undefined): boolean | undefined {
  const resolution = resolveEthnicity(name);
  return resolution.ok ? isMinorityGroup(resolution.group) : undefined;
}
