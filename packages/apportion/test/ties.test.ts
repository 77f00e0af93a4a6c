/**
 * Ties: an exact tie that decides a seat is never broken under 'report'; the other rules break it and still
 * list it. And near-ties a float would get wrong: weights beyond 2⁵³ whose priorities Number() makes equal.
 */
import { describe, expect, it } from 'vitest';
import { apportion, APPORTION_METHODS, parseRational } from '../src/index';

const equal = (n: number, weight = 1000) => Array.from({ length: n }, (_, i) => ({ id: `u${i + 1}`, weight }));

describe('exact ties', () => {
  it.each(APPORTION_METHODS)('%s: three equal units for 5 seats get 1 each and the last 2 stay unassigned', (method) => {
    const result = apportion({ units: equal(3), seats: 5, method });
    expect(result.complete).toBe(false);
    expect(result.seats).toEqual({ u1: 1, u2: 1, u3: 1 });
    expect(result.ties).toHaveLength(1);
    expect(result.ties[0]).toMatchObject({ unitIds: ['u1', 'u2', 'u3'], seats: 2 });
    expect(result.ties[0]!.resolvedBy).toBeUndefined();
    expect(result.steps).toHaveLength(3);
  });

  it('gives the priority of the tie exactly: Jefferson 1000/2, Hamilton remainder 2/3', () => {
    expect(apportion({ units: equal(3), seats: 5, method: 'jefferson' }).ties[0]!.priority).toBe('500');
    expect(apportion({ units: equal(3), seats: 5, method: 'hamilton' }).ties[0]!.priority).toBe('2/3');
    expect(apportion({ units: equal(3), seats: 5, method: 'webster' }).ties[0]!.priority).toBe('1000/3');
  });

  it("a tie rule breaks it, lists it with resolvedBy, and 'id' and 'larger-weight' pick as documented", () => {
    const byId = apportion({ units: equal(3), seats: 5, method: 'hamilton', tieRule: 'id' });
    expect(byId.complete).toBe(true);
    expect(byId.seats).toEqual({ u1: 2, u2: 2, u3: 1 });
    expect(byId.ties).toEqual([{ unitIds: ['u1', 'u2', 'u3'], seats: 2, priority: '2/3', resolvedBy: 'id' }]);
    // Equal quota remainders from unequal weights: the larger weight wins, then the smaller id.
    const units = [
      { id: 'b', weight: 2 },
      { id: 'a', weight: 2 },
      { id: 'c', weight: 4 },
    ];
    // Jefferson: c takes seat 1 (4/1); then c (4/2), a (2/1) and b (2/1) tie at 2. For 3 more seats that
    // decides nothing; for 2 it does, and the larger weight (c) then the smaller id (a) win.
    expect(apportion({ units, seats: 4, method: 'jefferson' })).toMatchObject({ ties: [], seats: { b: 1, a: 1, c: 2 } });
    const larger = apportion({ units, seats: 3, method: 'jefferson', tieRule: 'larger-weight' });
    expect(larger.seats).toEqual({ b: 0, a: 1, c: 2 });
    expect(larger.ties).toEqual([{ unitIds: ['b', 'a', 'c'], seats: 2, priority: '2', resolvedBy: 'larger-weight' }]);
    expect(apportion({ units, seats: 3, method: 'jefferson', tieRule: 'id' }).seats).toEqual({ b: 1, a: 1, c: 1 });
    expect(apportion({ units, seats: 3, method: 'jefferson' })).toMatchObject({ complete: false, seats: { b: 0, a: 0, c: 1 } });
  });

  it('a tie that decides nothing is not one: four equal units for 8 seats', () => {
    const result = apportion({ units: equal(4), seats: 8, method: 'huntington-hill' });
    expect(result).toMatchObject({ complete: true, ties: [], seats: { u1: 2, u2: 2, u3: 2, u4: 2 } });
  });
});

describe('near-ties a float gets wrong', () => {
  const X = 2n ** 60n;

  it('Jefferson: (2X + 1)/2 beats X although Number() sees them equal', () => {
    const a = 2n * X + 1n;
    expect(Number(a) / 2).toBe(Number(X)); // the trap: as floats the two priorities are one number
    const result = apportion({
      units: [
        { id: 'B', weight: X },
        { id: 'A', weight: a },
      ],
      seats: 2,
      method: 'jefferson',
    });
    expect(result).toMatchObject({ complete: true, ties: [], seats: { A: 2, B: 0 } });
    expect(result.steps[1]).toEqual({ seat: 2, unitId: 'A', reason: 'priority', priority: `${a}/2` });
  });

  it('Huntington–Hill: a²/2 against b²/6 a sixth apart near 10³⁶, decided exactly', () => {
    // Pell pairs b² − 3a² = 1 (b²/6 exceeds a²/2 by 1/6) and b² − 3a² = −2 (it falls short by 1/3), past 2⁶⁰.
    const pell = (b0: bigint, a0: bigint) => {
      let [b, a] = [b0, a0];
      while (a < X) [b, a] = [2n * b + 3n * a, b + 2n * a];
      return { a, b };
    };
    const over = pell(2n, 1n);
    const under = pell(1n, 1n);
    expect(over.b * over.b - 3n * over.a * over.a).toBe(1n);
    expect(under.b * under.b - 3n * under.a * under.a).toBe(-2n);
    for (const { a, b } of [over, under]) expect(Number(a) ** 2 / 2).toBe(Number(b) ** 2 / 6); // the trap
    const seatsOf = ({ a, b }: { a: bigint; b: bigint }) =>
      apportion({ units: [{ id: 'A', weight: a }, { id: 'B', weight: b }], seats: 4, method: 'huntington-hill' });
    // Seats 1–2: one each; 3: B (b²/2 is the largest); 4: B's b²/6 against A's a²/2.
    expect(seatsOf(over)).toMatchObject({ complete: true, ties: [], seats: { A: 1, B: 3 } });
    expect(seatsOf(under)).toMatchObject({ complete: true, ties: [], seats: { A: 2, B: 2 } });
    const step = seatsOf(over).steps[3]!;
    expect(step).toMatchObject({ seat: 4, unitId: 'B', reason: 'priority' });
    const p = parseRational(step.priority!); // b²/6, reduced
    expect(p.num * 6n).toBe(over.b ** 2n * p.den);
  });

  it('Hamilton: remainders that differ beyond the 17th digit', () => {
    const units = [
      { id: 'A', weight: X * 3n + 1n },
      { id: 'B', weight: X * 3n },
      { id: 'C', weight: X * 3n - 1n },
    ];
    const result = apportion({ units, seats: 2, method: 'hamilton' });
    expect(result).toMatchObject({ complete: true, ties: [], seats: { A: 1, B: 1, C: 0 } });
    expect(Number(units[0]!.weight)).toBe(Number(units[2]!.weight));
  });
});
