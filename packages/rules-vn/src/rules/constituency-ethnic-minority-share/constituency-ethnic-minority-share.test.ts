import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { constituencyEthnicMinorityShare } from './index';

describe('vn/constituency-ethnic-minority-share', () => {
  it('is information, off by default', () => {
    expect(constituencyEthnicMinorityShare).toMatchObject({ severity: 'info', enabledByDefault: false });
  });
  it('passes both Cao Bằng constituencies (3 of 5 and 4 of 5) and shows one below a higher share', () => {
    expect(runRule(constituencyEthnicMinorityShare, caoBang())).toEqual([]);
    const findings = runRule(constituencyEthnicMinorityShare, caoBang(), { setting: { minShare: 0.8 } });
    expect(findings.map((f) => [f.target.id, f.data.actual])).toEqual([['cb-1', 3]]);
  });
});
