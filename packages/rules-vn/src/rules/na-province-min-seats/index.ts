import { defineRule } from '@ungcu/core/rules';
import * as z from 'zod';
import { docsUrl, NQ_1185 } from '../../sources';

/** NQ 1185/NQ-UBTVQH14: every province has at least 6 deputies (NQ 1891/NQ-UBTVQH15: at least 7 in 2026). */
export const naProvinceMinSeats = defineRule({
  id: 'vn/na-province-min-seats',
  title: { vi: 'Số đại biểu Quốc hội tối thiểu của mỗi tỉnh', en: 'Minimum National Assembly seats per province' },
  description: {
    vi: 'Mỗi tỉnh, thành phố có ít nhất số đại biểu Quốc hội mà Nghị quyết phân bổ quy định (2021: 6; 2026: 7).',
    en: 'Each province elects at least the number of deputies the allocation resolution sets (2021: 6; 2026: 7).',
  },
  severity: 'error',
  scope: 'unit',
  bodyKinds: ['national-assembly'],
  sources: [NQ_1185],
  legalText: {
    vi: 'Nghị quyết 1185/NQ-UBTVQH14: “mỗi tỉnh, thành phố trực thuộc trung ương có ít nhất 06 đại biểu”. Nghị quyết 1891/NQ-UBTVQH15: “mỗi tỉnh, thành phố có ít nhất 07 đại biểu, trong đó có 04 đại biểu cư trú và làm việc tại địa phương”. Điều 7 khoản 1 Luật: mỗi tỉnh có ít nhất ba đại biểu cư trú và làm việc tại địa phương.',
    en: 'Resolution 1185/NQ-UBTVQH14: “each centrally run province and city has at least 6 deputies”. Resolution 1891/NQ-UBTVQH15: “each province and city has at least 7 deputies, 4 of whom live and work locally”. Law Art. 7(1): each province has at least three deputies who live and work locally.',
  },
  notes: [
    {
      vi: 'Chỉ xét các tỉnh có đơn vị bầu cử trong dữ liệu (dữ liệu của một tỉnh không làm các tỉnh khác vi phạm). Số đại biểu cư trú và làm việc tại địa phương không kiểm tra được từ danh sách công bố. Các con số 6 và 7 lấy từ báo chí thuật lại Nghị quyết (VERIFIED-S).',
      en: 'Only provinces with constituencies in the data are checked (one province’s data does not put the others in breach). The deputies living and working locally cannot be checked from the published list. The 6 and 7 come from state media quoting the resolutions (VERIFIED-S).',
    },
  ],
  options: z.object({ minSeats: z.int().positive().default(6) }).strict(),
  messages: {
    tooFew: {
      vi: '{name}: được bầu {actual} đại biểu Quốc hội, ít hơn mức tối thiểu {required}',
      en: '{name}: elects {actual:plural:# National Assembly deputy|# National Assembly deputies}, fewer than the minimum of {required}',
    },
  },
  fixes: {
    add: {
      vi: 'Phân bổ thêm ít nhất {shortfall} đại biểu cho tỉnh này',
      en: 'Allocate at least {shortfall:plural:# more seat|# more seats} to this province',
    },
  },
  docsUrl: docsUrl('vn/na-province-min-seats'),
  check(u, ctx) {
    if (u.row.constituencies === 0 || (u.unit !== undefined && u.unit.level !== 'province')) return;
    const required = ctx.options.minSeats;
    const actual = u.row.seats;
    if (actual >= required) return;
    const name = u.unit?.name ?? u.unitId;
    ctx.report({
      messageId: 'tooFew',
      fixId: 'add',
      target: { kind: 'unit', id: u.unitId, name, bodyId: u.body.id },
      data: { name, actual, required, shortfall: required - actual },
    });
  },
});
