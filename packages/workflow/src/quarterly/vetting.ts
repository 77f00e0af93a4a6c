/**
 * The vetting cases appraised in a quarter: concluded, with the day they were closed in the quarter. A case
 * opened in the quarter and still open is work in progress, not an appraisal, and is not counted.
 */
import { VETTING_OUTCOMES, type VettingCase } from '@ungcu/core';
import { inQuarter, type Quarter } from '../programme/quarter';
import { NARRATIVE_PURPOSE_ORDER, type LevelKey, type VettingPurpose } from './labels';

export type VettingOutcome = (typeof VETTING_OUTCOMES)[number];

export interface VettingPurposeRow {
  readonly purpose: VettingPurpose;
  readonly central: number;
  readonly local: number;
  readonly unspecified: number;
  readonly total: number;
}

export interface VettingTally {
  readonly total: number;
  readonly byLevel: Readonly<Record<LevelKey, number>>;
  /** Purposes with at least one case, in the order the reviews list them (NARRATIVE_PURPOSE_ORDER). */
  readonly byPurpose: readonly VettingPurposeRow[];
  readonly byOutcome: Readonly<Record<VettingOutcome, number>>;
}

export function isAppraisedIn(c: VettingCase, q: Quarter): boolean {
  return c.status === 'concluded' && inQuarter(c.closedOn, q);
}

/** Counts as the cases stream past; `add` returns whether the case counted. */
export function vettingTallier(q: Quarter): { add(c: VettingCase): boolean; result(): VettingTally } {
  const cells = new Map<VettingPurpose, Record<LevelKey, number>>();
  const byLevel: Record<LevelKey, number> = { central: 0, local: 0, unspecified: 0 };
  const byOutcome = Object.fromEntries(VETTING_OUTCOMES.map((o) => [o, 0])) as Record<VettingOutcome, number>;
  let total = 0;
  return {
    add(c) {
      if (!isAppraisedIn(c, q)) return false;
      const level: LevelKey = c.managementLevel ?? 'unspecified';
      let cell = cells.get(c.purpose);
      if (cell === undefined) cells.set(c.purpose, (cell = { central: 0, local: 0, unspecified: 0 }));
      cell[level] += 1;
      byLevel[level] += 1;
      if (c.outcome !== undefined) byOutcome[c.outcome] += 1;
      total += 1;
      return true;
    },
    result() {
      const byPurpose = NARRATIVE_PURPOSE_ORDER.flatMap((purpose): VettingPurposeRow[] => {
        const cell = cells.get(purpose);
        return cell === undefined ? [] : [{ purpose, ...cell, total: cell.central + cell.local + cell.unspecified }];
      });
      return { total, byLevel: { ...byLevel }, byPurpose, byOutcome: { ...byOutcome } };
    },
  };
}
