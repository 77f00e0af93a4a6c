import { defineRule } from '@ungcu/core/rules';
import * as z from 'zod';
import { docsUrl, law } from '../../sources';

/** Điều 57 khoản 6: each NA constituency lists at least two more candidates than its seats. */
export const naCandidateSurplus = defineRule({
  id: 'vn/na-candidate-surplus',
  title: { vi: 'Số dư người ứng cử đại biểu Quốc hội', en: 'Surplus of National Assembly candidates' },
  description: {
    vi: 'Số người trong danh sách ứng cử ở mỗi đơn vị bầu cử phải nhiều hơn số đại biểu được bầu ít nhất là hai người.',
    en: 'Each constituency lists at least two more candidates than the deputies it elects.',
  },
  severity: 'error',
  scope: 'constituency',
  bodyKinds: ['national-assembly'],
  stages: ['official'],
  sources: [law('57', '6')],
  legalText: {
    vi: '“Số người trong danh sách ứng cử đại biểu Quốc hội ở mỗi đơn vị bầu cử phải nhiều hơn số lượng đại biểu được bầu đã ấn định cho đơn vị bầu cử đó ít nhất là hai người. Trong trường hợp khuyết người ứng cử vì lý do bất khả kháng thì Hội đồng Bầu cử quốc gia xem xét, quyết định.”',
    en: '“The number of people on the list of National Assembly candidates in each constituency must exceed the number of deputies fixed for that constituency by at least two. Where candidates are missing for reasons of force majeure, the National Election Council considers and decides.”',
  },
  notes: [
    {
      vi: 'Trường hợp bất khả kháng do Hội đồng bầu cử quốc gia quyết định: liệt kê mã đơn vị bầu cử trong tùy chọn exemptConstituencies.',
      en: 'Force-majeure cases decided by the National Election Council: list the constituency ids in the option exemptConstituencies.',
    },
  ],
  options: z
    .object({
      margin: z.int().nonnegative().default(2),
      exemptConstituencies: z.array(z.string()).default([]),
    })
    .strict(),
  messages: {
    tooFew: {
      vi: '{name}: có {actual} người ứng cử cho {seats} đại biểu, cần ít nhất {required} người (nhiều hơn số đại biểu ít nhất {margin}), thiếu {shortfall}',
      en: '{name}: {actual:plural:# candidate|# candidates} for {seats:plural:# seat|# seats}; at least {required} {required:plural:is|are} required (at least {margin} more than the seats), {shortfall} short',
    },
  },
  fixes: {
    add: {
      vi: 'Bổ sung ít nhất {shortfall} người ứng cử vào đơn vị bầu cử này',
      en: 'Add at least {shortfall:plural:# candidate|# candidates} to this constituency',
    },
  },
  docsUrl: docsUrl('vn/na-candidate-surplus'),
  check(c, ctx) {
    if (ctx.options.exemptConstituencies.includes(c.id)) return;
    const actual = ctx.countIn(c.id);
    const required = c.seats + ctx.options.margin;
    if (actual >= required) return;
    const name = ctx.nameOf('constituency', c.id) ?? c.id;
    ctx.report({
      messageId: 'tooFew',
      fixId: 'add',
      target: { kind: 'constituency', id: c.id, name },
      data: { name, actual, seats: c.seats, required, margin: ctx.options.margin, shortfall: required - actual },
    });
  },
});
