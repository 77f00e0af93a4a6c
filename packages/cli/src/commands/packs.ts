/** The rule packs the commands know, and the pack option every command shares. */
import type { ImportElection } from '@ungcu/core/export';
import type { RulePack } from '@ungcu/core/rules';
import { PACKS } from '@ungcu/rules-vn';

export const DEFAULT_PACK = 'vn-2026';
export const PACK_IDS: readonly string[] = Object.keys(PACKS);

export function findPack(id: string): RulePack | undefined {
  return PACKS[id];
}

/**
 * The election a list read for `pack` belongs to. Files do not say their election day or term: the day comes
 * from the command line or the pack's reference election, the National Assembly term from the pack.
 */
export function importElection(pack: RulePack, electionDay: string): ImportElection {
  const term = pack.reference?.terms['national-assembly'];
  return {
    electionDay,
    rulePack: pack.id,
    ...(term === undefined ? {} : { term, name: `Bầu cử đại biểu Quốc hội khóa ${term}` }),
  };
}

export const ISO_DATE: RegExp = /^\d{4}-\d{2}-\d{2}$/u;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
