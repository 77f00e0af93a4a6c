/**
 * Checks an apportionment's input and puts it in the form the methods work on: weights as bigint integers
 * (decimals scaled by one common power of ten), bounds resolved, everything a method may assume already
 * checked. Every problem is a ConfigError naming the unit and the field.
 */
import { ConfigError } from '@ungcu/core/errors';
import { APPORTION_METHODS, TIE_RULES, type ApportionInput, type ApportionMethod, type TieRule } from './types';

export interface NormalUnit {
  readonly id: string;
  /** Input position, the order results and logs list units in. */
  readonly index: number;
  /** The weight × `scale`, an integer. */
  readonly weight: bigint;
  readonly min: number;
  /** Infinity when unbounded. */
  readonly max: number;
}

export interface NormalInput {
  readonly units: readonly NormalUnit[];
  readonly seats: number;
  readonly method: ApportionMethod;
  readonly tieRule: TieRule;
  /** Every weight was multiplied by this to make it an integer. */
  readonly scale: bigint;
  readonly totalWeight: bigint;
}

function fail(en: string, vi: string, details: Record<string, unknown>): never {
  throw new ConfigError({ en, vi }, { details });
}

/** A number's decimal digits as written (String(x)), as an integer and a power of ten: 0.25 → 25, 2. */
function decimalOf(value: number): { digits: bigint; exponent: number } | undefined {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (match === null) return undefined;
  const fractionDigits = match[2] ?? '';
  const exponent = fractionDigits.length - Number(match[3] ?? '0');
  const digits = BigInt(`${match[1]!}${fractionDigits}`);
  return exponent >= 0 ? { digits, exponent } : { digits: digits * 10n ** BigInt(-exponent), exponent: 0 };
}

function checkCount(value: number | undefined, id: string, field: 'min' | 'max'): void {
  if (value === undefined || (Number.isSafeInteger(value) && value >= 0)) return;
  fail(
    `Unit "${id}": ${field} must be a whole, non-negative number of seats; got ${String(value)}`,
    `Đơn vị "${id}": ${field === 'min' ? 'số ghế tối thiểu (min)' : 'số ghế tối đa (max)'} phải là số nguyên không âm; giá trị nhận được: ${String(value)}`,
    { unitId: id, field, value },
  );
}

export function normalizeInput(input: ApportionInput): NormalInput {
  const { seats, method } = input;
  const tieRule = input.tieRule ?? 'report';
  if (!APPORTION_METHODS.includes(method)) {
    fail(
      `Unknown apportionment method "${String(method)}"; the methods are: ${APPORTION_METHODS.join(', ')}`,
      `Không có phương pháp phân bổ "${String(method)}"; các phương pháp: ${APPORTION_METHODS.join(', ')}`,
      { field: 'method', value: method },
    );
  }
  if (!TIE_RULES.includes(tieRule)) {
    fail(
      `Unknown tie rule "${String(tieRule)}"; the rules are: ${TIE_RULES.join(', ')}`,
      `Không có quy tắc xử lý đồng hạng "${String(tieRule)}"; các quy tắc: ${TIE_RULES.join(', ')}`,
      { field: 'tieRule', value: tieRule },
    );
  }
  if (!Number.isSafeInteger(seats) || seats < 0) {
    fail(
      `seats must be a whole, non-negative number; got ${String(seats)}`,
      `Số ghế (seats) phải là số nguyên không âm; giá trị nhận được: ${String(seats)}`,
      { field: 'seats', value: seats },
    );
  }
  if (input.units.length === 0) {
    fail('No units to apportion the seats among', 'Không có đơn vị nào để phân bổ số ghế', { field: 'units' });
  }
  const seen = new Set<string>();
  const decimals: { digits: bigint; exponent: number }[] = [];
  for (const unit of input.units) {
    const { id } = unit;
    if (seen.has(id)) {
      fail(`Unit "${id}" appears more than once`, `Đơn vị "${id}" xuất hiện nhiều lần`, { unitId: id, field: 'id' });
    }
    seen.add(id);
    const { weight } = unit;
    const decimal =
      typeof weight === 'bigint'
        ? weight > 0n
          ? { digits: weight, exponent: 0 }
          : undefined
        : Number.isFinite(weight) && weight > 0
          ? decimalOf(weight)
          : undefined;
    if (decimal === undefined || decimal.digits === 0n) {
      fail(
        `Unit "${id}": weight must be a positive number; got ${String(weight)}`,
        `Đơn vị "${id}": trọng số (weight) phải là số dương; giá trị nhận được: ${String(weight)}`,
        { unitId: id, field: 'weight', value: String(weight) },
      );
    }
    decimals.push(decimal);
    checkCount(unit.min, id, 'min');
    checkCount(unit.max, id, 'max');
    if (unit.min !== undefined && unit.max !== undefined && unit.min > unit.max) {
      fail(
        `Unit "${id}": min (${unit.min}) is more than max (${unit.max})`,
        `Đơn vị "${id}": số ghế tối thiểu (min = ${unit.min}) lớn hơn số ghế tối đa (max = ${unit.max})`,
        { unitId: id, field: 'min', min: unit.min, max: unit.max },
      );
    }
  }
  const exponent = Math.max(...decimals.map((d) => d.exponent));
  const scale = 10n ** BigInt(exponent);
  const units = input.units.map(
    (unit, index): NormalUnit => ({
      id: unit.id,
      index,
      weight: decimals[index]!.digits * 10n ** BigInt(exponent - decimals[index]!.exponent),
      min: unit.min ?? 0,
      max: unit.max ?? Number.POSITIVE_INFINITY,
    }),
  );
  const mins = units.reduce((sum, u) => sum + u.min, 0);
  if (mins > seats) {
    fail(
      `The units' minimums add up to ${mins}, more than the ${seats} seats`,
      `Tổng số ghế tối thiểu (min) của các đơn vị là ${mins}, nhiều hơn ${seats} ghế cần phân bổ`,
      { field: 'min', sum: mins, seats },
    );
  }
  const maxes = units.reduce((sum, u) => sum + u.max, 0);
  if (maxes < seats) {
    fail(
      `The units' maximums add up to ${maxes}, fewer than the ${seats} seats`,
      `Tổng số ghế tối đa (max) của các đơn vị là ${maxes}, ít hơn ${seats} ghế cần phân bổ`,
      { field: 'max', sum: maxes, seats },
    );
  }
  const totalWeight = units.reduce((sum, u) => sum + u.weight, 0n);
  return { units, seats, method, tieRule, scale, totalWeight };
}
