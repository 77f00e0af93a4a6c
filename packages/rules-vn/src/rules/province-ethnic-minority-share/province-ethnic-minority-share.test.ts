import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { provinceEthnicMinorityShare } from './index';

describe('vn/province-ethnic-minority-share', () => {
  it('is information, off by default', () => {
    expect(provinceEthnicMinorityShare).toMatchObject({ severity: 'info', enabledByDefault: false });
  });
  it('passes Cao Bằng (7 of 10) and shows a province below the share', () => {
    expect(runRule(provinceEthnicMinorityShare, caoBang())).toEqual([]);
    expect(runRule(provinceEthnicMinorityShare, caoBang(), { setting: { minShare: 0.71 } })[0]).toMatchObject({
      severity: 'info',
      target: { kind: 'unit', id: '04' },
      data: { actual: 7, total: 10, required: 8 },
    });
  });
});
