/**
 * Distributing a target (phân bổ chỉ tiêu): a national figure split into whole numbers per unit that add up
 * to it, in proportion to each unit's list size, a unit never asked for more than its list holds.
 */
import { apportion } from './apportion';
import type { ApportionMethod, ApportionResult, TieRule } from './types';

export interface DistributeTargetUnit {
  readonly id: string;
  /** The unit's list size (nominees, deputies): the weight, and the default maximum. */
  readonly size: number;
  readonly min?: number;
  /** Defaults to `size`. */
  readonly max?: number;
}

export interface DistributeTargetInput {
  /** The whole number to split, e.g. 304 women: ⌈35% × 868⌉. */
  readonly target: number;
  readonly units: readonly DistributeTargetUnit[];
  /** Default 'hamilton' (phương pháp số dư lớn nhất). */
  readonly method?: ApportionMethod;
  readonly tieRule?: TieRule;
}

export function distributeTarget(input: DistributeTargetInput): ApportionResult {
  return apportion({
    seats: input.target,
    method: input.method ?? 'hamilton',
    ...(input.tieRule === undefined ? {} : { tieRule: input.tieRule }),
    units: input.units.map((u) => ({
      id: u.id,
      weight: u.size,
      max: u.max ?? u.size,
      ...(u.min === undefined ? {} : { min: u.min }),
    })),
  });
}
