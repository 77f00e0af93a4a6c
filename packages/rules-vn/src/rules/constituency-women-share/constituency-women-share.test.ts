import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { constituencyWomenShare } from './index';

describe('vn/constituency-women-share', () => {
  it('is information, off by default', () => {
    expect(constituencyWomenShare).toMatchObject({ severity: 'info', enabledByDefault: false });
  });
  it('shows constituency 2 (1 woman of 5) and not constituency 1 (2 of 5 = 40%)', () => {
    const findings = runRule(constituencyWomenShare, caoBang());
    expect(findings.map((f) => f.target.id)).toEqual(['cb-2']);
    expect(findings[0]?.data).toMatchObject({ actual: 1, total: 5, required: 2 });
    expect(findings[0]?.message).toBe(
      'Cao Bằng, đơn vị bầu cử số 2: 1 woman among 5 nominees (20%); at least 2 are required (a minimum share of 35%), 1 short',
    );
  });
});
