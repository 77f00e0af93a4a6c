import { defineRule } from '@ungcu/core/rules';
import type { Nominee } from '@ungcu/core';
import * as z from 'zod';
import { provinceMatcher } from '../../address';
import { docsUrl, law } from '../../sources';

/** Whether a nominee lives, or works, in the province: yes, no, or the data cannot tell. */
type Placed = boolean | undefined;

/**
 * Điều 7 khoản 1: every province has at least three National Assembly deputies who live and work there. On a
 * candidate list that means at least three candidates of the province who do; fewer, and the province cannot
 * elect them. Each person is placed by `residenceUnitId` / `workplaceUnitId` when the data has them, else by
 * the province the "Nơi ở hiện nay" and "Nơi công tác" texts name.
 */
export const naProvinceLocalDeputies = defineRule({
  id: 'vn/na-province-local-deputies',
  title: {
    vi: 'Đại biểu Quốc hội cư trú và làm việc tại địa phương',
    en: 'National Assembly deputies who live and work in their province',
  },
  description: {
    vi: 'Mỗi tỉnh, thành phố có ít nhất ba đại biểu Quốc hội cư trú và làm việc tại địa phương, nên danh sách người ứng cử của tỉnh, thành phố phải có ít nhất chừng ấy người cư trú và làm việc tại đó.',
    en: 'Each province has at least three National Assembly deputies who live and work there, so its candidate list must hold at least that many people who do.',
  },
  severity: 'error',
  scope: 'body',
  bodyKinds: ['national-assembly'],
  sources: [law('7', '1')],
  legalText: {
    vi: '“Mỗi tỉnh, thành phố có ít nhất ba đại biểu cư trú và làm việc tại địa phương”',
    en: '“Each province or city has at least three deputies who reside and work in the locality”',
  },
  notes: [
    {
      vi: 'Nơi cư trú và nơi công tác lấy từ person.residenceUnitId và person.workplaceUnitId; khi dữ liệu không có, quy tắc đọc cột “Nơi ở hiện nay” và “Nơi công tác”: tỉnh, thành phố được nêu sau cùng (“…, tỉnh Nghệ An”, “Công an thành phố Cần Thơ”). Nơi công tác chỉ ghi tên cơ quan (“Bộ Quốc phòng”) thì không xác định được: tỉnh, thành phố nào chưa đủ số người xác định được sẽ nhận thông tin, không nhận lỗi. Chỉ báo lỗi khi ngay cả tính cả những người chưa xác định được cũng không đủ.',
      en: 'Residence and workplace come from person.residenceUnitId and person.workplaceUnitId; without them the rule reads the “Nơi ở hiện nay” and “Nơi công tác” columns: the province named last (“…, tỉnh Nghệ An”, “Công an thành phố Cần Thơ”). A workplace given only as a body (“Bộ Quốc phòng”) cannot be placed: a province short of people the data places gets information, not an error. The error comes only when even counting everyone unplaced leaves too few.',
    },
    {
      vi: 'Luật (khoản 1 Điều 7, kể cả bản sửa đổi năm 2025 theo trang dữ kiện pháp lý) quy định ba. Nghị quyết 1891/NQ-UBTVQH15 được báo chí thuật lại là dự kiến bốn đại biểu cư trú và làm việc tại địa phương cho khóa XVI (chưa đọc được văn bản): cả hai bộ quy tắc giữ mức của Luật; tùy chọn minLocal đặt mức khác. Xem docs/legal/disagreements.md.',
      en: 'The law (Art. 7(1), the 2025 text included as the law-facts page reads it) says three. Resolution 1891/NQ-UBTVQH15 is reported to expect four deputies who live and work locally for the 16th term (its text not read): both packs keep the law’s figure; the minLocal option sets another. See docs/legal/disagreements.md.',
    },
    {
      vi: 'Chỉ xét các tỉnh, thành phố có đơn vị bầu cử trong dữ liệu: tệp của một tỉnh được kiểm tra đầy đủ cho tỉnh đó.',
      en: 'Only provinces with constituencies in the data are checked: one province’s file is checked in full for that province.',
    },
  ],
  options: z.object({ minLocal: z.int().positive().default(3) }).strict(),
  messages: {
    tooFew: {
      vi: '{province}: chỉ {possible}/{total} người ứng cử có thể cư trú và làm việc tại tỉnh, thành phố này, không đủ để có ít nhất {required} đại biểu cư trú và làm việc tại địa phương',
      en: '{province}: only {possible} of {total:plural:# candidate|# candidates} can live and work in the province, too few for at least {required} deputies who live and work there',
    },
    cannotTell: {
      vi: '{province}: dữ liệu xác định được {local}/{total} người ứng cử cư trú và làm việc tại tỉnh, thành phố này (cần ít nhất {required}); {unknown} người chưa xác định được',
      en: '{province}: the data places {local} of {total:plural:# candidate|# candidates} living and working in the province (at least {required} needed); {unknown} cannot be placed',
    },
  },
  fixes: {
    add: {
      vi: 'Giới thiệu thêm ít nhất {shortfall} người cư trú và làm việc tại tỉnh, thành phố này',
      en: 'Nominate at least {shortfall:plural:# more person who lives and works|# more people who live and work} in the province',
    },
  },
  docsUrl: docsUrl('vn/na-province-local-deputies'),
  check(body, ctx) {
    // Group the body's nominees by the province of their constituency.
    const byProvince = new Map<string, Nominee[]>();
    for (const n of ctx.nomineesOfBody(body.id, 'any')) {
      const unitId = ctx.constituency(n.nomination.constituencyId)?.unitId;
      if (unitId === undefined) continue;
      const list = byProvince.get(unitId);
      if (list === undefined) byProvince.set(unitId, [n]);
      else list.push(n);
    }
    if (byProvince.size === 0) return;
    const provinceOf = provinceMatcher([...byProvince.keys()].map((id) => ({ id, name: ctx.unit(id)?.name ?? id })));
    const within = (unitId: string, province: string): boolean => {
      for (let id: string | undefined = unitId, depth = 0; id !== undefined && depth < 10; depth++) {
        if (id === province) return true;
        id = ctx.unit(id)?.parentId;
      }
      return false;
    };
    const place = (unitId: string | undefined, text: string | undefined, province: string): Placed => {
      if (unitId !== undefined) return within(unitId, province);
      const named = provinceOf(text);
      return named === undefined ? undefined : named === province;
    };
    const required = ctx.options.minLocal;
    for (const [province, nominees] of [...byProvince].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      let local = 0;
      let unknown = 0;
      for (const n of nominees) {
        const lives = place(n.person.residenceUnitId, n.person.residence, province);
        const works = place(n.person.workplaceUnitId, n.person.workplace, province);
        if (lives === false || works === false) continue;
        if (lives === true && works === true) local++;
        else unknown++;
      }
      if (local >= required) continue;
      const name = ctx.unit(province)?.name ?? province;
      const target = { kind: 'unit', id: province, name, bodyId: body.id } as const;
      const possible = local + unknown;
      if (possible < required) {
        ctx.report({
          messageId: 'tooFew',
          fixId: 'add',
          target,
          data: { province: name, possible, total: nominees.length, required, shortfall: required - possible, local, unknown },
        });
      } else {
        ctx.report({
          messageId: 'cannotTell',
          severity: 'info',
          target,
          data: { province: name, local, unknown, total: nominees.length, required },
        });
      }
    }
  },
});
