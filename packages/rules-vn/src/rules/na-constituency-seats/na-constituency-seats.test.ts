import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { naConstituencySeats } from './index';

describe('vn/na-constituency-seats', () => {
  it('passes 3 seats (the maximum) and fails 4, citing Art. 10(4)', () => {
    expect(runRule(naConstituencySeats, caoBang())).toEqual([]);
    const ds = caoBang();
    ds.constituencies = [{ ...ds.constituencies![0]!, seats: 4 }, ds.constituencies![1]!];
    const [finding] = runRule(naConstituencySeats, ds);
    expect(finding).toMatchObject({
      severity: 'error',
      target: { kind: 'constituency', id: 'cb-1', name: 'Cao Bằng, đơn vị bầu cử số 1' },
      data: { seats: 4, maxSeats: 3 },
      sources: [{ article: '10', clause: '4' }],
    });
  });
});
