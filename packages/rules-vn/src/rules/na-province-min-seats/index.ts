import { defineRule } from '@ungcu/core/rules';
import * as z from 'zod';
import { docsUrl, NQ_1185 } from '../../sources';

/**
 * NQ 1185/NQ-UBTVQH14: every province has at least 6 deputies (NQ 1891/NQ-UBTVQH15: at least 7 in 2026). A
 * warning, not an error: the floor is in the Standing Committee's expected ("dự kiến") allocation, a target as
 * the other figures of the same resolution are; the law's own floor (Điều 7 khoản 1) is three local deputies.
 */
export const naProvinceMinSeats = defineRule({
  id: 'vn/na-province-min-seats',
  title: { vi: 'Số đại biểu Quốc hội tối thiểu của mỗi tỉnh', en: 'Minimum National Assembly seats per province' },
  description: {
    vi: 'Mỗi tỉnh, thành phố có ít nhất số đại biểu Quốc hội mà Nghị quyết dự kiến phân bổ quy định (2021: 6; 2026: 7).',
    en: 'Each province elects at least the number of deputies the expected-allocation resolution sets (2021: 6; 2026: 7).',
  },
  severity: 'warning',
  scope: 'unit',
  bodyKinds: ['national-assembly'],
  sources: [NQ_1185],
  notes: [
    {
      vi: 'Cảnh báo, không phải lỗi: mức tối thiểu 6 đại biểu (Nghị quyết 1185/NQ-UBTVQH14) và 7 đại biểu, trong đó 4 đại biểu cư trú và làm việc tại địa phương (Nghị quyết 1891/NQ-UBTVQH15), nằm trong nghị quyết của Ủy ban thường vụ Quốc hội dự kiến cơ cấu, thành phần và phân bổ đại biểu, như các chỉ tiêu khác của nghị quyết đó, mà bộ quy tắc đều xếp là cảnh báo. Mức tối thiểu do Luật quy định là ba đại biểu cư trú và làm việc tại địa phương (khoản 1 Điều 7). Trên đây là tóm lược, không phải nguyên văn: các con số 6 và 7 lấy từ báo chí thuật lại các nghị quyết (VERIFIED-S), chưa đọc được văn bản nghị quyết.',
      en: "A warning, not an error: the floor of 6 deputies (Resolution 1185/NQ-UBTVQH14) and of 7, 4 of whom live and work locally (Resolution 1891/NQ-UBTVQH15), is in the Standing Committee's resolution on the expected structure, composition and allocation of deputies, like that resolution's other targets, which the packs all treat as warnings. The law's own floor is three deputies who live and work locally (Art. 7(1)). This is a summary, not a quotation: the 6 and 7 come from state media reporting the resolutions (VERIFIED-S); the resolutions' text was not read.",
    },
    {
      vi: 'Chỉ xét các tỉnh có đơn vị bầu cử trong dữ liệu (dữ liệu của một tỉnh không làm các tỉnh khác vi phạm). Số đại biểu cư trú và làm việc tại địa phương không kiểm tra được từ danh sách công bố.',
      en: 'Only provinces with constituencies in the data are checked (one province’s data does not put the others in breach). The deputies living and working locally cannot be checked from the published list.',
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
