/**
 * Non-negative rationals as bigint pairs. Every decision an apportionment makes (who has the higher priority,
 * whose remainder is larger) goes through `compare`, which cross-multiplies: no float ever decides a seat.
 */

/** num/den with den > 0; not necessarily reduced (only `format` reduces). */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

export const ZERO: Rational = { num: 0n, den: 1n };

export function rational(num: bigint, den: bigint = 1n): Rational {
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

/** -1, 0 or 1 as a < b, a = b, a > b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/** Floor of a non-negative rational. */
export function floor(a: Rational): bigint {
  return a.num / a.den;
}

/** The fractional part of a non-negative rational. */
export function fraction(a: Rational): Rational {
  return { num: a.num % a.den, den: a.den };
}

/**
 * The exact string form used in results: an integer ("7"), or the reduced fraction "p/q" ("87/5"). A string,
 * so that JSON output keeps every digit of numbers a float cannot hold.
 */
export function format(a: Rational): string {
  const g = gcd(a.num, a.den);
  const num = g === 0n ? 0n : a.num / g;
  const den = g === 0n ? 1n : a.den / g;
  return den === 1n ? num.toString() : `${num.toString()}/${den.toString()}`;
}

/** Parses `format`'s output back; for tests and callers who want to compare results exactly. */
export function parseRational(text: string): Rational {
  const match = /^(\d+)(?:\/(\d+))?$/.exec(text);
  if (match === null) throw new RangeError(`not an exact rational: ${text}`);
  return rational(BigInt(match[1]!), BigInt(match[2] ?? '1'));
}

const FLOAT_DIGITS = 10n ** 18n;

/** A float near a rational (for indices only, never for decisions); exact for 18 significant digits' worth. */
export function toNumber(a: Rational): number {
  const whole = a.num / a.den;
  const rest = a.num % a.den;
  return Number(whole) + Number((rest * FLOAT_DIGITS) / a.den) / Number(FLOAT_DIGITS);
}
