import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { officialInOwnUnit } from './index';

/** Cao Bằng with its first nominee on the election board (or a polling team) of her own constituency. */
function withRole(role: { body: 'election-board' | 'polling-team'; leftOn?: string }) {
  const ds = caoBang();
  const an = ds.nominees[0]!;
  ds.nominees[0] = { ...an, nomination: { ...an.nomination, ownUnitElectionRole: role } };
  return ds;
}

describe('vn/official-in-own-unit (Điều 27)', () => {
  it('says nothing when no nominee sits on an election body of their constituency', () => {
    expect(runRule(officialInOwnUnit, caoBang())).toEqual([]);
  });
  it('reports a member who has not left, and one who left after the official list’s day (E−25 in 2021: 28/04/2021)', () => {
    expect(runRule(officialInOwnUnit, withRole({ body: 'election-board' }), { locale: 'vi' })).toMatchObject([
      {
        severity: 'error',
        messageId: 'board',
        data: { deadline: '2021-04-28' },
        message:
          'Đoàn Thị Lê An là thành viên Ban bầu cử ở đơn vị bầu cử nơi mình ứng cử và chưa rút khỏi trước ngày công bố danh sách chính thức (28/04/2021)',
      },
    ]);
    expect(runRule(officialInOwnUnit, withRole({ body: 'polling-team', leftOn: '2021-04-29' }), { locale: 'en' })).toMatchObject([
      {
        messageId: 'team',
        message:
          'Đoàn Thị Lê An sits on a polling team of the constituency where they stand and did not leave it by the day the official list is published (28/04/2021)',
      },
    ]);
    expect(runRule(officialInOwnUnit, withRole({ body: 'polling-team', leftOn: '2021-04-28' }))).toEqual([]);
  });
  it('takes the amended law’s 17 days as an option', () => {
    const findings = runRule(officialInOwnUnit, withRole({ body: 'election-board', leftOn: '2021-05-01' }), {
      setting: { leaveByDaysBefore: 17 },
    });
    expect(findings).toEqual([]);
  });
});
