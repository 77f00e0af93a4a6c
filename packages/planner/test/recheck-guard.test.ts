/**
 * The re-check guards every list plan() returns: with a solver that answers a wrong list (all men where a
 * quota asks for women), plan() throws a PlannerError naming the broken quota instead of returning it.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/solver', () => ({
  solverLoaded: () => true,
  // "Optimal", selecting the first two members of the pool whatever the model says.
  solve: async () => ({ status: 'optimal', values: new Map([['x0', 1], ['x1', 1]]), objective: 0 }),
}));

const { plan, PlannerError } = await import('../src/index');

describe('the re-check', () => {
  it('rejects a solver answer that breaks a quota, in both languages', async () => {
    const pool = ['m', 'm', 'f', 'f'].map((g, i) => ({ id: `n${i + 1}`, attributes: { women: g === 'f' } }));
    const problem = { pool, size: 2, quotas: [{ feature: 'women', value: true, min: { count: 1 } }] };
    const failure = await plan(problem).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PlannerError);
    const error = failure as InstanceType<typeof PlannerError>;
    expect(error.text.en).toBe("The solver's list failed the re-check: quota 1 women=true body (expected >= 1, got 0)");
    expect(error.text.vi).toBe('Danh sách bộ giải chọn không qua được kiểm tra lại: quota 1 women=true body (cần >= 1, có 0)');
    expect(error.message.startsWith(error.text.vi)).toBe(true);
    // A list that does meet the quota passes through the same path.
    const fine = await plan({ ...problem, quotas: [{ feature: 'women', value: true, max: { count: 0 } }] });
    expect(fine).toMatchObject({ feasible: true, selected: ['n1', 'n2'] });
  });
});
