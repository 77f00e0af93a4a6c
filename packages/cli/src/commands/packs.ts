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

/** True for a real calendar date written YYYY-MM-DD (the one check, from core). */
export { isIsoDate } from '@ungcu/core/text';
