/**
 * Disproportionality of a result: seat shares against weight shares. The shares and their differences are
 * exact; only the final sums become floats (an index decides nothing).
 */
import { rational, toNumber } from './rational';
import type { ApportionIndices } from './types';

export function indicesOf(weights: readonly bigint[], seats: readonly number[]): ApportionIndices {
  const totalWeight = weights.reduce((a, b) => a + b, 0n);
  const totalSeats = BigInt(seats.reduce((a, b) => a + b, 0));
  // With no seat assigned every seat share is 0, rather than undefined.
  const seatDen = totalSeats === 0n ? 1n : totalSeats;
  const den = totalWeight * seatDen;
  let absolute = 0n;
  let squares = 0n;
  weights.forEach((w, i) => {
    const diff = w * seatDen - BigInt(seats[i]!) * totalWeight; // (vᵢ − sᵢ) × den
    absolute += diff < 0n ? -diff : diff;
    squares += diff * diff;
  });
  return {
    gallagher: Math.sqrt(toNumber(rational(squares, 2n * den * den))) * 100,
    loosemoreHanby: toNumber(rational(absolute, 2n * den)) * 100,
  };
}
