import { defineRule } from '@ungcu/core/rules';
import { isIncumbent } from '@ungcu/core';
import { previousTerm } from '@ungcu/core/rules';
import * as z from 'zod';
import { centralCommitteeOf, sectorOf, standingCommitteeOf } from '../../person-facts';
import { docsUrl, HD_36_2021 } from '../../sources';

const IsoDate = z.iso.date();

/**
 * Guidance 36-HD/BTCTW (2021): re-running full-time deputies need at least 30 months of working age left at
 * May 2021: men born from 08/1963, women from 07/1968.
 */
export const partyAgeRerunning = defineRule({
  id: 'vn/party-age-rerunning',
  title: { vi: 'Tuổi đại biểu chuyên trách tái cử (hướng dẫn của Đảng)', en: 'Age of re-running full-time deputies (Party guidance)' },
  description: {
    vi: 'Đại biểu chuyên trách tái cử phải còn ít nhất 30 tháng công tác tính đến tháng 5/2021.',
    en: 'Re-running full-time deputies must have at least 30 months of working age left at May 2021.',
  },
  severity: 'warning',
  scope: 'nominee',
  sources: [HD_36_2021],
  legalText: {
    vi: 'Hướng dẫn 36-HD/BTCTW: đại biểu chuyên trách tái cử phải còn thời gian công tác ít nhất 30 tháng tính đến tháng 5/2021: nam sinh từ tháng 8/1963, nữ sinh từ tháng 7/1968 trở lại đây.',
    en: 'Guidance 36-HD/BTCTW: re-running full-time deputies must have at least 30 months of service left at May 2021: men born from August 1963, women from July 1968.',
  },
  notes: [
    {
      vi: 'Chỉ áp dụng khi dữ liệu ghi người đó là đại biểu khóa trước và dự kiến chuyên trách (nomination.fullTime). Hướng dẫn năm 2025 chưa được kiểm chứng: bộ vn-2026 tắt quy tắc này.',
      en: 'Applies only when the data says the person sat in the previous term and is expected to be full-time (nomination.fullTime). The 2025 guidance is unverified: vn-2026 turns the rule off.',
    },
    {
      vi: 'Không xét: Ủy viên Ủy ban Thường vụ Quốc hội tái cử (được miễn), Ủy viên Ban Chấp hành Trung ương Đảng (theo quy định riêng của Trung ương), quân đội, công an (theo luật chuyên ngành). Các tư cách này lấy từ person.naStandingCommitteeMember, person.centralCommitteeMember, person.sector; khi dữ liệu không có, quy tắc đọc cột “Nghề nghiệp, chức vụ”: “Ủy viên Ủy ban Thường vụ Quốc hội”, “Chủ tịch Quốc hội”, “Phó Chủ tịch Quốc hội”; “Ủy viên Ban Chấp hành Trung ương Đảng”, “Ủy viên Bộ Chính trị”; cấp hàm (Đại tướng, Thượng tướng, Trung tướng, Thiếu tướng, Đại tá…), như quy tắc vn/party-age-first-time.',
      en: 'Not checked: re-running Standing Committee members (exempt), Central Committee members (the Central Committee’s own rules), the army and police (their own service laws). These come from person.naStandingCommitteeMember, person.centralCommitteeMember, person.sector; without them the rule reads the “Nghề nghiệp, chức vụ” column: “Ủy viên Ủy ban Thường vụ Quốc hội”, “Chủ tịch Quốc hội”, “Phó Chủ tịch Quốc hội”; “Ủy viên Ban Chấp hành Trung ương Đảng”, “Ủy viên Bộ Chính trị”; a rank (Đại tướng, Thượng tướng, Trung tướng, Thiếu tướng, Đại tá…), as vn/party-age-first-time does.',
    },
  ],
  options: z
    .object({ menBornFrom: IsoDate.default('1963-08-01'), womenBornFrom: IsoDate.default('1968-07-01') })
    .strict(),
  messages: {
    tooOld: {
      vi: '{name} (sinh {dateOfBirth:date}) tái cử chuyên trách nhưng sinh trước {bornFrom:date}',
      en: '{name} (born {dateOfBirth:date}) re-runs as a full-time deputy but was born before {bornFrom:date}',
    },
  },
  docsUrl: docsUrl('vn/party-age-rerunning'),
  check(n, ctx) {
    if (n.nomination.fullTime !== true) return;
    const body = ctx.body(n.nomination.bodyId);
    const previous = body === undefined ? undefined : previousTerm(body.term);
    if (body === undefined || previous === undefined || !isIncumbent(n.person, previous, body.kind)) return;
    const bornFrom = n.person.gender === 'female' ? ctx.options.womenBornFrom : ctx.options.menBornFrom;
    if (n.person.dateOfBirth >= bornFrom) return;
    // A full-time deputy is an official by office, so an unknown sector still gets the warning; the exempt do not.
    if (standingCommitteeOf(n.person)?.value === true || centralCommitteeOf(n.person)?.value === true) return;
    const sector = sectorOf(n.person)?.value;
    if (sector === 'army' || sector === 'police') return;
    const name = n.person.fullName;
    ctx.report({
      messageId: 'tooOld',
      target: { kind: 'nominee', id: n.id, name },
      data: { name, dateOfBirth: n.person.dateOfBirth, bornFrom },
    });
  },
});
