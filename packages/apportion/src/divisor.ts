/**
 * Divisor methods as priority sequences (Huntington's rank-index form): each next seat goes to the unit of
 * highest weight / d(seats held), over units below their maximum. The quota method (Balinski and Young, 1975)
 * is the same walk with Jefferson's divisor, over the units still below their upper quota at the next house
 * size. All priorities are exact rationals compared by cross-multiplication.
 */
import { ConfigError } from '@ungcu/core/errors';
import type { NormalInput, NormalUnit } from './input';
import type { Ledger } from './ledger';
import { compare, rational, type Rational } from './rational';
import type { ApportionMethod } from './types';

/** A unit's priority holding `n` seats, in scaled weight units; undefined = infinite (d(n) = 0). */
type Priority = (weight: bigint, n: number) => Rational | undefined;

/**
 * The divisors d(n): Jefferson n + 1; Webster and Sainte-Laguë 2n + 1 (Sainte-Laguë's 1, 3, 5..., the same
 * order as Webster's n + ½); modified Sainte-Laguë 1.4 then 3, 5...; Adams n; Dean 2n(n + 1)/(2n + 1), the
 * harmonic mean of n and n + 1; Huntington–Hill √(n(n + 1)), whose priority is kept squared to stay rational.
 */
const PRIORITIES: Readonly<Record<Exclude<ApportionMethod, 'hamilton'>, Priority>> = {
  jefferson: (w, n) => rational(w, BigInt(n + 1)),
  dhondt: (w, n) => rational(w, BigInt(n + 1)),
  quota: (w, n) => rational(w, BigInt(n + 1)),
  webster: (w, n) => rational(w, BigInt(2 * n + 1)),
  'sainte-lague': (w, n) => rational(w, BigInt(2 * n + 1)),
  'modified-sainte-lague': (w, n) => (n === 0 ? rational(5n * w, 7n) : rational(w, BigInt(2 * n + 1))),
  adams: (w, n) => (n === 0 ? undefined : rational(w, BigInt(n))),
  dean: (w, n) => (n === 0 ? undefined : rational(w * BigInt(2 * n + 1), BigInt(2 * n * (n + 1)))),
  'huntington-hill': (w, n) => (n === 0 ? undefined : rational(w * w, BigInt(n * (n + 1)))),
};

/** Methods whose divisor at 0 is 0: every unit that may hold a seat gets one first. */
export function givesEveryUnitASeat(method: ApportionMethod): boolean {
  return method === 'adams' || method === 'dean' || method === 'huntington-hill';
}

/** Priorities are in scaled weight units; the log shows them in the caller's (Huntington–Hill's squared). */
function unscale(p: Rational, input: NormalInput): Rational {
  const factor = input.method === 'huntington-hill' ? input.scale * input.scale : input.scale;
  return rational(p.num, p.den * factor);
}

export function apportionByDivisor(input: NormalInput, ledger: Ledger): void {
  const { method } = input;
  const priorityOf = PRIORITIES[method as Exclude<ApportionMethod, 'hamilton'>];
  const firstSeat = givesEveryUnitASeat(method);
  const minimumOf = (u: NormalUnit) => (firstSeat && u.max >= 1 ? Math.max(u.min, 1) : u.min);
  const needed = input.units.reduce((sum, u) => sum + minimumOf(u), 0);
  if (needed > input.seats) {
    throw new ConfigError(
      {
        en: `Method "${method}" gives every unit a seat before any other (its divisor at 0 is 0): the units and their minimums need ${needed} seats, more than the ${input.seats} to apportion`,
        vi: `Phương pháp "${method}" chia cho mỗi đơn vị một ghế trước tiên (ước số tại 0 bằng 0): các đơn vị và số ghế tối thiểu của chúng cần ${needed} ghế, nhiều hơn ${input.seats} ghế cần phân bổ`,
      },
      { details: { field: 'seats', method, needed, seats: input.seats } },
    );
  }
  ledger.giveMinimums(minimumOf);
  const { held } = ledger;
  while (ledger.remaining > 0) {
    let open = input.units.filter((u) => held[u.index]! < u.max);
    let quotaBound = false;
    if (method === 'quota') {
      // Upper quota at the next house size h + 1: holding s, a unit may take a seat while s < w(h + 1) / W.
      const house = BigInt(ledger.assigned + 1);
      const withinQuota = open.filter((u) => BigInt(held[u.index]!) * input.totalWeight < u.weight * house);
      // Only bounds (min, max) can leave nobody within quota; the seat then goes by priority alone.
      if (withinQuota.length > 0) {
        quotaBound = open.length > withinQuota.length;
        open = withinQuota;
      }
    }
    let best: Rational | undefined;
    let tied: NormalUnit[] = [];
    for (const unit of open) {
      const p = priorityOf(unit.weight, held[unit.index]!);
      if (p === undefined) continue; // Unreachable after the first seats; kept so the type is honest.
      const order = best === undefined ? 1 : compare(p, best);
      if (order > 0) {
        best = p;
        tied = [unit];
      } else if (order === 0) {
        tied.push(unit);
      }
    }
    if (best === undefined) break;
    const shown = unscale(best, input);
    const run = quotaBound ? uninterruptedRun(input, ledger, tied, best, priorityOf) : tied.length;
    // Tied units that all get a seat before anyone else could: the tie decides nothing, so it is not a tie.
    const seats = Math.min(run, ledger.remaining);
    const winners = seats === tied.length ? tied : ledger.breakTie(tied, seats, shown);
    if (winners.length === 0) break;
    for (const unit of winners) ledger.give(unit, 'priority', shown);
  }
}

/**
 * The quota method: how many seats in a row the tied units take before a unit now above its upper quota comes
 * back within it with a priority as high as theirs (the house grows with each seat, and so do upper quotas).
 * Up to that many seats the order among them does not matter; beyond it, it decides who gets one.
 */
function uninterruptedRun(
  input: NormalInput,
  ledger: Ledger,
  tied: readonly NormalUnit[],
  priority: Rational,
  priorityOf: Priority,
): number {
  const { held } = ledger;
  const h = BigInt(ledger.assigned);
  let run = tied.length;
  for (const unit of input.units) {
    const s = held[unit.index]!;
    if (s >= unit.max || tied.includes(unit)) continue;
    const p = priorityOf(unit.weight, s);
    if (p !== undefined && compare(p, priority) < 0) continue;
    // Back within quota for seat h + j + 1 once w(h + j + 1) > sW, i.e. from j = ⌊sW / w⌋ − h.
    const j = (BigInt(s) * input.totalWeight) / unit.weight - h;
    if (j >= 1n && j < BigInt(run)) run = Number(j);
  }
  return run;
}
