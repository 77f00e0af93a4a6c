import { describe, expect, it } from 'vitest';
import type { Person } from '@ungcu/core';
import { centralCommitteeOf, sectorOf, standingCommitteeOf } from './person-facts';

const person = (occupation: string, workplace?: string, extra: Partial<Person> = {}): Person => ({
  fullName: 'Nguyễn Văn A',
  dateOfBirth: '1960-01-01',
  gender: 'male',
  nationality: 'Việt Nam',
  ethnicity: 'Kinh',
  education: {},
  partyJoinDate: null,
  incumbencies: [],
  occupation,
  ...(workplace === undefined ? {} : { workplace }),
  ...extra,
});

describe('person facts from the official list’s text (the documented hint)', () => {
  it('reads a rank as the army, or the police with "Công an", but not at the veterans’ association', () => {
    // Real rows of the 2021 list.
    expect(sectorOf(person('Ủy viên Ban Thường vụ Thành ủy, Phó Bí thư Đảng ủy, Thiếu tướng, Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội', 'Bộ Tư lệnh Thủ đô Hà Nội'))).toEqual({ value: 'army', source: 'hint' });
    expect(sectorOf(person('Bí thư Đảng ủy, Thiếu tướng, Giám đốc Công an thành phố Cần Thơ', 'Công an thành phố Cần Thơ'))?.value).toBe('police');
    expect(sectorOf(person('Tỉnh uỷ viên; Đại tá, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang'))?.value).toBe('army');
    expect(sectorOf(person('Trung tướng, Phó Chủ tịch Hội Cựu chiến binh Việt Nam', 'Trung ương Hội Cựu chiến binh Việt Nam'))).toBeUndefined();
  });
  it('reads a Party, state or Front workplace as an official, and a company or association as unknown', () => {
    expect(sectorOf(person('Phó Chủ nhiệm Văn phòng Quốc hội', 'Văn phòng Quốc hội'))?.value).toBe('official');
    expect(sectorOf(person('Vụ trưởng', 'Vụ Quản lý doanh nghiệp, Bộ Giao thông - Vận tải'))?.value).toBe('official');
    expect(sectorOf(person('Trưởng Ban', 'Ban Đối ngoại Trung ương'))?.value).toBe('official');
    expect(sectorOf(person('Chủ tịch', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An'))?.value).toBe('official');
    expect(sectorOf(person('Tổng Giám đốc', 'Công ty Cổ phần Nhà ga Quốc tế Cam Ranh'))).toBeUndefined();
    expect(sectorOf(person('Chủ tịch', 'Hội Luật gia thành phố Cần Thơ'))).toBeUndefined();
    // "Bộ" as a word, not as the start of another one ("Bộ đội" is not "Bộ" + a ministry, but both start a word).
    expect(sectorOf(person('Giáo viên', 'Trường Bồ Đề'))).toBeUndefined();
  });
  it('reads the Central Committee of the Party, not of an association, and the Standing Committee', () => {
    expect(centralCommitteeOf(person('Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng'))).toEqual({ value: true, source: 'hint' });
    expect(centralCommitteeOf(person('Uỷ viên Ban Chấp hành Trung ương Đảng; Bí thư Tỉnh ủy Bạc Liêu'))?.value).toBe(true);
    expect(centralCommitteeOf(person('Ủy viên Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam'))).toBeUndefined();
    expect(standingCommitteeOf(person('Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban Kinh tế'))?.value).toBe(true);
    expect(standingCommitteeOf(person('Phó Chủ nhiệm Văn phòng Quốc hội'))).toBeUndefined();
  });
  it('lets an explicit field win over the text', () => {
    expect(sectorOf(person('Đại tá', undefined, { sector: 'official' }))).toEqual({ value: 'official', source: 'field' });
    expect(centralCommitteeOf(person('Ủy viên Ban Chấp hành Trung ương Đảng', undefined, { centralCommitteeMember: false }))).toEqual({ value: false, source: 'field' });
    expect(standingCommitteeOf(person('', undefined, { naStandingCommitteeMember: true }))).toEqual({ value: true, source: 'field' });
  });
});
