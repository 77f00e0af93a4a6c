import { defineRule } from '@ungcu/core/rules';
import * as z from 'zod';
import { docsUrl, HD_36_2021 } from '../../sources';

const IsoDate = z.iso.date();

/**
 * Guidance 36-HD/BTCTW (2021): officials standing for the first time must be able to serve at least one full
 * term: men born from 02/1966, women from 01/1971.
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
      vi: 'Đây là hướng dẫn của Đảng, không phải Luật: cảnh báo. Dữ liệu không cho biết ai là cán bộ, công chức, viên chức hay thuộc quân đội, công an, nên quy tắc áp dụng cho mọi người không tự ứng cử và chưa từng là đại biểu của cơ quan đó. Hướng dẫn năm 2025 chưa được kiểm chứng: bộ vn-2026 tắt quy tắc này.',
      en: 'Party guidance, not law: a warning. The data does not say who is an official or in the army or police, so the rule applies to everyone not self-nominated who never sat in that body. The 2025 guidance is unverified: vn-2026 turns the rule off.',
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
  },
  docsUrl: docsUrl('vn/party-age-first-time'),
  check(n, ctx) {
    if (n.nomination.origin === 'self') return;
    const kind = ctx.bodyKindOf(n);
    if (kind === undefined || n.person.incumbencies.some((i) => i.bodyKind === kind)) return;
    const bornFrom = n.person.gender === 'female' ? ctx.options.womenBornFrom : ctx.options.menBornFrom;
    if (n.person.dateOfBirth >= bornFrom) return;
    const name = n.person.fullName;
    ctx.report({
      messageId: 'tooOld',
      target: { kind: 'nominee', id: n.id, name },
      data: { name, dateOfBirth: n.person.dateOfBirth, bornFrom },
    });
  },
});
