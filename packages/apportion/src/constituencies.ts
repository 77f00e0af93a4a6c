/**
 * From a province's seats to its constituencies and candidates: the fewest constituencies the cap allows,
 * seats spread as evenly as possible, and the candidates the surplus rule asks for.
 */
import { ConfigError } from '@ungcu/core/errors';
import type { SeatRules } from './vn-rules';

function checkSeats(seats: number, what: { en: string; vi: string }): void {
  if (Number.isSafeInteger(seats) && seats >= 0) return;
  throw new ConfigError(
    {
      en: `${what.en} must be a whole, non-negative number of seats; got ${String(seats)}`,
      vi: `${what.vi} phải là số nguyên không âm; giá trị nhận được: ${String(seats)}`,
    },
    { details: { field: 'seats', value: seats } },
  );
}

/**
 * The fewest constituencies for `seats` under the cap, largest first, no two differing by more than one:
 * 8 seats at most 3 each → [3, 3, 2]; 7 → [3, 2, 2]. The law sets the cap only: a province may choose more,
 * smaller constituencies (Tuyên Quang elected 6 deputies in three 2-seat constituencies in 2021).
 */
export function splitIntoConstituencies(seats: number, rules: SeatRules): number[] {
  checkSeats(seats, { en: 'The seats to split', vi: 'Số đại biểu cần chia' });
  const max = rules.maxSeatsPerConstituency;
  const count = Math.ceil(seats / max);
  if (count === 0) return [];
  const base = Math.floor(seats / count);
  const larger = seats % count;
  return Array.from({ length: count }, (_, i) => (i < larger ? base + 1 : base));
}

/** How many more candidates than seats a constituency of `seats` needs at least. */
export function surplusFor(seats: number, rules: SeatRules): number {
  let margin = 0;
  for (const step of rules.surplus) if (seats >= step.fromSeats) margin = step.margin;
  return margin;
}

export interface NomineesNeeded {
  /** At least this many candidates in each constituency, in the order given. */
  readonly perConstituency: readonly number[];
  readonly total: number;
}

/**
 * The fewest candidates the law allows for these constituencies: seats + margin each (National Assembly:
 * + 2; councils: + 1, + 2 for three seats, + 3 for four or five). A constituency over the cap is a ConfigError.
 */
export function nomineesNeeded(seatsPerConstituency: readonly number[], rules: SeatRules): NomineesNeeded {
  const perConstituency = seatsPerConstituency.map((seats, i) => {
    checkSeats(seats, { en: `Constituency ${i + 1}`, vi: `Đơn vị bầu cử thứ ${i + 1}` });
    if (seats > rules.maxSeatsPerConstituency) {
      throw new ConfigError(
        {
          en: `Constituency ${i + 1}: ${seats} seats, more than the maximum of ${rules.maxSeatsPerConstituency} per constituency`,
          vi: `Đơn vị bầu cử thứ ${i + 1}: ${seats} đại biểu, vượt mức tối đa ${rules.maxSeatsPerConstituency} đại biểu của một đơn vị bầu cử`,
        },
        { details: { field: 'seats', constituency: i + 1, seats, maxSeats: rules.maxSeatsPerConstituency } },
      );
    }
    return seats === 0 ? 0 : seats + surplusFor(seats, rules);
  });
  return { perConstituency, total: perConstituency.reduce((a, b) => a + b, 0) };
}
