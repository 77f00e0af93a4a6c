/**
 * A bound in people for a list of n selected: a minimum share is ceil(share × n), a maximum share
 * floor(share × n), with core's rounding, so the planner and the rule engine agree on 35% of 20 being 7.
 */
import { allowedForShare, requiredForShare } from '@ungcu/core/rules';
import type { Limit } from './compile';

export function minPeople(limit: Limit, n: number): number {
  return limit.kind === 'count' ? limit.count : requiredForShare(limit.share, n);
}

export function maxPeople(limit: Limit, n: number): number {
  return limit.kind === 'count' ? limit.count : allowedForShare(limit.share, n);
}
