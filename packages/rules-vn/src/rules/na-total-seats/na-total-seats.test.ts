import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { naTotalSeats } from './index';

describe('vn/na-total-seats', () => {
  it('warns when the constituencies add up to less than the total (Cao Bằng alone: 6 of 500, one province’s data)', () => {
    const [finding, ...rest] = runRule(naTotalSeats, caoBang());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      messageId: 'partialData',
      severity: 'warning',
      data: { actual: 6, required: 500 },
      sources: [{ article: '7', clause: '2' }],
    });
  });
  it('fails when they add up to more than the total', () => {
    const ds = caoBang();
    ds.bodies = [{ ...ds.bodies![0]!, totalSeats: 5 }];
    expect(runRule(naTotalSeats, ds, { setting: { totalSeats: 5 } })).toMatchObject([
      { messageId: 'constituencyTotal', severity: 'error', data: { actual: 6, required: 5 } },
    ]);
  });
  it('passes when the body and its constituencies both make the total', () => {
    expect(runRule(naTotalSeats, caoBang(), { setting: { totalSeats: 6 } })).toHaveLength(1); // body says 500
    const ds = caoBang();
    ds.bodies = [{ ...ds.bodies![0]!, totalSeats: 6 }];
    expect(runRule(naTotalSeats, ds, { setting: { totalSeats: 6 } })).toEqual([]);
  });
  it('fails a body that does not elect 500, and skips the sum while no constituency exists', () => {
    const ds = caoBang();
    ds.bodies = [{ ...ds.bodies![0]!, totalSeats: 499 }];
    ds.constituencies = [];
    ds.nominees = [];
    expect(runRule(naTotalSeats, ds)).toMatchObject([{ messageId: 'bodyTotal', data: { actual: 499, required: 500 } }]);
  });
});
