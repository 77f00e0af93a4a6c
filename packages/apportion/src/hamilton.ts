/**
 * Hamilton's method (largest remainders) with bounds. Without bounds each unit's quota is w × H / W. With
 * bounds the quotas are clipped: qᵢ = clamp(wᵢλ, minᵢ, maxᵢ), with the one λ that makes them add up to H.
 * Units held at a bound get exactly that bound; the others get the floor of their clipped quota and the seats
 * left go to the largest fractional parts. That is the same as fixing the units whose quota breaks a bound
 * at the bound and re-apportioning the rest until none does, computed in one pass, exactly.
 */
import type { NormalInput, NormalUnit } from './input';
import type { Ledger } from './ledger';
import { compare, floor, fraction, rational, type Rational } from './rational';

function clamp(unit: NormalUnit, lambda: Rational): Rational {
  const q = rational(unit.weight * lambda.num, lambda.den);
  if (compare(q, rational(BigInt(unit.min))) < 0) return rational(BigInt(unit.min));
  if (unit.max !== Number.POSITIVE_INFINITY && compare(q, rational(BigInt(unit.max))) > 0) {
    return rational(BigInt(unit.max));
  }
  return q;
}

function sum(values: readonly Rational[]): Rational {
  let num = 0n;
  let den = 1n;
  for (const v of values) {
    num = num * v.den + v.num * den;
    den *= v.den;
  }
  return { num, den };
}

/**
 * The λ of the clipped quotas. f(λ) = Σ clamp(wᵢλ, minᵢ, maxᵢ) is continuous and non-decreasing, linear between
 * the breakpoints minᵢ/wᵢ and maxᵢ/wᵢ: find the segment where it reaches H, then solve the linear piece.
 */
function lambdaFor(units: readonly NormalUnit[], house: number): Rational {
  const target = rational(BigInt(house));
  const points: Rational[] = [rational(0n)];
  for (const u of units) {
    points.push(rational(BigInt(u.min), u.weight));
    if (u.max !== Number.POSITIVE_INFINITY) points.push(rational(BigInt(u.max), u.weight));
  }
  points.sort(compare);
  const f = (lambda: Rational) => sum(units.map((u) => clamp(u, lambda)));
  let below = points[0]!;
  for (const point of points) {
    const order = compare(f(point), target);
    if (order === 0) return point;
    if (order > 0) break;
    below = point;
  }
  // Between `below` and the next breakpoint the free units are those neither at min nor at max just above it.
  let fixed = 0n;
  let freeWeight = 0n;
  for (const u of units) {
    const atMin = compare(rational(BigInt(u.min), u.weight), below) > 0;
    const atMax = u.max !== Number.POSITIVE_INFINITY && compare(rational(BigInt(u.max), u.weight), below) <= 0;
    if (atMin) fixed += BigInt(u.min);
    else if (atMax) fixed += BigInt(u.max);
    else freeWeight += u.weight;
  }
  return rational(BigInt(house) - fixed, freeWeight);
}

export function apportionByHamilton(input: NormalInput, ledger: Ledger): void {
  const { units, seats } = input;
  if (seats === 0) return;
  const lambda = lambdaFor(units, seats);
  const quotas = units.map((u) => clamp(u, lambda));
  ledger.giveMinimums((u) => u.min);
  for (const unit of units) {
    const lower = Number(floor(quotas[unit.index]!));
    while (ledger.held[unit.index]! < lower) ledger.give(unit, 'lower-quota');
  }
  const remainders = units
    .map((unit) => ({ unit, remainder: fraction(quotas[unit.index]!) }))
    .filter((r) => r.remainder.num > 0n)
    .sort((a, b) => compare(b.remainder, a.remainder) || a.unit.index - b.unit.index);
  let i = 0;
  while (ledger.remaining > 0 && i < remainders.length) {
    const { remainder } = remainders[i]!;
    const group = remainders.slice(i).filter((r) => compare(r.remainder, remainder) === 0);
    const winners =
      group.length <= ledger.remaining
        ? group.map((r) => r.unit)
        : ledger.breakTie(
            group.map((r) => r.unit),
            ledger.remaining,
            remainder,
          );
    if (winners.length === 0) return;
    for (const unit of winners) ledger.give(unit, 'remainder', remainder);
    i += group.length;
  }
}
