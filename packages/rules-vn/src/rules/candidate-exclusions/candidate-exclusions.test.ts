import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { candidateExclusions } from './index';

describe('vn/candidate-exclusions (Điều 37)', () => {
  it('says nothing when no exclusion is recorded (the published list never records one)', () => {
    expect(runRule(candidateExclusions, caoBang())).toEqual([]);
  });
  it('gives one error per recorded ground, naming the clause in both languages', () => {
    const ds = caoBang();
    const an = ds.nominees[0]!;
    ds.nominees[0] = { ...an, person: { ...an.person, exclusions: ['accused', 'criminal-record', 'accused'] } };
    const vi = runRule(candidateExclusions, ds, { locale: 'vi' });
    expect(vi.map((f) => [f.severity, f.messageId, f.target.id])).toEqual([
      ['error', 'accused', 'cb1-1'],
      ['error', 'criminal-record', 'cb1-1'],
    ]);
    expect(vi[0]?.message).toBe('Đoàn Thị Lê An đang bị khởi tố bị can: không được ứng cử (khoản 2 Điều 37)');
    expect(runRule(candidateExclusions, ds, { locale: 'en' })[0]?.message).toBe(
      'Đoàn Thị Lê An is being prosecuted as an accused: may not stand (Art. 37(2))',
    );
    ds.nominees[0] = { ...an, person: { ...an.person, exclusions: [] } };
    expect(runRule(candidateExclusions, ds)).toEqual([]);
  });
});
