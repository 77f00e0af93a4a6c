import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { declaredCandidates } from './index';

describe('vn/declared-candidates', () => {
  it('passes when the published "Số người ứng cử: 5 người" matches', () => {
    expect(runRule(declaredCandidates, caoBang())).toEqual([]);
  });
  it('warns when a row is missing', () => {
    const ds = caoBang();
    ds.nominees = ds.nominees.filter((n) => n.id !== 'cb2-5');
    expect(runRule(declaredCandidates, ds)).toMatchObject([
      { severity: 'warning', target: { id: 'cb-2' }, data: { actual: 4, required: 5 } },
    ]);
  });
  it('says nothing when the count was not published', () => {
    const ds = caoBang();
    ds.constituencies = ds.constituencies!.map(({ declaredCandidates: _d, ...c }) => c);
    ds.nominees = ds.nominees.slice(1);
    expect(runRule(declaredCandidates, ds)).toEqual([]);
  });
});
