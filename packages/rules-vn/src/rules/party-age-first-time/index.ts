import { defineRule } from '@ungcu/core/rules';
import * as z from 'zod';
import { centralCommitteeOf, sectorOf } from '../../person-facts';
import { docsUrl, HD_36_2021 } from '../../sources';

const IsoDate = z.iso.date();

/**
 * Guidance 36-HD/BTCTW (2021): officials standing for the first time must be able to serve at least one full
 * term: men born from 02/1966, women from 01/1971. It covers officials only: the army, the police and Central
 * Committee members are outside it, and a person the data cannot place gets information, not a warning.
 */
export const partyAgeFirstTime = defineRule({
  id: 'vn/party-age-first-time',
  title: { vi: 'Tuổi người ứng cử lần đầu (hướng dẫn của Đảng)', en: 'Age of first-time nominees (Party guidance)' },
  description: {
    vi: 'Cán bộ, công chức, viên chức ứng cử lần đầu phải đủ tuổi tham gia ít nhất trọn một nhiệm kỳ.',
    en: 'Officials standing for the first time must be young enough to serve at least one full term.',
  },
  severity: 'warning',
  scope: 'nominee',
  sources: [HD_36_2021],
  legalText: {
    vi: 'Hướng dẫn 36-HD/BTCTW: người ứng cử lần đầu là cán bộ, công chức, viên chức phải đủ tuổi tham gia hai nhiệm kỳ trở lên, ít nhất trọn một nhiệm kỳ: nam sinh từ tháng 02/1966, nữ sinh từ tháng 01/1971 trở lại đây. Quân đội, công an theo luật chuyên ngành.',
    en: 'Guidance 36-HD/BTCTW: first-time candidates who are officials must be able to serve two terms or at least one full term: men born from February 1966, women from January 1971. The army and police follow their own service laws.',
  },
  notes: [
    {
      vi: 'Đây là hướng dẫn của Đảng, không phải Luật: cảnh báo. Hướng dẫn chỉ áp dụng cho cán bộ, công chức, viên chức. Không xét: người tự ứng cử; người đã là đại biểu của cơ quan đó; quân đội, công an (theo luật chuyên ngành); Ủy viên Ban Chấp hành Trung ương Đảng (theo quy định riêng của Trung ương). Hướng dẫn năm 2025 chưa được kiểm chứng: bộ vn-2026 tắt quy tắc này.',
      en: 'Party guidance, not law: a warning. The guidance covers officials (cán bộ, công chức, viên chức) only. Not checked: the self-nominated; people who already sat in that body; the army and police (their own service laws); Central Committee members (the Central Committee’s own rules). The 2025 guidance is unverified: vn-2026 turns the rule off.',
    },
    {
      vi: 'Ngành công tác và tư cách Ủy viên Trung ương lấy từ person.sector và person.centralCommitteeMember; khi dữ liệu không có hai trường này, quy tắc đọc cột “Nghề nghiệp, chức vụ” và “Nơi công tác” của danh sách: cấp hàm (Đại tướng, Thượng tướng, Trung tướng, Thiếu tướng, Đại tá, Thượng tá…) là quân đội, hoặc công an khi có chữ “Công an” (trừ người công tác ở Hội Cựu chiến binh); “Ủy viên Ban Chấp hành Trung ương Đảng”, “Ủy viên Bộ Chính trị”, “Bí thư Trung ương Đảng” là Ủy viên Trung ương; nơi công tác là cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc (Bộ, Vụ, Sở, Ủy ban nhân dân, Hội đồng nhân dân, Tỉnh ủy, Văn phòng Quốc hội…) là cán bộ, công chức. Người mà dữ liệu không cho biết thuộc ngành nào nhận thông tin, không nhận cảnh báo.',
      en: 'Sector and Central Committee membership come from person.sector and person.centralCommitteeMember; without them the rule reads the list’s “Nghề nghiệp, chức vụ” and “Nơi công tác” columns: a rank (Đại tướng, Thượng tướng, Trung tướng, Thiếu tướng, Đại tá, Thượng tá…) means the army, or the police with the word “Công an” (not for people working at the veterans’ association); “Ủy viên Ban Chấp hành Trung ương Đảng”, “Ủy viên Bộ Chính trị”, “Bí thư Trung ương Đảng” mean a Central Committee member; a workplace that is a Party, state or Fatherland Front body (Bộ, Vụ, Sở, Ủy ban nhân dân, Hội đồng nhân dân, Tỉnh ủy, Văn phòng Quốc hội…) means an official. A person whose sector the data cannot tell gets information, not a warning.',
    },
  ],
  options: z
    .object({ menBornFrom: IsoDate.default('1966-02-01'), womenBornFrom: IsoDate.default('1971-01-01') })
    .strict(),
  messages: {
    tooOld: {
      vi: '{name} (sinh {dateOfBirth:date}) ứng cử lần đầu nhưng sinh trước {bornFrom:date}',
      en: '{name} (born {dateOfBirth:date}) stands for the first time but was born before {bornFrom:date}',
    },
    sectorUnknown: {
      vi: '{name} (sinh {dateOfBirth:date}) ứng cử lần đầu, sinh trước {bornFrom:date}; dữ liệu không cho biết người này có phải cán bộ, công chức, viên chức (đối tượng của hướng dẫn) hay không',
      en: '{name} (born {dateOfBirth:date}) stands for the first time and was born before {bornFrom:date}; the data does not tell whether this person is an official, whom the guidance covers',
    },
  },
  docsUrl: docsUrl('vn/party-age-first-time'),
  check(n, ctx) {
    if (n.nomination.origin === 'self') return;
    const kind = ctx.bodyKindOf(n);
    if (kind === undefined || n.person.incumbencies.some((i) => i.bodyKind === kind)) return;
    const bornFrom = n.person.gender === 'female' ? ctx.options.womenBornFrom : ctx.options.menBornFrom;
    if (n.person.dateOfBirth >= bornFrom) return;
    // Exemptions first: the army and police follow their service laws, Central Committee members the
    // Central Committee's own rules, and people outside the civil service are not covered at all.
    if (centralCommitteeOf(n.person)?.value === true) return;
    const sector = sectorOf(n.person)?.value;
    if (sector === 'army' || sector === 'police' || sector === 'other') return;
    const name = n.person.fullName;
    const target = { kind: 'nominee', id: n.id, name } as const;
    const data = { name, dateOfBirth: n.person.dateOfBirth, bornFrom };
    if (sector === 'official') ctx.report({ messageId: 'tooOld', target, data });
    else ctx.report({ messageId: 'sectorUnknown', severity: 'info', target, data });
  },
});
