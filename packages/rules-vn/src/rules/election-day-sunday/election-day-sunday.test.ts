import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { electionDaySunday } from './index';

describe('vn/election-day-sunday', () => {
  it('passes Sunday 2021-05-23', () => {
    expect(runRule(electionDaySunday, caoBang())).toEqual([]);
  });
  it('fails Saturday 2021-05-22 with the weekday in each language', () => {
    const ds = { ...caoBang(), elections: [{ ...caoBang().elections![0]!, electionDay: '2021-05-22' }] };
    const [en] = runRule(electionDaySunday, ds);
    expect(en).toMatchObject({ severity: 'error', target: { kind: 'election', id: 'e2021' }, data: { weekday: 6 }, sources: [{ article: '5' }] });
    expect(en?.message).toBe('Bầu cử đại biểu Quốc hội khóa XV: election day 22/05/2021 is a Saturday, not a Sunday');
    const [vi] = runRule(electionDaySunday, ds, { locale: 'vi' });
    expect(vi?.message).toBe('Bầu cử đại biểu Quốc hội khóa XV: ngày bầu cử 22/05/2021 là thứ Bảy, không phải Chủ nhật');
  });
});
