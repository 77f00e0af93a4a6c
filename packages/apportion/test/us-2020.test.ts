/**
 * The U.S. House after the 2020 Census: 435 seats by Huntington–Hill (equal proportions) with one seat per
 * state, state by state against the Census Bureau's Table 1 (test/data/SOURCE.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apportion, parseRational, type ApportionUnit } from '../src/index';
import { divisorSearch } from './support';

const rows = readFileSync(join(import.meta.dirname, 'data/us-2020-apportionment.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([state, population, seats]) => ({ state: state!, population: Number(population), seats: Number(seats) }));

const units: ApportionUnit[] = rows.map((r) => ({ id: r.state, weight: r.population, min: 1 }));
const run = (u: readonly ApportionUnit[]) => apportion({ units: u, seats: 435, method: 'huntington-hill' });
const withNewYorkPlus = (extra: number) =>
  units.map((u) => (u.id === 'NY' ? { ...u, weight: Number(u.weight) + extra } : u));

describe('U.S. House apportionment, 2020 Census', () => {
  it('holds 50 states, 331,108,434 people and 435 seats', () => {
    expect(rows).toHaveLength(50);
    expect(rows.reduce((s, r) => s + r.population, 0)).toBe(331_108_434);
    expect(rows.reduce((s, r) => s + r.seats, 0)).toBe(435);
  });

  it('Huntington–Hill gives every state its published seats', () => {
    const result = run(units);
    expect(result.complete).toBe(true);
    for (const row of rows) expect([row.state, result.seats[row.state]]).toEqual([row.state, row.seats]);
    expect(Object.values(result.seats)).toEqual(
      divisorSearch('huntington-hill', rows.map((r) => BigInt(r.population)), 435),
    );
  });

  it('logs 50 minimum seats, then 385 by priority, each priority no higher than the one before', () => {
    const { steps } = run(units);
    expect(steps).toHaveLength(435);
    expect(steps.slice(0, 50).every((s) => s.reason === 'minimum' && s.priority === undefined)).toBe(true);
    const priorities = steps.slice(50).map((s) => parseRational(s.priority!));
    expect(priorities.every((p, i) => i === 0 || p.num * priorities[i - 1]!.den <= priorities[i - 1]!.num * p.den)).toBe(true);
    // Seat 51 is California's second: its priority, squared, is 39,576,757² / (1 × 2).
    expect(steps[50]).toEqual({ seat: 51, unitId: 'CA', reason: 'priority', priority: `${39576757n ** 2n}/2` });
  });

  it('the 435th seat went to Minnesota; 89 more people in New York would have taken it, 88 would not', () => {
    expect(run(units).steps.at(-1)).toMatchObject({ seat: 435, unitId: 'MN' });
    const plus89 = run(withNewYorkPlus(89));
    expect(plus89.steps.at(-1)).toMatchObject({ seat: 435, unitId: 'NY' });
    expect(plus89.seats).toMatchObject({ NY: 27, MN: 7 });
    const plus88 = run(withNewYorkPlus(88));
    expect(plus88.steps.at(-1)).toMatchObject({ seat: 435, unitId: 'MN' });
    expect(plus88.seats).toMatchObject({ NY: 26, MN: 8 });
  });
});
