/**
 * Finding an administrative unit in a reference list by a name as it appears in some other document.
 * Real documents drop tone marks now and then (constituencies.csv of 2021 writes "Tỉnh Quang Bình" for
 * Quảng Bình), so when no name matches exactly, a name that differs only in tone marks is accepted if it is
 * the only such candidate, and the match says so.
 */
import { adminUnitWords, compatibleAdminLevels, sameAdminUnit } from './admin-names';
import { splitTone } from './normalize';

export interface AdminUnitMatch {
  /** Index of the matching name in the candidates. */
  readonly index: number;
  /** False when the names differ in tone marks: worth a warning, since one of them is misspelt. */
  readonly exact: boolean;
}

/** Bare-name key without tones: "Quảng Bình" and "Quang Bình" share it; "Đông" and "Dong" do not. */
function toneBlindKey(name: string): string {
  return adminUnitWords(name)
    .map((word) => splitTone(word).letters.toLowerCase())
    .join(' ');
}

function indexesWhere(candidates: readonly string[], test: (candidate: string) => boolean): number[] {
  return candidates.flatMap((candidate, index) => (test(candidate) ? [index] : []));
}

/**
 * The one candidate that names the same unit as `name` (see sameAdminUnit), or failing that the one that
 * differs from it only in tone marks; undefined when there is none, or more than one (ambiguous).
 */
export function findAdminUnit(name: string, candidates: readonly string[]): AdminUnitMatch | undefined {
  const exact = indexesWhere(candidates, (c) => sameAdminUnit(name, c));
  if (exact.length > 1) return undefined;
  if (exact[0] !== undefined) return { index: exact[0], exact: true };
  const key = toneBlindKey(name);
  const loose = indexesWhere(candidates, (c) => toneBlindKey(c) === key && compatibleAdminLevels(name, c));
  return loose.length === 1 && loose[0] !== undefined ? { index: loose[0], exact: false } : undefined;
}
