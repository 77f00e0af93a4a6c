/** Bad input is a ConfigError in both languages, naming the unit and the field. */
import { ConfigError } from '@ungcu/core/errors';
import { describe, expect, it } from 'vitest';
import { apportion, type ApportionInput } from '../src/index';

function errorOf(input: ApportionInput): ConfigError {
  try {
    apportion(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('no error thrown');
}

const two = [
  { id: 'ha-noi', weight: 8_000_000 },
  { id: 'bac-kan', weight: 300_000 },
];

describe('input errors', () => {
  it.each([
    ['negative seats', { units: two, seats: -1, method: 'hamilton' }, { field: 'seats' }, 'seats', 'Số ghế'],
    ['fractional seats', { units: two, seats: 2.5, method: 'hamilton' }, { field: 'seats' }, '2.5', 'số nguyên'],
    ['unknown method', { units: two, seats: 3, method: 'borda' }, { field: 'method' }, 'borda', 'phương pháp'],
    ['unknown tie rule', { units: two, seats: 3, method: 'webster', tieRule: 'coin' }, { field: 'tieRule' }, 'coin', 'đồng hạng'],
    ['no units', { units: [], seats: 3, method: 'webster' }, { field: 'units' }, 'No units', 'Không có đơn vị'],
    ['zero weight', { units: [{ id: 'x', weight: 0 }], seats: 1, method: 'webster' }, { unitId: 'x', field: 'weight' }, 'Unit "x": weight', 'Đơn vị "x": trọng số'],
    ['negative bigint weight', { units: [{ id: 'x', weight: -5n }], seats: 1, method: 'webster' }, { unitId: 'x', field: 'weight' }, '-5', 'trọng số'],
    ['NaN weight', { units: [{ id: 'x', weight: Number.NaN }], seats: 1, method: 'webster' }, { unitId: 'x', field: 'weight' }, 'NaN', 'trọng số'],
    ['duplicate id', { units: [...two, { id: 'ha-noi', weight: 1 }], seats: 3, method: 'webster' }, { unitId: 'ha-noi', field: 'id' }, 'more than once', 'nhiều lần'],
    ['min > max', { units: [{ id: 'x', weight: 5, min: 3, max: 2 }], seats: 3, method: 'webster' }, { unitId: 'x', field: 'min' }, 'min (3) is more than max (2)', 'min = 3'],
    ['negative min', { units: [{ id: 'x', weight: 5, min: -1 }], seats: 3, method: 'webster' }, { unitId: 'x', field: 'min' }, 'min must be', 'tối thiểu (min)'],
    ['fractional max', { units: [{ id: 'x', weight: 5, max: 1.5 }], seats: 1, method: 'webster' }, { unitId: 'x', field: 'max' }, 'max must be', 'tối đa (max)'],
    ['minimums over seats', { units: [{ id: 'a', weight: 5, min: 3 }, { id: 'b', weight: 5, min: 3 }], seats: 5, method: 'hamilton' }, { field: 'min', sum: 6 }, 'add up to 6', 'Tổng số ghế tối thiểu'],
    ['maximums under seats', { units: [{ id: 'a', weight: 5, max: 1 }, { id: 'b', weight: 5, max: 1 }], seats: 3, method: 'hamilton' }, { field: 'max', sum: 2 }, 'add up to 2', 'Tổng số ghế tối đa'],
    ['Adams with fewer seats than units', { units: two, seats: 1, method: 'adams' }, { field: 'seats', needed: 2 }, 'every unit a seat', 'mỗi đơn vị một ghế'],
    ['Huntington–Hill with fewer seats than units', { units: [...two, { id: 'c', weight: 1 }], seats: 2, method: 'huntington-hill' }, { needed: 3 }, 'need 3 seats', 'cần 3 ghế'],
  ] as const)('%s', (_, input, details, en, vi) => {
    const error = errorOf(input as unknown as ApportionInput);
    expect(error.code).toBe('invalid-option');
    expect(error.details).toMatchObject(details);
    expect(error.text.en).toContain(en);
    expect(error.text.vi).toContain(vi);
  });

  it('Adams with a unit capped at 0 needs no seat for it', () => {
    const result = apportion({ units: [...two, { id: 'c', weight: 9, max: 0 }], seats: 2, method: 'adams' });
    expect(result.seats).toEqual({ 'ha-noi': 1, 'bac-kan': 1, c: 0 });
  });

  it('decimal weights are taken as written: 0.1, 0.2 and 0.3 are 1:2:3', () => {
    const decimals = apportion({ units: [{ id: 'a', weight: 0.1 }, { id: 'b', weight: 0.2 }, { id: 'c', weight: 0.3 }], seats: 12, method: 'webster' });
    expect(decimals.seats).toEqual({ a: 2, b: 4, c: 6 });
    expect(decimals.quotas).toEqual({ a: '2', b: '4', c: '6' });
    // Priorities are shown in the caller's units: 0.3 / 1 for c's first seat.
    expect(decimals.steps[0]).toEqual({ seat: 1, unitId: 'c', reason: 'priority', priority: '3/10' });
    const exponent = apportion({ units: [{ id: 'a', weight: 1e21 }, { id: 'b', weight: 2.5e-7 }], seats: 1, method: 'jefferson' });
    expect(exponent.seats).toEqual({ a: 1, b: 0 });
    expect(exponent.steps[0]!.priority).toBe('1000000000000000000000');
  });
});
