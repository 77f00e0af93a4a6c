import { describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import { validate } from '@ungcu/core/rules';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { realList2021 } from '../../../test/real-list';
import { vn2021 } from '../../vn-2021';
import { partyAgeFirstTime } from './index';

/** Đỗ Quang Thành (Cao Bằng 1) made a first-time nominee with the given date of birth and person fields. */
function thanhAs(dateOfBirth: string, person: Record<string, unknown> = {}) {
  const ds = caoBang();
  const thanh = ds.nominees[3]!;
  ds.nominees[3] = { ...thanh, person: { ...thanh.person, incumbencies: [], dateOfBirth, ...person } };
  return { ds, name: thanh.person.fullName };
}

describe('vn/party-age-first-time', () => {
  it('passes Cao Bằng: the two men born in the 1960s are XIV deputies, so not first-time', () => {
    expect(runRule(partyAgeFirstTime, caoBang())).toEqual([]);
  });
  it('warns about a first-time official born before 02/1966 and passes one born on 1966-02-01', () => {
    expect(runRule(partyAgeFirstTime, thanhAs('1966-02-01', { sector: 'official' }).ds)).toEqual([]);
    const { ds, name } = thanhAs('1966-01-31', { sector: 'official' });
    expect(runRule(partyAgeFirstTime, ds)).toMatchObject([
      { severity: 'warning', messageId: 'tooOld', target: { id: 'cb1-4' }, data: { bornFrom: '1966-02-01', dateOfBirth: '1966-01-31' } },
    ]);
    // Dates as officials write them, day first, in both languages.
    expect(runRule(partyAgeFirstTime, ds, { locale: 'vi' })[0]?.message).toBe(
      `${name} (sinh 31/01/1966) ứng cử lần đầu nhưng sinh trước 01/02/1966`,
    );
    expect(runRule(partyAgeFirstTime, ds, { locale: 'en' })[0]?.message).toBe(
      `${name} (born 31/01/1966) stands for the first time but was born before 01/02/1966`,
    );
  });
  it('gives information, not a warning, when the data cannot tell whether the person is an official', () => {
    const { ds, name } = thanhAs('1966-01-31');
    const findings = runRule(partyAgeFirstTime, ds, { locale: 'vi' });
    expect(findings).toMatchObject([{ severity: 'info', messageId: 'sectorUnknown', target: { id: 'cb1-4' } }]);
    expect(findings[0]?.message).toBe(
      `${name} (sinh 31/01/1966) ứng cử lần đầu, sinh trước 01/02/1966; dữ liệu không cho biết người này có phải cán bộ, công chức, viên chức (đối tượng của hướng dẫn) hay không`,
    );
  });
  it('exempts the army, the police, Central Committee members and people outside the civil service', () => {
    for (const person of [
      { sector: 'army' },
      { sector: 'police' },
      { sector: 'other' },
      { sector: 'official', centralCommitteeMember: true },
      // The hint of the list's text: a rank, or the Central Committee named in "Nghề nghiệp, chức vụ".
      { occupation: 'Thiếu tướng, Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội' },
      { occupation: 'Ủy viên Ban Chấp hành Trung ương Đảng, Bộ trưởng Bộ Nội vụ', workplace: 'Bộ Nội vụ' },
    ]) {
      expect(runRule(partyAgeFirstTime, thanhAs('1960-01-01', person).ds), JSON.stringify(person)).toEqual([]);
    }
    // An explicit field wins over the text: a rank in the text, but the data says official.
    expect(runRule(partyAgeFirstTime, thanhAs('1960-01-01', { occupation: 'Đại tá', sector: 'official' }).ds)).toMatchObject([
      { severity: 'warning' },
    ]);
    expect(runRule(partyAgeFirstTime, thanhAs('1960-01-01', { occupation: 'Ủy viên Ban Chấp hành Trung ương Đảng', centralCommitteeMember: false, sector: 'official' }).ds)).toMatchObject([
      { severity: 'warning' },
    ]);
  });
  it('uses the women’s date for women and skips self-nominated people', () => {
    const ds = caoBang();
    const an = ds.nominees[0]!;
    ds.nominees[0] = { ...an, person: { ...an.person, dateOfBirth: '1970-12-31', sector: 'official' } };
    expect(runRule(partyAgeFirstTime, ds)).toMatchObject([{ data: { bornFrom: '1971-01-01' } }]);
    ds.nominees[0] = { ...ds.nominees[0]!, nomination: { ...an.nomination, origin: 'self' } };
    expect(runRule(partyAgeFirstTime, ds)).toEqual([]);
  });
});

describe('vn/party-age-first-time on the official 2021 list', () => {
  let data: Dataset;
  const findingsOf = async () => {
    data ??= await realList2021();
    return validate(data, { packs: [vn2021], rules: { 'vn/official-list-order': 'off' } }).findings.filter(
      (f) => f.ruleId === 'vn/party-age-first-time',
    );
  };

  it('warns only about the six officials the guidance covers: state, Party and Front posts, all women born 1966-1970', async () => {
    const warned = (await findingsOf()).filter((f) => f.severity === 'warning').map((f) => f.target.name);
    expect(warned.sort()).toEqual(
      ['Lê Thị Thu Hương', 'Nguyễn Thị Lệ', 'Phạm Thúy Chinh', 'Trương Thị Ngọc Ánh', 'Võ Thị Minh Sinh', 'Điểu Hà Hồng Lý'].sort(),
    );
  });

  it('gives information on the 19 whose sector the list cannot tell (businesses, associations, a hospital, a religious body)', async () => {
    const info = (await findingsOf()).filter((f) => f.severity === 'info').map((f) => f.target.name);
    expect(info).toHaveLength(19);
    expect(info).toEqual(
      expect.arrayContaining([
        'Trần Thị Thu Đông', // Hội Nghệ sĩ Nhiếp ảnh
        'Lê Viết Hải', // a company
        'Lê Phương Hồng (Phối sư Ngọc Hồng Thanh)', // Cao Đài
        'Nguyễn Văn Kính', // a central hospital: a viên chức, or retired; the list does not say
        'Khuất Việt Dũng', // Trung tướng, but at the veterans' association: a retired rank
      ]),
    );
  });

  it('exempts the 13 Central Committee members, generals and police officers the guidance leaves to their own rules', async () => {
    const reported = new Set((await findingsOf()).map((f) => f.target.name));
    for (const name of ['Lương Cường', 'Phan Văn Giang', 'Trần Cẩm Tú', 'Nguyễn Xuân Thắng', 'Bùi Thị Minh Hoài', 'Phạm Thị Thanh Trà', 'Lê Hoài Trung', 'Trần Quang Phương']) {
      expect(reported.has(name), name).toBe(false);
    }
    // The Cần Thơ police director (Thiếu tướng, Công an): one of two Nguyễn Văn Thuận; the other (Ninh Thuận, veterans) stays.
    const thuan = data.nominees.filter((n) => n.person.fullName === 'Nguyễn Văn Thuận' && n.person.dateOfBirth === '1965-12-08');
    expect(thuan).toHaveLength(1);
    expect((await findingsOf()).some((f) => f.target.id === thuan[0]!.id)).toBe(false);
    expect(await findingsOf()).toHaveLength(25);
  });
});
