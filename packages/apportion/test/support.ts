/**
 * Independent cross-checks for the tests, sharing no code with src/: apportionment by searching for a divisor
 * D with Σ round(wᵢ / D) = h under each method's rounding rule (the textbook definition, not the priority
 * sequence), and Hamilton by integer quotients and remainders. Exact: D is a fraction D'/SCALE with integer
 * D', and every rounding threshold is tested by cross-multiplication.
 */
export type RoundingMethod = 'jefferson' | 'webster' | 'adams' | 'dean' | 'huntington-hill';

const SCALE = 1_000_000n;

/** round(num/den) under the method's rule: where between n and n + 1 the quotient rounds up. */
function roundBy(method: RoundingMethod, num: bigint, den: bigint): bigint {
  const n = num / den;
  const exact = n * den === num;
  switch (method) {
    case 'jefferson':
      return n;
    case 'adams':
      return exact ? n : n + 1n;
    case 'webster': // up from n + ½
      return 2n * num >= (2n * n + 1n) * den ? n + 1n : n;
    case 'dean': // up from the harmonic mean 2n(n + 1)/(2n + 1)
      return num * (2n * n + 1n) >= 2n * n * (n + 1n) * den ? (exact ? n : n + 1n) : n;
    case 'huntington-hill': // up from the geometric mean √(n(n + 1))
      return num * num >= n * (n + 1n) * den * den ? (exact ? n : n + 1n) : n;
  }
}

function seatsAt(method: RoundingMethod, weights: readonly bigint[], divisor: bigint): bigint[] {
  return weights.map((w) => roundBy(method, w * SCALE, divisor));
}

/**
 * The apportionment of `house` seats as the textbooks define a divisor method: find a divisor at which the
 * rounded quotients add up to the house. Throws when no divisor on the grid does (a tie, or a grid too coarse).
 */
export function divisorSearch(method: RoundingMethod, weights: readonly bigint[], house: number): number[] {
  const target = BigInt(house);
  const total = (d: bigint) => seatsAt(method, weights, d).reduce((a, b) => a + b, 0n);
  let lo = 1n; // tiny divisor: too many seats
  let hi = weights.reduce((a, b) => a + b, 0n) * SCALE * 4n; // huge divisor: too few (or one each)
  if (total(hi) > target) throw new Error(`even the largest divisor gives more than ${house} seats`);
  // Smallest divisor whose total is at most the house; the total never grows with the divisor.
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    if (total(mid) <= target) hi = mid;
    else lo = mid + 1n;
  }
  if (total(hi) !== target) throw new Error(`no divisor gives exactly ${house} seats`);
  return seatsAt(method, weights, hi).map(Number);
}

/** Hamilton without bounds, from integer division alone; throws on a tie at the cut. */
export function hamiltonBrute(weights: readonly bigint[], house: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0n);
  const h = BigInt(house);
  const seats = weights.map((w) => (w * h) / total);
  const remainders = weights.map((w) => (w * h) % total);
  let left = house - Number(seats.reduce((a, b) => a + b, 0n));
  const order = weights.map((_, i) => i).sort((a, b) => (remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : 0));
  if (left > 0 && left < order.length && remainders[order[left - 1]!] === remainders[order[left]!]) {
    throw new Error('tie at the cut');
  }
  for (const i of order) {
    if (left === 0) break;
    seats[i]! += 1n;
    left -= 1;
  }
  return seats.map(Number);
}

/** The 1790 census as apportioned in 1792 (Balinski and Young, Fair Representation). */
export const CENSUS_1790: Readonly<Record<string, number>> = {
  CT: 236841,
  DE: 55540,
  GA: 70835,
  KY: 68705,
  MD: 278514,
  MA: 475327,
  NH: 141822,
  NJ: 179570,
  NY: 331589,
  NC: 353523,
  PA: 432879,
  RI: 68446,
  SC: 206236,
  VT: 85533,
  VA: 630560,
};

export function unitsOf(weights: Readonly<Record<string, number>>): { id: string; weight: number }[] {
  return Object.entries(weights).map(([id, weight]) => ({ id, weight }));
}
