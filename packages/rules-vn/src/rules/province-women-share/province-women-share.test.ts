import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { provinceWomenShare } from './index';

describe('vn/province-women-share', () => {
  it('is information, off by default', () => {
    expect(provinceWomenShare).toMatchObject({ severity: 'info', enabledByDefault: false });
  });
  it('shows Cao Bằng at 3 women of 10, as the law facts record', () => {
    const [finding] = runRule(provinceWomenShare, caoBang());
    expect(finding).toMatchObject({
      severity: 'info',
      target: { kind: 'unit', id: '04', name: 'Cao Bằng', bodyId: 'na-xv' },
      data: { actual: 3, total: 10, required: 4 },
    });
  });
  it('passes a province at 35% or more', () => {
    expect(runRule(provinceWomenShare, caoBang(), { setting: { minShare: 0.3 } })).toEqual([]);
  });
});
